/* Compares nprand's own libm (lib/src/libm) with the platform libm, bit for
 * bit, on random inputs from each range the samplers pass and on the whole
 * double range.
 *
 *   libm_compare [--count N] [--seed S] [--func NAME] [--bench] [--exhaustive-float]
 *   libm_compare --write-vectors FILE [--count N] [--seed S]
 *
 * N inputs per function (split over the ranges), a mismatch table per
 * function and range, the first mismatches in hex; exit 1 on any mismatch.
 * The reference is only meaningful on x86-64 glibc 2.36 with an FMA CPU,
 * the libm NumPy's numbers were made with: anywhere else the program says so
 * and exits 77 (ctest's "skipped") unless --force is given. --bench times
 * both sides in ns/call. --exhaustive-float checks the one-argument float
 * functions on all 2**32 inputs. --write-vectors records the platform's
 * results for the same inputs (one line per input: function, argument bits,
 * result bits, in hex), the raw material of tests/data/libm/vectors.txt
 * (lib/tools/gen_libm_vectors.sh). */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(__GLIBC__)
#include <gnu/libc-version.h>
#endif

#include "libm/npr_libm.h"

enum { SKIPPED = 77, SHOWN_MISMATCHES = 5 };

/* splitmix64: a small, seedable source of input bits. */
typedef struct {
  uint64_t s;
} input_rng;

