/* NumPy-version streams: replays NumPy 2.5.2's and 1.24.2's outputs
 * (tests/data/numpy2/NAME.txt from shared/numpy2-vectors, made by NumPy's own
 * C sources) through Generator(PCG64(seed)) made for each release, checking
 * the values and the PCG64 state after the call. Each release where a method
 * changed gets the new answer, the release before it the old one. Also the
 * version parser's refusals. */
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <setjmp.h>
#include <cmocka.h>

#include "nprand/generator.h"
#include "nprand/numpy_version.h"
#include "nprand/mt19937.h"
#include "nprand/pcg64.h"
#include "nprand/seedsequence.h"

static const char *g_data_dir = "tests/data";

enum { MAX_FIELDS = 1024 };

/* One vector line: NAME.txt's fields as text. */
typedef struct vector_line {
  char *field[MAX_FIELDS];
  size_t n;
} vector_line;

static void split(char *line, vector_line *v) {
  char *tok = strtok(line, " \n");
  v->n = 0;
  while (tok != NULL && v->n < MAX_FIELDS) {
    v->field[v->n++] = tok;
    tok = strtok(NULL, " \n");
  }
}

static npr_numpy_version parse_release(const char *text) {
  npr_numpy_version v = 0;
  npr_error err;
  assert_int_equal(npr_numpy_version_parse(text, &v, &err), NPR_OK);
  return v;
}

/* Which method a file holds and where its stream changed: a 2.5.2 line is
 * also the answer at `changed`, a 1.24.2 line also at `before`. */
typedef enum method_id { WALD, GEOMETRIC, ZIPF, BINOMIAL, BETA } method_id;

typedef struct versioned_method {
  const char *file;
  method_id id;
  npr_numpy_version changed, before;
  /* A third release the line also answers (0: none), for a method with two
   * changes: binomial's 2.4.x has 2.5.2's inversion but 1.24.2's BTPE. */
  npr_numpy_version (*also)(const vector_line *v, npr_numpy_version recorded);
} versioned_method;

/* "0x..." as NumPy prints a 128-bit int (no leading zeros) into 32 digits. */
static void pad_state(const char *hex, char out[33]) {
  const size_t digits = strlen(hex) - 2;
  assert_true(strncmp(hex, "0x", 2) == 0 && digits <= 32);
  memset(out, '0', 32 - digits);
  memcpy(out + 32 - digits, hex + 2, digits + 1);
}

static void seed_pcg64(npr_pcg64 *pcg, uint64_t seed) {
  npr_seedsequence ss;
  assert_int_equal(npr_seedsequence_init_u64(&ss, seed, NULL), NPR_OK);
  npr_pcg64_from_seedseq(pcg, &ss);
  npr_seedsequence_free(&ss);
}

/* Draws the line's call at release v and compares; returns 1 on a mismatch
 * (printed), 0 when values and state agree. */
