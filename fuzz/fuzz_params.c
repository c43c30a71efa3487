/* fuzz_params: distribution parameters at their edges.
 *
 * NaN (quiet, signalling, negative), +-inf, +-0, subnormals, DBL_MIN/MAX,
 * huge and tiny powers of two, as 0-d parameters or inside small arrays, go
 * to every method row of both APIs (picked by stable id), plus bytes,
 * choice's p and the dtype fills. A violated constraint must be NumPy's
 * ValueError having drawn and written nothing; a result must equal the
 * per-element scalar calls bit for bit, word for word. Crashes, hangs and UB are the sanitizers' and
 * libFuzzer's to catch. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nprand/distributions.h"
#include "nprand/method.h"
#include "nprand/generator.h"
#include "nprand/randomstate.h"
#include "provider.h"

enum { MAX_N = 64 };

static bool same_mt(const npr_mt19937 *a, const npr_mt19937 *b) {
  return memcmp(a->key, b->key, sizeof a->key) == 0 && a->pos == b->pos;
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
  t->a.numpy = NPR_NUMPY_DEFAULT;               /* what seeding sets; checks read it */
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

/* --- legacy fills without parameters ---------------------------------------------- */

static void fuzz_legacy_fill0(fz_provider *p, two *t) {
  static const char *names[] = {"rs.standard_normal", "rs.standard_exponential", "rs.random_sample"};
  const size_t which = fz_choose(p, 3), n = fz_count(p, MAX_N);
  double fill[MAX_N], scal[MAX_N];
  size_t i;
  switch (which) {
  case 0: npr_rs_standard_normal_fill(&t->a, n, fill); break;
  case 1: npr_rs_standard_exponential_fill(&t->a, n, fill); break;
  default: npr_rs_random_sample_fill(&t->a, n, fill); break;
  }
  for (i = 0; i < n; i++) {
    scal[i] = which == 0 ? npr_rs_standard_normal(&t->b)
              : which == 1 ? npr_rs_standard_exponential(&t->b)
                           : npr_rs_random_sample(&t->b);
    FZ_CHECK(which != 2 || (fill[i] >= 0.0 && fill[i] < 1.0), "%s gave %a", names[which], fill[i]);
    FZ_CHECK(which != 1 || (fill[i] >= 0.0 && !isnan(fill[i])), "%s gave %a", names[which], fill[i]);
  }
  check_same(t, fill, scal, n, names[which]);
}

/* --- every method row -------------------------------------------------------------
 * The method is picked by API and stable id (methods_*.h), so adding a row
 * never changes what a committed input tests. Parameters are 0-d or small
 * arrays of edge values, size is None or a small shape. Checked:
 *  - a constraint the reference below says is violated is a ValueError;
 *  - an error draws nothing and writes nothing;
 *  - a result equals, value for value and word for word, the per-element
 *    scalar calls on a copy of the state (so a fill is n scalar calls and a
 *    broadcast is the per-element calls). */

/* NumPy's constraint kinds, written here from _common.pyx's check_constraint
 * independently of the library's. */
static bool violates(npr_constraint cons, double x) {
  const double lam_max = (double)INT64_MAX - sqrt((double)INT64_MAX) * 10;
  switch (cons) {
  case NPR_CONS_NONE: return false;
  case NPR_CONS_NON_NEGATIVE: return !isnan(x) && signbit(x);
  case NPR_CONS_POSITIVE: return x <= 0;
  case NPR_CONS_POSITIVE_NOT_NAN: return isnan(x) || x <= 0;
  case NPR_CONS_BOUNDED_0_1: return !(x >= 0 && x <= 1);
  case NPR_CONS_BOUNDED_GT_0_1: return !(x > 0 && x <= 1);
  case NPR_CONS_BOUNDED_LT_0_1: return !(x >= 0 && x < 1);
  case NPR_CONS_GT_1: return !(x > 1);
  case NPR_CONS_GTE_1: return !(x >= 1);
  case NPR_CONS_POISSON:
  case NPR_CONS_LEGACY_POISSON: return !(x >= 0) || !(x <= lam_max);
  }
  return false;
}

enum { MAX_ELEMS = 12, MAX_OUT = 96 };

typedef struct fz_param {
  npr_pval vals[MAX_ELEMS];
  size_t dims[2];
  npr_param param;
} fz_param;

static void make_param(fz_provider *p, const npr_param_desc *d, fz_param *fp) {
  const uint8_t form = fz_u8(p);
  size_t ndim = form < 160 ? 0 : form < 220 ? 1 : 2, n = 1, i;
  for (i = 0; i < ndim; i++) {
    fp->dims[i] = fz_range(p, 0, 3);
    n *= fp->dims[i];
  }
  for (i = 0; i < n; i++) {
    if (d->type == NPR_PTYPE_INT64) fp->vals[i].i = (int64_t)fz_range(p, 0, 40) - 5;
    else fp->vals[i].d = fz_u8(p) < 96 ? (double)fz_range(p, 0, 8) / 2.0 : fz_edge_double(p);
  }
  fp->param = ndim == 0 ? npr_param_scalar(&fp->vals[0]) : npr_param_array(fp->vals, ndim, fp->dims);
}

static bool state_same(const npr_randomstate *x, const npr_randomstate *y) {
  return same_mt(&x->mt, &y->mt) && x->has_gauss == y->has_gauss && memcmp(&x->gauss, &y->gauss, sizeof x->gauss) == 0;
}

