/* fuzz_params: distribution parameters at their edges.
 *
 * NaN (quiet, signalling, negative), +-inf, +-0, subnormals, DBL_MIN/MAX,
 * huge and tiny powers of two go to every continuous method nprand has
 * (legacy npr_rs_* and Generator npr_gen_*), plus bytes and choice's p.
 * Each call must give NumPy's error (by a reference predicate written here
 * from NumPy's checks) having drawn nothing and written nothing, or values
 * that pass basic sanity checks; the fill form must equal the same number of
 * scalar calls, bit for bit. Crashes, hangs and UB are the sanitizers' and
 * libFuzzer's to catch. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nprand/distributions.h"
#include "nprand/generator.h"
#include "nprand/randomstate.h"
#include "provider.h"

enum { MAX_N = 64 };

static bool same_mt(const npr_mt19937 *a, const npr_mt19937 *b) {
  return memcmp(a->key, b->key, sizeof a->key) == 0 && a->pos == b->pos;
}

static bool neg_not_nan(double x) { return signbit(x) && !isnan(x); }

/* --- reference predicates: the error NumPy raises, or NULL ----------------- */

static const char *err_scale(double scale) { return neg_not_nan(scale) ? "ValueError: scale < 0" : NULL; }

static const char *err_uniform_legacy(double low, double high) {
  return isfinite(high - low) ? NULL : "OverflowError: Range exceeds valid bounds";
}

static const char *err_uniform_gen(double low, double high) {
  const double range = high - low;
  if (!isfinite(range)) return "OverflowError: high - low range exceeds valid bounds";
  if (signbit(range)) return "ValueError: high - low < 0";
  return NULL;
}

static const char *err_triangular(double left, double mode, double right) {
  if (left > mode) return "ValueError: left > mode";
  if (mode > right) return "ValueError: mode > right";
  if (left == right) return "ValueError: left == right";
  return NULL;
}

static void expect_error(const char *want, npr_status st, const npr_error *err, const char *method) {
  char got[NPR_ERROR_MESSAGE_MAX + 32];
  if (want == NULL) {
    FZ_CHECK(st == NPR_OK, "%s: unexpected %s: %s", method, npr_status_name(st), err->message);
    return;
  }
  snprintf(got, sizeof got, "%s: %s", npr_status_name(st), err->message);
  FZ_CHECK(st != NPR_OK && strcmp(got, want) == 0, "%s: got '%s', NumPy raises '%s'", method,
           st == NPR_OK ? "no error" : got, want);
}

/* --- streams ----------------------------------------------------------------- */

typedef struct two {
  npr_randomstate a, b; /* fill form on a, scalar form on b */
  npr_randomstate start;
  npr_generator ga; /* Generator on a */
  npr_bitgen gb;
} two;

static void two_init(two *t, fz_provider *p) {
  npr_mt19937_seed(&t->a.mt, fz_u32(p));
  t->a.mt.pos = (int)fz_range(p, 0, NPR_MT19937_N);
  t->a.has_gauss = fz_u8(p) < 64;
  t->a.gauss = t->a.has_gauss ? fz_edge_double(p) : 0.0;
  if (!isfinite(t->a.gauss)) t->a.gauss = 0.5; /* a cache the polar method could have made */
  t->b = t->a;
  t->start = t->a;
  npr_generator_init(&t->ga, npr_randomstate_bitgen(&t->a), NPR_NUMPY_DEFAULT);
  t->gb = npr_randomstate_bitgen(&t->b);
}

static void check_same(const two *t, const double *fill, const double *scal, size_t n, const char *method) {
  size_t i;
  for (i = 0; i < n; i++) {
    FZ_CHECK(memcmp(&fill[i], &scal[i], sizeof(double)) == 0, "%s: fill[%zu] = %a, scalar call %a", method, i,
             fill[i], scal[i]);
  }
  FZ_CHECK(same_mt(&t->a.mt, &t->b.mt), "%s: fill and scalar forms drew different words", method);
  FZ_CHECK(t->a.has_gauss == t->b.has_gauss && memcmp(&t->a.gauss, &t->b.gauss, sizeof(double)) == 0,
           "%s: gaussian caches differ", method);
}

