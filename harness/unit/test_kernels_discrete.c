/* The discrete kernels (discrete.h, legacy_discrete.h) against NumPy 1.24.2:
 * every value and the bit generator's final state of
 * tests/data/kernels/discrete.txt (oracle/kernel_vectors_discrete.py), then
 * the no-hang inputs, each of which must return promptly. */
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <setjmp.h>
#include <cmocka.h>

#include "unit_arith.h"

#include "distributions/discrete_internal.h"
#include "nprand/discrete.h"
#include "nprand/legacy_discrete.h"
#include "nprand/pcg64.h"
#include "nprand/randomstate.h"
#include "nprand/seedsequence.h"

static const char *g_data_dir = "tests/data";

/* --- one case's generator ---------------------------------------------------- */

typedef struct subject {
  bool legacy;
  bool on_mt; /* generator_mt: Generator(MT19937) with a crafted state */
  npr_mt19937 mt;
  npr_pcg64 pcg;
  npr_bitgen bg;
  npr_binomial_cache cache; /* the Generator object's self._binomial */
  npr_randomstate rs;
} subject;

static void subject_init(subject *s, const char *api, uint32_t seed) {
  const bool legacy = strcmp(api, "legacy") == 0;
  memset(s, 0, sizeof *s);
  s->legacy = legacy;
  s->on_mt = strcmp(api, "generator_mt") == 0;
  if (s->on_mt) {
    npr_mt19937_seed(&s->mt, seed);
    s->bg = npr_mt19937_bitgen(&s->mt);
    npr_binomial_cache_reset(&s->cache);
  } else if (legacy) {
    assert_int_equal(npr_randomstate_seed(&s->rs, npr_int128_from_i64(seed), NULL), NPR_OK);
  } else {
    npr_seedsequence ss;
    assert_int_equal(npr_seedsequence_init_u64(&ss, seed, NULL), NPR_OK);
    npr_pcg64_from_seedseq(&s->pcg, &ss);
    npr_seedsequence_free(&ss);
    s->bg = npr_pcg64_bitgen(&s->pcg);
    npr_binomial_cache_reset(&s->cache);
  }
}

typedef struct param {
  bool is_int;
  int64_t i;
  double d;
} param;

static double bits_double(uint64_t u) {
  double x;
  memcpy(&x, &u, sizeof x);
  return x;
}