static int replay(const versioned_method *m, const vector_line *v, npr_numpy_version release) {
  npr_pcg64 pcg;
  npr_generator g;
  npr_error err;
  npr_status st = NPR_OK;
  const uint64_t seed = strtoull(v->field[1], NULL, 10);
  const size_t size = strtoul(v->field[2], NULL, 10);
  const size_t nargs = strtoul(v->field[3], NULL, 10);
  const size_t nvalues = strtoul(v->field[4 + nargs], NULL, 10);
  const char *const *want = (const char *const *)&v->field[5 + nargs];
  const char *want_state = v->field[5 + nargs + nvalues];
  const int want_has = atoi(v->field[6 + nargs + nvalues]);
  const uint64_t want_uint = strtoull(v->field[7 + nargs + nvalues], NULL, 10);
  double *dvals = calloc(size, sizeof *dvals);
  int64_t *ivals = calloc(size, sizeof *ivals);
  char got_state[64], want_padded[33];
  int bad = 0;
  size_t i;
  assert_int_equal(nvalues, size);
  seed_pcg64(&pcg, seed);
  npr_generator_init(&g, npr_pcg64_bitgen(&pcg), release);
  switch (m->id) {
  case WALD:
    st = npr_gen_wald_fill(&g, strtod(v->field[4], NULL), strtod(v->field[5], NULL), size, dvals, &err);
    break;
  case GEOMETRIC: st = npr_gen_geometric_fill(&g, strtod(v->field[4], NULL), size, ivals, &err); break;
  case ZIPF: st = npr_gen_zipf_fill(&g, strtod(v->field[4], NULL), size, ivals, &err); break;
  case BETA:
    st = npr_gen_beta_fill(&g, strtod(v->field[4], NULL), strtod(v->field[5], NULL), size, dvals, &err);
    break;
  case BINOMIAL:
    st = npr_gen_binomial_fill(&g, strtoll(v->field[4], NULL, 10), strtod(v->field[5], NULL), size,
                               ivals, &err);
    break;
  }
  if (st == NPR_NOT_IMPLEMENTED && m->id == BETA) {
    /* a + b so small that 1.24.2 never returns: refused for every release
     * (the check does not see the Generator's release) */
    free(dvals);
    free(ivals);
    return -1;
  }
  assert_int_equal(st, NPR_OK);
  for (i = 0; i < size && !bad; i++) {
    if (m->id == WALD) {
      const double w = strtod(want[i], NULL);
      bad = memcmp(&dvals[i], &w, sizeof w) != 0;
    } else {
      bad = ivals[i] != strtoll(want[i], NULL, 10);
    }
    if (bad) fprintf(stderr, "%s seed %" PRIu64 " %s value %zu differs\n", m->file, seed, v->field[0], i);
  }
  snprintf(got_state, sizeof got_state, "%016" PRIx64 "%016" PRIx64, pcg.state_hi, pcg.state_lo);
  pad_state(want_state, want_padded);
  if (!bad && (strcmp(got_state, want_padded) != 0 || pcg.has_uint32 != want_has ||
               pcg.uinteger != want_uint)) {
    fprintf(stderr, "%s seed %" PRIu64 " %s: state %s, want %s\n", m->file, seed, v->field[0], got_state,
            want_state);
    bad = 1;
  }
  free(dvals);
  free(ivals);
  return bad;
}

static void replay_file(const versioned_method *m) {
  char path[1024], *line = malloc(1 << 16);
  FILE *f;
  int mismatches = 0, lines = 0, refused = 0;
  snprintf(path, sizeof path, "%s/numpy2/%s.txt", g_data_dir, m->file);
  f = fopen(path, "r");
  assert_non_null(f);
  while (fgets(line, 1 << 16, f) != NULL) {
    vector_line v;
    npr_numpy_version recorded, other;
    split(line, &v);
    assert_true(v.n >= 8);
    recorded = parse_release(v.field[0]);
    other = recorded == NPR_NUMPY_NEWEST ? m->changed : m->before;
    {
      const int first = replay(m, &v, recorded);
      if (first < 0) {
        refused++;
        continue;
      }
      mismatches += first + replay(m, &v, other);
    }
    if (m->also != NULL && m->also(&v, recorded) != 0) mismatches += replay(m, &v, m->also(&v, recorded));
    lines++;
  }
  fclose(f);
  free(line);
  assert_true(lines > 0);
  if (refused > 0) fprintf(stderr, "%s: %d lines refused (NotImplementedError)\n", m->file, refused);
  assert_true(refused < lines / 4);
  assert_int_equal(mismatches, 0);
}

static void wald_changes_in_2_3_4(void **state) {
  const versioned_method m = {"wald", WALD, NPR_NUMPY_2_3_4, NPR_NUMPY_VERSION(2, 3, 3), NULL};
  (void)state;
  replay_file(&m);
}

static void geometric_clamps_from_1_25_0(void **state) {
  const versioned_method m = {"geometric", GEOMETRIC, NPR_NUMPY_1_25_0, NPR_NUMPY_VERSION(1, 24, 4), NULL};
  (void)state;
  replay_file(&m);
}

static void zipf_changes_in_2_1_0(void **state) {
  const versioned_method m = {"zipf", ZIPF, NPR_NUMPY_2_1_0, NPR_NUMPY_VERSION(2, 0, 2), NULL};
  (void)state;
  replay_file(&m);
}

