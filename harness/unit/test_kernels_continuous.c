/* The continuous kernels (distributions.h, legacy_distributions.h) against
 * NumPy 1.24.2: tests/data/kernels/continuous.txt, written by
 * oracle/kernel_vectors.py, holds per case the first 50 values of
 * Generator(PCG64(seed)).<method>(*params, size=50) or
 * RandomState(seed).<method>(*params, size=50) as IEEE bits and the bit
 * generator's state afterwards. Every value and the final state must match
 * exactly, so a kernel that draws one word too many or too few fails even
 * where its values happen to agree. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "unit_arith.h"

#include "nprand/distributions.h"
#include "nprand/legacy_distributions.h"
#include "nprand/pcg64.h"
#include "nprand/randomstate.h"
#include "nprand/seedsequence.h"

#define MAX_VALUES 64
#define MAX_PARAMS 3
#define MAX_CASES 1024

static const char *g_data_dir = "tests/data";

typedef enum { API_GENERATOR, API_LEGACY } api_kind;

typedef struct kernel_case {
  api_kind api;
  char method[32];
  int is_float32;
  uint64_t seed;
  int pre_normals; /* legacy standard_normal() calls before the method */
  int nparams;
  double params[MAX_PARAMS];
  size_t count;
  uint64_t values[MAX_VALUES];
  /* state afterwards */
  uint64_t state_hi, state_lo, inc_hi, inc_lo;
  int has_uint32;
  uint32_t uinteger;
  int pos, has_gauss;
  uint64_t gauss_bits, key_fnv1a;
  int line; /* of the case line, for messages */
} kernel_case;

typedef struct case_file {
  size_t n;
  kernel_case cases[MAX_CASES];
} case_file;

