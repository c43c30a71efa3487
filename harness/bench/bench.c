/* nprand-bench: ns/value of nprand's hot paths.
 *
 * Every operation is a fill of n values (NumPy's size=n) repeated the way
 * Python's timeit.Timer.autorange + repeat does it: the number of calls per
 * run is the first of 1, 2, 5, 10, 20, 50, ... whose run takes at least
 * --min-time seconds, then that many calls are timed --repeat times and the
 * best run counts. ns/value = best run / (calls * n).
 *
 * Before timing, each operation is seeded afresh and filled once; the first
 * and last values of that fill ("head", "tail") go into the JSON so that
 * compare_numpy.py can check NumPy produces the same stream for the same
 * seed and size. Timing then continues from that state without reseeding.
 *
 * Performance is measured here, never asserted. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "nprand/bitgen.h"
#include "nprand/dtype.h"
#include "nprand/distributions.h"
#include "nprand/integers.h"
#include "nprand/mt19937.h"
#include "nprand/randomstate.h"
#include "nprand/seedsequence.h"
#include "nprand/shuffle.h"
#include "nprand/status.h"

/* Optional bit generators: CMake defines NPRAND_BENCH_HAVE_<X> only when the
 * header declares what the bench calls and the library has sources for it. */
#ifdef NPRAND_BENCH_HAVE_PCG64
#include "nprand/pcg64.h"
#endif
#ifdef NPRAND_BENCH_HAVE_PCG64DXSM
#include "nprand/pcg64dxsm.h"
#endif
#ifdef NPRAND_BENCH_HAVE_PHILOX
#include "nprand/philox.h"
#endif
#ifdef NPRAND_BENCH_HAVE_SFC64
#include "nprand/sfc64.h"
#endif

#define BENCH_SEED 12345u
#define HEAD_LEN 5
#define TAIL_LEN 3
#define CHOICE_POP 100 /* choice(100, n, p=p) with p[i] = (i + 1) / 5050 */

/* ---- families: how to seed a fresh state --------------------------------- */

typedef struct bench_state {
  npr_randomstate rs; /* legacy */
  npr_mt19937 mt19937;
#ifdef NPRAND_BENCH_HAVE_PCG64
  npr_pcg64 pcg64;
#endif
#ifdef NPRAND_BENCH_HAVE_PCG64DXSM
  npr_pcg64dxsm pcg64dxsm;
#endif
#ifdef NPRAND_BENCH_HAVE_PHILOX
  npr_philox philox;
#endif
#ifdef NPRAND_BENCH_HAVE_SFC64
  npr_sfc64 sfc64;
#endif
  npr_bitgen bg; /* the Generator's bit generator */
} bench_state;

typedef struct family {
  const char *name; /* "legacy" or NumPy's bit generator class name */
  bool legacy;
  npr_status (*seed)(bench_state *st, npr_error *err);
} family;

static npr_status seed_legacy(bench_state *st, npr_error *err) {
  return npr_randomstate_seed(&st->rs, npr_int128_from_u64(BENCH_SEED), err);
}

/* Generator(<BitGen>(BENCH_SEED)): the bit generator seeded through
 * SeedSequence(BENCH_SEED). */
#define GEN_SEEDER(lc)                                                   \
  static npr_status seed_##lc(bench_state *st, npr_error *err) {         \
    npr_seedsequence ss;                                                 \
    npr_status s = npr_seedsequence_init_u64(&ss, BENCH_SEED, err);      \
    if (s != NPR_OK) return s;                                           \
    npr_##lc##_from_seedseq(&st->lc, &ss);                               \
    npr_seedsequence_free(&ss);                                          \
    st->bg = npr_##lc##_bitgen(&st->lc);                                 \
    return NPR_OK;                                                       \
  }

GEN_SEEDER(mt19937)
#ifdef NPRAND_BENCH_HAVE_PCG64
GEN_SEEDER(pcg64)
#endif
#ifdef NPRAND_BENCH_HAVE_PCG64DXSM
GEN_SEEDER(pcg64dxsm)
#endif
#ifdef NPRAND_BENCH_HAVE_PHILOX
GEN_SEEDER(philox)
#endif
#ifdef NPRAND_BENCH_HAVE_SFC64
GEN_SEEDER(sfc64)
#endif