static uint64_t double_bits(double x) {
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

static param parse_param(const char *tok) {
  param p = {false, 0, 0.0};
  if (strncmp(tok, "i:", 2) == 0) {
    p.is_int = true;
    p.i = strtoll(tok + 2, NULL, 10);
    p.d = (double)p.i;
  } else if (strncmp(tok, "d:", 2) == 0) {
    p.d = bits_double(strtoull(tok + 2, NULL, 16));
  } else {
    fail_msg("bad parameter token %s", tok);
  }
  return p;
}

/* One kernel call; *ok false when the kernel reported "no result". */
static int64_t draw(subject *s, const char *method, const param *p, bool *ok) {
  *ok = true;
  if (strcmp(method, "binomial") == 0) {
    return s->legacy ? npr_legacy_binomial(&s->rs, p[0].i, p[1].d, ok)
                     : npr_binomial(&s->bg, p[0].i, p[1].d, &s->cache);
  }
  if (strcmp(method, "geometric") == 0) {
    return s->legacy ? npr_legacy_geometric(&s->rs, p[0].d, ok) : npr_geometric(&s->bg, p[0].d, ok);
  }
  if (strcmp(method, "hypergeometric") == 0) {
    return s->legacy ? npr_legacy_hypergeometric(&s->rs, p[0].i, p[1].i, p[2].i, ok)
                     : npr_hypergeometric(&s->bg, p[0].i, p[1].i, p[2].i);
  }
  if (strcmp(method, "logseries") == 0) {
    return s->legacy ? npr_legacy_logseries(&s->rs, p[0].d) : npr_logseries(&s->bg, p[0].d);
  }
  if (strcmp(method, "negative_binomial") == 0) {
    return s->legacy ? npr_legacy_negative_binomial(&s->rs, p[0].d, p[1].d)
                     : npr_negative_binomial(&s->bg, p[0].d, p[1].d);
  }
  if (strcmp(method, "poisson") == 0) {
    return s->legacy ? npr_legacy_poisson(&s->rs, p[0].d) : npr_poisson(&s->bg, p[0].d);
  }
  if (strcmp(method, "zipf") == 0) {
    return s->legacy ? npr_legacy_zipf(&s->rs, p[0].d, ok) : npr_zipf(&s->bg, p[0].d);
  }
  fail_msg("unknown method %s", method);
  return 0;
}

/* --- the data file ------------------------------------------------------------ */

enum { MAX_TOKENS = 64 };

static int split(char *line, char **tok) {
  int n = 0;
  char *t = strtok(line, " \n");
  while (t != NULL && n < MAX_TOKENS) {
    tok[n++] = t;
    t = strtok(NULL, " \n");
  }
  return n;
}

typedef struct tally {
  size_t cases, values, states, noresults, by_method[7];
} tally;

static const char *const METHODS[7] = {"binomial", "geometric", "hypergeometric", "logseries",
                                       "negative_binomial", "poisson", "zipf"};

static void count_method(tally *t, const char *method, size_t n, bool legacy) {
  size_t i;
  (void)legacy;
  for (i = 0; i < 7; i++) {
    if (strcmp(METHODS[i], method) == 0) t->by_method[i] += n;
  }
}

static double cpu_seconds(void) { return (double)clock() / CLOCKS_PER_SEC; }

static void check_file(tally *t) {
  char path[1024];
  char *line = malloc(1 << 16);
  char case_name[128] = "";
  char method[64] = "";
  param params[4];
  size_t size = 0;
  subject *s = malloc(sizeof *s);
  FILE *f;
  assert_non_null(line);
  assert_non_null(s);
  snprintf(path, sizeof path, "%s/kernels/discrete.txt", g_data_dir);
  f = fopen(path, "r");
  if (f == NULL) fail_msg("cannot open %s", path);
  while (fgets(line, 1 << 16, f) != NULL) {
    char *tok[MAX_TOKENS];
    int n;
    if (line[0] == '#') continue;
    n = split(line, tok);
    if (n == 0) continue;
    if (strcmp(tok[0], "case") == 0) {
      assert_int_equal(n, 4);
      snprintf(case_name, sizeof case_name, "%s", tok[1]);
      subject_init(s, tok[2], (uint32_t)strtoul(tok[3], NULL, 10));
      t->cases++;
    } else if (strcmp(tok[0], "call") == 0) {
      int i, np = atoi(tok[3]);
      assert_true(np >= 1 && np <= 4 && n == 4 + np);
      snprintf(method, sizeof method, "%s", tok[1]);
      size = (size_t)strtoul(tok[2], NULL, 10);
      for (i = 0; i < np; i++) params[i] = parse_param(tok[4 + i]);
    } else if (strcmp(tok[0], "values") == 0) {
      const size_t want = size == 0 ? 1 : size;
      size_t i;
      if ((size_t)(n - 1) != want) fail_msg("%s: %d values for size %zu", case_name, n - 1, size);
      for (i = 0; i < want; i++) {
        bool ok;
        const int64_t expected = strtoll(tok[1 + i], NULL, 10);
        const int64_t got = draw(s, method, params, &ok);
        if (!ok) fail_msg("%s: %s[%zu] reported no result", case_name, method, i);
        if (got != expected) {
          fail_msg("%s: %s[%zu] = %lld, NumPy %lld", case_name, method, i, (long long)got,
                   (long long)expected);
        }
      }
      t->values += want;
      count_method(t, method, want, s->legacy);
    } else if (strcmp(tok[0], "op") == 0) {
      assert_true(s->legacy);
      if (strcmp(tok[1], "standard_normal") == 0) {
        (void)npr_rs_standard_normal(&s->rs);
      } else {
        assert_string_equal(tok[1], "reseed");
        assert_int_equal(npr_randomstate_seed(&s->rs, npr_int128_from_i64(atoll(tok[2])), NULL), NPR_OK);
      }
    } else if (strcmp(tok[0], "setmt") == 0) {
      uint32_t key[NPR_MT19937_N];
      size_t i;
      assert_int_equal(n, 3);
      for (i = 0; i < NPR_MT19937_N; i++) key[i] = (uint32_t)strtoul(tok[1], NULL, 10);
      if (s->legacy) {
        assert_int_equal(npr_randomstate_set_state(&s->rs, key, atoi(tok[2]), 0, 0.0, NULL), NPR_OK);
      } else {
        assert_true(s->on_mt);
        memcpy(s->mt.key, key, sizeof key);
        s->mt.pos = atoi(tok[2]);
      }
    } else if (strcmp(tok[0], "noresult") == 0) {
      int i, np = atoi(tok[2]);
      bool ok = true;
      double start;
      int64_t got;
      for (i = 0; i < np; i++) params[i] = parse_param(tok[3 + i]);
      start = cpu_seconds();
      got = draw(s, tok[1], params, &ok);
      if (ok) fail_msg("%s: %s returned %lld where NumPy never returns", case_name, tok[1], (long long)got);
      assert_int_equal(got, 0);
      assert_true(cpu_seconds() - start < 1.0);
      t->noresults++;
    } else if (strcmp(tok[0], "pcg64") == 0) {
      assert_int_equal(n, 7);
      assert_false(s->legacy);
      if (s->pcg.state_hi != strtoull(tok[1], NULL, 16) || s->pcg.state_lo != strtoull(tok[2], NULL, 16) ||
          s->pcg.inc_hi != strtoull(tok[3], NULL, 16) || s->pcg.inc_lo != strtoull(tok[4], NULL, 16)) {
        fail_msg("%s: PCG64 state differs from NumPy's", case_name);
      }
      assert_int_equal(s->pcg.has_uint32, atoi(tok[5]));
      assert_int_equal(s->pcg.uinteger, strtoul(tok[6], NULL, 10));
      t->states++;
    } else if (strcmp(tok[0], "mt") == 0) {
      npr_mt19937 *mt = s->legacy ? &s->rs.mt : &s->mt;
      assert_int_equal(n, 5);
      assert_true(s->legacy || s->on_mt);
      if (mt->pos != atoi(tok[1])) fail_msg("%s: pos %d, NumPy %s", case_name, mt->pos, tok[1]);
      if (s->legacy) {
        assert_int_equal(s->rs.has_gauss, atoi(tok[2]));
        assert_int_equal(double_bits(s->rs.gauss), strtoull(tok[3], NULL, 16));
      }
      assert_int_equal(npr_mt19937_next32(mt), strtoul(tok[4], NULL, 10));
      t->states++;
    } else if (strcmp(tok[0], "end") == 0) {
      case_name[0] = '\0';
    } else {
      fail_msg("unknown record %s", tok[0]);
    }
  }
  fclose(f);
  free(line);
  free(s);
}

static void test_numpy_vectors(void **state) {
  tally t;
  size_t i;
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  memset(&t, 0, sizeof t);
  check_file(&t);
  print_message("discrete kernels: %zu cases, %zu values, %zu final states, %zu no-result inputs\n",
                t.cases, t.values, t.states, t.noresults);
  /* A truncated or emptied file must not pass quietly. */
  assert_true(t.cases >= 190);
  assert_true(t.states == t.cases);
  assert_true(t.noresults >= 10);
  for (i = 0; i < 7; i++) {
    if (t.by_method[i] < 400) fail_msg("only %zu %s values", t.by_method[i], METHODS[i]);
  }
}

/* --- no hang --------------------------------------------------------------- */

/* A bit generator whose doubles are all one value (and words all zero). */
typedef struct constant_source {
  double value;
  unsigned draws;
} constant_source;

static double constant_double(void *st) {
  constant_source *c = st;
  c->draws++;
  return c->value;
}

static uint64_t constant_u64(void *st) {
  ((constant_source *)st)->draws++;
  return 0;
}

static uint32_t constant_u32(void *st) {
  ((constant_source *)st)->draws++;
  return 0;
}

static npr_bitgen constant_bitgen(constant_source *c, double value) {
  npr_bitgen bg;
  c->value = value;
  c->draws = 0;
  bg.state = c;
  bg.next_uint64 = constant_u64;
  bg.next_uint32 = constant_u32;
  bg.next_double = constant_double;
  bg.next_raw = constant_u64;
  return bg;
}

/* The search's running sum for p, as NumPy's loop adds it, once it stops
 * growing. */
static double geometric_stall_sum(double p) {
  const double q = 1.0 - p;
  double sum = p, prod = p;
  for (;;) {
    prod *= q;
    if (sum + prod == sum) return sum;
    sum += prod;
  }
}

/* The stall with a constant U (the crafted MT19937 states of the data file
 * check the same against NumPy, where it ends, and the draw counts). */
static void test_geometric_search_stall(void **state) {
  const double largest_u = 1.0 - 0x1p-53; /* next_double's largest value */
  constant_source c;
  npr_bitgen bg;
  bool ok = true;
  double start = cpu_seconds();
  (void)state;
  /* p = 0.7: the sum stops at 0.9999999999999997, below U: NumPy loops forever. */
  assert_true(geometric_stall_sum(0.7) < largest_u);
  bg = constant_bitgen(&c, largest_u);
  assert_int_equal(npr_geometric(&bg, 0.7, &ok), 0);
  assert_false(ok);
  assert_int_equal(c.draws, 1);
  /* Just below the stall point the search ends; a NULL ok is allowed. */
  bg = constant_bitgen(&c, nextafter(geometric_stall_sum(0.7), 0.0));
  assert_true(npr_geometric(&bg, 0.7, NULL) > 1);
  bg = constant_bitgen(&c, nextafter(geometric_stall_sum(0.7), 0.0));
  assert_true(npr_geometric(&bg, 0.7, &ok) > 1);
  assert_true(ok);
  assert_true(cpu_seconds() - start < 1.0);
}

static void test_zipf_no_hang(void **state) {
  constant_source c;
  npr_bitgen bg;
  npr_randomstate rs;
  bool ok = true;
  double start = cpu_seconds();
  const double never[] = {INFINITY, 1025.0, 1e300, NAN, 1.0, 0.5, -INFINITY};
  size_t i;
  (void)state;
  for (i = 0; i < sizeof never / sizeof never[0]; i++) {
    bg = constant_bitgen(&c, 0.5);
    /* Generator: NumPy >= 2.1's 1 for a >= 1025; 1 for what NumPy's check
     * rejects too. No draw either way. */
    assert_int_equal(npr_zipf(&bg, never[i]), 1);
    assert_int_equal(c.draws, 0);
    assert_true(npr_zipf_1_24_stalls(never[i]));
    assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64(3), NULL), NPR_OK);
    ok = true;
    assert_int_equal(npr_legacy_zipf(&rs, never[i], &ok), 0);
    assert_false(ok);
    assert_int_equal(rs.mt.pos, NPR_MT19937_N); /* nothing drawn */
  }
  /* The switch to NumPy 2.1's loop sits at a - 1 = 2**-31. */
  assert_true(npr_zipf_1_24_stalls(1.0 + 0x1p-32));
  assert_false(npr_zipf_1_24_stalls(1.0 + 0x1p-31));
  assert_false(npr_zipf_1_24_stalls(nextafter(1025.0, 0.0)));
  assert_true(cpu_seconds() - start < 1.0);
}