static uint64_t next_bits(input_rng *g) {
  uint64_t z = (g->s += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static double from_bits(uint64_t b) {
  double x;
  memcpy(&x, &b, sizeof x);
  return x;
}

static uint64_t to_bits(double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

static float from_bitsf(uint32_t b) {
  float x;
  memcpy(&x, &b, sizeof x);
  return x;
}

static uint32_t to_bitsf(float x) {
  uint32_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

/* A uniform double in [0, 1) as NumPy's next_double makes it. */
static double uniform01(input_rng *g) { return (double)(next_bits(g) >> 11) * 0x1p-53; }

/* A double with a uniformly random exponent in [lo, hi] (unbiased) and
 * random mantissa and sign: spreads inputs over many binades. */
static double log_spread(input_rng *g, int lo, int hi, int signed_) {
  const uint64_t r = next_bits(g);
  const int e = lo + (int)((r >> 53) % (uint64_t)(hi - lo + 1));
  const double m = 1.0 + (double)(next_bits(g) >> 12) * 0x1p-52;
  const double x = ldexp(m, e);
  return (signed_ && (r & 1)) ? -x : x;
}

static const double special_values[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, INFINITY, -INFINITY, NAN, -NAN,
    0x1p-1022, -0x1p-1022, 0x1p-1074, -0x1p-1074, 0x1.fffffffffffffp+1023, -0x1.fffffffffffffp+1023,
    0x1.fffffffffffffp-1, 0x1.0000000000001p+0, 709.782712893384, 709.7827128933841, -745.1332191019411,
    -745.1332191019412, -708.3964185322641, 1e-300, 3.141592653589793, 1.5707963267948966,
    105414350.0, 1e22, 0x1p-26, 0x1p-27, 0x1p-54, 0.125, 0.75, 0.96875, 0.999999, 1.0000001,
};
#define N_SPECIAL (sizeof special_values / sizeof special_values[0])

/* One input range: a name and a generator of one double argument. */
typedef struct {
  const char *name;
  double (*make)(input_rng *g, size_t i);
} input_range;

static double r_any_bits(input_rng *g, size_t i) { (void)i; return from_bits(next_bits(g)); }
static double r_uniform01(input_rng *g, size_t i) { (void)i; return uniform01(g); }
static double r_neg_uniform01(input_rng *g, size_t i) { (void)i; return -uniform01(g); }
static double r_one_minus_u(input_rng *g, size_t i) { (void)i; return 1.0 - uniform01(g); }
static double r_near0(input_rng *g, size_t i) { (void)i; return log_spread(g, -1074, -10, 1); }
static double r_near1(input_rng *g, size_t i) { (void)i; return 1.0 + log_spread(g, -60, -3, 1); }
static double r_subnormal(input_rng *g, size_t i) {
  const uint64_t r = next_bits(g);
  (void)i;
  return from_bits((r & 0x800fffffffffffffULL));
}
/* For the float functions: any float's bits, and float subnormals. */
static double r_any_bits_f(input_rng *g, size_t i) { (void)i; return (double)from_bitsf((uint32_t)next_bits(g)); }
static double r_subnormal_f(input_rng *g, size_t i) {
  (void)i;
  return (double)from_bitsf((uint32_t)next_bits(g) & 0x807fffffU);
}
static double r_huge(input_rng *g, size_t i) { (void)i; return log_spread(g, 20, 1023, 1); }
static double r_spread(input_rng *g, size_t i) { (void)i; return log_spread(g, -1074, 1023, 1); }
static double r_special(input_rng *g, size_t i) { (void)g; return special_values[i % N_SPECIAL]; }
/* -log1p(-U): the exponential variates the exp and log callers see. */
static double r_exponential(input_rng *g, size_t i) { (void)i; return -log1p(-uniform01(g)); }
static double r_neg_exponential(input_rng *g, size_t i) { (void)i; return log1p(-uniform01(g)); }
/* -x*x/2 for |x| up to ~40: the ziggurat's normal wedge. */
static double r_neg_half_square(input_rng *g, size_t i) {
  const double x = uniform01(g) * 40.0;
  (void)i;
  return -0.5 * x * x;
}
static double r_exp_domain(input_rng *g, size_t i) { (void)i; return (uniform01(g) - 0.5) * 1500.0; }
static double r_small_angles(input_rng *g, size_t i) { (void)i; return (uniform01(g) - 0.5) * 20.0; }
static double r_two_pi_u(input_rng *g, size_t i) { (void)i; return 6.283185307179586 * uniform01(g); }
static double r_pi_u(input_rng *g, size_t i) { (void)i; return 3.141592653589793 * uniform01(g); }
static double r_unit_interval(input_rng *g, size_t i) { (void)i; return 2.0 * uniform01(g) - 1.0; }
static double r_near_pm1(input_rng *g, size_t i) {
  const double d = log_spread(g, -60, -5, 0);
  (void)i;
  return (next_bits(g) & 1) ? d - 1.0 : 1.0 - d;
}

typedef double (*fn1)(double);
typedef double (*fn2)(double, double);
typedef float (*fn1f)(float);
typedef float (*fn2f)(float, float);

enum { MAX_RANGES = 12 };

typedef struct {
  const char *name;
  fn1 mine, ref;
  fn2 mine2, ref2;
  fn1f minef, reff;
  fn2f mine2f, ref2f;
  input_range ranges[MAX_RANGES];
} libm_function;

/* Pairs (x, y) for pow come from two ranges: x from the first, y from a
 * pow-specific generator chosen by the range's position. */
static double pow_exponent(input_rng *g, size_t range) {
  switch (range % 4) {
  case 0: return (uniform01(g) - 0.5) * 20.0;      /* moderate */
  case 1: return 1.0 / (uniform01(g) + 0x1p-10);   /* 1/alpha, paretovariate */
  case 2: return log_spread(g, -1074, 1023, 1);    /* any magnitude */
  default: return floor((uniform01(g) - 0.5) * 200.0); /* integers */
  }
}

static double libc_log(double x) { return log(x); }
static double libc_log1p(double x) { return log1p(x); }
static double libc_exp(double x) { return exp(x); }
static double libc_expm1(double x) { return expm1(x); }
static double libc_sin(double x) { return sin(x); }
static double libc_cos(double x) { return cos(x); }
static double libc_tan(double x) { return tan(x); }
static double libc_atan(double x) { return atan(x); }
static double libc_acos(double x) { return acos(x); }
static double libc_pow(double x, double y) { return pow(x, y); }
static float libc_logf(float x) { return logf(x); }
static float libc_log1pf(float x) { return log1pf(x); }
static float libc_expf(float x) { return expf(x); }
static float libc_powf(float x, float y) { return powf(x, y); }

#define COMMON_RANGES                                                                               \
  {"any bits", r_any_bits}, {"spread", r_spread}, {"subnormal", r_subnormal}, {"huge", r_huge},      \
      {"near 0", r_near0}, {"special", r_special}

#define COMMON_RANGES_F                                                                              \
  {"any bits", r_any_bits_f}, {"spread", r_spread}, {"subnormal", r_subnormal_f}, {"huge", r_huge},  \
      {"near 0", r_near0}, {"special", r_special}

static const libm_function functions[] = {
    {"log", npr_libm_log, libc_log, 0, 0, 0, 0, 0, 0,
     {COMMON_RANGES, {"(0,1) uniform", r_uniform01}, {"1-U", r_one_minus_u}, {"near 1", r_near1},
      {"exponential", r_exponential}}},
    {"log1p", npr_libm_log1p, libc_log1p, 0, 0, 0, 0, 0, 0,
     {COMMON_RANGES, {"-U", r_neg_uniform01}, {"(0,1) uniform", r_uniform01}, {"near -1", r_near_pm1},
      {"exponential", r_exponential}, {"near 1", r_near1}}},
    {"exp", npr_libm_exp, libc_exp, 0, 0, 0, 0, 0, 0,
     {COMMON_RANGES, {"-exponential", r_neg_exponential}, {"-x*x/2", r_neg_half_square},
      {"[-750,750]", r_exp_domain}, {"(0,1) uniform", r_uniform01}}},
    {"expm1", npr_libm_expm1, libc_expm1, 0, 0, 0, 0, 0, 0,
     {COMMON_RANGES, {"-exponential", r_neg_exponential}, {"[-750,750]", r_exp_domain},
      {"(0,1) uniform", r_uniform01}, {"-U", r_neg_uniform01}}},
    {"sin", npr_libm_sin, libc_sin, 0, 0, 0, 0, 0, 0,
     {COMMON_RANGES, {"2*pi*U", r_two_pi_u}, {"[-10,10]", r_small_angles}, {"(0,1) uniform", r_uniform01},
      {"near 1", r_near1}}},
    {"cos", npr_libm_cos, libc_cos, 0, 0, 0, 0, 0, 0,
     {COMMON_RANGES, {"2*pi*U", r_two_pi_u}, {"pi*U", r_pi_u}, {"[-10,10]", r_small_angles},
      {"(0,1) uniform", r_uniform01}}},
    {"tan", npr_libm_tan, libc_tan, 0, 0, 0, 0, 0, 0,
     {COMMON_RANGES, {"pi*U", r_pi_u}, {"[-10,10]", r_small_angles}, {"(0,1) uniform", r_uniform01},
      {"near 1", r_near1}}},
    {"atan", npr_libm_atan, libc_atan, 0, 0, 0, 0, 0, 0,
     {COMMON_RANGES, {"[-10,10]", r_small_angles}, {"(0,1) uniform", r_uniform01}, {"near 1", r_near1},
      {"[-1,1]", r_unit_interval}}},
    {"acos", npr_libm_acos, libc_acos, 0, 0, 0, 0, 0, 0,
     {COMMON_RANGES, {"[-1,1]", r_unit_interval}, {"near +-1", r_near_pm1}, {"(0,1) uniform", r_uniform01},
      {"-U", r_neg_uniform01}}},
    {"pow", 0, 0, npr_libm_pow, libc_pow, 0, 0, 0, 0,
     {COMMON_RANGES, {"(0,1) uniform", r_uniform01}, {"near 1", r_near1}, {"exponential", r_exponential},
      {"[-10,10]", r_small_angles}}},
    {"logf", 0, 0, 0, 0, npr_libm_logf, libc_logf, 0, 0,
     {COMMON_RANGES_F, {"(0,1) uniform", r_uniform01}, {"1-U", r_one_minus_u}, {"near 1", r_near1},
      {"exponential", r_exponential}}},
    {"log1pf", 0, 0, 0, 0, npr_libm_log1pf, libc_log1pf, 0, 0,
     {COMMON_RANGES_F, {"-U", r_neg_uniform01}, {"(0,1) uniform", r_uniform01}, {"near -1", r_near_pm1},
      {"exponential", r_exponential}}},
    {"expf", 0, 0, 0, 0, npr_libm_expf, libc_expf, 0, 0,
     {COMMON_RANGES_F, {"-exponential", r_neg_exponential}, {"-x*x/2", r_neg_half_square},
      {"[-750,750]", r_exp_domain}, {"(0,1) uniform", r_uniform01}}},
    {"powf", 0, 0, 0, 0, 0, 0, npr_libm_powf, libc_powf,
     {COMMON_RANGES_F, {"(0,1) uniform", r_uniform01}, {"near 1", r_near1}, {"exponential", r_exponential},
      {"[-10,10]", r_small_angles}}},
};
#define N_FUNCTIONS (sizeof functions / sizeof functions[0])

static size_t range_count(const libm_function *f) {
  size_t n = 0;
  while (n < MAX_RANGES && f->ranges[n].name) {
    n++;
  }
  return n;
}

/* Same result: identical bits, or both NaN (glibc's NaN payloads are not
 * part of any stream). */
static int same_double(double a, double b) { return to_bits(a) == to_bits(b) || (a != a && b != b); }
static int same_float(float a, float b) { return to_bitsf(a) == to_bitsf(b) || (a != a && b != b); }

/* Checks one input; returns 1 on a mismatch and prints the first few. */
static int check_one(const libm_function *f, double x, double y, uint64_t *shown) {
  int bad;
  double m, r;
  if (f->mine) {
    m = f->mine(x);
    r = f->ref(x);
    bad = !same_double(m, r);
  } else if (f->mine2) {
    m = f->mine2(x, y);
    r = f->ref2(x, y);
    bad = !same_double(m, r);
  } else if (f->minef) {
    const float mf = f->minef((float)x), rf = f->reff((float)x);
    bad = !same_float(mf, rf);
    x = (float)x;
    m = mf;
    r = rf;
  } else {
    const float mf = f->mine2f((float)x, (float)y), rf = f->ref2f((float)x, (float)y);
    bad = !same_float(mf, rf);
    x = (float)x;
    y = (float)y;
    m = mf;
    r = rf;
  }
  if (bad && *shown < SHOWN_MISMATCHES) {
    if (f->mine2 || f->mine2f) {
      printf("  mismatch: %s(%a, %a) = %a, glibc %a\n", f->name, x, y, m, r);
    } else {
      printf("  mismatch: %s(%a) = %a, glibc %a\n", f->name, x, m, r);
    }
    ++*shown;
  }
  return bad;
}

static uint64_t compare_function(const libm_function *f, uint64_t count, uint64_t seed) {
  const size_t nr = range_count(f);
  uint64_t total_bad = 0, shown = 0;
  size_t r;
  printf("%s:\n", f->name);
  for (r = 0; r < nr; r++) {
    input_rng g = {seed ^ (0x51ed27ULL * (r + 1)) ^ ((uint64_t)(f - functions) << 40)};
    const uint64_t n = count / nr + (r < count % nr);
    uint64_t i, bad = 0;
    for (i = 0; i < n; i++) {
      const double x = f->ranges[r].make(&g, (size_t)i);
      const double y = (f->mine2 || f->mine2f) ? pow_exponent(&g, r + (size_t)i) : 0.0;
      bad += (uint64_t)check_one(f, x, y, &shown);
    }
    printf("  %-16s %12" PRIu64 " inputs %10" PRIu64 " mismatches\n", f->ranges[r].name, n, bad);
    total_bad += bad;
  }
  return total_bad;
}

/* The platform's results on the inputs compare_function would use. */
static void write_vectors(const libm_function *f, uint64_t count, uint64_t seed, FILE *out) {
  const size_t nr = range_count(f);
  size_t r;
  for (r = 0; r < nr; r++) {
    input_rng g = {seed ^ (0x51ed27ULL * (r + 1)) ^ ((uint64_t)(f - functions) << 40)};
    const uint64_t n = count / nr + (r < count % nr);
    uint64_t i;
    for (i = 0; i < n; i++) {
      const double x = f->ranges[r].make(&g, (size_t)i);
      const double y = (f->mine2 || f->mine2f) ? pow_exponent(&g, r + (size_t)i) : 0.0;
      if (f->ref) {
        fprintf(out, "%s %016" PRIx64 " %016" PRIx64 "\n", f->name, to_bits(x), to_bits(f->ref(x)));
      } else if (f->ref2) {
        fprintf(out, "%s %016" PRIx64 " %016" PRIx64 " %016" PRIx64 "\n", f->name, to_bits(x), to_bits(y),
                to_bits(f->ref2(x, y)));
      } else if (f->reff) {
        fprintf(out, "%s %08" PRIx32 " %08" PRIx32 "\n", f->name, to_bitsf((float)x), to_bitsf(f->reff((float)x)));
      } else {
        fprintf(out, "%s %08" PRIx32 " %08" PRIx32 " %08" PRIx32 "\n", f->name, to_bitsf((float)x),
                to_bitsf((float)y), to_bitsf(f->ref2f((float)x, (float)y)));
      }
    }
  }
}

static uint64_t exhaustive_float(const libm_function *f) {
  uint64_t b, bad = 0, shown = 0;
  if (!f->minef) {
    return 0;
  }
  for (b = 0; b <= 0xffffffffULL; b++) {
    bad += (uint64_t)check_one(f, (double)from_bitsf((uint32_t)b), 0.0, &shown);
  }
  printf("%s: all 4294967296 floats, %" PRIu64 " mismatches\n", f->name, bad);
  return bad;
}

static double now_seconds(void) {
  struct timespec ts;
  timespec_get(&ts, TIME_UTC);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

enum { BENCH_N = 1 << 14, BENCH_REPEAT = 256 };

/* ns/call for both sides over one array of typical inputs (the sampler
 * ranges); the sum keeps the calls from being optimised away. */
static void bench_function(const libm_function *f) {
  static double xs[BENCH_N];
  input_rng g = {12345};
  const size_t nr = range_count(f);
  double t0, t_mine = 0.0, t_ref = 0.0, sink = 0.0;
  size_t i;
  for (i = 0; i < BENCH_N; i++) {
    xs[i] = f->ranges[6 + i % (nr - 6)].make(&g, i);
  }
  for (int side = 0; side < 2; side++) {
    t0 = now_seconds();
    for (i = 0; i < (size_t)BENCH_N * BENCH_REPEAT; i++) {
      const double x = xs[i % BENCH_N];
      if (f->mine) {
        sink += side ? f->ref(x) : f->mine(x);
      } else if (f->mine2) {
        sink += side ? f->ref2(x, 1.7) : f->mine2(x, 1.7);
      } else if (f->minef) {
        sink += side ? f->reff((float)x) : f->minef((float)x);
      } else {
        sink += side ? f->ref2f((float)x, 1.7f) : f->mine2f((float)x, 1.7f);
      }
    }
    if (side) {
      t_ref = now_seconds() - t0;
    } else {
      t_mine = now_seconds() - t0;
    }
  }
  printf("%-7s nprand %7.2f ns/call   platform %7.2f ns/call%s\n", f->name,
         1e9 * t_mine / ((double)BENCH_N * BENCH_REPEAT), 1e9 * t_ref / ((double)BENCH_N * BENCH_REPEAT),
         sink == 12345.0 ? " " : "");
}

/* The reference libm: x86-64 glibc 2.36 running its FMA variants. */
static int reference_platform(void) {
#if defined(__x86_64__) && defined(__GLIBC__) && (defined(__GNUC__) || defined(__clang__))
  __builtin_cpu_init();
  return strcmp(gnu_get_libc_version(), "2.36") == 0 && __builtin_cpu_supports("fma") &&
         __builtin_cpu_supports("avx2");
#else
  return 0;
#endif
}

int main(int argc, char **argv) {
  uint64_t count = 100000, seed = 20240601, bad = 0;
  const char *only = NULL, *vectors = NULL;
  FILE *vectors_out = NULL;
  int bench = 0, force = 0, exhaustive = 0;
  size_t k;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--count") && i + 1 < argc) {
      count = strtoull(argv[++i], NULL, 10);
    } else if (!strcmp(argv[i], "--seed") && i + 1 < argc) {
      seed = strtoull(argv[++i], NULL, 10);
    } else if (!strcmp(argv[i], "--func") && i + 1 < argc) {
      only = argv[++i];
    } else if (!strcmp(argv[i], "--bench")) {
      bench = 1;
    } else if (!strcmp(argv[i], "--force")) {
      force = 1;
    } else if (!strcmp(argv[i], "--write-vectors") && i + 1 < argc) {
      vectors = argv[++i];
    } else if (!strcmp(argv[i], "--exhaustive-float")) {
      exhaustive = 1;
    } else {
      fprintf(stderr,
              "usage: %s [--count N] [--seed S] [--func NAME] [--bench] [--exhaustive-float] [--force]\n"
              "       %s --write-vectors FILE [--count N] [--seed S] [--func NAME]\n",
              argv[0], argv[0]);
      return 2;
    }
  }
  if (vectors) {
    vectors_out = fopen(vectors, "w");
    if (!vectors_out) {
      perror(vectors);
      return 2;
    }
    for (k = 0; k < N_FUNCTIONS; k++) {
      if (!only || !strcmp(only, functions[k].name)) {
        write_vectors(&functions[k], count, seed, vectors_out);
      }
    }
    return fclose(vectors_out) == 0 ? 0 : 2;
  }
  if (!reference_platform() && !force) {
    printf("libm_compare: the platform libm is not x86-64 glibc 2.36 on an FMA CPU; nothing to compare with\n");
    return SKIPPED;
  }
  for (k = 0; k < N_FUNCTIONS; k++) {
    const libm_function *f = &functions[k];
    if (only && strcmp(only, f->name)) {
      continue;
    }
    if (bench) {
      bench_function(f);
    } else if (exhaustive) {
      bad += exhaustive_float(f);
    } else {
      bad += compare_function(f, count, seed);
    }
  }
  if (!bench) {
    printf("%s: %" PRIu64 " mismatches\n", bad ? "FAIL" : "OK", bad);
  }
  return bad ? 1 : 0;
}