static void check_untouched(const two *t, const double *out, size_t n, const char *method) {
  size_t i;
  FZ_CHECK(same_mt(&t->a.mt, &t->start.mt), "%s: drew words before raising", method);
  for (i = 0; i < n; i++) {
    uint64_t bits;
    memcpy(&bits, &out[i], sizeof bits);
    FZ_CHECK(bits == 0xA5A5A5A5A5A5A5A5ULL, "%s: wrote out[%zu] before raising", method, i);
  }
}

/* --- choice -------------------------------------------------------------------- */

static void fuzz_choice(fz_provider *p, two *t, bool legacy) {
  int64_t pop = (int64_t)fz_range(p, 0, 14) - 2;
  size_t n = fz_count(p, 12), p_len = pop > 0 ? (size_t)pop : 0, i;
  bool with_p = fz_bool(p), replace = fz_bool(p), shuffle = fz_bool(p), a_is_int = fz_bool(p);
  double probs[16];
  int64_t out[16];
  npr_error err;
  npr_status st;
  if (!a_is_int && pop < 0) pop = 0; /* len(a) */
  p_len = pop > 0 ? (size_t)pop : 0;
  if (!legacy && fz_u8(p) < 32) p_len = fz_range(p, 0, 12); /* a length mismatch */
  if (legacy && pop <= 0) with_p = false; /* the legacy call takes exactly pop_size probabilities */
  for (i = 0; i < p_len; i++) {
    switch (fz_u8(p) % 4) {
    case 0: probs[i] = 1.0 / (double)p_len; break;
    case 1: probs[i] = 0.0; break;
    case 2: probs[i] = i == 0 ? 1.0 : 0.0; break;
    default: probs[i] = fz_edge_double(p); break;
    }
  }
  memset(out, 0xA5, sizeof out);
  if (legacy) {
    st = npr_rs_choice(&t->a, pop, a_is_int, n, replace, with_p ? probs : NULL, out, &err);
  } else {
    npr_choice_args args;
    memset(&args, 0, sizeof args);
    args.pop_size = pop;
    args.a_is_int = a_is_int;
    args.replace = replace;
    args.shuffle = shuffle;
    args.p = with_p ? probs : NULL;
    args.p_len = p_len;
    args.p_atol = fz_u8(p) < 16 ? fz_edge_double(p) : 0.0;
    if (isnan(args.p_atol) || args.p_atol < 0) args.p_atol = 0.0;
    st = npr_gen_choice(&t->ga, &args, n, out, &err);
  }
  if (st != NPR_OK) {
    FZ_CHECK(st == NPR_VALUE_ERROR, "choice: %s: %s", npr_status_name(st), err.message);
    FZ_CHECK(same_mt(&t->a.mt, &t->start.mt), "choice drew words before raising '%s'", err.message);
    for (i = 0; i < 16; i++) FZ_CHECK((uint64_t)out[i] == 0xA5A5A5A5A5A5A5A5ULL, "choice wrote before raising");
    return;
  }
  FZ_CHECK(n == 0 || pop > 0, "choice from an empty population succeeded (n=%zu)", n);
  for (i = 0; i < n; i++) FZ_CHECK(out[i] >= 0 && out[i] < pop, "choice index %lld of %lld", (long long)out[i], (long long)pop);
  if (with_p) {
    for (i = 0; i < p_len; i++) {
      FZ_CHECK(!isnan(probs[i]) && !(probs[i] < 0), "choice accepted p[%zu] = %a", i, probs[i]);
    }
  }
  if (!replace) {
    size_t j;
    for (i = 0; i < n; i++) {
      for (j = i + 1; j < n; j++) FZ_CHECK(out[i] != out[j], "choice without replacement repeated %lld", (long long)out[i]);
    }
  }
}

/* --- bytes ------------------------------------------------------------------------ */

