/* Request running: family lookup, Python-style argument binding, and the
 * per-call loop. */
#include "engine.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adapters.h"
#include "families.h"

const npr_family *npr_find_family(const char *name) {
  size_t i;
  for (i = 0; npr_families[i] != NULL; i++) {
    if (strcmp(npr_families[i]->name, name) == 0) return npr_families[i];
  }
  return NULL;
}

size_t npr_family_size(const npr_family *fam) {
  size_t n = 0, n32 = 0;
  if (fam->rows != NULL) fam->rows(&n);
  (void)n32;
  return fam->n_methods + n;
}

void npr_family_entry(const npr_family *fam, size_t i, npr_entry *out) {
  size_t n;
  const npr_method *rows;
  if (i < fam->n_methods) {
    *out = fam->methods[i];
    return;
  }
  rows = fam->rows(&n);
  memset(out, 0, sizeof *out);
  out->name = rows[i - fam->n_methods].name;
  out->params = rows[i - fam->n_methods].signature;
  out->spec = &rows[i - fam->n_methods];
}

bool npr_family_find(const npr_family *fam, const char *name, npr_entry *out) {
  size_t i, n = npr_family_size(fam);
  for (i = 0; i < n; i++) {
    npr_family_entry(fam, i, out);
    if (strcmp(out->name, name) == 0) return true;
  }
  return false;
}

/* --- signatures ----------------------------------------------------------- */

typedef struct param {
  char name[32];
  char deflt[32]; /* Python literal of the default; "" when required */
  bool star;      /* *args */
} param;

static int parse_signature(const char *sig, param *ps) {
  int n = 0;
  while (*sig && n < NPR_MAX_PARAMS) {
    param *p = &ps[n];
    size_t k = 0;
    memset(p, 0, sizeof *p);
    while (*sig == ' ' || *sig == ',') sig++;
    if (!*sig) break;
    if (*sig == '*') {
      p->star = true;
      sig++;
    }
    while (*sig && *sig != '=' && *sig != ',' && k + 1 < sizeof p->name) p->name[k++] = *sig++;
    if (*sig == '=') {
      sig++;
      k = 0;
      while (*sig && *sig != ',' && k + 1 < sizeof p->deflt) p->deflt[k++] = *sig++;
    }
    n++;
  }
  return n;
}

/* A default written as a Python literal, as a JSON item. */
static cJSON *default_item(const char *lit) {
  char json[40];
  size_t n = strlen(lit);
  if (strcmp(lit, "None") == 0) return cJSON_CreateNull();
  if (strcmp(lit, "True") == 0) return cJSON_CreateTrue();
  if (strcmp(lit, "False") == 0) return cJSON_CreateFalse();
  if (n >= 2 && (lit[0] == '\'' || lit[0] == '"')) {
    snprintf(json, sizeof json, "%.*s", (int)(n - 2), lit + 1);
    return cJSON_CreateString(json);
  }
  if (isdigit((unsigned char)lit[0]) || lit[0] == '-') {
    return npr_json_parse(lit, n, NULL);
  }
  return cJSON_CreateString(lit); /* a bare name such as int or float */
}

static npr_status arg_count_error(const npr_family *fam, const npr_entry *m, const param *ps,
                                  int np, int given, npr_error *err) {
  int required = 0, i, max = np;
  for (i = 0; i < np; i++) required += ps[i].deflt[0] == '\0';
  if (fam->cpython_errors) {
    if (given < required) {
      return npr_fail(err, NPR_TYPE_ERROR, "%s.%s() missing %d required positional argument%s: '%s'",
                      fam->type_name, m->name, required - given, required - given > 1 ? "s" : "",
                      ps[given].name);
    }
    if (required == max) {
      return npr_fail(err, NPR_TYPE_ERROR, "%s.%s() takes %d positional argument%s but %d were given",
                      fam->type_name, m->name, max + 1, max ? "s" : "", given + 1);
    }
    return npr_fail(err, NPR_TYPE_ERROR, "%s.%s() takes from %d to %d positional arguments but %d were given",
                    fam->type_name, m->name, required + 1, max + 1, given + 1);
  }
  if (given < required) {
    return npr_fail(err, NPR_TYPE_ERROR, "%s() takes %s %d positional argument%s (%d given)", m->name,
                    required == max ? "exactly" : "at least", required, required == 1 ? "" : "s", given);
  }
  return npr_fail(err, NPR_TYPE_ERROR, "%s() takes %s %d positional argument%s (%d given)", m->name,
                  required == max ? "exactly" : "at most", max, max == 1 ? "" : "s", given);
}