static uint64_t dbits(double x) {
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

static double bits_double(uint64_t u) {
  double x;
  memcpy(&x, &u, sizeof x);
  return x;
}

static uint32_t fbits(float x) {
  uint32_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

/* Bit equality, except that every NaN equals every NaN: the sign of a NaN
 * made by an invalid operation is the hardware's (x86's default NaN is
 * negative, the vectors were made there; aarch64's and s390x's is
 * positive), and NumPy itself returns the platform's (oracle/FORMAT.md). */
static int same_bits(uint64_t got, uint64_t want, int float32) {
  if (got == want) return 1;
  if (float32) {
    return (got & 0x7f800000u) == 0x7f800000u && (got & 0x007fffffu) != 0 && (want & 0x7f800000u) == 0x7f800000u &&
           (want & 0x007fffffu) != 0;
  }
  return (got & UINT64_C(0x7ff0000000000000)) == UINT64_C(0x7ff0000000000000) &&
         (got & UINT64_C(0x000fffffffffffff)) != 0 &&
         (want & UINT64_C(0x7ff0000000000000)) == UINT64_C(0x7ff0000000000000) &&
         (want & UINT64_C(0x000fffffffffffff)) != 0;
}

/* 32 hex digits into two 64-bit halves. */
static int parse_hex128(const char *s, uint64_t *hi, uint64_t *lo) {
  char part[17];
  if (strlen(s) != 32) return 0;
  memcpy(part, s, 16);
  part[16] = '\0';
  *hi = strtoull(part, NULL, 16);
  *lo = strtoull(s + 16, NULL, 16);
  return 1;
}

static char *next_token(char **cursor) {
  char *p = *cursor, *start;
  while (*p == ' ' || *p == '\t') p++;
  if (*p == '\0' || *p == '\n' || *p == '#') return NULL;
  start = p;
  while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\n') p++;
  if (*p != '\0') *p++ = '\0';
  *cursor = p;
  return start;
}

static void parse_case_line(kernel_case *c, char *rest, int line) {
  char *tok;
  int i;
  memset(c, 0, sizeof *c);
  c->line = line;
  tok = next_token(&rest);
  assert_non_null(tok);
  if (strcmp(tok, "generator") == 0) c->api = API_GENERATOR;
  else if (strcmp(tok, "legacy") == 0) c->api = API_LEGACY;
  else fail_msg("line %d: unknown api %s", line, tok);
  tok = next_token(&rest);
  assert_non_null(tok);
  assert_true(strlen(tok) < sizeof c->method);
  strcpy(c->method, tok);
  tok = next_token(&rest);
  assert_non_null(tok);
  c->is_float32 = strcmp(tok, "float32") == 0;
  tok = next_token(&rest);
  assert_non_null(tok);
  c->seed = strtoull(tok, NULL, 10);
  tok = next_token(&rest);
  assert_non_null(tok);
  c->pre_normals = atoi(tok);
  tok = next_token(&rest);
  assert_non_null(tok);
  c->nparams = atoi(tok);
  assert_true(c->nparams >= 0 && c->nparams <= MAX_PARAMS);
  for (i = 0; i < c->nparams; i++) {
    tok = next_token(&rest);
    assert_non_null(tok);
    c->params[i] = bits_double(strtoull(tok, NULL, 16));
  }
}

static void load_cases(case_file *file) {
  char path[1024], line[4096];
  int lineno = 0, have_state = 1;
  kernel_case *c = NULL;
  FILE *f;
  snprintf(path, sizeof path, "%s/kernels/continuous.txt", g_data_dir);
  f = fopen(path, "r");
  if (f == NULL) fail_msg("cannot open %s", path);
  file->n = 0;
  while (fgets(line, sizeof line, f) != NULL) {
    char *rest = line;
    char *tok;
    lineno++;
    if (strchr(line, '\n') == NULL && !feof(f)) fail_msg("%s:%d: line too long", path, lineno);
    tok = next_token(&rest);
    if (tok == NULL) continue;
    if (strcmp(tok, "case") == 0) {
      if (!have_state) fail_msg("%s:%d: previous case has no state line", path, lineno);
      assert_true(file->n < MAX_CASES);
      c = &file->cases[file->n++];
      parse_case_line(c, rest, lineno);
      have_state = 0;
    } else if (strcmp(tok, "values") == 0) {
      size_t i;
      assert_non_null(c);
      tok = next_token(&rest);
      assert_non_null(tok);
      c->count = (size_t)strtoull(tok, NULL, 10);
      assert_true(c->count > 0 && c->count <= MAX_VALUES);
      for (i = 0; i < c->count; i++) {
        tok = next_token(&rest);
        if (tok == NULL) fail_msg("%s:%d: %zu values, want %zu", path, lineno, i, c->count);
        c->values[i] = strtoull(tok, NULL, 16);
      }
    } else if (strcmp(tok, "pcg64") == 0) {
      char *state = next_token(&rest), *inc = next_token(&rest);
      char *has = next_token(&rest), *word = next_token(&rest);
      assert_non_null(c);
      assert_int_equal(c->api, API_GENERATOR);
      assert_true(state && inc && has && word);
      assert_true(parse_hex128(state, &c->state_hi, &c->state_lo));
      assert_true(parse_hex128(inc, &c->inc_hi, &c->inc_lo));
      c->has_uint32 = atoi(has);
      c->uinteger = (uint32_t)strtoul(word, NULL, 10);
      have_state = 1;
    } else if (strcmp(tok, "mt19937") == 0) {
      char *pos = next_token(&rest), *has = next_token(&rest);
      char *gauss = next_token(&rest), *fnv = next_token(&rest);
      assert_non_null(c);
      assert_int_equal(c->api, API_LEGACY);
      assert_true(pos && has && gauss && fnv);
      c->pos = atoi(pos);
      c->has_gauss = atoi(has);
      c->gauss_bits = strtoull(gauss, NULL, 16);
      c->key_fnv1a = strtoull(fnv, NULL, 16);
      have_state = 1;
    } else {
      fail_msg("%s:%d: unknown record %s", path, lineno, tok);
    }
  }
  fclose(f);
  if (!have_state) fail_msg("%s: last case has no state line", path);
  assert_true(file->n > 0);
}

/* --- the kernels by Python name ---------------------------------------------- */

typedef struct generator_kernel {
  const char *name;
  int nparams;
  double (*f0)(const npr_bitgen *);
  double (*f1)(const npr_bitgen *, double);
  double (*f2)(const npr_bitgen *, double, double);
  double (*f3)(const npr_bitgen *, double, double, double);
} generator_kernel;

static const generator_kernel generator_kernels[] = {
    {"standard_gamma", 1, NULL, npr_standard_gamma, NULL, NULL},
    {"gamma", 2, NULL, NULL, npr_gamma, NULL},
    {"beta", 2, NULL, NULL, npr_beta, NULL},
    {"chisquare", 1, NULL, npr_chisquare, NULL, NULL},
    {"f", 2, NULL, NULL, npr_f, NULL},
    {"noncentral_chisquare", 2, NULL, NULL, npr_noncentral_chisquare, NULL},
    {"noncentral_f", 3, NULL, NULL, NULL, npr_noncentral_f},
    {"gumbel", 2, NULL, NULL, npr_gumbel, NULL},
    {"laplace", 2, NULL, NULL, npr_laplace, NULL},
    {"logistic", 2, NULL, NULL, npr_logistic, NULL},
    {"lognormal", 2, NULL, NULL, npr_lognormal, NULL},
    {"pareto", 1, NULL, npr_pareto, NULL, NULL},
    {"power", 1, NULL, npr_power, NULL, NULL},
    {"rayleigh", 1, NULL, npr_rayleigh, NULL, NULL},
    {"standard_cauchy", 0, npr_standard_cauchy, NULL, NULL, NULL},
    {"standard_t", 1, NULL, npr_standard_t, NULL, NULL},
    {"vonmises", 2, NULL, NULL, npr_vonmises, NULL},
    {"wald", 2, NULL, NULL, npr_wald, NULL},
    {"weibull", 1, NULL, npr_weibull, NULL, NULL},
};

typedef struct legacy_kernel {
  const char *name;
  int nparams;
  double (*f0)(npr_randomstate *);
  double (*f1)(npr_randomstate *, double);
  double (*f2)(npr_randomstate *, double, double);
  double (*f3)(npr_randomstate *, double, double, double);
  /* mtrand.pyx calls a Generator kernel on the MT19937 for these. */
  double (*on_mt)(const npr_bitgen *, double, double);
} legacy_kernel;

static const legacy_kernel legacy_kernels[] = {
    {"standard_gamma", 1, NULL, npr_legacy_standard_gamma, NULL, NULL, NULL},
    {"gamma", 2, NULL, NULL, npr_legacy_gamma, NULL, NULL},
    {"beta", 2, NULL, NULL, npr_legacy_beta, NULL, NULL},
    {"chisquare", 1, NULL, npr_legacy_chisquare, NULL, NULL, NULL},
    {"f", 2, NULL, NULL, npr_legacy_f, NULL, NULL},
    {"noncentral_chisquare", 2, NULL, NULL, npr_legacy_noncentral_chisquare, NULL, NULL},
    {"noncentral_f", 3, NULL, NULL, NULL, npr_legacy_noncentral_f, NULL},
    {"lognormal", 2, NULL, NULL, npr_legacy_lognormal, NULL, NULL},
    {"pareto", 1, NULL, npr_legacy_pareto, NULL, NULL, NULL},
    {"power", 1, NULL, npr_legacy_power, NULL, NULL, NULL},
    {"rayleigh", 1, NULL, npr_legacy_rayleigh, NULL, NULL, NULL},
    {"standard_cauchy", 0, npr_legacy_standard_cauchy, NULL, NULL, NULL, NULL},
    {"standard_t", 1, NULL, npr_legacy_standard_t, NULL, NULL, NULL},
    {"vonmises", 2, NULL, NULL, npr_legacy_vonmises, NULL, NULL},
    {"wald", 2, NULL, NULL, npr_legacy_wald, NULL, NULL},
    {"weibull", 1, NULL, npr_legacy_weibull, NULL, NULL, NULL},
    {"gumbel", 2, NULL, NULL, NULL, NULL, npr_gumbel},
    {"laplace", 2, NULL, NULL, NULL, NULL, npr_laplace},
    {"logistic", 2, NULL, NULL, NULL, NULL, npr_logistic},
};

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

static const generator_kernel *find_generator_kernel(const char *name) {
  size_t i;
  for (i = 0; i < COUNT_OF(generator_kernels); i++) {
    if (strcmp(generator_kernels[i].name, name) == 0) return &generator_kernels[i];
  }
  return NULL;
}

static const legacy_kernel *find_legacy_kernel(const char *name) {
  size_t i;
  for (i = 0; i < COUNT_OF(legacy_kernels); i++) {
    if (strcmp(legacy_kernels[i].name, name) == 0) return &legacy_kernels[i];
  }
  return NULL;
}

static double call_generator(const generator_kernel *k, const npr_bitgen *bg, const double *p) {
  switch (k->nparams) {
  case 0: return k->f0(bg);
  case 1: return k->f1(bg, p[0]);
  case 2: return k->f2(bg, p[0], p[1]);
  default: return k->f3(bg, p[0], p[1], p[2]);
  }
}

static double call_legacy(const legacy_kernel *k, npr_randomstate *rs, const double *p) {
  if (k->on_mt != NULL) {
    const npr_bitgen bg = npr_randomstate_bitgen(rs);
    return k->on_mt(&bg, p[0], p[1]);
  }
  switch (k->nparams) {
  case 0: return k->f0(rs);
  case 1: return k->f1(rs, p[0]);
  case 2: return k->f2(rs, p[0], p[1]);
  default: return k->f3(rs, p[0], p[1], p[2]);
  }
}

/* --- running a case ---------------------------------------------------------- */

static uint64_t key_fnv1a(const npr_mt19937 *mt) {
  uint64_t h = 0xCBF29CE484222325ULL;
  size_t i;
  for (i = 0; i < NPR_MT19937_N; i++) {
    h ^= mt->key[i];
    h *= 0x100000001B3ULL;
  }
  return h;
}

static void seed_pcg64(npr_pcg64 *pcg, uint64_t seed) {
  npr_seedsequence ss;
  assert_int_equal(npr_seedsequence_init_u64(&ss, seed, NULL), NPR_OK);
  npr_pcg64_from_seedseq(pcg, &ss);
  npr_seedsequence_free(&ss);
}

/* Returns the number of mismatches, printing the first of each case. */
static int run_generator_case(const kernel_case *c) {
  const generator_kernel *k = find_generator_kernel(c->method);
  npr_pcg64 pcg;
  npr_bitgen bg;
  size_t i;
  int bad = 0;
  if (k == NULL) fail_msg("line %d: no Generator kernel %s", c->line, c->method);
  assert_int_equal(k->nparams, c->nparams);
  seed_pcg64(&pcg, c->seed);
  bg = npr_pcg64_bitgen(&pcg);
  for (i = 0; i < c->count; i++) {
    uint64_t got;
    if (c->is_float32) {
      /* cont_f narrows the Python float to float32 before the kernel. */
      got = fbits(npr_standard_gamma_f(&bg, (float)c->params[0]));
    } else {
      got = dbits(call_generator(k, &bg, c->params));
    }
    if (!same_bits(got, c->values[i], c->is_float32)) {
      if (bad == 0) {
        print_error("line %d: generator %s%s value %zu: want %016llx got %016llx\n", c->line,
                    c->method, c->is_float32 ? " float32" : "", i,
                    (unsigned long long)c->values[i], (unsigned long long)got);
      }
      bad++;
    }
  }
  if (pcg.state_hi != c->state_hi || pcg.state_lo != c->state_lo || pcg.inc_hi != c->inc_hi ||
      pcg.inc_lo != c->inc_lo || pcg.has_uint32 != c->has_uint32 ||
      (c->has_uint32 && pcg.uinteger != c->uinteger)) {
    print_error("line %d: generator %s: PCG64 state after the draws differs\n", c->line, c->method);
    bad++;
  }
  return bad;
}

static int run_legacy_case(const kernel_case *c) {
  const legacy_kernel *k = find_legacy_kernel(c->method);
  npr_randomstate rs;
  size_t i;
  int j, bad = 0;
  if (k == NULL) fail_msg("line %d: no legacy kernel %s", c->line, c->method);
  assert_int_equal(k->nparams, c->nparams);
  assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64((int64_t)c->seed), NULL), NPR_OK);
  for (j = 0; j < c->pre_normals; j++) (void)npr_rs_standard_normal(&rs);
  for (i = 0; i < c->count; i++) {
    const uint64_t got = dbits(call_legacy(k, &rs, c->params));
    if (!same_bits(got, c->values[i], 0)) {
      if (bad == 0) {
        print_error("line %d: legacy %s value %zu: want %016llx got %016llx\n", c->line, c->method,
                    i, (unsigned long long)c->values[i], (unsigned long long)got);
      }
      bad++;
    }
  }
  if (rs.mt.pos != c->pos || rs.has_gauss != c->has_gauss ||
      (c->has_gauss && dbits(rs.gauss) != c->gauss_bits) || key_fnv1a(&rs.mt) != c->key_fnv1a) {
    print_error("line %d: legacy %s: MT19937 state after the draws differs (pos %d want %d, "
                "has_gauss %d want %d)\n",
                c->line, c->method, rs.mt.pos, c->pos, rs.has_gauss, c->has_gauss);
    bad++;
  }
  return bad;
}