/* NumPy's inversion runs when n * min(p, 1 - p) <= 30, else BTPE. */
static npr_numpy_version binomial_2_4(const vector_line *v, npr_numpy_version recorded) {
  const double n = strtod(v->field[4], NULL), p = strtod(v->field[5], NULL);
  const bool inversion = n * (p < 0.5 ? p : 1.0 - p) <= 30.0;
  return inversion == (recorded == NPR_NUMPY_NEWEST) ? NPR_NUMPY_VERSION(2, 4, 6) : 0;
}

static void binomial_changes_in_2_4_0_and_2_5_0(void **state) {
  const versioned_method m = {"binomial", BINOMIAL, NPR_NUMPY_2_5_0, NPR_NUMPY_VERSION(2, 3, 5),
                              binomial_2_4};
  (void)state;
  replay_file(&m);
}

static void beta_changes_in_1_26_0_and_2_1_0(void **state) {
  const versioned_method m = {"beta", BETA, NPR_NUMPY_2_1_0, NPR_NUMPY_VERSION(1, 25, 2), NULL};
  (void)state;
  replay_file(&m);
}

/* NumPy 2.5.2's test_binomial_btpe_sign_fix: this PCG64 state gives 238;
 * live NumPy 1.24.2 gives 227 (and so does 2.4.x, before the fix). */
static void pinned_binomial_btpe_sign_fix(void **state) {
  static const struct {
    npr_numpy_version release;
    int64_t want;
  } cases[] = {{NPR_NUMPY_NEWEST, 238}, {NPR_NUMPY_2_5_0, 238}, {NPR_NUMPY_VERSION(2, 4, 6), 227},
               {NPR_NUMPY_1_24_2, 227}};
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    npr_pcg64 pcg;
    npr_generator g;
    npr_error err;
    int64_t x = -1;
    /* state 339225526786748945562563845880185242573,
     * inc 114135179160287400024908587472913682319 */
    pcg.state_hi = 0xff3475c2293e7d99ULL;
    pcg.state_lo = 0x0e5cbb43b6aa43cdULL;
    pcg.inc_hi = 0x55dda2cbffc81724ULL;
    pcg.inc_lo = 0x7d5ab02aecc3cf8fULL;
    pcg.has_uint32 = 0;
    pcg.uinteger = 0;
    npr_generator_init(&g, npr_pcg64_bitgen(&pcg), cases[i].release);
    assert_int_equal(npr_gen_binomial(&g, 500, 0.5, &x, &err), NPR_OK);
    assert_int_equal(x, cases[i].want);
  }
}

static void seed_mt19937(npr_mt19937 *mt, uint64_t seed) {
  npr_seedsequence ss;
  assert_int_equal(npr_seedsequence_init_u64(&ss, seed, NULL), NPR_OK);
  npr_mt19937_from_seedseq(mt, &ss);
  npr_seedsequence_free(&ss);
}

/* NumPy 2.5.2's test_wald_nonnegative (Generator(MT19937(1234567890)),
 * wald(1e9, 2.25, size=1000)): no negative sample from 2.3.4 on; live NumPy
 * 1.24.2 gives 3 negative ones (its cancellation). */
static void pinned_wald_nonnegative(void **state) {
  static const struct {
    npr_numpy_version release;
    int negatives;
  } cases[] = {{NPR_NUMPY_NEWEST, 0}, {NPR_NUMPY_2_3_4, 0}, {NPR_NUMPY_VERSION(2, 3, 3), 3},
               {NPR_NUMPY_1_24_2, 3}};
  static double samples[1000];
  size_t i, k;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    npr_mt19937 mt;
    npr_generator g;
    npr_error err;
    int negatives = 0;
    seed_mt19937(&mt, 1234567890);
    npr_generator_init(&g, npr_mt19937_bitgen(&mt), cases[i].release);
    assert_int_equal(npr_gen_wald_fill(&g, 1e9, 2.25, 1000, samples, &err), NPR_OK);
    for (k = 0; k < 1000; k++) negatives += samples[k] < 0.0;
    assert_int_equal(negatives, cases[i].negatives);
  }
}