static void fuzz_bytes(fz_provider *p, two *t, bool legacy) {
  int64_t length = (int64_t)fz_range(p, 0, 140) - 12;
  uint8_t out[160];
  size_t got = 0, keep, i;
  int64_t words;
  npr_error err;
  npr_status st;
  if (fz_u8(p) < 8) length = INT64_MIN + (int64_t)fz_u8(p);
  memset(out, 0xA5, sizeof out);
  st = legacy ? npr_rs_bytes(&t->a, length, out, &got, &err) : npr_gen_bytes(&t->ga, length, out, &got, &err);
  if (length <= -7) {
    FZ_CHECK(st == NPR_VALUE_ERROR && strcmp(err.message, "negative dimensions are not allowed") == 0,
             "bytes(%lld): %s", (long long)length, st == NPR_OK ? "no error" : err.message);
    FZ_CHECK(same_mt(&t->a.mt, &t->start.mt), "bytes(%lld) drew before raising", (long long)length);
    return;
  }
  FZ_CHECK(st == NPR_OK, "bytes(%lld) refused: %s", (long long)length, err.message);
  words = (length - 1) / 4 + 1; /* C division, as NumPy's cdivision */
  keep = length >= 0 ? (size_t)length : (4 * words + length > 0 ? (size_t)(4 * words + length) : 0);
  FZ_CHECK(got == keep, "bytes(%lld) gave %zu bytes, expected %zu", (long long)length, got, keep);
  for (i = 0; i < (size_t)words; i++) {
    uint32_t w = npr_mt19937_next32(&t->b.mt);
    size_t k;
    for (k = 0; k < 4 && 4 * i + k < keep; k++) {
      FZ_CHECK(out[4 * i + k] == (uint8_t)(w >> (8 * k)), "bytes(%lld) byte %zu", (long long)length, 4 * i + k);
    }
  }
  FZ_CHECK(same_mt(&t->a.mt, &t->b.mt), "bytes(%lld) drew the wrong number of words", (long long)length);
  for (i = keep; i < sizeof out; i++) FZ_CHECK(out[i] == 0xA5, "bytes(%lld) wrote past its length", (long long)length);
}

/* --- dtype-selected Generator fills --------------------------------------------- */

static void fuzz_dtype_fill(fz_provider *p, two *t) {
  static const npr_dtype all[] = {NPR_FLOAT64, NPR_FLOAT32, NPR_FLOAT64, NPR_FLOAT32, NPR_INT64, NPR_BOOL, NPR_UINT8};
  const npr_dtype dt = all[fz_choose(p, sizeof all / sizeof all[0])];
  const int which = (int)fz_choose(p, 4);
  const size_t n = fz_count(p, MAX_N);
  static const char *names[] = {"random", "standard_normal", "standard_exponential", "standard_exponential"};
  double buf[MAX_N];
  npr_error err;
  npr_status st;
  size_t i;
  memset(buf, 0xA5, sizeof buf);
  switch (which) {
  case 0: st = npr_gen_random_fill(&t->ga, dt, n, buf, &err); break;
  case 1: st = npr_gen_standard_normal_fill(&t->ga, dt, n, buf, &err); break;
  default: st = npr_gen_standard_exponential_fill(&t->ga, dt, which == 2 ? NPR_EXP_ZIG : NPR_EXP_INV, n, buf, &err); break;
  }
  if (dt != NPR_FLOAT64 && dt != NPR_FLOAT32) {
    char want[128];
    snprintf(want, sizeof want, "Unsupported dtype dtype('%s') for %s", npr_dtype_name(dt), names[which]);
    FZ_CHECK(st == NPR_TYPE_ERROR && strcmp(err.message, want) == 0, "%s: '%s'", names[which],
             st == NPR_OK ? "no error" : err.message);
    check_untouched(t, buf, MAX_N, names[which]);
    return;
  }
  FZ_CHECK(st == NPR_OK, "%s(%s) refused: %s", names[which], npr_dtype_name(dt), err.message);
  for (i = 0; i < n; i++) {
    double v = dt == NPR_FLOAT64 ? buf[i] : (double)((const float *)(const void *)buf)[i];
    float f = (float)v;
    switch (which) {
    case 0: FZ_CHECK(v >= 0.0 && v < 1.0, "random gave %a", v); break;
    case 1: FZ_CHECK(isfinite(v), "standard_normal gave %a", v); break;
    default: FZ_CHECK(v >= 0.0 && !isnan(v), "standard_exponential gave %a", v); break;
    }
    /* one value at a time through the scalar samplers draws the same */
    if (dt == NPR_FLOAT64) {
      double s = which == 0 ? npr_standard_uniform(&t->gb)
                 : which == 1 ? npr_standard_normal(&t->gb)
                 : which == 2 ? npr_standard_exponential(&t->gb)
                              : npr_standard_exponential_inv(&t->gb);
      FZ_CHECK(memcmp(&s, &v, sizeof s) == 0, "%s[%zu]: fill %a, scalar %a", names[which], i, v, s);
    } else {
      float s = which == 0 ? npr_standard_uniform_f(&t->gb)
                : which == 1 ? npr_standard_normal_f(&t->gb)
                : which == 2 ? npr_standard_exponential_f(&t->gb)
                             : npr_standard_exponential_inv_f(&t->gb);
      FZ_CHECK(memcmp(&s, &f, sizeof s) == 0, "%s_f[%zu]: fill %a, scalar %a", names[which], i, (double)f, (double)s);
    }
  }
  FZ_CHECK(same_mt(&t->a.mt, &t->b.mt), "%s: fill and scalar draws differ in words", names[which]);
}

