/* The Generator families: numpy.random.Generator over MT19937, PCG64,
 * PCG64DXSM, Philox and SFC64, seeded through SeedSequence. The methods are
 * written once against npr_bitgen; only seeding differs per family. */
#include <stdlib.h>
#include <string.h>

#include "adapters.h"
#include "families.h"
#include "multivariate_runners.h"
#include "nprand/array_size.h"
#include "nprand/bounded.h"
#include "nprand/generator.h"
#include "nprand/mt19937.h"
#include "nprand/pcg64.h"
#include "nprand/pcg64dxsm.h"
#include "nprand/philox.h"
#include "nprand/sfc64.h"
#include "seeding.h"

typedef enum bg_kind { BG_MT19937, BG_PCG64, BG_PCG64DXSM, BG_PHILOX, BG_SFC64 } bg_kind;

static const char *const bg_class[] = {"numpy.random._mt19937.MT19937", "numpy.random._pcg64.PCG64",
                                       "numpy.random._pcg64.PCG64DXSM", "numpy.random._philox.Philox",
                                       "numpy.random._sfc64.SFC64"};

typedef struct gen_stream {
  bg_kind kind;
  union {
    npr_mt19937 mt;
    npr_pcg64 pcg;
    npr_pcg64dxsm dxsm;
    npr_philox philox;
    npr_sfc64 sfc;
  } s;
  npr_generator gen; /* its bitgen points into s: the engine never moves a stream */
} gen_stream;

/* --- seeding, jumped, advance --------------------------------------------- */

/* A JSON int as `words` little-endian 64-bit words, wrapped modulo
 * 2**(64*words) as NumPy's wrap_int does for advance(). */
static npr_status wrapped_words(const cJSON *v, uint64_t *out, size_t words, npr_error *err) {
  uint32_t *mag;
  size_t n, i;
  bool negative;
  npr_status st = npr_json_int_words(v, &mag, &n, &negative, err);
  if (st != NPR_OK) return st;
  memset(out, 0, words * sizeof *out);
  for (i = 0; i < n && i < 2 * words; i++) out[i / 2] |= (uint64_t)mag[i] << (32 * (i % 2));
  if (negative) { /* two's complement within the width */
    uint64_t carry = 1;
    for (i = 0; i < words; i++) {
      out[i] = ~out[i] + carry;
      carry = carry && out[i] == 0;
    }
  }
  free(mag);
  return NPR_OK;
}

/* Philox's key/counter: NumPy's int_to_array range checks. */
static npr_status philox_words(const cJSON *v, const char *name, unsigned bits, uint64_t *out, npr_error *err) {
  uint32_t *mag;
  size_t n;
  bool negative;
  npr_status st;
  if (cJSON_IsArray(v)) {
    const cJSON *item;
    size_t k = 0;
    if ((size_t)cJSON_GetArraySize(v) != bits / 64) {
      return npr_fail(err, NPR_VALUE_ERROR, "%s must have %u elements when using array form", name, bits / 64);
    }
    cJSON_ArrayForEach(item, v) {
      if ((st = philox_words(item, name, 64, &out[k++], err)) != NPR_OK) return st;
    }
    return NPR_OK;
  }
  if ((st = npr_json_int_words(v, &mag, &n, &negative, err)) != NPR_OK) return st;
  st = npr_philox_int_to_words(mag, n, negative, name, bits, out, err);
  free(mag);
  return st;
}