static const family families[] = {
    {"legacy", true, seed_legacy},
    {"MT19937", false, seed_mt19937},
#ifdef NPRAND_BENCH_HAVE_PCG64
    {"PCG64", false, seed_pcg64},
#endif
#ifdef NPRAND_BENCH_HAVE_PCG64DXSM
    {"PCG64DXSM", false, seed_pcg64dxsm},
#endif
#ifdef NPRAND_BENCH_HAVE_PHILOX
    {"Philox", false, seed_philox},
#endif
#ifdef NPRAND_BENCH_HAVE_SFC64
    {"SFC64", false, seed_sfc64},
#endif
};
#define N_FAMILIES (sizeof families / sizeof families[0])

/* ---- methods: one fill of n values (or n scalar calls) ------------------- */

typedef enum vkind { V_F64, V_F32, V_BOOL, V_I8, V_I16, V_I32, V_I64, V_U8, V_U16, V_U32, V_U64 } vkind;

struct method;
typedef npr_status (*fill_fn)(bench_state *st, const struct method *m, size_t n, void *out,
                              npr_error *err);

typedef struct method {
  const char *name;   /* id suffix; compare_numpy.py maps it to a NumPy call */
  bool legacy;        /* RandomState method (else Generator) */
  vkind kind;         /* element type of the output */
  int sizing;         /* SIZE_BULK, SIZE_SHUFFLE or SIZE_SCALAR */
  const char *params; /* JSON object with the call's arguments */
  fill_fn fill;
  npr_dtype dtype;    /* integers/randint */
  int64_t high;       /* integers/randint: [0, high) */
  const char *only;   /* NULL, or the one family the row is for */
} method;

enum { SIZE_BULK, SIZE_SHUFFLE, SIZE_SCALAR };

static double choice_p[CHOICE_POP];

static npr_status rs_random_sample(bench_state *st, const method *m, size_t n, void *out,
                                   npr_error *err) {
  (void)m;
  (void)err;
  npr_rs_random_sample_fill(&st->rs, n, out);
  return NPR_OK;
}
static npr_status rs_randint(bench_state *st, const method *m, size_t n, void *out, npr_error *err) {
  return npr_rs_randint_fill(&st->rs, m->dtype, npr_int128_from_i64(0),
                             npr_int128_from_i64(m->high), n, out, err);
}
static npr_status rs_standard_normal(bench_state *st, const method *m, size_t n, void *out,
                                     npr_error *err) {
  (void)m;
  (void)err;
  npr_rs_standard_normal_fill(&st->rs, n, out);
  return NPR_OK;
}
static npr_status rs_standard_exponential(bench_state *st, const method *m, size_t n, void *out,
                                          npr_error *err) {
  (void)m;
  (void)err;
  npr_rs_standard_exponential_fill(&st->rs, n, out);
  return NPR_OK;
}
/* out holds the array being shuffled in place, call after call (as NumPy's
 * rs.shuffle(arr) in a timeit loop). */
static npr_status rs_shuffle(bench_state *st, const method *m, size_t n, void *out,
                             npr_error *err) {
  (void)m;
  (void)err;
  npr_rs_shuffle(&st->rs, out, n, sizeof(int64_t));
  return NPR_OK;
}
static npr_status rs_bytes(bench_state *st, const method *m, size_t n, void *out, npr_error *err) {
  size_t len;
  (void)m;
  return npr_rs_bytes(&st->rs, (int64_t)n, out, &len, err);
}
static npr_status rs_choice_p(bench_state *st, const method *m, size_t n, void *out,
                              npr_error *err) {
  (void)m;
  return npr_rs_choice(&st->rs, CHOICE_POP, true, n, true, choice_p, out, err);
}
/* Scalar forms, one call per value: what a C caller pays per draw. */
static npr_status rs_random_sample_scalar(bench_state *st, const method *m, size_t n, void *out,
                                          npr_error *err) {
  double *o = out;
  size_t i;
  (void)m;
  (void)err;
  for (i = 0; i < n; i++) o[i] = npr_rs_random_sample(&st->rs);
  return NPR_OK;
}
static npr_status rs_randint_scalar(bench_state *st, const method *m, size_t n, void *out,
                                    npr_error *err) {
  int64_t *o = out;
  size_t i;
  for (i = 0; i < n; i++) {
    npr_status s = npr_rs_randint(&st->rs, m->dtype, npr_int128_from_i64(0),
                                  npr_int128_from_i64(m->high), &o[i], err);
    if (s != NPR_OK) return s;
  }
  return NPR_OK;
}
static npr_status rs_standard_normal_scalar(bench_state *st, const method *m, size_t n, void *out,
                                            npr_error *err) {
  double *o = out;
  size_t i;
  (void)m;
  (void)err;
  for (i = 0; i < n; i++) o[i] = npr_rs_standard_normal(&st->rs);
  return NPR_OK;
}