/* --- methods with float parameters ------------------------------------------------- */

enum {
  M_RS_NORMAL, M_RS_EXPONENTIAL, M_RS_UNIFORM, M_RS_TRIANGULAR, M_RS_STD_NORMAL, M_RS_STD_EXP, M_RS_RANDOM,
  M_GEN_NORMAL, M_GEN_EXPONENTIAL, M_GEN_UNIFORM, M_GEN_TRIANGULAR, M_COUNT
};

static void fuzz_param_method(fz_provider *p, two *t, int m) {
  static const char *names[] = {"rs.normal", "rs.exponential", "rs.uniform", "rs.triangular", "rs.standard_normal",
                                "rs.standard_exponential", "rs.random_sample", "gen.normal", "gen.exponential",
                                "gen.uniform", "gen.triangular"};
  const char *name = names[m];
  double x = fz_edge_double(p), y = fz_edge_double(p), z = fz_edge_double(p);
  size_t n = fz_count(p, MAX_N), i;
  double fill[MAX_N], scal[MAX_N];
  const char *want = NULL;
  npr_error err;
  npr_status st = NPR_OK, st1 = NPR_OK;
  if (fz_u8(p) < 64) { /* ordered triangular arguments reach the sampler more often */
    double lo = fmin(x, fmin(y, z)), hi = fmax(x, fmax(y, z));
    z = hi;
    y = x + y + z - lo - hi;
    x = lo;
  }
  memset(fill, 0xA5, sizeof fill);
  memset(scal, 0xA5, sizeof scal);
  switch (m) {
  case M_RS_NORMAL: st = npr_rs_normal_fill(&t->a, x, y, n, fill, &err); want = err_scale(y); break;
  case M_RS_EXPONENTIAL: st = npr_rs_exponential_fill(&t->a, x, n, fill, &err); want = err_scale(x); break;
  case M_RS_UNIFORM: st = npr_rs_uniform_fill(&t->a, x, y, n, fill, &err); want = err_uniform_legacy(x, y); break;
  case M_RS_TRIANGULAR: st = npr_rs_triangular_fill(&t->a, x, y, z, n, fill, &err); want = err_triangular(x, y, z); break;
  case M_RS_STD_NORMAL: npr_rs_standard_normal_fill(&t->a, n, fill); break;
  case M_RS_STD_EXP: npr_rs_standard_exponential_fill(&t->a, n, fill); break;
  case M_RS_RANDOM: npr_rs_random_sample_fill(&t->a, n, fill); break;
  case M_GEN_NORMAL: st = npr_gen_normal_fill(&t->ga, x, y, n, fill, &err); want = err_scale(y); break;
  case M_GEN_EXPONENTIAL: st = npr_gen_exponential_fill(&t->ga, x, n, fill, &err); want = err_scale(x); break;
  case M_GEN_UNIFORM: st = npr_gen_uniform_fill(&t->ga, x, y, n, fill, &err); want = err_uniform_gen(x, y); break;
  default: st = npr_gen_triangular_fill(&t->ga, x, y, z, n, fill, &err); want = err_triangular(x, y, z); break;
  }
  expect_error(want, st, &err, name);
  if (want != NULL) {
    check_untouched(t, fill, MAX_N, name);
  }
  /* The scalar form, n times (once when the fill failed: same error). */
  for (i = 0; i < (want != NULL ? 1 : n); i++) {
    double *o = &scal[i];
    npr_generator gen_b;
    npr_generator_init(&gen_b, t->gb, NPR_NUMPY_DEFAULT);
    switch (m) {
    case M_RS_NORMAL: st1 = npr_rs_normal(&t->b, x, y, o, &err); break;
    case M_RS_EXPONENTIAL: st1 = npr_rs_exponential(&t->b, x, o, &err); break;
    case M_RS_UNIFORM: st1 = npr_rs_uniform(&t->b, x, y, o, &err); break;
    case M_RS_TRIANGULAR: st1 = npr_rs_triangular(&t->b, x, y, z, o, &err); break;
    case M_RS_STD_NORMAL: *o = npr_rs_standard_normal(&t->b); break;
    case M_RS_STD_EXP: *o = npr_rs_standard_exponential(&t->b); break;
    case M_RS_RANDOM: *o = npr_rs_random_sample(&t->b); break;
    case M_GEN_NORMAL: st1 = npr_gen_normal(&gen_b, x, y, o, &err); break;
    case M_GEN_EXPONENTIAL: st1 = npr_gen_exponential(&gen_b, x, o, &err); break;
    case M_GEN_UNIFORM: st1 = npr_gen_uniform(&gen_b, x, y, o, &err); break;
    default: st1 = npr_gen_triangular(&gen_b, x, y, z, o, &err); break;
    }
    expect_error(want, st1, &err, name);
  }
  if (want != NULL) return;
  check_same(t, fill, scal, n, name);
  for (i = 0; i < n; i++) {
    const double v = fill[i];
    switch (m) {
    case M_RS_RANDOM: FZ_CHECK(v >= 0.0 && v < 1.0, "%s gave %a", name, v); break;
    case M_RS_STD_EXP: FZ_CHECK(v >= 0.0 && !isnan(v), "%s gave %a", name, v); break;
    case M_RS_STD_NORMAL: FZ_CHECK(isfinite(v), "%s gave %a", name, v); break;
    case M_RS_NORMAL:
    case M_GEN_NORMAL: FZ_CHECK(!isfinite(x) || !isfinite(y) || !isnan(v), "%s(%a, %a) gave %a", name, x, y, v); break;
    case M_RS_EXPONENTIAL:
    case M_GEN_EXPONENTIAL: FZ_CHECK(isnan(x) || !(v < 0.0), "%s(%a) gave %a", name, x, v); break;
    case M_RS_UNIFORM:
    case M_GEN_UNIFORM: FZ_CHECK(!isfinite(x) || !isnan(v), "%s(%a, %a) gave %a", name, x, y, v); break;
    default: break;
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_provider p;
  two *t = malloc(sizeof *t);
  int rounds = 0;
  if (t == NULL) abort();
  fz_init(&p, data, size);
  do {
    uint8_t sel = fz_u8(&p);
    two_init(t, &p);
    switch (sel % 6) {
    case 0: fuzz_choice(&p, t, fz_bool(&p)); break;
    case 1: fuzz_bytes(&p, t, fz_bool(&p)); break;
    case 2: fuzz_dtype_fill(&p, t); break;
    default: fuzz_param_method(&p, t, (int)fz_choose(&p, M_COUNT)); break;
    }
  } while (fz_remaining(&p) > 0 && ++rounds < 64);
  free(t);
  return 0;
}