static npr_status seed_stream(gen_stream *g, const cJSON *request, npr_error *err) {
  const cJSON *key = cJSON_GetObjectItemCaseSensitive(request, "key");
  const cJSON *counter = cJSON_GetObjectItemCaseSensitive(request, "counter");
  const cJSON *seed = cJSON_GetObjectItemCaseSensitive(request, "seed");
  npr_seedsequence ss;
  npr_status st;
  bool philox_explicit = g->kind == BG_PHILOX && ((key && !cJSON_IsNull(key)) || (counter && !cJSON_IsNull(counter)));

  if (philox_explicit) {
    uint64_t key_words[2], counter_words[4];
    bool have_key = key && !cJSON_IsNull(key), have_counter = counter && !cJSON_IsNull(counter);
    bool have_seed = seed && !cJSON_IsNull(seed);
    if (have_key && (st = philox_words(key, "key", 128, key_words, err)) != NPR_OK) return st;
    if (have_counter && (st = philox_words(counter, "counter", 256, counter_words, err)) != NPR_OK) return st;
    if (have_seed || !have_key) {
      if ((st = npr_seedseq_from_request(request, &ss, err)) != NPR_OK) return st;
    }
    st = npr_philox_init(&g->s.philox, have_seed || !have_key ? &ss : NULL, have_key ? key_words : NULL,
                         have_counter ? counter_words : NULL, err);
    if (have_seed || !have_key) npr_seedsequence_free(&ss);
    return st;
  }
  if ((st = npr_seedseq_from_request(request, &ss, err)) != NPR_OK) return st;
  switch (g->kind) {
  case BG_MT19937: npr_mt19937_from_seedseq(&g->s.mt, &ss); break;
  case BG_PCG64: npr_pcg64_from_seedseq(&g->s.pcg, &ss); break;
  case BG_PCG64DXSM: npr_pcg64dxsm_from_seedseq(&g->s.dxsm, &ss); break;
  case BG_PHILOX: npr_philox_from_seedseq(&g->s.philox, &ss); break;
  case BG_SFC64: npr_sfc64_from_seedseq(&g->s.sfc, &ss); break;
  }
  npr_seedsequence_free(&ss);
  return NPR_OK;
}

/* Largest MT19937 jumped(k) a request may ask for (README: Limits per request). */
#define NPR_MAX_MT19937_JUMPS 256

/* jumped(k) for a k beyond int64 on PCG64, PCG64DXSM (advance by
 * k * 0x9e3779b97f4a7c15f39cc0605cedc835 mod 2**128) and Philox (advance by
 * k * 2**128 mod 2**256): only k mod 2**128 matters. */
static npr_status jump_by_advance(gen_stream *g, const cJSON *v, npr_error *err) {
  const uint64_t step_hi = 0x9e3779b97f4a7c15u, step_lo = 0xf39cc0605cedc835u;
  uint64_t k[2], delta[4] = {0, 0, 0, 0};
  npr_status st = wrapped_words(v, k, 2, err);
  if (st != NPR_OK) return st;
  if (g->kind == BG_PHILOX) {
    delta[2] = k[0];
    delta[3] = k[1];
    npr_philox_advance(&g->s.philox, delta);
    return NPR_OK;
  }
  delta[0] = k[0] * step_lo;
  delta[1] = npr_umulh_portable(k[0], step_lo) + k[0] * step_hi + k[1] * step_lo;
  if (g->kind == BG_PCG64) npr_pcg64_advance(&g->s.pcg, delta[1], delta[0]);
  else npr_pcg64dxsm_advance(&g->s.dxsm, delta[1], delta[0]);
  return NPR_OK;
}

static npr_status apply_jumped(gen_stream *g, const cJSON *v, npr_error *err) {
  int64_t jumps;
  npr_status st;
  if (g->kind == BG_SFC64) {
    return npr_fail(err, NPR_ATTRIBUTE_ERROR, "'%s' object has no attribute 'jumped'", bg_class[g->kind]);
  }
  if ((st = npr_json_to_i64(v, &jumps, err)) != NPR_OK) {
    /* MT19937 takes jumps as npy_intp; the others multiply a Python int, so
     * any size works there: jumped(k) is advance(k * step) on a copy. */
    if (g->kind == BG_MT19937 || st != NPR_OVERFLOW_ERROR || !npr_json_is_integer(v)) return st;
    return jump_by_advance(g, v, err);
  }
  if (g->kind == BG_MT19937 && jumps > NPR_MAX_MT19937_JUMPS) {
    /* each MT19937 jump is a polynomial product over GF(2), about 20 ms */
    return npr_fail(err, NPR_NOT_IMPLEMENTED,
                    "jumped above %d is beyond nprand's per-request work bound for MT19937 (README: Limits per request)",
                    NPR_MAX_MT19937_JUMPS);
  }
  switch (g->kind) {
  case BG_MT19937: { npr_mt19937 src = g->s.mt; npr_mt19937_jumped(&src, jumps, &g->s.mt); break; }
  case BG_PCG64: { npr_pcg64 src = g->s.pcg; npr_pcg64_jumped(&src, jumps, &g->s.pcg); break; }
  case BG_PCG64DXSM: { npr_pcg64dxsm src = g->s.dxsm; npr_pcg64dxsm_jumped(&src, jumps, &g->s.dxsm); break; }
  case BG_PHILOX: { npr_philox src = g->s.philox; npr_philox_jumped(&src, jumps, &g->s.philox); break; }
  case BG_SFC64: break;
  }
  return NPR_OK;
}