/* --- tests ------------------------------------------------------------------- */

static case_file g_file;

static int load_group(void **state) {
  (void)state;
  load_cases(&g_file);
  return 0;
}

static void run_cases(api_kind api, int float32) {
  size_t i, ran = 0;
  int bad = 0;
  for (i = 0; i < g_file.n; i++) {
    const kernel_case *c = &g_file.cases[i];
    if (c->api != api || c->is_float32 != float32) continue;
    bad += api == API_GENERATOR ? run_generator_case(c) : run_legacy_case(c);
    ran++;
  }
  assert_true(ran > 0);
  assert_int_equal(bad, 0);
}

static void test_generator_float64(void **state) {
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  run_cases(API_GENERATOR, 0);
}

static void test_generator_standard_gamma_float32(void **state) {
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  run_cases(API_GENERATOR, 1);
}

static void test_legacy(void **state) {
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  run_cases(API_LEGACY, 0);
}

/* Every kernel in the tables has vectors, so a kernel cannot go untested by
 * being left out of the oracle script. */
static void test_every_kernel_has_vectors(void **state) {
  size_t i, j;
  (void)state;
  for (i = 0; i < COUNT_OF(generator_kernels); i++) {
    int found = 0;
    for (j = 0; j < g_file.n; j++) {
      const kernel_case *c = &g_file.cases[j];
      found += c->api == API_GENERATOR && !c->is_float32 &&
               strcmp(c->method, generator_kernels[i].name) == 0;
    }
    if (found < 1) fail_msg("no Generator vectors for %s", generator_kernels[i].name);
  }
  for (i = 0; i < COUNT_OF(legacy_kernels); i++) {
    int found = 0;
    for (j = 0; j < g_file.n; j++) {
      const kernel_case *c = &g_file.cases[j];
      found += c->api == API_LEGACY && strcmp(c->method, legacy_kernels[i].name) == 0;
    }
    if (found < 1) fail_msg("no legacy vectors for %s", legacy_kernels[i].name);
  }
}