/* Generator methods through the sampler layer (distributions.h,
 * integers.h), which Generator's wrappers call after their checks. */
static npr_status gen_random(bench_state *st, const method *m, size_t n, void *out,
                             npr_error *err) {
  (void)err;
  if (m->kind == V_F32) npr_standard_uniform_fill_f(&st->bg, n, out);
  else npr_standard_uniform_fill(&st->bg, n, out);
  return NPR_OK;
}
static npr_status gen_integers(bench_state *st, const method *m, size_t n, void *out,
                               npr_error *err) {
  return npr_integers_fill(&st->bg, m->dtype, npr_int128_from_i64(0), npr_int128_from_i64(m->high),
                           false, false, n, out, err);
}
static npr_status gen_standard_normal(bench_state *st, const method *m, size_t n, void *out,
                                      npr_error *err) {
  (void)err;
  if (m->kind == V_F32) npr_standard_normal_fill_f(&st->bg, n, out);
  else npr_standard_normal_fill(&st->bg, n, out);
  return NPR_OK;
}
static npr_status gen_standard_exponential(bench_state *st, const method *m, size_t n, void *out,
                                           npr_error *err) {
  (void)err;
  if (m->kind == V_F32) npr_standard_exponential_fill_f(&st->bg, n, out);
  else npr_standard_exponential_fill(&st->bg, n, out);
  return NPR_OK;
}
static npr_status gen_shuffle(bench_state *st, const method *m, size_t n, void *out,
                              npr_error *err) {
  (void)m;
  (void)err;
  npr_shuffle_items(&st->bg, out, n, sizeof(int64_t));
  return NPR_OK;
}
/* bytes(n): NumPy's integers(0, 2**32, size=(n - 1) // 4 + 1, dtype=uint32)
 * as little-endian bytes. */
static npr_status gen_bytes(bench_state *st, const method *m, size_t n, void *out,
                            npr_error *err) {
  (void)m;
  (void)err;
  npr_bitgen_fill_bytes(&st->bg, n == 0 ? 1 : (n - 1) / 4 + 1, n, out);
  return NPR_OK;
}
/* bit_generator.random_raw(n): NumPy loops over next_raw through the
 * bitgen_t function pointer; nprand fills in bulk. */
static npr_status gen_random_raw(bench_state *st, const method *m, size_t n, void *out,
                                 npr_error *err) {
  (void)m;
  (void)err;
  npr_bitgen_fill_raw(&st->bg, n, out);
  return NPR_OK;
}
static npr_status gen_random_scalar(bench_state *st, const method *m, size_t n, void *out,
                                    npr_error *err) {
  double *o = out;
  size_t i;
  (void)m;
  (void)err;
  for (i = 0; i < n; i++) o[i] = npr_standard_uniform(&st->bg);
  return NPR_OK;
}
static npr_status gen_integers_scalar(bench_state *st, const method *m, size_t n, void *out,
                                      npr_error *err) {
  int64_t *o = out;
  size_t i;
  for (i = 0; i < n; i++) {
    npr_status s = npr_integers_fill(&st->bg, m->dtype, npr_int128_from_i64(0),
                                     npr_int128_from_i64(m->high), false, false, 1, &o[i], err);
    if (s != NPR_OK) return s;
  }
  return NPR_OK;
}
static npr_status gen_standard_normal_scalar(bench_state *st, const method *m, size_t n, void *out,
                                             npr_error *err) {
  double *o = out;
  size_t i;
  (void)m;
  (void)err;
  for (i = 0; i < n; i++) o[i] = npr_standard_normal(&st->bg);
  return NPR_OK;
}

#define INT_PARAMS(lo, hi, dt) "{\"low\": " #lo ", \"high\": " #hi ", \"dtype\": \"" dt "\"}"
#define RS_INT(dt, kind, npdt, high)                                                         \
  {"randint_" dt, true, kind, SIZE_BULK, INT_PARAMS(0, high, dt), rs_randint, npdt, high, NULL}
#define GEN_INT(dt, kind, npdt, high, only)                                                  \
  {"integers_" dt, false, kind, SIZE_BULK, INT_PARAMS(0, high, dt), gen_integers, npdt, high, only}

