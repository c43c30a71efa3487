/* The `seedsequence` family: numpy.random.SeedSequence itself. */
#include <stdlib.h>
#include <string.h>

#include "families.h"
#include "nprand/array_size.h"
#include "nprand/seedsequence.h"
#include "seeding.h"

/* The SeedSequence and the NumPy release the request names (spawn's
 * refusal of a negative count changed in 2.5.0). ss comes first: the
 * methods take the stream as the npr_seedsequence. */
typedef struct ss_stream {
  npr_seedsequence ss;
  npr_numpy_version numpy;
} ss_stream;

static npr_status open_ss(void *stream, const cJSON *request, npr_error *err) {
  ss_stream *s = stream;
  npr_status st = npr_request_numpy(request, &s->numpy, err);
  if (st != NPR_OK) return st;
  return npr_seedseq_from_request(request, &s->ss, err);
}

static void close_ss(void *stream) { npr_seedsequence_free(&((ss_stream *)stream)->ss); }

static npr_status m_generate_state(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  const cJSON *dtype = a->v[1];
  int64_t n;
  size_t i;
  npr_status st = npr_arg_i64(a, 0, &n, err);
  bool wide;
  if (st != NPR_OK) return st;
  if (!cJSON_IsString(dtype)) return npr_fail(err, NPR_TYPE_ERROR, "Cannot interpret dtype");
  if (strcmp(dtype->valuestring, "uint32") == 0 || strcmp(dtype->valuestring, "u4") == 0) wide = false;
  else if (strcmp(dtype->valuestring, "uint64") == 0 || strcmp(dtype->valuestring, "u8") == 0) wide = true;
  else return npr_fail(err, NPR_VALUE_ERROR, "only support uint32 or uint64");
  if (n < 0) return npr_fail(err, NPR_VALUE_ERROR, "negative dimensions are not allowed");
  /* NumPy makes np.zeros(n_words, uint32), n_words = 2n for uint64 */
  if (wide && n > INT64_MAX / 2) return npr_fail(err, NPR_VALUE_ERROR, "Maximum allowed dimension exceeded");
  if ((st = npr_array_size_check(wide ? 2 * n : n, sizeof(uint32_t), err)) != NPR_OK) return st;
  if (wide) {
    uint64_t *buf = npr_alloc_values((size_t)n, sizeof *buf, err);
    if (buf == NULL) return NPR_MEMORY_ERROR;
    npr_seedsequence_generate_state64(&((ss_stream *)s)->ss, buf, (size_t)n);
    for (i = 0; i < (size_t)n; i++) npr_values_uint(out, buf[i]);
    free(buf);
  } else {
    uint32_t *buf = npr_alloc_values((size_t)n, sizeof *buf, err);
    if (buf == NULL) return NPR_MEMORY_ERROR;
    npr_seedsequence_generate_state32(&((ss_stream *)s)->ss, buf, (size_t)n);
    for (i = 0; i < (size_t)n; i++) npr_values_uint(out, buf[i]);
    free(buf);
  }
  return NPR_OK;
}

/* spawn(n): each child's generate_state(4) words, concatenated. A negative
 * n: from 2.5.0 (b59642d989) NumPy checks it; before, its uint32_t loop
 * counter refused it. */
static npr_status m_spawn(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  ss_stream *stream = s;
  npr_seedsequence *children;
  int64_t n;
  size_t i, k;
  npr_status st = npr_arg_i64(a, 0, &n, err);
  if (st != NPR_OK) return st;
  if (n < 0 && stream->numpy >= NPR_NUMPY_2_5_0) return npr_fail(err, NPR_VALUE_ERROR, "n_children must be non-negative");
  if (n < 0) return npr_fail(err, NPR_OVERFLOW_ERROR, "can't convert negative value to uint32_t");
  if ((children = npr_alloc_count(n, sizeof *children, err)) == NULL) return NPR_MEMORY_ERROR;
  if ((st = npr_seedsequence_spawn(&stream->ss, (size_t)n, children, err)) == NPR_OK) {
    for (i = 0; i < (size_t)n; i++) {
      uint32_t words[4];
      npr_seedsequence_generate_state32(&children[i], words, 4);
      for (k = 0; k < 4; k++) npr_values_uint(out, words[k]);
      npr_seedsequence_free(&children[i]);
    }
  }
  free(children);
  return st;
}

static const npr_entry seedsequence_methods[] = {
    {"generate_state", "n_words, dtype='uint32'", m_generate_state, NULL},
    {"spawn", "n_children", m_spawn, NULL},
};

const npr_family npr_family_seedsequence = {
    "seedsequence", "SeedSequence", false, sizeof(ss_stream), open_ss, close_ss,
    seedsequence_methods, sizeof seedsequence_methods / sizeof seedsequence_methods[0],
    NULL,
    NULL,
    NULL,
    NULL,
};
