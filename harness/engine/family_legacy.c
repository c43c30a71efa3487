/* The `legacy` family: numpy.random.RandomState. Each entry is the Python
 * signature and a thin adapter onto the library's npr_rs_* call. */
#include <stdlib.h>
#include <string.h>

#include "adapters.h"
#include "families.h"
#include "seeding.h"
#include "multivariate_runners.h"
#include "nprand/array_size.h"
#include "nprand/numpy_version.h"
#include "nprand/randomstate.h"

/* --- seeding ------------------------------------------------------------ */

/* np.asarray(seed).astype(np.int64, casting='safe') fails with this text
 * for a seed list holding anything but int64-representable integers. */
static npr_status cast_error(const char *from, npr_error *err) {
  return npr_fail(err, NPR_TYPE_ERROR,
                  "Cannot cast array data from dtype('%s') to dtype('int64') according to the rule 'safe'",
                  from);
}

static npr_status seed_from_list(npr_randomstate *rs, const cJSON *list, npr_error *err) {
  const cJSON *item;
  size_t n = (size_t)cJSON_GetArraySize(list), i = 0;
  bool any_float = false, any_negative = false, any_big = false, any_huge = false, any_list = false;
  int64_t *seeds;
  npr_status st;
  cJSON_ArrayForEach(item, list) {
    if (cJSON_IsArray(item)) {
      any_list = true;
    } else if (npr_json_is_integer(item)) {
      npr_int128 v;
      npr_json_to_int128(item, &v, NULL);
      any_negative |= v.hi < 0;
      if (npr_int128_cmp(v, npr_int128_from_i64(INT64_MAX)) > 0) {
        if (npr_int128_cmp(v, npr_int128_from_u64(UINT64_MAX)) > 0) any_huge = true;
        else any_big = true;
      } else if (npr_int128_cmp(v, npr_int128_from_i64(INT64_MIN)) < 0) {
        any_huge = true;
      }
    } else if (cJSON_IsNumber(item) || cJSON_IsString(item)) {
      any_float = true;
    } else if (!cJSON_IsBool(item)) {
      return cast_error("O", err);
    }
  }
  if (n == 0) return npr_fail(err, NPR_VALUE_ERROR, "Seed must be non-empty");
  if (any_huge || (any_big && any_negative)) return cast_error("O", err);
  if (any_float) return cast_error("float64", err);
  if (any_big) return cast_error("uint64", err);
  if (any_list) return npr_fail(err, NPR_VALUE_ERROR, "Seed array must be 1-d");
  seeds = npr_alloc_values(n, sizeof *seeds, err);
  if (seeds == NULL) return NPR_MEMORY_ERROR;
  cJSON_ArrayForEach(item, list) npr_json_to_i64(item, &seeds[i++], NULL);
  st = npr_randomstate_seed_array(rs, seeds, n, err);
  free(seeds);
  return st;
}