static const method methods[] = {
    {"random_sample", true, V_F64, SIZE_BULK, "{}", rs_random_sample, NPR_FLOAT64, 0, NULL},
    RS_INT("bool", V_BOOL, NPR_BOOL, 2),
    RS_INT("int8", V_I8, NPR_INT8, 100),
    RS_INT("int16", V_I16, NPR_INT16, 100),
    RS_INT("int32", V_I32, NPR_INT32, 100),
    RS_INT("int64", V_I64, NPR_INT64, 100),
    RS_INT("uint8", V_U8, NPR_UINT8, 100),
    RS_INT("uint16", V_U16, NPR_UINT16, 100),
    RS_INT("uint32", V_U32, NPR_UINT32, 100),
    RS_INT("uint64", V_U64, NPR_UINT64, 100),
    {"randint_int64_2p33", true, V_I64, SIZE_BULK, INT_PARAMS(0, 8589934592, "int64"), rs_randint,
     NPR_INT64, INT64_C(8589934592), NULL},
    {"standard_normal", true, V_F64, SIZE_BULK, "{}", rs_standard_normal, NPR_FLOAT64, 0, NULL},
    {"standard_exponential", true, V_F64, SIZE_BULK, "{}", rs_standard_exponential, NPR_FLOAT64,
     0, NULL},
    {"shuffle", true, V_I64, SIZE_SHUFFLE, "{\"array\": \"arange(n, dtype=int64)\"}", rs_shuffle,
     NPR_INT64, 0, NULL},
    {"bytes", true, V_U8, SIZE_BULK, "{}", rs_bytes, NPR_UINT8, 0, NULL},
    {"choice_p", true, V_I64, SIZE_BULK, "{\"a\": 100, \"p\": \"(arange(100) + 1) / 5050\"}",
     rs_choice_p, NPR_INT64, 0, NULL},
    {"random_sample_scalar", true, V_F64, SIZE_SCALAR, "{}", rs_random_sample_scalar, NPR_FLOAT64,
     0, NULL},
    {"randint_scalar", true, V_I64, SIZE_SCALAR, INT_PARAMS(0, 100, "int64"), rs_randint_scalar,
     NPR_INT64, 100, NULL},
    {"standard_normal_scalar", true, V_F64, SIZE_SCALAR, "{}", rs_standard_normal_scalar,
     NPR_FLOAT64, 0, NULL},

    {"random", false, V_F64, SIZE_BULK, "{}", gen_random, NPR_FLOAT64, 0, NULL},
    {"random_f32", false, V_F32, SIZE_BULK, "{\"dtype\": \"float32\"}", gen_random, NPR_FLOAT32, 0,
     NULL},
    GEN_INT("bool", V_BOOL, NPR_BOOL, 2, "PCG64"),
    GEN_INT("int8", V_I8, NPR_INT8, 100, "PCG64"),
    GEN_INT("int16", V_I16, NPR_INT16, 100, "PCG64"),
    GEN_INT("int32", V_I32, NPR_INT32, 100, "PCG64"),
    GEN_INT("int64", V_I64, NPR_INT64, 100, NULL),
    GEN_INT("uint8", V_U8, NPR_UINT8, 100, NULL),
    GEN_INT("uint16", V_U16, NPR_UINT16, 100, "PCG64"),
    GEN_INT("uint32", V_U32, NPR_UINT32, 100, "PCG64"),
    GEN_INT("uint64", V_U64, NPR_UINT64, 100, "PCG64"),
    {"standard_normal", false, V_F64, SIZE_BULK, "{}", gen_standard_normal, NPR_FLOAT64, 0, NULL},
    {"standard_normal_f32", false, V_F32, SIZE_BULK, "{\"dtype\": \"float32\"}",
     gen_standard_normal, NPR_FLOAT32, 0, NULL},
    {"standard_exponential", false, V_F64, SIZE_BULK, "{\"method\": \"zig\"}",
     gen_standard_exponential, NPR_FLOAT64, 0, NULL},
    {"standard_exponential_f32", false, V_F32, SIZE_BULK,
     "{\"method\": \"zig\", \"dtype\": \"float32\"}", gen_standard_exponential, NPR_FLOAT32, 0,
     NULL},
    {"shuffle", false, V_I64, SIZE_SHUFFLE, "{\"array\": \"arange(n, dtype=int64)\"}", gen_shuffle,
     NPR_INT64, 0, NULL},
    {"bytes", false, V_U8, SIZE_BULK, "{}", gen_bytes, NPR_UINT8, 0, NULL},
    {"random_raw", false, V_U64, SIZE_BULK, "{}", gen_random_raw, NPR_UINT64, 0, NULL},
    {"random_scalar", false, V_F64, SIZE_SCALAR, "{}", gen_random_scalar, NPR_FLOAT64, 0, NULL},
    {"integers_scalar", false, V_I64, SIZE_SCALAR, INT_PARAMS(0, 100, "int64"),
     gen_integers_scalar, NPR_INT64, 100, NULL},
    {"standard_normal_scalar", false, V_F64, SIZE_SCALAR, "{}", gen_standard_normal_scalar,
     NPR_FLOAT64, 0, NULL},
};
#define N_METHODS (sizeof methods / sizeof methods[0])

