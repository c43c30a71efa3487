#include "seeding.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "nprand/array_size.h"

npr_status npr_json_int_words(const cJSON *item, uint32_t **words, size_t *n, bool *negative,
                              npr_error *err) {
  const char *text;
  *words = NULL;
  *n = 0;
  *negative = false;
  if (cJSON_IsBool(item)) {
    *words = malloc(sizeof **words);
    if (*words == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
    (*words)[0] = cJSON_IsTrue(item) ? 1 : 0;
    *n = cJSON_IsTrue(item) ? 1 : 0;
    return NPR_OK;
  }
  if (!npr_json_is_integer(item)) return npr_fail(err, NPR_TYPE_ERROR, "seed must be integer");
  text = npr_json_number_text(item);
  *words = malloc(npr_decimal_words_max(text) * sizeof **words);
  if (*words == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
  if (!npr_decimal_to_words(text, negative, *words, n)) {
    free(*words);
    *words = NULL;
    return npr_fail(err, NPR_TYPE_ERROR, "seed must be integer");
  }
  return NPR_OK;
}

npr_status npr_request_numpy(const cJSON *request, npr_numpy_version *numpy, npr_error *err) {
  const cJSON *field = cJSON_GetObjectItemCaseSensitive(request, "numpy");
  *numpy = NPR_NUMPY_DEFAULT;
  if (field == NULL || cJSON_IsNull(field)) return NPR_OK;
  if (!cJSON_IsString(field)) return npr_fail(err, NPR_TYPE_ERROR, "numpy must be a release string such as \"2.5.2\"");
  return npr_numpy_version_parse(field->valuestring, numpy, err);
}

/* Appends one JSON int (or each int of a JSON list) to w as NumPy's
 * _coerce_to_uint32_array does. Until 2.5.0 it recurses into every sequence
 * and concatenates, so [[1]] is [1] and [[]] is []; from 2.5.1 (f6e540d9be)
 * an element that is itself a sequence is refused, as it comes. */
static npr_status append_words(npr_seed_words *w, const cJSON *value, bool list_ok, npr_numpy_version numpy,
                               npr_error *err) {
  uint32_t *mag;
  size_t n;
  bool negative;
  npr_status st;
  if (list_ok && cJSON_IsArray(value)) {
    const cJSON *item;
    cJSON_ArrayForEach(item, value) {
      if (cJSON_IsArray(item) && numpy >= NPR_NUMPY_2_5_1) {
        return npr_fail(err, NPR_TYPE_ERROR, "SeedSequence does not accept nested sequences.");
      }
      if (!cJSON_IsArray(item) && !(npr_json_is_integer(item) || cJSON_IsBool(item))) {
        return npr_fail(err, NPR_TYPE_ERROR, "seed must be integer");
      }
      if ((st = append_words(w, item, true, numpy, err)) != NPR_OK) return st;
    }
    return NPR_OK;
  }
  if ((st = npr_json_int_words(value, &mag, &n, &negative, err)) != NPR_OK) return st;
  st = npr_seed_words_append_int(w, mag, n, negative, err);
  free(mag);
  return st;
}

static npr_status entropy_type_error(const cJSON *seed, npr_error *err) {
  char text[64];
  if (cJSON_IsNumber(seed)) {
    double d = 0;
    npr_json_to_double(seed, &d, NULL);
    npr_format_double(d, text);
  } else if (cJSON_IsString(seed)) {
    snprintf(text, sizeof text, "%.60s", seed->valuestring);
  } else {
    snprintf(text, sizeof text, "%s", "{...}");
  }
  return npr_fail(err, NPR_TYPE_ERROR, "SeedSequence expects int or sequence of ints for entropy not %s", text);
}

npr_status npr_seedseq_from_request(const cJSON *request, npr_seedsequence *ss, npr_error *err) {
  const cJSON *seed = cJSON_GetObjectItemCaseSensitive(request, "seed");
  const cJSON *spawn_key = cJSON_GetObjectItemCaseSensitive(request, "spawn_key");
  const cJSON *pool = cJSON_GetObjectItemCaseSensitive(request, "pool_size");
  npr_seed_words entropy, key;
  int64_t pool_size = NPR_SEEDSEQ_DEFAULT_POOL_SIZE;
  npr_numpy_version numpy;
  npr_status st = npr_request_numpy(request, &numpy, err);

  memset(ss, 0, sizeof *ss);
  if (st != NPR_OK) return st;
  npr_seed_words_init(&entropy);
  npr_seed_words_init(&key);
  if (pool != NULL && !cJSON_IsNull(pool)) st = npr_json_to_i64(pool, &pool_size, err);
  /* SeedSequence checks pool_size before it looks at the entropy */
  if (st == NPR_OK && pool_size < NPR_SEEDSEQ_DEFAULT_POOL_SIZE) {
    st = npr_fail(err, NPR_VALUE_ERROR, "The size of the entropy pool should be at least %d",
                  NPR_SEEDSEQ_DEFAULT_POOL_SIZE);
  }
  if (st == NPR_OK && seed != NULL && !cJSON_IsNull(seed) && !cJSON_IsArray(seed) &&
      !npr_json_is_integer(seed) && !cJSON_IsBool(seed)) {
    st = entropy_type_error(seed, err);
  }
  /* NumPy's next steps: randbits(pool_size * 32) for OS entropy, then
   * np.zeros(pool_size, uint32), then the entropy's coercion */
  if (st == NPR_OK && (seed == NULL || cJSON_IsNull(seed)) && pool_size > INT64_MAX / 32) {
    st = npr_fail(err, NPR_OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
  }
  if (st == NPR_OK) st = npr_array_size_check(pool_size, sizeof(uint32_t), err);
  if (st == NPR_OK && pool_size > NPR_MAX_POOL_SIZE) {
    /* mixing is pool_size**2 hash rounds, in NumPy as here */
    st = npr_fail(err, NPR_NOT_IMPLEMENTED,
                  "pool_size above %d is beyond nprand's per-request work bound (README: Limits per request)",
                  NPR_MAX_POOL_SIZE);
  }
  if (st == NPR_OK && seed != NULL && !cJSON_IsNull(seed)) st = append_words(&entropy, seed, true, numpy, err);
  if (st == NPR_OK && spawn_key != NULL && !cJSON_IsNull(spawn_key)) {
    st = cJSON_IsArray(spawn_key) ? append_words(&key, spawn_key, true, numpy, err)
                                  : npr_fail(err, NPR_TYPE_ERROR, "spawn_key must be a sequence of ints");
  }
  if (st == NPR_OK) {
    if (seed == NULL || cJSON_IsNull(seed)) {
      st = npr_seedsequence_init_os(ss, key.words, key.len, pool_size, err);
    } else {
      st = npr_seedsequence_init(ss, entropy.words, entropy.len, key.words, key.len, pool_size, 0, err);
    }
  }
  npr_seed_words_free(&entropy);
  npr_seed_words_free(&key);
  return st;
}