/* Binds a call's "args" and "kwargs" to the method's signature; defaults
 * and *args lists are created in owned. */
static npr_status bind_args(const npr_family *fam, const npr_entry *m, const cJSON *call,
                            cJSON *owned, npr_args *a, npr_error *err) {
  param ps[NPR_MAX_PARAMS];
  const int np = parse_signature(m->params, ps);
  const cJSON *pos = cJSON_GetObjectItemCaseSensitive(call, "args");
  const cJSON *kw = cJSON_GetObjectItemCaseSensitive(call, "kwargs");
  const cJSON *item;
  int n_pos = 0, i;

  memset(a, 0, sizeof *a);
  if (pos != NULL && !cJSON_IsNull(pos) && !cJSON_IsArray(pos)) {
    return npr_fail(err, NPR_TYPE_ERROR, "\"args\" must be a list");
  }
  if (kw != NULL && !cJSON_IsNull(kw) && !cJSON_IsObject(kw)) {
    return npr_fail(err, NPR_TYPE_ERROR, "\"kwargs\" must be an object");
  }
  n_pos = pos != NULL ? cJSON_GetArraySize(pos) : 0;
  if (np > 0 && ps[0].star) {
    cJSON *list = cJSON_CreateArray();
    cJSON_AddItemToArray(owned, list);
    cJSON_ArrayForEach(item, pos) cJSON_AddItemToArray(list, cJSON_Duplicate(item, true));
    a->v[0] = list;
    a->given[0] = true;
  } else {
    if (n_pos > np) return arg_count_error(fam, m, ps, np, n_pos, err);
    i = 0;
    cJSON_ArrayForEach(item, pos) {
      a->v[i] = item;
      a->given[i] = true;
      i++;
    }
  }
  cJSON_ArrayForEach(item, kw) {
    int k;
    for (k = 0; k < np; k++) {
      if (!ps[k].star && strcmp(ps[k].name, item->string) == 0) break;
    }
    if (k == np) {
      return fam->cpython_errors
                 ? npr_fail(err, NPR_TYPE_ERROR, "%s.%s() got an unexpected keyword argument '%s'",
                            fam->type_name, m->name, item->string)
                 : npr_fail(err, NPR_TYPE_ERROR, "%s() got an unexpected keyword argument '%s'",
                            m->name, item->string);
    }
    if (a->given[k]) {
      return fam->cpython_errors
                 ? npr_fail(err, NPR_TYPE_ERROR, "%s.%s() got multiple values for argument '%s'",
                            fam->type_name, m->name, item->string)
                 : npr_fail(err, NPR_TYPE_ERROR, "%s() got multiple values for keyword argument '%s'",
                            m->name, item->string);
    }
    a->v[k] = item;
    a->given[k] = true;
  }
  for (i = 0; i < np; i++) {
    if (a->given[i] || ps[i].star) continue;
    if (ps[i].deflt[0] == '\0') {
      int given = 0, k;
      for (k = 0; k < np; k++) given += a->given[k];
      return arg_count_error(fam, m, ps, np, given, err);
    }
    {
      cJSON *d = default_item(ps[i].deflt);
      if (d == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
      cJSON_AddItemToArray(owned, d);
      a->v[i] = d;
    }
  }
  return NPR_OK;
}

/* --- argument helpers ------------------------------------------------------ */

bool npr_arg_is_none(const npr_args *a, int i) { return a->v[i] == NULL || cJSON_IsNull(a->v[i]); }

/* One dimension of size, as PyArray_IntpConverter reads it. */
static npr_status one_dim(const cJSON *item, bool alone, int64_t *dim, npr_error *err) {
  if (npr_json_is_integer(item)) {
    if (npr_json_to_i64(item, dim, NULL) != NPR_OK) {
      return npr_fail(err, NPR_VALUE_ERROR, "Maximum allowed dimension exceeded");
    }
    return NPR_OK;
  }
  /* NumPy 1.24's PyArray_IntpConverter: a bool inside a sequence is
   * refused by the index conversion; a str is not a sequence of ints */
  if (!alone && cJSON_IsBool(item)) return npr_fail(err, NPR_TYPE_ERROR, "an integer is required");
  if (alone && cJSON_IsString(item)) {
    return npr_fail(err, NPR_TYPE_ERROR, "'str' object cannot be interpreted as an integer");
  }
  if (alone) {
    /* A lone non-integer is neither an int nor a sequence. */
    char text[64];
    const char *shown = cJSON_IsBool(item) ? (cJSON_IsTrue(item) ? "True" : "False")
                        : cJSON_IsNumber(item) ? npr_json_number_text(item)
                        : cJSON_IsNull(item) ? "None"
                                             : NULL;
    if (shown == NULL) return npr_fail(err, NPR_TYPE_ERROR, "expected a sequence of integers or a single integer");
    snprintf(text, sizeof text, "%.40s", shown);
    return npr_fail(err, NPR_TYPE_ERROR, "expected a sequence of integers or a single integer, got '%s'", text);
  }
  return npr_fail(err, NPR_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                  cJSON_IsNumber(item) ? "float" : cJSON_IsString(item) ? "str" : cJSON_IsNull(item) ? "NoneType" : "list");
}

npr_status npr_arg_shape(const npr_args *a, int i, bool *none, npr_shape *shape, npr_error *err) {
  const cJSON *v = a->v[i];
  const cJSON *dim;
  npr_status st;
  memset(shape, 0, sizeof *shape);
  *none = npr_arg_is_none(a, i);
  if (*none) return NPR_OK;
  if (!cJSON_IsArray(v)) {
    shape->ndim = 1;
    return one_dim(v, true, &shape->dims[0], err);
  }
  if (cJSON_GetArraySize(v) > NPR_MAXDIMS) {
    return npr_fail(err, NPR_VALUE_ERROR, "maximum supported dimension for an ndarray is %d, found %d", NPR_MAXDIMS,
                    cJSON_GetArraySize(v));
  }
  cJSON_ArrayForEach(dim, v) {
    if ((st = one_dim(dim, false, &shape->dims[shape->ndim++], err)) != NPR_OK) return st;
  }
  return NPR_OK;
}

bool npr_arg_size_product(const npr_args *a, int i, int64_t *total) {
  npr_shape shape;
  bool none;
  size_t d;
  *total = 1;
  if (npr_arg_shape(a, i, &none, &shape, NULL) != NPR_OK) return false;
  for (d = 0; d < shape.ndim; d++) {
    if (shape.dims[d] < 0 || (shape.dims[d] != 0 && *total > INT64_MAX / shape.dims[d])) return false;
    *total *= shape.dims[d];
  }
  return true;
}

bool npr_arg_size_is_empty(const npr_args *a, int i) {
  int64_t total;
  return !npr_arg_is_none(a, i) && npr_arg_size_product(a, i, &total) && total == 0;
}

npr_status npr_arg_size(const npr_args *a, int i, bool *scalar, size_t *count, npr_error *err) {
  npr_shape shape;
  npr_error refused;
  size_t d;
  npr_status st = npr_arg_shape(a, i, scalar, &shape, &refused);
  *count = 1;
  if (st != NPR_OK && a->size_error != NULL) {
    /* A size NumPy's np.empty(size) refuses (a dimension beyond int64, more
     * than 32 of them, not integers) is refused after the method's own
     * parameter checks, as NumPy's cont()/disc() check the parameters
     * first: deferred like a negative dimension (one value drawn, so the
     * method's checks run; the stream is not used after an error). */
    *scalar = false;
    *count = 1;
    if (a->negative_dims != NULL) *a->negative_dims = true;
    *a->size_error = refused;
    return NPR_OK;
  }
  if (st != NPR_OK) {
    *err = refused;
    return st;
  }
  if (*scalar) return st;
  if (npr_shape_check_alloc(&shape, sizeof(double), &refused) != NPR_OK) {
    /* Deferred: NumPy checks the method's other arguments first. */
    if (a->negative_dims != NULL) *a->negative_dims = true;
    if (a->size_error != NULL) *a->size_error = refused;
    for (d = 0; d < shape.ndim; d++) {
      if (shape.dims[d] == 0) *count = 0;
    }
    return NPR_OK;
  }
  *count = npr_shape_count(&shape);
  if (*count > NPR_MAX_VALUES) {
    return npr_fail(err, NPR_MEMORY_ERROR, "Unable to allocate an array of %zu values", *count);
  }
  return NPR_OK;
}

npr_status npr_arg_int128(const npr_args *a, int i, npr_int128 *out, npr_error *err) {
  return npr_json_to_int128(a->v[i], out, err);
}

npr_status npr_arg_i64(const npr_args *a, int i, int64_t *out, npr_error *err) {
  return npr_json_to_i64(a->v[i], out, err);
}

npr_status npr_arg_double(const npr_args *a, int i, double *out, npr_error *err) {
  return npr_json_to_double(a->v[i], out, err);
}

npr_status npr_arg_bool(const npr_args *a, int i, bool *out, npr_error *err) {
  const cJSON *v = a->v[i];
  if (cJSON_IsBool(v)) {
    *out = cJSON_IsTrue(v);
  } else if (cJSON_IsNumber(v)) {
    *out = v->valuedouble != 0;
  } else if (cJSON_IsString(v) && (strcmp(v->valuestring, "True") == 0 || strcmp(v->valuestring, "true") == 0)) {
    *out = true;
  } else if (cJSON_IsString(v) && (strcmp(v->valuestring, "False") == 0 || strcmp(v->valuestring, "false") == 0)) {
    *out = false;
  } else if (cJSON_IsNull(v)) {
    *out = false;
  } else {
    return npr_fail(err, NPR_TYPE_ERROR, "expected a boolean");
  }
  return NPR_OK;
}

npr_status npr_arg_dtype(const npr_args *a, int i, npr_dtype *out, npr_error *err) {
  const cJSON *v = a->v[i];
  if (!cJSON_IsString(v)) {
    return npr_fail(err, NPR_TYPE_ERROR, "Cannot interpret '%s' as a data type",
                    cJSON_IsNull(v) ? "None" : "value");
  }
  if (!npr_dtype_from_name(v->valuestring, out)) {
    return npr_fail(err, NPR_TYPE_ERROR, "data type '%s' not understood", v->valuestring);
  }
  return NPR_OK;
}

npr_status npr_arg_double_list(const npr_args *a, int i, double **out, size_t *n, npr_error *err) {
  const cJSON *v = a->v[i];
  const cJSON *item;
  size_t k = 0;
  *out = NULL;
  *n = 0;
  if (npr_arg_is_none(a, i)) return NPR_OK;
  if (!cJSON_IsArray(v)) return npr_fail(err, NPR_TYPE_ERROR, "expected a list of numbers");
  *n = (size_t)cJSON_GetArraySize(v);
  *out = npr_alloc_values(*n ? *n : 1, sizeof **out, err);
  if (*out == NULL) return NPR_MEMORY_ERROR;
  cJSON_ArrayForEach(item, v) {
    npr_status st = npr_json_to_double(item, &(*out)[k++], err);
    if (st != NPR_OK) {
      free(*out);
      *out = NULL;
      return st;
    }
  }
  return NPR_OK;
}

void *npr_alloc_values(size_t count, size_t size, npr_error *err) {
  void *p;
  if (count > NPR_MAX_VALUES) {
    npr_fail(err, NPR_MEMORY_ERROR, "Unable to allocate an array of %zu values", count);
    return NULL;
  }
  p = malloc(count ? count * size : 1);
  if (p == NULL) npr_fail(err, NPR_MEMORY_ERROR, "Unable to allocate an array of %zu values", count);
  return p;
}

void *npr_alloc_count(int64_t count, size_t size, npr_error *err) {
  if (count > (int64_t)NPR_MAX_VALUES) {
    npr_fail(err, NPR_MEMORY_ERROR, "Unable to allocate an array of %lld values", (long long)count);
    return NULL;
  }
  return npr_alloc_values(count > 0 ? (size_t)count : 1, size, err);
}

/* --- running ---------------------------------------------------------------- */

/* Bytes of the text-like values of one call's reply. */
static size_t text_bytes(const npr_values *vs) {
  size_t i, bytes = 0;
  for (i = 0; i < vs->n; i++) {
    const npr_vkind k = vs->v[i].kind;
    if (k == NPR_V_BIG || k == NPR_V_BYTES || k == NPR_V_STR) bytes += vs->v[i].as.s.n;
  }
  return bytes;
}

static void set_error(npr_reply *reply, const npr_error *err) {
  reply->has_error = true;
  snprintf(reply->error, sizeof reply->error, "%s: %s", npr_status_name(err->status), err->message);
}

static void request_error(npr_reply *reply, const char *text) {
  reply->has_error = true;
  reply->request_error = true;
  snprintf(reply->error, sizeof reply->error, "%s", text);
}

void npr_engine_run(const cJSON *request, npr_reply *reply) {
  const cJSON *family_item, *calls, *call;
  const npr_family *fam;
  void *stream;
  npr_error err;
  size_t n_calls, request_values = 0, request_bytes = 0;

  memset(reply, 0, sizeof *reply);
  npr_error_clear(&err);
  if (!cJSON_IsObject(request)) {
    request_error(reply, "TypeError: a request must be a JSON object");
    return;
  }
  family_item = cJSON_GetObjectItemCaseSensitive(request, "family");
  if (!cJSON_IsString(family_item)) {
    request_error(reply, "KeyError: request has no \"family\" string");
    return;
  }
  fam = npr_find_family(family_item->valuestring);
  if (fam == NULL) {
    char text[200];
    snprintf(text, sizeof text, "ValueError: unknown family '%.100s'", family_item->valuestring);
    request_error(reply, text);
    return;
  }
  if (fam->methods == NULL) {
    char text[200];
    snprintf(text, sizeof text, "NotImplementedError: family '%s' is not yet supported", fam->name);
    request_error(reply, text);
    return;
  }
  calls = cJSON_GetObjectItemCaseSensitive(request, "calls");
  if (calls != NULL && !cJSON_IsArray(calls)) {
    request_error(reply, "TypeError: \"calls\" must be a list");
    return;
  }
  /* Unknown methods are request errors: nothing runs. */
  cJSON_ArrayForEach(call, calls) {
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(call, "method");
    char text[240];
    if (!cJSON_IsString(name)) {
      request_error(reply, "TypeError: every call needs a \"method\" string");
      return;
    }
    npr_entry found;
    if (!npr_family_find(fam, name->valuestring, &found)) {
      snprintf(text, sizeof text, "AttributeError: '%s' object has no attribute '%.100s'",
               fam->type_name, name->valuestring);
      request_error(reply, text);
      return;
    }
  }
  n_calls = calls ? (size_t)cJSON_GetArraySize(calls) : 0;
  reply->results = calloc(n_calls ? n_calls : 1, sizeof *reply->results);
  stream = calloc(1, fam->stream_size);
  if (reply->results == NULL || stream == NULL) {
    free(stream);
    request_error(reply, "MemoryError: out of memory");
    return;
  }
  if (fam->open(stream, request, &err) != NPR_OK) {
    set_error(reply, &err);
    free(stream);
    return;
  }
  cJSON_ArrayForEach(call, calls) {
    const char *name = cJSON_GetObjectItemCaseSensitive(call, "method")->valuestring;
    npr_entry entry;
    const npr_entry *m = &entry;
    cJSON *owned = cJSON_CreateArray();
    npr_values *out = &reply->results[reply->n_results];
    npr_args args;
    npr_status st;
    bool negative_dims = false;
    npr_error size_error;
    npr_family_find(fam, name, &entry);
    st = owned == NULL ? npr_fail(&err, NPR_MEMORY_ERROR, "out of memory")
                       : bind_args(fam, m, call, owned, &args, &err);
    args.negative_dims = &negative_dims;
    args.size_error = &size_error;
    args.warnings = &reply->warnings;
    if (st == NPR_OK) {
      st = m->run != NULL ? m->run(stream, &args, out, &err)
                          : npr_run_spec(fam, m, fam->row_state ? fam->row_state(stream) : stream, &args, out,
                                         &err);
    }
    if (st == NPR_OK && negative_dims) {
      err = size_error;
      st = err.status;
    }
    if (st == NPR_OK && out->failed) st = npr_fail(&err, NPR_MEMORY_ERROR, "out of memory");
    if (st == NPR_OK) {
      /* A line cannot grow its reply without bound one capped call at a time. */
      request_values += out->n;
      request_bytes += text_bytes(out);
      if (request_values > NPR_MAX_REQUEST_VALUES || request_bytes > NPR_MAX_REQUEST_BYTES) {
        st = npr_fail(&err, NPR_MEMORY_ERROR,
                      "nprand limit: a request's replies hold at most %zu values and %zu bytes of text "
                      "(README: Limits per request)",
                      (size_t)NPR_MAX_REQUEST_VALUES, (size_t)NPR_MAX_REQUEST_BYTES);
      }
    }
    cJSON_Delete(owned);
    if (st != NPR_OK) {
      npr_values_free(out);
      set_error(reply, &err);
      break;
    }
    reply->n_results++;
  }
  if (fam->close) fam->close(stream);
  free(stream);
}

void npr_reply_free(npr_reply *reply) {
  size_t i;
  for (i = 0; i < reply->n_results; i++) npr_values_free(&reply->results[i]);
  free(reply->results);
  memset(reply, 0, sizeof *reply);
}