static npr_status apply_advance(gen_stream *g, const cJSON *v, npr_error *err) {
  uint64_t delta[4];
  npr_status st;
  if (g->kind == BG_MT19937 || g->kind == BG_SFC64) {
    return npr_fail(err, NPR_ATTRIBUTE_ERROR, "'%s' object has no attribute 'advance'", bg_class[g->kind]);
  }
  if ((st = wrapped_words(v, delta, g->kind == BG_PHILOX ? 4 : 2, err)) != NPR_OK) return st;
  if (g->kind == BG_PCG64) npr_pcg64_advance(&g->s.pcg, delta[1], delta[0]);
  else if (g->kind == BG_PCG64DXSM) npr_pcg64dxsm_advance(&g->s.dxsm, delta[1], delta[0]);
  else npr_philox_advance(&g->s.philox, delta);
  return NPR_OK;
}

static npr_status open_generator(gen_stream *g, bg_kind kind, const cJSON *request, npr_error *err) {
  const cJSON *jumped = cJSON_GetObjectItemCaseSensitive(request, "jumped");
  const cJSON *advance = cJSON_GetObjectItemCaseSensitive(request, "advance");
  npr_numpy_version numpy;
  npr_status st;
  g->kind = kind;
  if ((st = npr_request_numpy(request, &numpy, err)) != NPR_OK) return st;
  if ((st = seed_stream(g, request, err)) != NPR_OK) return st;
  if (jumped && !cJSON_IsNull(jumped) && (st = apply_jumped(g, jumped, err)) != NPR_OK) return st;
  if (advance && !cJSON_IsNull(advance) && (st = apply_advance(g, advance, err)) != NPR_OK) return st;
  switch (kind) {
  case BG_MT19937: npr_generator_init(&g->gen, npr_mt19937_bitgen(&g->s.mt), numpy); break;
  case BG_PCG64: npr_generator_init(&g->gen, npr_pcg64_bitgen(&g->s.pcg), numpy); break;
  case BG_PCG64DXSM: npr_generator_init(&g->gen, npr_pcg64dxsm_bitgen(&g->s.dxsm), numpy); break;
  case BG_PHILOX: npr_generator_init(&g->gen, npr_philox_bitgen(&g->s.philox), numpy); break;
  case BG_SFC64: npr_generator_init(&g->gen, npr_sfc64_bitgen(&g->s.sfc), numpy); break;
  }
  return NPR_OK;
}

/* --- methods ------------------------------------------------------------- */

/* f(size, dtype) methods that fill float32 or float64. */
typedef npr_status (*typed_fill_fn)(npr_generator *g, npr_dtype dtype, size_t n, void *out, npr_error *err);

static npr_status run_typed(gen_stream *g, const npr_args *a, int size_i, int dtype_i, typed_fill_fn fill,
                            npr_values *out, npr_error *err) {
  npr_dtype dtype;
  bool scalar;
  size_t n;
  void *buf;
  npr_status st;
  if ((st = npr_arg_size(a, size_i, &scalar, &n, err)) != NPR_OK) return st;
  if ((st = npr_arg_dtype(a, dtype_i, &dtype, err)) != NPR_OK) return st;
  if ((st = npr_arg_out_count(a, dtype_i + 1, size_i, &n, err)) != NPR_OK) return st;
  if ((buf = npr_alloc_values(n, 8, err)) == NULL) return NPR_MEMORY_ERROR;
  st = fill(&g->gen, dtype, n, buf, err);
  if (st == NPR_OK) npr_put_typed(dtype, buf, n, out);
  free(buf);
  return st;
}