static void fuzz_row(fz_provider *p, two *t) {
  const bool legacy = fz_bool(p);
  size_t n_rows, r, j, i, n;
  const npr_method *rows = legacy ? npr_legacy_methods(&n_rows) : npr_generator_methods(&n_rows);
  const int id = (int)fz_range(p, 1, 64);
  const npr_method *m = NULL;
  fz_param fp[NPR_METHOD_MAX_PARAMS];
  npr_param params[NPR_METHOD_MAX_PARAMS];
  npr_shape size, shape;
  bool with_size, scalar = true, any_violation = false;
  unsigned char out[MAX_OUT * 8], ref[MAX_OUT * 8];
  void *sa = legacy ? (void *)&t->a : (void *)&t->ga;
  char name[64];
  npr_error err;
  npr_status st;
  for (r = 0; r < n_rows; r++) {
    if (rows[r].id == id) m = &rows[r];
  }
  if (m == NULL) return; /* an id no row has (yet): nothing to test */
  snprintf(name, sizeof name, "%s.%s", legacy ? "rs" : "gen", m->name);
  for (j = 0; j < m->n_params; j++) {
    make_param(p, &m->params[j], &fp[j]);
    if (strcmp(m->name, "zipf") == 0) {
      /* zipf just above 1 takes NumPy 1.24's loop seconds per value: too slow here */
      for (i = 0; i < MAX_ELEMS; i++) {
        if (fp[j].vals[i].d > 1.0 && fp[j].vals[i].d < 1.001) fp[j].vals[i].d = 1.5;
      }
    }
    params[j] = fp[j].param;
    scalar = scalar && params[j].ndim == 0;
    for (i = 0; i < npr_param_count(&params[j]); i++) {
      const npr_pval v = fp[j].vals[i];
      double x = m->params[j].type == NPR_PTYPE_INT64 ? (double)v.i : v.d;
      if (m->out == NPR_FLOAT32) x = (double)(float)x;
      any_violation = any_violation || violates(m->params[j].cons, x);
    }
  }
  memset(&size, 0, sizeof size);
  with_size = fz_bool(p);
  if (with_size) {
    size.ndim = fz_range(p, 0, 3);
    for (i = 0; i < size.ndim; i++) size.dims[i] = (int64_t)fz_range(p, 0, 4) - (fz_u8(p) < 8 ? 6 : 0);
  }
  memset(out, 0xA5, sizeof out);
  st = npr_method_call(m, sa, params, with_size ? &size : NULL, NULL, 0, &shape, &err);
  if (st == NPR_OK && npr_shape_count(&shape) > MAX_OUT) return; /* too big to check here */
  if (st == NPR_OK) st = npr_method_call(m, sa, params, with_size ? &size : NULL, out, MAX_OUT, NULL, &err);
  if (st == NPR_NOT_IMPLEMENTED) return; /* an input NumPy never returns from: refused, by design */
  if (any_violation) {
    FZ_CHECK(st == NPR_VALUE_ERROR, "%s: a parameter violates its constraint, got %s", name, npr_status_name(st));
  } else if (m->check == NULL && st != NPR_OK) {
    /* only size and broadcasting are left to refuse */
    FZ_CHECK(st == NPR_VALUE_ERROR, "%s: unexpected %s: %s", name, npr_status_name(st), err.message);
  }
  if (st != NPR_OK) {
    FZ_CHECK(state_same(&t->a, &t->start), "%s: drew before raising %s", name, err.message);
    for (i = 0; i < sizeof out; i++) FZ_CHECK(out[i] == 0xA5, "%s: wrote before raising", name);
    return;
  }
  /* the same draws as scalar calls, element by element, on the copy */
  n = npr_shape_count(&shape);
  {
    npr_generator gb;
    npr_bcast_iter it;
    const size_t esize = npr_dtype_size(m->out);
    void *sb = legacy ? (void *)&t->b : (void *)&gb;
    npr_generator_init(&gb, t->gb, NPR_NUMPY_DEFAULT);
    if (!scalar) npr_bcast_iter_init(&it, &shape, params, m->n_params);
    for (i = 0; i < n; i++) {
      npr_param one[NPR_METHOD_MAX_PARAMS];
      for (j = 0; j < m->n_params; j++) one[j] = npr_param_scalar(&fp[j].vals[scalar ? 0 : it.offset[j]]);
      st = npr_method_call(m, sb, one, NULL, ref + i * esize, 1, NULL, &err);
      FZ_CHECK(st == NPR_OK, "%s: element %zu fails as a scalar call: %s", name, i, err.message);
      FZ_CHECK(memcmp(out + i * esize, ref + i * esize, esize) == 0, "%s: element %zu differs from its scalar call",
               name, i);
      if (!scalar) npr_bcast_iter_next(&it);
    }
  }
  FZ_CHECK(state_same(&t->a, &t->b), "%s: the call and its scalar calls drew different words", name);
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
    switch (sel % 7) {
    case 0: fuzz_choice(&p, t, fz_bool(&p)); break;
    case 1: fuzz_bytes(&p, t, fz_bool(&p)); break;
    case 2: fuzz_dtype_fill(&p, t); break;
    case 3: fuzz_legacy_fill0(&p, t); break;
    default: fuzz_row(&p, t); break;
    }
  } while (fz_remaining(&p) > 0 && ++rounds < 64);
  free(t);
  return 0;
}