static void test_binomial_inversion_stall(void **state) {
  npr_randomstate rs;
  npr_binomial_cache cache;
  bool ok = true;
  double start = cpu_seconds();
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  /* NumPy 1.24 restarts ~1e11 times per value here. */
  assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64(1), NULL), NPR_OK);
  assert_int_equal(npr_legacy_binomial(&rs, INT64_C(500000000000000000), 6e-17, &ok), 0);
  assert_false(ok);
  assert_true(rs.binomial.inversion.stalls);
  assert_int_equal(rs.mt.pos, NPR_MT19937_N);
  /* The cached verdict is reused, still without drawing. */
  ok = true;
  assert_int_equal(npr_legacy_binomial(&rs, INT64_C(500000000000000000), 6e-17, &ok), 0);
  assert_false(ok);
  /* The same p with a smaller n is an ordinary inversion. */
  assert_true(npr_legacy_binomial(&rs, INT64_C(300000000000000000), 1e-16, &ok) >= 0);
  assert_true(ok);
  /* Generator: a value (NumPy 2.4's setup; the values are in the data file). */
  {
    npr_pcg64 pcg;
    npr_seedsequence ss;
    npr_bitgen bg;
    assert_int_equal(npr_seedsequence_init_u64(&ss, 1, NULL), NPR_OK);
    npr_pcg64_from_seedseq(&pcg, &ss);
    npr_seedsequence_free(&ss);
    bg = npr_pcg64_bitgen(&pcg);
    npr_binomial_cache_reset(&cache);
    assert_true(npr_binomial(&bg, INT64_C(500000000000000000), 6e-17, &cache) >= 0);
    assert_true(cache.inversion.stalls);
    /* A NULL cache works and gives the same stream. */
    assert_true(npr_binomial(&bg, 40, 0.25, NULL) <= 40);
  }
  assert_true(cpu_seconds() - start < 1.0);
}