static npr_status seed_legacy(npr_randomstate *rs, const cJSON *seed, npr_error *err) {
  npr_int128 v;
  if (seed == NULL || cJSON_IsNull(seed)) return npr_randomstate_seed_entropy(rs, err);
  if (cJSON_IsArray(seed)) return seed_from_list(rs, seed, err);
  if (npr_json_is_integer(seed) || cJSON_IsBool(seed)) {
    npr_json_to_int128(seed, &v, NULL);
    return npr_randomstate_seed(rs, v, err);
  }
  if (cJSON_IsNumber(seed)) {
    return npr_fail(err, NPR_TYPE_ERROR,
                    "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
  }
  return npr_fail(err, NPR_TYPE_ERROR, "Cannot cast array data from dtype('O') to dtype('int64') "
                                       "according to the rule 'safe'");
}

static npr_status open_legacy(void *stream, const cJSON *request, npr_error *err) {
  /* Of the RandomState methods only multinomial changed (2.4.x and 2.5.0,
   * despite NEP 19); the release rides on the RandomState for it. */
  npr_randomstate *rs = stream;
  npr_numpy_version numpy;
  npr_status st;
  if ((st = npr_request_numpy(request, &numpy, err)) != NPR_OK) return st;
  if ((st = seed_legacy(rs, cJSON_GetObjectItemCaseSensitive(request, "seed"), err)) != NPR_OK) return st;
  rs->numpy = numpy; /* seeding made it a 1.24.2 RandomState */
  return NPR_OK;
}

/* --- shared adapters ----------------------------------------------------- */

typedef void (*fill0_fn)(npr_randomstate *, size_t, double *);

/* Methods of the form f(size=None) filling doubles; size is argument i. */
static npr_status run_fill0(npr_randomstate *rs, const npr_args *a, int i, fill0_fn fill,
                            npr_values *out, npr_error *err) {
  bool scalar;
  size_t n;
  double *buf;
  npr_status st = npr_arg_size(a, i, &scalar, &n, err);
  if (st != NPR_OK) return st;
  if ((buf = npr_alloc_values(n, sizeof *buf, err)) == NULL) return NPR_MEMORY_ERROR;
  fill(rs, n, buf);
  npr_put_typed(NPR_FLOAT64, buf, n, out);
  free(buf);
  return NPR_OK;
}

/* rand(*dims) and randn(*dims): dims given -> size=dims. */
static npr_status run_dims(npr_randomstate *rs, const npr_args *a, fill0_fn fill, npr_values *out,
                           npr_error *err) {
  npr_args sized = *a;
  if (cJSON_GetArraySize(a->v[0]) == 0) sized.v[0] = NULL;
  return run_fill0(rs, &sized, 0, fill, out, err);
}

static npr_status m_random_sample(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return run_fill0(s, a, 0, npr_rs_random_sample_fill, out, err);
}

static npr_status m_rand(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return run_dims(s, a, npr_rs_random_sample_fill, out, err);
}

static npr_status m_standard_normal(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return run_fill0(s, a, 0, npr_rs_standard_normal_fill, out, err);
}

static npr_status m_randn(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return run_dims(s, a, npr_rs_standard_normal_fill, out, err);
}

static npr_status m_standard_exponential(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return run_fill0(s, a, 0, npr_rs_standard_exponential_fill, out, err);
}

/* --- integers ------------------------------------------------------------ */

/* randint-shaped calls: low, high (None: [0, low) or [one, low]), size. */
static npr_status run_randint(npr_randomstate *rs, const npr_args *a, int64_t low_if_no_high,
                              bool inclusive, npr_dtype dtype, npr_values *out, npr_error *err) {
  npr_int128 low, high;
  bool scalar;
  size_t n;
  void *buf;
  npr_status st;
  if (!inclusive && npr_dtype_is_integer(dtype) && (cJSON_IsArray(a->v[0]) || cJSON_IsArray(a->v[1]))) {
    /* array bounds: NumPy's broadcast path, masked as RandomState draws */
    npr_bitgen bg = npr_randomstate_bitgen(rs);
    cJSON *zero = npr_json_parse("0", 1, NULL);
    const bool no_high = npr_arg_is_none(a, 1);
    st = zero == NULL ? npr_fail(err, NPR_MEMORY_ERROR, "out of memory")
                      : npr_run_integers_bcast(&bg, a, no_high ? zero : a->v[0], no_high ? a->v[0] : a->v[1], 2,
                                               dtype, false, true, rs->numpy, out, err);
    cJSON_Delete(zero);
    return st;
  }
  if (!inclusive && npr_arg_size_is_empty(a, 2)) {
    /* np.prod(size) == 0: np.empty(size) before the bounds are read */
    low = high = npr_int128_from_i64(0);
  } else {
    if ((st = npr_arg_int128(a, 0, &low, err)) != NPR_OK) return st;
    if (npr_arg_is_none(a, 1)) {
      high = low;
      low = npr_int128_from_i64(low_if_no_high);
    } else if ((st = npr_arg_int128(a, 1, &high, err)) != NPR_OK) {
      return st;
    }
  }
  if ((st = npr_arg_size(a, 2, &scalar, &n, err)) != NPR_OK) return st;
  if ((buf = npr_alloc_values(n, 8, err)) == NULL) return NPR_MEMORY_ERROR;
  st = inclusive ? npr_rs_random_integers_fill(rs, low, high, n, buf, err)
                 : npr_rs_randint_fill(rs, dtype, low, high, n, buf, err);
  if (st == NPR_OK) npr_put_typed(dtype, buf, n, out);
  free(buf);
  return st;
}

static npr_status m_randint(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  npr_dtype dtype;
  npr_status st = npr_arg_dtype(a, 3, &dtype, err);
  if (st != NPR_OK) return st;
  return run_randint(s, a, 0, false, dtype, out, err);
}

static npr_status m_random_integers(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return run_randint(s, a, 1, true, NPR_INT64, out, err);
}

static npr_status m_tomaxint(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  bool scalar;
  size_t n, i;
  npr_status st = npr_arg_size(a, 0, &scalar, &n, err);
  if (st != NPR_OK) return st;
  for (i = 0; i < n; i++) npr_values_int(out, npr_rs_tomaxint(s));
  return NPR_OK;
}

static npr_status fill_bytes(void *rs, int64_t length, uint8_t *out, size_t *out_len, npr_error *err) {
  return npr_rs_bytes(rs, length, out, out_len, err);
}

static npr_status m_bytes(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return npr_run_bytes(s, a, fill_bytes, out, err);
}

/* --- permutations --------------------------------------------------------- */

/* Appends x's items in the order idx gives, flattening nested rows. cJSON
 * lists are linked, so the items are indexed once first. */
static void put_rows(const cJSON *x, const int64_t *idx, size_t n, npr_values *out) {
  const cJSON **items = malloc((size_t)cJSON_GetArraySize(x) * sizeof *items + 1);
  const cJSON *item;
  size_t i = 0;
  if (items == NULL) {
    out->failed = true;
    return;
  }
  cJSON_ArrayForEach(item, x) items[i++] = item;
  for (i = 0; i < n; i++) npr_values_json(out, items[idx[i]]);
  free(items);
}

/* np.asarray(x) refuses ragged lists; shuffle of a list never converts it. */
static npr_status check_rectangular(const cJSON *x, npr_error *err) {
  npr_json_array arr;
  npr_status st = npr_json_array_view(x, &arr, err);
  if (st == NPR_OK) npr_json_array_free(&arr);
  return st;
}

static npr_status shuffle_rows(npr_randomstate *rs, const cJSON *x, npr_values *out, npr_error *err) {
  size_t n = (size_t)cJSON_GetArraySize(x);
  int64_t *idx = npr_alloc_values(n, sizeof *idx, err);
  size_t i;
  if (idx == NULL) return NPR_MEMORY_ERROR;
  for (i = 0; i < n; i++) idx[i] = (int64_t)i;
  /* Shuffling row numbers draws exactly what shuffling the rows would. */
  npr_rs_shuffle(rs, idx, n, sizeof *idx);
  put_rows(x, idx, n, out);
  free(idx);
  return NPR_OK;
}

static npr_status m_shuffle(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  if (!cJSON_IsArray(a->v[0])) {
    return npr_fail(err, NPR_TYPE_ERROR, "object of type '%s' has no len()",
                    cJSON_IsNumber(a->v[0]) ? (npr_json_is_integer(a->v[0]) ? "int" : "float") : "NoneType");
  }
  return shuffle_rows(s, a->v[0], out, err);
}

static npr_status m_permutation(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  const cJSON *x = a->v[0];
  if (npr_json_is_integer(x)) {
    int64_t n, i, *perm;
    npr_status st = npr_arg_i64(a, 0, &n, err);
    if (st != NPR_OK) return st;
    n = npr_arange_length(n); /* np.arange(n) */
    if ((st = npr_array_size_check(n, sizeof *perm, err)) != NPR_OK) return st;
    if ((perm = npr_alloc_values((size_t)n, sizeof *perm, err)) == NULL) return NPR_MEMORY_ERROR;
    npr_rs_permutation(s, (size_t)n, perm);
    for (i = 0; i < n; i++) npr_values_int(out, perm[i]);
    free(perm);
    return NPR_OK;
  }
  if (!cJSON_IsArray(x)) {
    return npr_fail(err, NPR_INDEX_ERROR, "x must be an integer or at least 1-dimensional");
  }
  return check_rectangular(x, err) != NPR_OK ? err->status : shuffle_rows(s, x, out, err);
}

static npr_status m_choice(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  const cJSON *x = a->v[0];
  bool a_is_int = !cJSON_IsArray(x), replace, scalar;
  int64_t pop_size, *idx;
  double *p = NULL;
  size_t n, n_p, i;
  int64_t total;
  npr_status st, size_st;
  npr_error size_err;
  if (a_is_int) {
    if (!npr_json_is_integer(x)) return npr_fail(err, NPR_VALUE_ERROR, "a must be 1-dimensional or an integer");
    if ((st = npr_arg_i64(a, 0, &pop_size, err)) != NPR_OK) return st;
  } else {
    const cJSON *item;
    if ((st = check_rectangular(x, err)) != NPR_OK) return st;
    cJSON_ArrayForEach(item, x) {
      if (cJSON_IsArray(item)) return npr_fail(err, NPR_VALUE_ERROR, "a must be 1-dimensional");
    }
    pop_size = cJSON_GetArraySize(x);
  }
  size_st = npr_arg_size(a, 1, &scalar, &n, &size_err);
  if ((st = npr_arg_bool(a, 2, &replace, err)) != NPR_OK) return st;
  if ((st = npr_arg_double_list(a, 3, &p, &n_p, err)) != NPR_OK) return st;
  if (p != NULL && (int64_t)n_p != pop_size) {
    free(p);
    return npr_fail(err, NPR_VALUE_ERROR, "'a' and 'p' must have same size");
  }
  if (!replace && (size_st != NPR_OK || *a->negative_dims) && npr_arg_size_product(a, 1, &total) &&
      total > pop_size) {
    /* NumPy compares np.prod(size) with the population after its checks of
     * a and p, before it allocates: run those checks on one draw (the
     * stream is abandoned after an error anyway), then refuse the sample. */
    int64_t one;
    st = npr_rs_choice(s, pop_size, a_is_int, 1, true, p, &one, err);
    free(p);
    *a->negative_dims = false;
    return st != NPR_OK ? st
                        : npr_fail(err, NPR_VALUE_ERROR,
                                   "Cannot take a larger sample than population when 'replace=False'");
  }
  if (size_st != NPR_OK) {
    /* a sample the population holds: RandomState.choice permutes
     * arange(pop_size) first, which may be too big an array itself */
    if (!replace && a_is_int && p == NULL && npr_arg_size_product(a, 1, &total) && total <= pop_size &&
        npr_array_size_check(pop_size, sizeof *idx, NULL) == NPR_VALUE_ERROR) {
      size_st = npr_array_size_check(pop_size, sizeof *idx, &size_err);
    }
    free(p);
    *err = size_err;
    return size_st;
  }
  if ((idx = npr_alloc_values(n, sizeof *idx, err)) == NULL) {
    free(p);
    return NPR_MEMORY_ERROR;
  }
  if (!replace && *a->negative_dims && strncmp(a->size_error->message, "negative", 8) == 0) {
    /* choice words this one itself, capitalised, after checking a and p:
     * run those checks (the stream is abandoned after an error anyway). */
    st = npr_rs_choice(s, pop_size, a_is_int, 1, true, p, idx, err);
    free(idx);
    free(p);
    *a->negative_dims = false;
    return st != NPR_OK ? st : npr_fail(err, NPR_VALUE_ERROR, "Negative dimensions are not allowed");
  }
  if (a_is_int && !replace && p == NULL && (int64_t)n <= pop_size && pop_size > (int64_t)NPR_MAX_VALUES &&
      npr_arange_length(pop_size) > 0) {
    /* the whole population is permuted: the engine's cap on what one call
     * may allocate applies to it (array too big keeps NumPy's ValueError) */
    st = npr_array_size_check(pop_size, sizeof *idx, err);
    if (st == NPR_OK) st = npr_fail(err, NPR_MEMORY_ERROR, "Unable to allocate an array of %lld values", (long long)pop_size);
  } else {
    st = npr_rs_choice(s, pop_size, a_is_int, n, replace, p, idx, err);
  }
  if (st == NPR_OK) {
    if (a_is_int) {
      for (i = 0; i < n; i++) npr_values_int(out, idx[i]);
    } else {
      put_rows(x, idx, n, out);
    }
  }
  free(idx);
  free(p);
  return st;
}

static npr_status m_dirichlet(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return npr_run_rs_dirichlet(s, a, out, err);
}

static npr_status m_multivariate_normal(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return npr_run_rs_multivariate_normal(s, a, out, err);
}

static npr_status m_multinomial(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  return npr_run_rs_multinomial(s, a, out, err);
}

/* --- state ----------------------------------------------------------------- */

static npr_status m_get_state(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  const npr_randomstate *rs = s;
  int i;
  (void)a;
  (void)err;
  npr_values_str(out, "MT19937", 7);
  for (i = 0; i < NPR_MT19937_N; i++) npr_values_uint(out, rs->mt.key[i]);
  npr_values_int(out, rs->mt.pos);
  npr_values_int(out, rs->has_gauss);
  npr_values_float(out, rs->gauss);
  return NPR_OK;
}

static npr_status m_seed(void *s, const npr_args *a, npr_values *out, npr_error *err) {
  /* np.random.seed re-seeds this NumPy's RandomState: the release stays */
  npr_randomstate *rs = s;
  const npr_numpy_version numpy = rs->numpy;
  npr_status st = seed_legacy(rs, a->v[0], err);
  (void)out;
  rs->numpy = numpy;
  return st;
}

static const npr_entry legacy_methods[] = {
    {"random_sample", "size=None", m_random_sample, NULL},
    {"random", "size=None", m_random_sample, NULL},
    {"ranf", "size=None", m_random_sample, NULL},
    {"sample", "size=None", m_random_sample, NULL},
    {"rand", "*args", m_rand, NULL},
    {"randint", "low, high=None, size=None, dtype='int64'", m_randint, NULL},
    {"random_integers", "low, high=None, size=None", m_random_integers, NULL},
    {"tomaxint", "size=None", m_tomaxint, NULL},
    {"bytes", "length", m_bytes, NULL},
    {"shuffle", "x", m_shuffle, NULL},
    {"permutation", "x", m_permutation, NULL},
    {"choice", "a, size=None, replace=True, p=None", m_choice, NULL},
    {"standard_normal", "size=None", m_standard_normal, NULL},
    {"dirichlet", "alpha, size=None", m_dirichlet, NULL},
    {"multinomial", "n, pvals, size=None", m_multinomial, NULL},
    {"multivariate_normal", "mean, cov, size=None, check_valid='warn', tol=1e-8", m_multivariate_normal, NULL},
    {"randn", "*args", m_randn, NULL},
    {"standard_exponential", "size=None", m_standard_exponential, NULL},
    {"get_state", "", m_get_state, NULL},
    {"seed", "seed=None", m_seed, NULL},
};

const npr_family npr_family_legacy = {
    "legacy",
    "RandomState",
    false,
    sizeof(npr_randomstate),
    open_legacy,
    NULL,
    legacy_methods,
    sizeof legacy_methods / sizeof legacy_methods[0],
    npr_legacy_methods,
    NULL,
    NULL,
    /* Not metered: RandomState's kernels draw from its MT19937 directly, and
     * every input they would not return from is refused (README). */
    NULL,
};