/* NumPy 2.5.2's TestRandomDist.test_zipf: zipf(a=1.23, size=(3, 2)). */
static void pinned_zipf(void **state) {
  static const int64_t want[6] = {1, 1, 10, 867, 354, 2};
  int64_t got[6];
  npr_mt19937 mt;
  npr_generator g;
  npr_error err;
  (void)state;
  seed_mt19937(&mt, 1234567890);
  npr_generator_init(&g, npr_mt19937_bitgen(&mt), NPR_NUMPY_NEWEST);
  assert_int_equal(npr_gen_zipf_fill(&g, 1.23, 6, got, &err), NPR_OK);
  assert_memory_equal(got, want, sizeof want);
}

/* choice's p messages: live NumPy 1.24.2's, and from 2.0.0 the texts of
 * v2.0.0's _generator.pyx (commit 6fbbcab75e). */
static void choice_messages_change_in_2_0_0(void **state) {
  static const double nan_p[3] = {NAN, 0.5, 0.5}, negative_p[3] = {0.5, 0.6, -0.1},
                      unsummed_p[3] = {0.5, 0.6, 0.1};
  static const struct {
    const double *p;
    const char *old_text, *new_text;
  } cases[] = {
      {nan_p, "probabilities contain NaN", "Probabilities contain NaN"},
      {negative_p, "probabilities are not non-negative", "Probabilities are not non-negative"},
      {unsummed_p, "probabilities do not sum to 1",
       "Probabilities do not sum to 1. See Notes section of docstring for more information."},
  };
  static const struct {
    npr_numpy_version release;
    bool new_texts;
  } releases[] = {{NPR_NUMPY_1_24_2, false}, {NPR_NUMPY_VERSION(1, 26, 5), false},
                  {NPR_NUMPY_2_0_0, true}, {NPR_NUMPY_NEWEST, true}};
  size_t i, r;
  (void)state;
  for (r = 0; r < sizeof releases / sizeof releases[0]; r++) {
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
      npr_choice_args args = {3, true, true, false, cases[i].p, 3, 0};
      npr_pcg64 pcg;
      npr_generator g;
      npr_error err;
      int64_t idx = -7;
      seed_pcg64(&pcg, 0);
      npr_generator_init(&g, npr_pcg64_bitgen(&pcg), releases[r].release);
      assert_int_equal(npr_gen_choice(&g, &args, 1, &idx, &err), NPR_VALUE_ERROR);
      assert_string_equal(err.message, releases[r].new_texts ? cases[i].new_text : cases[i].old_text);
      assert_int_equal(idx, -7);
    }
  }
}

static void refuses_unknown_releases(void **state) {
  static const char *const refused[] = {"2.9.9", "1.24.1", "2.5", "2.5.2.1", "v2.5.2", "02.5.2", "", "2.5.x"};
  npr_numpy_version v = 7;
  npr_error err;
  size_t i;
  (void)state;
  for (i = 0; i < sizeof refused / sizeof refused[0]; i++) {
    assert_int_equal(npr_numpy_version_parse(refused[i], &v, &err), NPR_VALUE_ERROR);
    assert_int_equal(err.status, NPR_VALUE_ERROR);
    assert_int_equal(v, 7);
  }
  assert_int_equal(npr_numpy_version_parse("2.9.9", &v, &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "NumPy 2.9.9 is not a modelled release (1.24.2 to 2.5.2)");
  assert_int_equal(parse_release("1.24.2"), NPR_NUMPY_OLDEST);
  assert_int_equal(parse_release("2.5.2"), NPR_NUMPY_NEWEST);
  assert_int_equal(parse_release("2.3.4"), NPR_NUMPY_2_3_4);
}

int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(refuses_unknown_releases),
      cmocka_unit_test(pinned_binomial_btpe_sign_fix),
      cmocka_unit_test(pinned_wald_nonnegative),
      cmocka_unit_test(pinned_zipf),
      cmocka_unit_test(choice_messages_change_in_2_0_0),
      cmocka_unit_test(wald_changes_in_2_3_4),
      cmocka_unit_test(geometric_clamps_from_1_25_0),
      cmocka_unit_test(zipf_changes_in_2_1_0),
      cmocka_unit_test(beta_changes_in_1_26_0_and_2_1_0),
      cmocka_unit_test(binomial_changes_in_2_4_0_and_2_5_0),
  };
  if (argc > 1) g_data_dir = argv[1];
  return cmocka_run_group_tests(tests, NULL, NULL);
}