static size_t kind_size(vkind k) {
  switch (k) {
  case V_BOOL: return sizeof(bool);
  case V_I8:
  case V_U8: return 1;
  case V_I16:
  case V_U16: return 2;
  case V_F32:
  case V_I32:
  case V_U32: return 4;
  default: return 8;
  }
}

/* ---- timing ---------------------------------------------------------------- */

/* CPU time by default: on a shared machine, time spent descheduled is not
 * the library's (compare_numpy.py times NumPy with process_time likewise). */
static bool use_wall_clock;

static double now_s(void) {
  struct timespec ts;
  clock_gettime(use_wall_clock ? CLOCK_MONOTONIC : CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct options {
  size_t size;         /* values per fill */
  size_t shuffle_size; /* array length for shuffle */
  size_t scalar_size;  /* calls per run of a scalar row */
  double min_time;     /* seconds per timed run, at least */
  int repeat;          /* runs; the best counts */
  bool json;
  bool quick;
  bool list;
  const char *filter; /* substring of the op id, or NULL */
  const char *op;     /* exactly this op id, or NULL */
} options;

typedef struct result {
  char id[64];
  const family *fam;
  const method *meth;
  size_t n;
  long calls;
  double best_s;
  double ns_per_value;
  char head[HEAD_LEN][32];
  char tail[TAIL_LEN][32];
  size_t n_head, n_tail;
  bool failed;
  char error[NPR_ERROR_MESSAGE_MAX + 32];
} result;

/* Head and tail values as JSON numbers that Python reads back exactly
 * (float32 through its exact double). */
static void format_value(vkind kind, const void *buf, size_t i, char out[32]) {
  switch (kind) {
  case V_F64: snprintf(out, 32, "%.17g", ((const double *)buf)[i]); break;
  case V_F32: snprintf(out, 32, "%.17g", (double)((const float *)buf)[i]); break;
  case V_BOOL: snprintf(out, 32, "%s", ((const bool *)buf)[i] ? "true" : "false"); break;
  case V_I8: snprintf(out, 32, "%d", (int)((const int8_t *)buf)[i]); break;
  case V_I16: snprintf(out, 32, "%d", (int)((const int16_t *)buf)[i]); break;
  case V_I32: snprintf(out, 32, "%" PRId32, ((const int32_t *)buf)[i]); break;
  case V_I64: snprintf(out, 32, "%" PRId64, ((const int64_t *)buf)[i]); break;
  case V_U8: snprintf(out, 32, "%u", (unsigned)((const uint8_t *)buf)[i]); break;
  case V_U16: snprintf(out, 32, "%u", (unsigned)((const uint16_t *)buf)[i]); break;
  case V_U32: snprintf(out, 32, "%" PRIu32, ((const uint32_t *)buf)[i]); break;
  case V_U64: snprintf(out, 32, "%" PRIu64, ((const uint64_t *)buf)[i]); break;
  }
}

static void fail(result *r, const npr_error *err) {
  r->failed = true;
  snprintf(r->error, sizeof r->error, "%s: %s", npr_status_name(err->status), err->message);
}

/* Runs `calls` fills and returns the elapsed seconds, or a negative value on
 * error (recorded in r). */
static double timed_run(const method *m, bench_state *st, size_t n, void *buf, long calls,
                        result *r) {
  npr_error err;
  double t0, t1;
  long i;
  npr_error_clear(&err);
  t0 = now_s();
  for (i = 0; i < calls; i++) {
    if (m->fill(st, m, n, buf, &err) != NPR_OK) {
      fail(r, &err);
      return -1.0;
    }
  }
  t1 = now_s();
  return t1 - t0;
}

static volatile uint64_t sink; /* keeps the last fill observable */

static void run_op(const family *f, const method *m, const options *o, bench_state *st,
                   void *buf, result *r) {
  size_t n = m->sizing == SIZE_SHUFFLE ? o->shuffle_size
             : m->sizing == SIZE_SCALAR  ? o->scalar_size
                                         : o->size;
  size_t i, esize = kind_size(m->kind);
  npr_error err;
  long calls = 1;
  double t = 0.0, best;
  int rep;
  static const long steps[3] = {1, 2, 5};

  r->fam = f;
  r->meth = m;
  r->n = n;
  npr_error_clear(&err);

  /* Fresh seed, one fill: the stream NumPy must reproduce. */
  if (f->seed(st, &err) != NPR_OK) {
    fail(r, &err);
    return;
  }
  if (m->fill == rs_shuffle || m->fill == gen_shuffle) {
    for (i = 0; i < n; i++) ((int64_t *)buf)[i] = (int64_t)i;
  }
  if (m->fill(st, m, n, buf, &err) != NPR_OK) {
    fail(r, &err);
    return;
  }
  r->n_head = n < HEAD_LEN ? n : HEAD_LEN;
  for (i = 0; i < r->n_head; i++) format_value(m->kind, buf, i, r->head[i]);
  r->n_tail = n < TAIL_LEN ? n : TAIL_LEN;
  for (i = 0; i < r->n_tail; i++) format_value(m->kind, buf, n - r->n_tail + i, r->tail[i]);

  /* autorange: 1, 2, 5, 10, 20, 50, ... calls until a run takes min_time. */
  for (i = 0;; i++) {
    long scale = 1;
    size_t k;
    for (k = 0; k < i / 3; k++) scale *= 10;
    calls = steps[i % 3] * scale;
    t = timed_run(m, st, n, buf, calls, r);
    if (t < 0) return;
    if (t >= o->min_time || calls >= 1000000000L / 10) break;
  }
  /* Best of `repeat` runs of that many calls (the calibration run is only a
   * warm-up, as with timeit's autorange followed by repeat). */
  best = -1.0;
  for (rep = 0; rep < o->repeat; rep++) {
    t = timed_run(m, st, n, buf, calls, r);
    if (t < 0) return;
    if (best < 0 || t < best) best = t;
  }
  {
    uint64_t v = 0;
    memcpy(&v, (const char *)buf + (n - 1) * esize, esize);
    sink = v;
  }
  r->calls = calls;
  r->best_s = best;
  r->ns_per_value = best * 1e9 / ((double)calls * (double)n);
  if (!(r->ns_per_value > 0)) {
    /* A clock too coarse for the run: report the resolution floor. */
    r->ns_per_value = 1e-3;
  }
}

/* ---- output ------------------------------------------------------------ */

static void json_string(FILE *out, const char *s) {
  fputc('"', out);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') {
      fputc('\\', out);
      fputc(c, out);
    } else if (c < 0x20) {
      fprintf(out, "\\u%04x", c);
    } else {
      fputc(c, out);
    }
  }
  fputc('"', out);
}