/* The documented no-draw branches leave the generator untouched. */
static void test_no_draw_branches(void **state) {
  npr_pcg64 pcg, before;
  npr_bitgen bg;
  npr_randomstate rs, rs_before;
  (void)state;
  seed_pcg64(&pcg, 5);
  before = pcg;
  bg = npr_pcg64_bitgen(&pcg);
  assert_true(dbits(npr_standard_gamma(&bg, 0.0)) == dbits(0.0));
  assert_true(dbits(npr_standard_gamma(&bg, -0.0)) == dbits(0.0));
  assert_true(fbits(npr_standard_gamma_f(&bg, 0.0f)) == fbits(0.0f));
  assert_true(isnan(npr_noncentral_chisquare(&bg, 3.0, NAN)));
  assert_true(isnan(npr_vonmises(&bg, 0.0, NAN)));
  assert_true(dbits(npr_weibull(&bg, 0.0)) == dbits(0.0));
  assert_memory_equal(&pcg, &before, sizeof pcg);
  assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64(5), NULL), NPR_OK);
  rs_before = rs;
  assert_true(dbits(npr_legacy_standard_gamma(&rs, 0.0)) == dbits(0.0));
  assert_true(isnan(npr_legacy_vonmises(&rs, 0.0, NAN)));
  assert_true(dbits(npr_legacy_weibull(&rs, 0.0)) == dbits(0.0));
  assert_memory_equal(&rs, &rs_before, sizeof rs);
}