static npr_status m_random(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return run_typed(s, a, 0, 1, npr_gen_random_fill, out, err);
}

static npr_status m_standard_normal(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return run_typed(s, a, 0, 1, npr_gen_standard_normal_fill, out, err);
}

static npr_status m_standard_exponential(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  gen_stream *g = s;
  const cJSON *method = a->v[2];
  npr_exp_method how = cJSON_IsString(method) && strcmp(method->valuestring, "zig") == 0 ? NPR_EXP_ZIG : NPR_EXP_INV;
  npr_dtype dtype;
  bool scalar;
  size_t n;
  void *buf;
  npr_status st;
  if ((st = npr_arg_size(a, 0, &scalar, &n, err)) != NPR_OK) return st;
  if ((st = npr_arg_dtype(a, 1, &dtype, err)) != NPR_OK) return st;
  if ((st = npr_arg_out_count(a, 3, 0, &n, err)) != NPR_OK) return st;
  if ((buf = npr_alloc_values(n, 8, err)) == NULL) return NPR_MEMORY_ERROR;
  st = npr_gen_standard_exponential_fill(&g->gen, dtype, how, n, buf, err);
  if (st == NPR_OK) npr_put_typed(dtype, buf, n, out);
  free(buf);
  return st;
}

static npr_status m_integers(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  gen_stream *g = s;
  npr_int128 low, high;
  npr_dtype dtype;
  bool scalar, endpoint;
  size_t n;
  void *buf;
  npr_status st;
  if (cJSON_IsArray(a->v[0]) || cJSON_IsArray(a->v[1])) {
    /* array bounds: NumPy's broadcast path, Lemire as Generator draws */
    cJSON *zero;
    const bool no_high = npr_arg_is_none(a, 1);
    if ((st = npr_arg_dtype(a, 3, &dtype, err)) != NPR_OK) return st;
    if ((st = npr_arg_bool(a, 4, &endpoint, err)) != NPR_OK) return st;
    if (!npr_dtype_is_integer(dtype)) {
      return npr_fail(err, NPR_TYPE_ERROR, "Unsupported dtype dtype('%s') for integers", npr_dtype_name(dtype));
    }
    if ((zero = npr_json_parse("0", 1, NULL)) == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
    st = npr_run_integers_bcast(&g->gen.bg, a, no_high ? zero : a->v[0], no_high ? a->v[0] : a->v[1], 2, dtype,
                                endpoint, false, g->gen.numpy, out, err);
    cJSON_Delete(zero);
    return st;
  }
  if (npr_arg_size_is_empty(a, 2)) {
    /* np.prod(size) == 0: np.empty(size) before the bounds are read */
    low = high = npr_int128_from_i64(0);
  } else {
    if ((st = npr_arg_int128(a, 0, &low, err)) != NPR_OK) return st;
    if (npr_arg_is_none(a, 1)) {
      high = low;
      low = npr_int128_from_i64(0);
    } else if ((st = npr_arg_int128(a, 1, &high, err)) != NPR_OK) {
      return st;
    }
  }
  if ((st = npr_arg_size(a, 2, &scalar, &n, err)) != NPR_OK) return st;
  if ((st = npr_arg_dtype(a, 3, &dtype, err)) != NPR_OK) return st;
  if ((st = npr_arg_bool(a, 4, &endpoint, err)) != NPR_OK) return st;
  if ((buf = npr_alloc_values(n, 8, err)) == NULL) return NPR_MEMORY_ERROR;
  st = npr_gen_integers_fill(&g->gen, dtype, low, high, endpoint, n, buf, err);
  if (st == NPR_OK) npr_put_typed(dtype, buf, n, out);
  free(buf);
  return st;
}

static npr_status fill_bytes(void *g, int64_t length, uint8_t *out, size_t *out_len, npr_error *err) {
  return npr_gen_bytes(&((gen_stream *)g)->gen, length, out, out_len, err);
}

static npr_status m_bytes(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return npr_run_bytes(s, a, fill_bytes, out, err);
}

static npr_status m_random_raw(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  gen_stream *g = s;
  bool scalar, output;
  size_t n, i;
  npr_status st;
  if ((st = npr_arg_size(a, 0, &scalar, &n, err)) != NPR_OK) return st;
  if ((st = npr_arg_bool(a, 1, &output, err)) != NPR_OK) return st;
  for (i = 0; i < n; i++) {
    uint64_t raw = npr_next_raw(&g->gen.bg);
    if (output) npr_values_uint(out, raw);
  }
  return NPR_OK;
}

/* shuffle / permutation / permuted of a JSON array: the library permutes
 * the flat element numbers laid out in x's shape; the elements follow. */
typedef enum perm_kind { PERM_SHUFFLE, PERM_PERMUTATION, PERM_PERMUTED } perm_kind;

static npr_status run_permute(gen_stream *g, const npr_args *a, perm_kind kind, npr_values *out, npr_error *err) {
  npr_json_array arr;
  int64_t axis64 = 0, *idx, *dst;
  int axis;
  size_t i;
  npr_status st;
  if (kind == PERM_PERMUTATION && npr_json_is_integer(a->v[0])) {
    int64_t n;
    if ((st = npr_arg_i64(a, 0, &n, err)) != NPR_OK) return st;
    n = npr_arange_length(n); /* np.arange(n) */
    if ((st = npr_array_size_check(n, sizeof *idx, err)) != NPR_OK) return st;
    if ((idx = npr_alloc_values((size_t)n, sizeof *idx, err)) == NULL) return NPR_MEMORY_ERROR;
    npr_gen_permutation_int(&g->gen, n, idx);
    for (i = 0; i < (size_t)n; i++) npr_values_int(out, idx[i]);
    free(idx);
    return NPR_OK;
  }
  if (kind == PERM_PERMUTED && npr_arg_is_none(a, 1)) {
    axis = NPR_AXIS_NONE;
  } else {
    if ((st = npr_arg_i64(a, 1, &axis64, err)) != NPR_OK) return st;
    axis = axis64 < -1000 ? -1000 : axis64 > 1000 ? 1000 : (int)axis64;
  }
  if (kind == PERM_PERMUTED && !npr_arg_is_none(a, 2)) return npr_fail(err, NPR_NOT_IMPLEMENTED, "out= is not supported");
  if ((st = npr_json_array_view(a->v[0], &arr, err)) != NPR_OK) return st;
  idx = npr_alloc_values(arr.n ? arr.n : 1, sizeof *idx, err);
  dst = npr_alloc_values(arr.n ? arr.n : 1, sizeof *dst, err);
  if (idx == NULL || dst == NULL) {
    free(idx);
    free(dst);
    npr_json_array_free(&arr);
    return NPR_MEMORY_ERROR;
  }
  for (i = 0; i < arr.n; i++) idx[i] = (int64_t)i;
  if (kind == PERM_SHUFFLE) {
    st = npr_gen_shuffle(&g->gen, idx, arr.ndim, arr.shape, sizeof *idx, axis, err);
    memcpy(dst, idx, arr.n * sizeof *idx);
  } else if (kind == PERM_PERMUTATION) {
    if (arr.ndim == 0) st = npr_fail(err, NPR_INDEX_ERROR, "x must be an integer or at least 1-dimensional");
    else st = npr_gen_permutation(&g->gen, idx, dst, arr.ndim, arr.shape, sizeof *idx, axis, err);
  } else {
    st = npr_gen_permuted(&g->gen, idx, dst, arr.ndim, arr.shape, sizeof *idx, axis, err);
  }
  if (st == NPR_OK) npr_put_elements(&arr, dst, arr.n, out);
  free(idx);
  free(dst);
  npr_json_array_free(&arr);
  return st;
}

static npr_status m_shuffle(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return run_permute(s, a, PERM_SHUFFLE, out, err);
}
static npr_status m_permutation(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return run_permute(s, a, PERM_PERMUTATION, out, err);
}
static npr_status m_permuted(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return run_permute(s, a, PERM_PERMUTED, out, err);
}

static npr_status m_dirichlet(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return npr_run_gen_dirichlet(&((gen_stream *)s)->gen, a, out, err);
}

static npr_status m_multivariate_normal(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return npr_run_gen_multivariate_normal(&((gen_stream *)s)->gen, a, out, err);
}

static npr_status m_multinomial(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return npr_run_gen_multinomial(&((gen_stream *)s)->gen, a, out, err);
}

static npr_status m_multivariate_hypergeometric(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return npr_run_gen_mvhg(&((gen_stream *)s)->gen, a, out, err);
}

static npr_status m_choice(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  gen_stream *g = s;
  npr_choice_args ca;
  npr_json_array arr = {0};
  const cJSON *x = a->v[0];
  double *p = NULL;
  int64_t axis, *idx = NULL;
  size_t n, n_p, i, row = 1;
  bool scalar;
  npr_status st, size_st;
  npr_error size_err;
  memset(&ca, 0, sizeof ca);
  if (npr_json_is_integer(x) || cJSON_IsBool(x)) {
    ca.a_is_int = true;
    if ((st = npr_arg_i64(a, 0, &ca.pop_size, err)) != NPR_OK) return st;
  } else if (cJSON_IsArray(x)) {
    if ((st = npr_json_array_view(x, &arr, err)) != NPR_OK) return st;
  } else {
    return npr_fail(err, NPR_VALUE_ERROR, "a must be a sequence or an integer, not <class '%s'>",
                    cJSON_IsNumber(x) ? "float" : cJSON_IsString(x) ? "str" : "NoneType");
  }
  size_st = npr_arg_size(a, 1, &scalar, &n, &size_err);
  if ((st = npr_arg_bool(a, 2, &ca.replace, err)) != NPR_OK) goto done;
  if ((st = npr_arg_double_list(a, 3, &p, &n_p, err)) != NPR_OK) goto done;
  if ((st = npr_arg_i64(a, 4, &axis, err)) != NPR_OK) goto done;
  if ((st = npr_arg_bool(a, 5, &ca.shuffle, err)) != NPR_OK) goto done;
  if (!ca.a_is_int) {
    if (axis != 0 && arr.ndim > 1) {
      st = npr_fail(err, NPR_NOT_IMPLEMENTED, "choice along axis %lld is not supported by nprand yet", (long long)axis);
      goto done;
    }
    ca.pop_size = arr.ndim ? (int64_t)arr.shape[0] : 0;
    row = arr.ndim ? (arr.shape[0] ? arr.n / arr.shape[0] : 0) : 1;
  }
  ca.p = p;
  ca.p_len = n_p;
  if (!ca.replace && (size_st != NPR_OK || (a->negative_dims != NULL && *a->negative_dims))) {
    /* Without replacement NumPy compares np.prod(size) with the population
     * (after its checks of a and p) before it allocates anything: a sample
     * larger than the population is that ValueError, not a memory or
     * array-size error. */
    int64_t total, one;
    if (npr_arg_size_product(a, 1, &total) && total > ca.pop_size) {
      /* a and p are checked on one draw with replacement (the stream is
       * not used after an error), then the sample is refused; the product
       * may exceed what a 32-bit size_t holds, so it is not passed on */
      npr_choice_args check = ca;
      check.replace = true;
      if ((st = npr_gen_choice(&g->gen, &check, 1, &one, err)) == NPR_OK) {
        st = npr_fail(err, NPR_VALUE_ERROR, "Cannot take a larger sample than population when replace is False");
      }
      goto done;
    }
  }
  if (size_st != NPR_OK) {
    *err = size_err;
    st = size_st;
    goto done;
  }
  if ((idx = npr_alloc_values(n ? n : 1, sizeof *idx, err)) == NULL) {
    st = NPR_MEMORY_ERROR;
    goto done;
  }
  if (!ca.replace && ca.p == NULL && (int64_t)n <= ca.pop_size && ca.pop_size > 10000 &&
      (int64_t)n > ca.pop_size / (ca.shuffle ? 50 : 20) && ca.pop_size > (int64_t)NPR_MAX_VALUES) {
    /* NumPy's tail shuffle allocates the whole population: the engine's
     * per-call cap applies to it (array too big keeps NumPy's ValueError) */
    st = npr_array_size_check(ca.pop_size, sizeof *idx, err);
    if (st == NPR_OK) {
      st = npr_fail(err, NPR_MEMORY_ERROR, "Unable to allocate an array of %lld values", (long long)ca.pop_size);
    }
    goto done;
  }
  if ((st = npr_gen_choice(&g->gen, &ca, n, idx, err)) != NPR_OK) goto done;
  if (!ca.a_is_int && arr.ndim > 1 && row != 1 && cJSON_IsArray(a->v[1]) && cJSON_GetArraySize(a->v[1]) == 0 &&
      g->gen.numpy < NPR_NUMPY_2_0_0) {
    /* size=() with rows of a: before 2.0.0 (19ef0d1102) NumPy stores a[idx]
     * into a 0-d array, after the draw; a row of one element fits */
    st = npr_fail(err, NPR_VALUE_ERROR, "setting an array element with a sequence.");
    goto done;
  }
  for (i = 0; i < n; i++) {
    if (ca.a_is_int) {
      npr_values_int(out, idx[i]);
    } else {
      size_t k;
      for (k = 0; k < row; k++) npr_values_json(out, arr.elems[(size_t)idx[i] * row + k]);
    }
  }
done:
  free(idx);
  free(p);
  npr_json_array_free(&arr);
  return st;
}

static const npr_entry generator_methods[] = {
    {"integers", "low, high=None, size=None, dtype='int64', endpoint=False", m_integers, NULL},
    {"random", "size=None, dtype='float64', out=None", m_random, NULL},
    {"standard_normal", "size=None, dtype='float64', out=None", m_standard_normal, NULL},
    {"standard_exponential", "size=None, dtype='float64', method='zig', out=None", m_standard_exponential, NULL},
    {"bytes", "length", m_bytes, NULL},
    {"shuffle", "x, axis=0", m_shuffle, NULL},
    {"permutation", "x, axis=0", m_permutation, NULL},
    {"permuted", "x, axis=None, out=None", m_permuted, NULL},
    {"choice", "a, size=None, replace=True, p=None, axis=0, shuffle=True", m_choice, NULL},
    {"dirichlet", "alpha, size=None", m_dirichlet, NULL},
    {"multinomial", "n, pvals, size=None", m_multinomial, NULL},
    {"multivariate_normal", "mean, cov, size=None, check_valid='warn', tol=1e-8, *, method='svd'", m_multivariate_normal, NULL},
    {"multivariate_hypergeometric", "colors, nsample, size=None, method='marginals'", m_multivariate_hypergeometric, NULL},
    {"random_raw", "size=None, output=True", m_random_raw, NULL},
};

static void *generator_of(void *stream) { return &((gen_stream *)stream)->gen; }
static npr_bitgen *generator_bitgen(void *gen) { return &((npr_generator *)gen)->bg; }

#define GENERATOR_FAMILY(var, fname, kind)                                                         \
  static npr_status open_##var(void *stream, const cJSON *request, npr_error *err) {               \
    return open_generator(stream, kind, request, err);                                             \
  }                                                                                                \
  const npr_family var = {fname,                                                                    \
                          "Generator",                                                              \
                          false,                                                                    \
                          sizeof(gen_stream),                                                       \
                          open_##var,                                                               \
                          NULL,                                                                     \
                          generator_methods,                                                        \
                          sizeof generator_methods / sizeof generator_methods[0],                   \
                          npr_generator_methods,                                                    \
                          npr_generator_f32_methods,                                                \
                          generator_of,                                                             \
                          generator_bitgen}

GENERATOR_FAMILY(npr_family_mt19937, "mt19937", BG_MT19937);
GENERATOR_FAMILY(npr_family_pcg64, "pcg64", BG_PCG64);
GENERATOR_FAMILY(npr_family_pcg64dxsm, "pcg64dxsm", BG_PCG64DXSM);
GENERATOR_FAMILY(npr_family_philox, "philox", BG_PHILOX);
GENERATOR_FAMILY(npr_family_sfc64, "sfc64", BG_SFC64);