static const char *kind_name(vkind k) {
  static const char *const names[] = {"float64", "float32", "bool",   "int8",   "int16", "int32",
                                      "int64",   "uint8",   "uint16", "uint32", "uint64"};
  return names[k];
}

/* The MT19937 kernels a row runs on, or "-" when it does not use MT19937. */
static const char *simd_of(const result *r) {
  const bool mt = r->fam->legacy || strcmp(r->fam->name, "MT19937") == 0;
  return mt ? npr_mt19937_path_name(npr_mt19937_active_path()) : "-";
}

static void print_json(FILE *out, const options *o, const result *rs, size_t nr) {
  size_t i, j;
  fprintf(out, "{\n  \"tool\": \"nprand-bench\",\n  \"seed\": %u,\n", BENCH_SEED);
  fprintf(out, "  \"quick\": %s,\n  \"size\": %zu,\n  \"shuffle_size\": %zu,\n",
          o->quick ? "true" : "false", o->size, o->shuffle_size);
  fprintf(out, "  \"scalar_size\": %zu,\n  \"clock\": \"%s\",\n", o->scalar_size,
          use_wall_clock ? "wall" : "cpu");
  fprintf(out, "  \"mt19937_path\": \"%s\", \"mt19937_best_path\": \"%s\",\n",
          npr_mt19937_path_name(npr_mt19937_active_path()),
          npr_mt19937_path_name(npr_mt19937_best_path()));
  fprintf(out, "  \"min_time\": %.17g,\n  \"repeat\": %d,\n  \"families\": [", o->min_time,
          o->repeat);
  for (i = 0; i < N_FAMILIES; i++) {
    fprintf(out, "%s", i ? ", " : "");
    json_string(out, families[i].name);
  }
  fprintf(out, "],\n  \"ops\": [");
  for (i = 0; i < nr; i++) {
    const result *r = &rs[i];
    fprintf(out, "%s\n    {\"id\": ", i ? "," : "");
    json_string(out, r->id);
    fprintf(out, ", \"family\": ");
    json_string(out, r->fam->name);
    fprintf(out, ", \"method\": ");
    json_string(out, r->meth->name);
    fprintf(out, ", \"dtype\": \"%s\", \"params\": %s, \"n\": %zu", kind_name(r->meth->kind),
            r->meth->params, r->n);
    fprintf(out, ", \"scalar\": %s, \"simd\": \"%s\"",
            r->meth->sizing == SIZE_SCALAR ? "true" : "false", simd_of(r));
    if (r->failed) {
      fprintf(out, ", \"error\": ");
      json_string(out, r->error);
      fprintf(out, "}");
      continue;
    }
    fprintf(out, ",\n     \"calls\": %ld, \"best_s\": %.9g, \"ns_per_value\": %.6g", r->calls,
            r->best_s, r->ns_per_value);
    fprintf(out, ",\n     \"head\": [");
    for (j = 0; j < r->n_head; j++) fprintf(out, "%s%s", j ? ", " : "", r->head[j]);
    fprintf(out, "], \"tail\": [");
    for (j = 0; j < r->n_tail; j++) fprintf(out, "%s%s", j ? ", " : "", r->tail[j]);
    fprintf(out, "]}");
  }
  fprintf(out, "\n  ]\n}\n");
}