/* A bitgen that hands out fixed doubles, to reach the U == 0 redraws, which
 * no seed reaches in practice (probability 2**-53 per draw). */
typedef struct scripted {
  const double *doubles;
  size_t n, next;
} scripted;

static double scripted_double(void *st) {
  scripted *s = st;
  assert_true(s->next < s->n);
  return s->doubles[s->next++];
}

static uint64_t scripted_never64(void *st) {
  (void)st;
  fail_msg("only doubles are scripted");
  return 0;
}

static uint32_t scripted_never32(void *st) {
  (void)st;
  fail_msg("only doubles are scripted");
  return 0;
}

static npr_bitgen scripted_bitgen(scripted *s, const double *doubles, size_t n) {
  npr_bitgen bg;
  s->doubles = doubles;
  s->n = n;
  s->next = 0;
  bg.state = s;
  bg.next_uint64 = scripted_never64;
  bg.next_uint32 = scripted_never32;
  bg.next_double = scripted_double;
  bg.next_raw = scripted_never64;
  return bg;
}

/* NumPy redraws (by recursion) when U == 0 (laplace, logistic) or
 * 1 - U == 1 (gumbel): the value is the next draw's, one more U is used. */
static void test_zero_uniform_is_redrawn(void **state) {
  static const double zero_then[2][2] = {{0.0, 0.25}, {0.0, 0.75}};
  int i;
  (void)state;
  for (i = 0; i < 2; i++) {
    scripted a, b;
    npr_bitgen with_zero = scripted_bitgen(&a, zero_then[i], 2);
    npr_bitgen without = scripted_bitgen(&b, zero_then[i] + 1, 1);
    assert_true(dbits(npr_laplace(&with_zero, 1.5, 2.0)) == dbits(npr_laplace(&without, 1.5, 2.0)));
    assert_int_equal(a.next, 2);
    with_zero = scripted_bitgen(&a, zero_then[i], 2);
    without = scripted_bitgen(&b, zero_then[i] + 1, 1);
    assert_true(dbits(npr_logistic(&with_zero, 1.5, 2.0)) ==
                dbits(npr_logistic(&without, 1.5, 2.0)));
    assert_int_equal(a.next, 2);
    with_zero = scripted_bitgen(&a, zero_then[i], 2);
    without = scripted_bitgen(&b, zero_then[i] + 1, 1);
    assert_true(dbits(npr_gumbel(&with_zero, 1.5, 2.0)) == dbits(npr_gumbel(&without, 1.5, 2.0)));
    assert_int_equal(a.next, 2);
  }
}

int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_kernel_has_vectors),
      cmocka_unit_test(test_generator_float64),
      cmocka_unit_test(test_generator_standard_gamma_float32),
      cmocka_unit_test(test_legacy),
      cmocka_unit_test(test_no_draw_branches),
      cmocka_unit_test(test_zero_uniform_is_redrawn),
  };
  if (argc > 1) g_data_dir = argv[1];
  return cmocka_run_group_tests(tests, load_group, NULL);
}