static void test_legacy_hypergeometric_wrap(void **state) {
  npr_randomstate rs;
  bool ok = true;
  (void)state;
  assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64(2), NULL), NPR_OK);
  /* popsize = 2**63 - 1: popsize + 2 wraps, the mode is far below -1. */
  assert_int_equal(npr_legacy_hypergeometric(&rs, (INT64_C(1) << 62) - 1, INT64_C(1) << 62,
                                             INT64_C(1) << 62, &ok),
                   0);
  assert_false(ok);
  assert_int_equal(rs.mt.pos, NPR_MT19937_N);
  /* nsample <= 10 takes HYP, which never wraps. */
  assert_true(npr_legacy_hypergeometric(&rs, (INT64_C(1) << 62) - 1, INT64_C(1) << 62, 10, &ok) <= 10);
  assert_true(ok);
  /* nsample 0 (rejected by NumPy's nsample >= 1): 0 without drawing. */
  assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64(2), NULL), NPR_OK);
  assert_int_equal(npr_legacy_hypergeometric(&rs, 5, 5, 0, &ok), 0);
  assert_true(ok);
  assert_int_equal(rs.mt.pos, NPR_MT19937_N);
}

/* The binomial cache never changes a stream: a reset before every draw gives
 * NumPy's values too (the data file's sequences run with it kept). */