static void print_table(FILE *out, const result *rs, size_t nr) {
  size_t i;
  fprintf(out, "%-36s %10s %14s\n", "operation", "n", "ns/value");
  for (i = 0; i < nr; i++) {
    if (rs[i].failed) {
      fprintf(out, "%-36s %10zu %14s  %s\n", rs[i].id, rs[i].n, "FAILED", rs[i].error);
    } else {
      fprintf(out, "%-36s %10zu %14.3f\n", rs[i].id, rs[i].n, rs[i].ns_per_value);
    }
  }
}

/* ---- main ------------------------------------------------------------------ */

static void usage(FILE *out) {
  fprintf(out,
          "usage: nprand-bench [--json] [--quick] [--size N] [--shuffle-size N]\n"
          "                    [--min-time SECONDS] [--repeat K] [--filter SUBSTRING] [--list]\n"
          "                    [--clock cpu|wall] [--scalar-size N] [--op ID]\n"
          "\n"
          "Times fills of N values (default 1000000; shuffle: 100000 int64; *_scalar rows:\n"
          "100000 one-value calls) until a run takes SECONDS (default 0.2), best of K runs\n"
          "(default 3), and prints ns/value; CPU time unless --clock wall. --op runs one\n"
          "operation by its exact id, --filter those whose id contains SUBSTRING.\n"
          "--quick uses tiny sizes (a smoke test, numbers meaningless). --json prints the\n"
          "results, with the first/last values of a fresh fill (seed %u), as JSON.\n"
          "Operations are <family>.<method>; families: ",
          BENCH_SEED);
  {
    size_t i;
    for (i = 0; i < N_FAMILIES; i++) fprintf(out, "%s%s", i ? ", " : "", families[i].name);
  }
  fprintf(out, ".\n");
}

static bool parse_size(const char *s, size_t *out) {
  char *end;
  double v;
  errno = 0;
  v = strtod(s, &end); /* accepts 1e6 */
  if (errno || end == s || *end || !(v >= 1) || v > 1e10 || v != (double)(size_t)v) return false;
  *out = (size_t)v;
  return true;
}

int main(int argc, char **argv) {
  options o = {1000000, 100000, 100000, 0.2, 3, false, false, false, NULL, NULL};
  bool size_set = false, shuffle_set = false, scalar_set = false, time_set = false,
       repeat_set = false;
  bench_state *st;
  result *results;
  void *buf;
  size_t nr = 0, i, j, bufn;
  int a, n_failed = 0;
  bool progress;

  for (a = 1; a < argc; a++) {
    const char *arg = argv[a];
    const char *val = a + 1 < argc ? argv[a + 1] : NULL;
    if (!strcmp(arg, "--json")) {
      o.json = true;
    } else if (!strcmp(arg, "--quick")) {
      o.quick = true;
    } else if (!strcmp(arg, "--list")) {
      o.list = true;
    } else if (!strcmp(arg, "-h") || !strcmp(arg, "--help")) {
      usage(stdout);
      return 0;
    } else if (!strcmp(arg, "--size") && val) {
      if (!parse_size(val, &o.size)) goto bad;
      size_set = true;
      a++;
    } else if (!strcmp(arg, "--shuffle-size") && val) {
      if (!parse_size(val, &o.shuffle_size)) goto bad;
      shuffle_set = true;
      a++;
    } else if (!strcmp(arg, "--scalar-size") && val) {
      if (!parse_size(val, &o.scalar_size)) goto bad;
      scalar_set = true;
      a++;
    } else if (!strcmp(arg, "--op") && val) {
      o.op = val;
      a++;
    } else if (!strcmp(arg, "--min-time") && val) {
      char *end;
      o.min_time = strtod(val, &end);
      if (end == val || *end || !(o.min_time >= 0) || o.min_time > 3600) goto bad;
      time_set = true;
      a++;
    } else if (!strcmp(arg, "--repeat") && val) {
      char *end;
      long r = strtol(val, &end, 10);
      if (end == val || *end || r < 1 || r > 1000) goto bad;
      o.repeat = (int)r;
      repeat_set = true;
      a++;
    } else if (!strcmp(arg, "--clock") && val && (!strcmp(val, "cpu") || !strcmp(val, "wall"))) {
      use_wall_clock = !strcmp(val, "wall");
      a++;
    } else if (!strcmp(arg, "--filter") && val) {
      o.filter = val;
      a++;
    } else {
      goto bad;
    }
  }
  if (o.quick) {
    if (!size_set) o.size = 1000;
    if (!shuffle_set) o.shuffle_size = 1000;
    if (!scalar_set) o.scalar_size = 1000;
    if (!time_set) o.min_time = 0.002;
    if (!repeat_set) o.repeat = 3;
  }

  progress = !o.json && !o.list && isatty(STDERR_FILENO);
  for (i = 0; i < CHOICE_POP; i++) choice_p[i] = (double)(i + 1) / 5050.0;

  results = calloc(N_FAMILIES * N_METHODS, sizeof *results);
  st = calloc(1, sizeof *st);
  bufn = o.size > o.shuffle_size ? o.size : o.shuffle_size;
  if (o.scalar_size > bufn) bufn = o.scalar_size;
  buf = malloc(bufn * sizeof(uint64_t));
  if (!results || !st || !buf) {
    fprintf(stderr, "nprand-bench: out of memory\n");
    return 2;
  }

  for (i = 0; i < N_FAMILIES; i++) {
    for (j = 0; j < N_METHODS; j++) {
      result *r = &results[nr];
      if (families[i].legacy != methods[j].legacy) continue;
      if (methods[j].only && strcmp(methods[j].only, families[i].name) != 0) continue;
      snprintf(r->id, sizeof r->id, "%s.%s", families[i].name, methods[j].name);
      if (o.filter && !strstr(r->id, o.filter)) continue;
      if (o.op && strcmp(r->id, o.op) != 0) continue;
      if (o.list) {
        printf("%s\n", r->id);
        continue;
      }
      if (progress) {
        fprintf(stderr, "  %-36s\r", r->id);
        fflush(stderr);
      }
      run_op(&families[i], &methods[j], &o, st, buf, r);
      if (r->failed) n_failed++;
      nr++;
    }
  }
  if (progress) fprintf(stderr, "%-40s\r", "");

  if (!o.list) {
    if (o.json) {
      print_json(stdout, &o, results, nr);
    } else {
      print_table(stdout, results, nr);
    }
  }
  free(buf);
  free(st);
  free(results);
  return n_failed ? 1 : 0;

bad:
  fprintf(stderr, "nprand-bench: bad argument '%s'\n", argv[a]);
  usage(stderr);
  return 2;
}