static void test_binomial_cache_transparent(void **state) {
  npr_pcg64 a, b;
  npr_seedsequence ss;
  npr_bitgen bga, bgb;
  npr_binomial_cache kept, fresh;
  const int64_t ns[4] = {100, 100, 20, 1000};
  const double ps[4] = {0.4, 0.6, 0.3, 0.5};
  int i;
  (void)state;
  assert_int_equal(npr_seedsequence_init_u64(&ss, 42, NULL), NPR_OK);
  npr_pcg64_from_seedseq(&a, &ss);
  b = a;
  npr_seedsequence_free(&ss);
  bga = npr_pcg64_bitgen(&a);
  bgb = npr_pcg64_bitgen(&b);
  npr_binomial_cache_reset(&kept);
  for (i = 0; i < 400; i++) {
    npr_binomial_cache_reset(&fresh);
    assert_int_equal(npr_binomial(&bga, ns[i / 100], ps[i / 100], &kept),
                     npr_binomial(&bgb, ns[i / 100], ps[i / 100], &fresh));
  }
  assert_int_equal(a.state_lo, b.state_lo);
}

/* x86-64's conversion, which NumPy's out-of-range casts return. */
static void test_x86_conversion(void **state) {
  (void)state;
  assert_int_equal(npr_x86_double_to_i64(NAN), INT64_MIN);
  assert_int_equal(npr_x86_double_to_i64(INFINITY), INT64_MIN);
  assert_int_equal(npr_x86_double_to_i64(-INFINITY), INT64_MIN);
  assert_int_equal(npr_x86_double_to_i64(9223372036854775808.0), INT64_MIN);
  assert_int_equal(npr_x86_double_to_i64(-9223372036854775808.0), INT64_MIN);
  assert_int_equal(npr_x86_double_to_i64(9223372036854774784.0), INT64_C(9223372036854774784));
  assert_int_equal(npr_x86_double_to_i64(-2.5), -2);
  assert_int_equal(npr_wrap_add_i64(INT64_MAX, 1), INT64_MIN);
  assert_int_equal(npr_wrap_mul_i64(-INT64_C(4000000000), INT64_C(4000000000)),
                   (int64_t)(UINT64_C(0) - UINT64_C(16000000000000000000)));
}

int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_numpy_vectors),
      cmocka_unit_test(test_geometric_search_stall),
      cmocka_unit_test(test_zipf_no_hang),
      cmocka_unit_test(test_binomial_inversion_stall),
      cmocka_unit_test(test_legacy_hypergeometric_wrap),
      cmocka_unit_test(test_binomial_cache_transparent),
      cmocka_unit_test(test_x86_conversion),
  };
  if (argc > 1) g_data_dir = argv[1];
  return cmocka_run_group_tests(tests, NULL, NULL);
}
