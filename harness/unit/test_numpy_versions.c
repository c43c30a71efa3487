/* NumPy-version streams: replays NumPy 2.5.2's and 1.24.2's outputs
 * (tests/data/numpy2/NAME.txt from shared/numpy2-vectors, made by NumPy's own
 * C sources) through Generator(PCG64(seed)) and RandomState(seed) made for
 * each release, checking the values and the bit generator's state after the
 * call. Each release where a method changed gets the new answer, the release
 * before it the old one. Also NumPy 2.5.2's pinned tests of these methods,
 * the inputs a release accepts or refuses, and the version parser's
 * refusals. */
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

#include "unit_arith.h"

#include "nprand/generator.h"
#include "nprand/multivariate.h"
#include "nprand/numpy_version.h"
#include "nprand/randomstate.h"
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
  if (st == NPR_NOT_IMPLEMENTED && m->id == BETA && release < NPR_NUMPY_1_26_0) {
    /* a + b so small that 1.24.2 never returns: refused before 1.26.0 */
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
  if (m->id == BETA) assert_int_equal(refused, 0); /* NumPy's 1.26.0 and 2.1.0 lines all return */
  assert_int_equal(mismatches, 0);
}

static void wald_changes_in_2_3_4(void **state) {
  const versioned_method m = {"wald", WALD, NPR_NUMPY_2_3_4, NPR_NUMPY_VERSION(2, 3, 3), NULL};
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  replay_file(&m);
}

static void geometric_clamps_from_1_25_0(void **state) {
  const versioned_method m = {"geometric", GEOMETRIC, NPR_NUMPY_1_25_0, NPR_NUMPY_VERSION(1, 24, 4), NULL};
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  replay_file(&m);
}

static void zipf_changes_in_2_1_0(void **state) {
  const versioned_method m = {"zipf", ZIPF, NPR_NUMPY_2_1_0, NPR_NUMPY_VERSION(2, 0, 2), NULL};
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
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
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
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

/* --- multivariate methods: dirichlet, multinomial (both APIs) ------------- */

typedef enum mv_id { DIRICHLET, MULTINOMIAL, LEGACY_MULTINOMIAL } mv_id;

/* A multivariate vector line: SIZE rows of the vector argument's length. */
typedef struct mv_line {
  uint64_t seed;
  size_t size;
  int64_t n;        /* multinomial's n */
  size_t k;         /* the vector's length */
  double vec[16];   /* alpha or pvals */
  size_t n_values;
  const char *const *values;
  const char *const *state; /* PCG64: STATE HAS_UINT32 UINTEGER; MT19937: POS FNV HAS_GAUSS GAUSS */
} mv_line;

static void parse_mv(mv_id id, const vector_line *v, mv_line *out) {
  size_t f = 4, j;
  out->seed = strtoull(v->field[1], NULL, 10);
  out->size = strtoul(v->field[2], NULL, 10);
  out->n = 0;
  if (id != DIRICHLET) out->n = strtoll(v->field[f++], NULL, 10);
  out->k = strtoul(v->field[f++], NULL, 10);
  assert_true(out->k <= sizeof out->vec / sizeof out->vec[0]);
  for (j = 0; j < out->k; j++) out->vec[j] = strtod(v->field[f++], NULL);
  out->n_values = strtoul(v->field[f++], NULL, 10);
  out->values = (const char *const *)&v->field[f];
  out->state = (const char *const *)&v->field[f + out->n_values];
  assert_int_equal(out->n_values, out->size * out->k);
  assert_true(f + out->n_values + 3 <= v->n);
}

/* FNV-1a-64 over the 624 key words as little-endian uint32, as the vectors
 * fingerprint MT19937's key. */
static uint64_t key_fnv1a64(const uint32_t *key) {
  uint64_t h = 0xcbf29ce484222325ULL;
  size_t i;
  int b;
  for (i = 0; i < NPR_MT19937_N; i++) {
    for (b = 0; b < 4; b++) {
      h ^= (key[i] >> (8 * b)) & 0xff;
      h *= 0x100000001b3ULL;
    }
  }
  return h;
}

/* Runs the line's call at release; want_error is the status expected
 * instead of the recorded answer (NPR_OK: compare values and state).
 * Returns 1 on a mismatch (printed). */
static int replay_mv(mv_id id, const mv_line *l, npr_numpy_version release, npr_status want_error,
                     const char *want_message) {
  const npr_shape size = npr_shape_1d(l->size);
  double *dvals = calloc(l->n_values, sizeof *dvals);
  int64_t *ivals = calloc(l->n_values, sizeof *ivals);
  npr_error err;
  npr_status st;
  npr_pcg64 pcg;
  npr_generator g;
  npr_randomstate rs;
  int bad = 0;
  size_t i;
  if (id == LEGACY_MULTINOMIAL) {
    assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64((int64_t)l->seed), NULL), NPR_OK);
    rs.numpy = release;
    st = npr_rs_multinomial(&rs, l->n, l->vec, l->k, &size, ivals, l->n_values, NULL, &err);
  } else {
    seed_pcg64(&pcg, l->seed);
    npr_generator_init(&g, npr_pcg64_bitgen(&pcg), release);
    if (id == DIRICHLET) {
      st = npr_gen_dirichlet(&g, l->vec, l->k, &size, dvals, l->n_values, NULL, &err);
    } else {
      const size_t dims[1] = {l->k};
      const npr_param n_param = npr_param_scalar(&l->n), p_param = npr_param_array(l->vec, 1, dims);
      st = npr_gen_multinomial(&g, &n_param, &p_param, &size, ivals, l->n_values, NULL, &err);
    }
  }
  if (want_error != NPR_OK) {
    bad = st != want_error || strcmp(err.message, want_message) != 0;
    if (bad) fprintf(stderr, "mv %d seed %" PRIu64 ": status %d, want an error %d\n", id, l->seed, st, want_error);
  } else if (st != NPR_OK) {
    fprintf(stderr, "mv %d seed %" PRIu64 ": %s\n", id, l->seed, err.message);
    bad = 1;
  }
  for (i = 0; want_error == NPR_OK && !bad && i < l->n_values; i++) {
    if (id == DIRICHLET) {
      const double w = strtod(l->values[i], NULL);
      bad = memcmp(&dvals[i], &w, sizeof w) != 0;
    } else {
      bad = ivals[i] != strtoll(l->values[i], NULL, 10);
    }
    if (bad) fprintf(stderr, "mv %d seed %" PRIu64 " value %zu differs\n", id, l->seed, i);
  }
  if (want_error == NPR_OK && !bad) {
    if (id == LEGACY_MULTINOMIAL) {
      const double want_gauss = strtod(l->state[3], NULL);
      bad = rs.mt.pos != atoi(l->state[0]) || key_fnv1a64(rs.mt.key) != strtoull(l->state[1], NULL, 16) ||
            rs.has_gauss != atoi(l->state[2]) || memcmp(&rs.gauss, &want_gauss, sizeof want_gauss) != 0;
    } else {
      char got_state[64], want_padded[33];
      snprintf(got_state, sizeof got_state, "%016" PRIx64 "%016" PRIx64, pcg.state_hi, pcg.state_lo);
      pad_state(l->state[0], want_padded);
      bad = strcmp(got_state, want_padded) != 0 || pcg.has_uint32 != atoi(l->state[1]) ||
            pcg.uinteger != strtoull(l->state[2], NULL, 10);
    }
    if (bad) fprintf(stderr, "mv %d seed %" PRIu64 ": state differs\n", id, l->seed);
  }
  free(dvals);
  free(ivals);
  return bad;
}

/* Which further releases a line answers, beyond the one it was recorded at. */
typedef void (*mv_also_fn)(const mv_line *l, npr_numpy_version recorded, npr_numpy_version *also, size_t *n_also);

static void replay_mv_file(const char *file, mv_id id, mv_also_fn also_fn, size_t want_lines) {
  char path[1024], *text = malloc(1 << 16);
  FILE *f;
  size_t lines = 0;
  int mismatches = 0;
  snprintf(path, sizeof path, "%s/numpy2/%s.txt", g_data_dir, file);
  f = fopen(path, "r");
  assert_non_null(f);
  while (fgets(text, 1 << 16, f) != NULL) {
    vector_line v;
    mv_line l;
    npr_numpy_version recorded, also[4];
    size_t n_also = 0, a;
    split(text, &v);
    recorded = parse_release(v.field[0]);
    parse_mv(id, &v, &l);
    mismatches += replay_mv(id, &l, recorded, NPR_OK, NULL);
    also_fn(&l, recorded, also, &n_also);
    for (a = 0; a < n_also; a++) mismatches += replay_mv(id, &l, also[a], NPR_OK, NULL);
    lines++;
  }
  fclose(f);
  free(text);
  assert_int_equal(lines, want_lines);
  assert_int_equal(mismatches, 0);
}

static bool has_zero(const mv_line *l) {
  size_t j;
  for (j = 0; j < l->k; j++) {
    if (l->vec[j] == 0) return true;
  }
  return false;
}

static double max_of(const mv_line *l) {
  double m = l->vec[0];
  size_t j;
  for (j = 1; j < l->k; j++) m = l->vec[j] > m ? l->vec[j] : m;
  return m;
}

/* 2.1.0's betas are 2.5.2's; 1.25.x draws as 1.24.2 (zeros aside). With a
 * zero, 1.24.2 raised: the gamma path (max(alpha) >= 0.1) gives 2.5.2's
 * answer from 1.25.0 on, and [0.01, 0]'s beta(0.01, 0) returns exactly 1
 * from one pair at 1.26.0 as at 2.1.0 (U**100 or the log path). */
static void dirichlet_also(const mv_line *l, npr_numpy_version recorded, npr_numpy_version *also, size_t *n) {
  if (recorded == NPR_NUMPY_1_24_2) {
    also[(*n)++] = NPR_NUMPY_VERSION(1, 25, 2);
    return;
  }
  also[(*n)++] = NPR_NUMPY_2_1_0;
  if (has_zero(l)) also[(*n)++] = max_of(l) >= 0.1 ? NPR_NUMPY_1_25_0 : NPR_NUMPY_1_26_0;
}

static void gen_multinomial_also(const mv_line *l, npr_numpy_version recorded, npr_numpy_version *also,
                                 size_t *n) {
  if (recorded == NPR_NUMPY_NEWEST) {
    also[(*n)++] = NPR_NUMPY_2_5_0;
    return;
  }
  also[(*n)++] = NPR_NUMPY_VERSION(2, 3, 5);
  /* n = 1000 with pvals [.3, .5, .2] runs BTPE at every category (n p q >
   * 30), so 2.4.x, whose BTPE is 1.24.2's, gives 1.24.2's answer */
  if (l->n == 1000) also[(*n)++] = NPR_NUMPY_VERSION(2, 4, 6);
}

static void legacy_multinomial_also(const mv_line *l, npr_numpy_version recorded, npr_numpy_version *also,
                                    size_t *n) {
  if (recorded == NPR_NUMPY_NEWEST) {
    also[(*n)++] = NPR_NUMPY_2_5_0;
    return;
  }
  also[(*n)++] = NPR_NUMPY_VERSION(2, 3, 5);
  /* 2.4.x changed only the tiny-p inversion (n = 1e15, p = 4e-15) */
  if (l->n < 1000000) also[(*n)++] = NPR_NUMPY_VERSION(2, 4, 6);
}

static void dirichlet_changes_in_1_25_0_1_26_0_and_2_1_0(void **state) {
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  replay_mv_file("dirichlet", DIRICHLET, dirichlet_also, 960);
}

static void multinomial_changes_in_2_4_0_and_2_5_0(void **state) {
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  replay_mv_file("multinomial", MULTINOMIAL, gen_multinomial_also, 480);
}

static void legacy_multinomial_changes_in_2_5_0(void **state) {
  (void)state;
  replay_mv_file("legacy_multinomial", LEGACY_MULTINOMIAL, legacy_multinomial_also, 1680);
}

/* The 2.5.2 dirichlet lines with a zero in alpha: NumPy 1.24.x raised. */
static void dirichlet_zeros_refused_before_1_25_0(void **state) {
  char path[1024], *text = malloc(1 << 16);
  FILE *f;
  int refused = 0, mismatches = 0;
  (void)state;
  snprintf(path, sizeof path, "%s/numpy2/dirichlet.txt", g_data_dir);
  f = fopen(path, "r");
  assert_non_null(f);
  while (fgets(text, 1 << 16, f) != NULL) {
    vector_line v;
    mv_line l;
    split(text, &v);
    parse_mv(DIRICHLET, &v, &l);
    if (!has_zero(&l)) continue;
    assert_int_equal(parse_release(v.field[0]), NPR_NUMPY_NEWEST); /* 1.24.2 has no answer */
    mismatches += replay_mv(DIRICHLET, &l, NPR_NUMPY_1_24_2, NPR_VALUE_ERROR, "alpha <= 0");
    mismatches += replay_mv(DIRICHLET, &l, NPR_NUMPY_VERSION(1, 24, 4), NPR_VALUE_ERROR, "alpha <= 0");
    refused++;
  }
  fclose(f);
  free(text);
  assert_int_equal(refused, 240);
  assert_int_equal(mismatches, 0);
}

/* What each release accepts of alpha, by _generator.pyx: 1.24.x
 * np.less_equal(alpha, 0) "alpha <= 0"; from 1.25.0 np.less "alpha < 0"
 * (-0.0 passes). Before 1.26.0 the stick-breaking betas of tiny or zero
 * alpha never return (NotImplementedError, nothing drawn); from 1.26.0 an
 * all-zero alpha gives zeros without drawing, and a zero tail ends the row. */
static void dirichlet_inputs_by_release(void **state) {
  static const double negative_zero[2] = {-0.0, 0.5}, negative[2] = {0.5, -1e-16}, tiny[2] = {1e-300, 1e-300},
                      zero_tail[3] = {0.01, 0.0, 0.0}, zeros[2] = {0.0, 0.0}, one_zero[1] = {0.0};
  static const struct {
    const double *alpha;
    size_t k;
    npr_numpy_version release;
    npr_status want;
    const char *message;
  } cases[] = {
      {negative_zero, 2, NPR_NUMPY_VERSION(1, 24, 4), NPR_VALUE_ERROR, "alpha <= 0"},
      {negative_zero, 2, NPR_NUMPY_1_25_0, NPR_OK, NULL},
      {negative, 2, NPR_NUMPY_1_24_2, NPR_VALUE_ERROR, "alpha <= 0"},
      {negative, 2, NPR_NUMPY_1_25_0, NPR_VALUE_ERROR, "alpha < 0"},
      {negative, 2, NPR_NUMPY_NEWEST, NPR_VALUE_ERROR, "alpha < 0"},
      {tiny, 2, NPR_NUMPY_1_24_2, NPR_NOT_IMPLEMENTED, NULL},
      {tiny, 2, NPR_NUMPY_VERSION(1, 25, 2), NPR_NOT_IMPLEMENTED, NULL},
      {tiny, 2, NPR_NUMPY_1_26_0, NPR_OK, NULL},
      {tiny, 2, NPR_NUMPY_NEWEST, NPR_OK, NULL},
      {zero_tail, 3, NPR_NUMPY_1_25_0, NPR_NOT_IMPLEMENTED, NULL}, /* beta(0, 0) */
      {zero_tail, 3, NPR_NUMPY_1_26_0, NPR_OK, NULL},
      {zeros, 2, NPR_NUMPY_VERSION(1, 25, 1), NPR_NOT_IMPLEMENTED, NULL},
      {zeros, 2, NPR_NUMPY_1_26_0, NPR_OK, NULL},
      {one_zero, 1, NPR_NUMPY_1_25_0, NPR_OK, NULL},
      {one_zero, 1, NPR_NUMPY_NEWEST, NPR_OK, NULL},
  };
  size_t c;
  (void)state;
  for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    const npr_shape size = npr_shape_1d(4);
    npr_pcg64 pcg, before;
    npr_generator g;
    npr_error err;
    npr_shape shape;
    double out[12];
    size_t i;
    seed_pcg64(&pcg, 5);
    before = pcg;
    npr_generator_init(&g, npr_pcg64_bitgen(&pcg), cases[c].release);
    for (i = 0; i < 12; i++) out[i] = -7.0;
    /* the check-only call agrees with the drawing one */
    assert_int_equal(npr_gen_dirichlet(&g, cases[c].alpha, cases[c].k, &size, NULL, 0, &shape, &err), cases[c].want);
    assert_int_equal(npr_gen_dirichlet(&g, cases[c].alpha, cases[c].k, &size, out, 12, &shape, &err), cases[c].want);
    if (cases[c].want != NPR_OK) {
      if (cases[c].message != NULL) assert_string_equal(err.message, cases[c].message);
      assert_memory_equal(&pcg, &before, sizeof pcg);
      for (i = 0; i < 12; i++) assert_true(out[i] == -7.0);
      continue;
    }
    for (i = 0; i < 4 * cases[c].k; i++) {
      const double a = cases[c].alpha[i % cases[c].k];
      if (cases[c].alpha == one_zero) {
        /* 1.25.x's loop writes acc = 1 to the only entry; 1.26.0 skips */
        assert_true(out[i] == (cases[c].release < NPR_NUMPY_1_26_0 ? 1.0 : 0.0));
      } else if (a == 0) {
        assert_true(out[i] == 0.0); /* NumPy 2.5.2's test_dirichlet_multiple_zeros_in_alpha */
      }
      if (cases[c].alpha == zero_tail) assert_true(out[i] == (i % 3 == 0 ? 1.0 : 0.0));
    }
    if (cases[c].alpha == zeros || cases[c].alpha == one_zero) {
      if (cases[c].release >= NPR_NUMPY_1_26_0) assert_memory_equal(&pcg, &before, sizeof pcg); /* nothing drawn */
    }
    if (cases[c].alpha == zero_tail) {
      /* the row ends after beta(0.01, 0): it draws what a row of [0.01, 0]
       * draws (those rows are NumPy 2.5.2's vectors) */
      npr_pcg64 short_pcg;
      npr_generator short_g;
      double short_out[8];
      seed_pcg64(&short_pcg, 5);
      npr_generator_init(&short_g, npr_pcg64_bitgen(&short_pcg), cases[c].release);
      assert_int_equal(npr_gen_dirichlet(&short_g, zero_tail, 2, &size, short_out, 8, NULL, &err), NPR_OK);
      assert_memory_equal(&pcg, &short_pcg, sizeof pcg);
    }
  }
}

/* NumPy 2.5.2's TestRandomDist (Generator(MT19937(1234567890))):
 * test_multinomial, test_dirichlet, test_dirichlet_small_alpha; the same at
 * 1.24.2. */
static void pinned_multinomial_dirichlet(void **state) {
  static const int64_t want_multinomial[36] = {1, 5, 1, 6, 4, 3, 4, 2, 6, 2, 4, 2, 5, 3, 2, 6, 3, 1,
                                               4, 4, 0, 2, 3, 7, 6, 3, 1, 5, 3, 2, 5, 5, 3, 1, 2, 4};
  static const double want_dirichlet[12] = {0.5439892869558927,  0.45601071304410745, 0.5588917345860708,
                                            0.4411082654139292,  0.5632074165063435,  0.43679258349365657,
                                            0.54862581112627,    0.45137418887373015, 0.49961831357047226,
                                            0.5003816864295278,  0.52374806183482,    0.47625193816517997};
  static const double alpha[2] = {51.72840233779265162, 39.74494232180943953};
  static const double small_alpha[2] = {1.0e-9 * 1., 1.0e-9 * 1.0e-3};
  static const npr_numpy_version releases[2] = {NPR_NUMPY_NEWEST, NPR_NUMPY_1_24_2};
  const npr_shape size = {2, {3, 2}};
  size_t r, i;
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  for (r = 0; r < 2; r++) {
    npr_mt19937 mt;
    npr_generator g;
    npr_error err;
    int64_t counts[36];
    double shares[12];
    double sixth[6];
    const int64_t n = 20;
    const size_t dims[1] = {6};
    npr_param n_param = npr_param_scalar(&n), p_param;
    for (i = 0; i < 6; i++) sixth[i] = 1 / 6.;
    p_param = npr_param_array(sixth, 1, dims);
    seed_mt19937(&mt, 1234567890);
    npr_generator_init(&g, npr_mt19937_bitgen(&mt), releases[r]);
    assert_int_equal(npr_gen_multinomial(&g, &n_param, &p_param, &size, counts, 36, NULL, &err), NPR_OK);
    assert_memory_equal(counts, want_multinomial, sizeof counts);
    seed_mt19937(&mt, 1234567890);
    npr_generator_init(&g, npr_mt19937_bitgen(&mt), releases[r]);
    assert_int_equal(npr_gen_dirichlet(&g, alpha, 2, &size, shares, 12, NULL, &err), NPR_OK);
    for (i = 0; i < 12; i++) {
      /* NumPy compares to 15 decimals; the printed reprs match bit for bit */
      assert_memory_equal(&shares[i], &want_dirichlet[i], sizeof(double));
    }
    seed_mt19937(&mt, 1234567890);
    npr_generator_init(&g, npr_mt19937_bitgen(&mt), releases[r]);
    assert_int_equal(npr_gen_dirichlet(&g, small_alpha, 2, &size, shares, 12, NULL, &err), NPR_OK);
    for (i = 0; i < 12; i++) assert_true(shares[i] == (i % 2 == 0 ? 1.0 : 0.0));
  }
}

/* NumPy 2.5.2's TestBroadcast.test_multinomial (Generator(MT19937(123456789))):
 * multinomial([5, 20], [1/6] * 6, size=(3, 2)) and with n = [[5], [20]]
 * against two rows of pvals. */
static void pinned_multinomial_broadcast(void **state) {
  static const int64_t want_sized[36] = {0, 0, 2, 1, 2, 0, 2, 3, 6, 4, 2, 3, 1, 0, 1, 0, 2, 1,
                                         7, 2, 2, 1, 4, 4, 0, 2, 0, 1, 2, 0, 3, 2, 3, 3, 4, 5};
  static const int64_t want_column[24] = {0, 0, 2, 1, 2, 0, 0, 0, 2, 1, 1, 1,
                                          4, 2, 3, 3, 5, 3, 7, 2, 2, 1, 4, 4};
  static const int64_t n_row[2] = {5, 20}, n_column[2] = {5, 20};
  const npr_shape size = {2, {3, 2}};
  const size_t n_row_dims[1] = {2}, n_column_dims[2] = {2, 1}, p_dims[1] = {6}, p2_dims[2] = {2, 6};
  double sixth[12];
  int64_t got[36];
  npr_mt19937 mt;
  npr_generator g;
  npr_error err;
  npr_param n_param, p_param;
  size_t i;
  (void)state;
  for (i = 0; i < 12; i++) sixth[i] = 1 / 6.;
  seed_mt19937(&mt, 123456789);
  npr_generator_init(&g, npr_mt19937_bitgen(&mt), NPR_NUMPY_NEWEST);
  n_param = npr_param_array(n_row, 1, n_row_dims);
  p_param = npr_param_array(sixth, 1, p_dims);
  assert_int_equal(npr_gen_multinomial(&g, &n_param, &p_param, &size, got, 36, NULL, &err), NPR_OK);
  assert_memory_equal(got, want_sized, sizeof want_sized);
  seed_mt19937(&mt, 123456789);
  npr_generator_init(&g, npr_mt19937_bitgen(&mt), NPR_NUMPY_NEWEST);
  n_param = npr_param_array(n_column, 2, n_column_dims);
  p_param = npr_param_array(sixth, 2, p2_dims);
  assert_int_equal(npr_gen_multinomial(&g, &n_param, &p_param, NULL, got, 36, NULL, &err), NPR_OK);
  assert_memory_equal(got, want_column, sizeof want_column);
}

/* NumPy 2.5.2's test_randomstate.py TestRandomDist.test_multinomial
 * (RandomState(1234567890), no zero p: the same at every release). */
static void pinned_legacy_multinomial(void **state) {
  static const int64_t want[36] = {4, 3, 5, 4, 2, 2, 5, 2, 8, 2, 2, 1, 3, 4, 3, 6, 0, 4,
                                   2, 1, 4, 3, 6, 4, 4, 4, 2, 5, 2, 3, 4, 3, 4, 2, 3, 4};
  static const npr_numpy_version releases[3] = {NPR_NUMPY_NEWEST, NPR_NUMPY_VERSION(2, 4, 6), NPR_NUMPY_1_24_2};
  const npr_shape size = {2, {3, 2}};
  double sixth[6];
  size_t r, i;
  (void)state;
  for (i = 0; i < 6; i++) sixth[i] = 1 / 6.;
  for (r = 0; r < 3; r++) {
    npr_randomstate rs;
    npr_error err;
    int64_t got[36];
    assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64(1234567890), NULL), NPR_OK);
    rs.numpy = releases[r];
    assert_int_equal(npr_rs_multinomial(&rs, 20, sixth, 6, &size, got, 36, NULL, &err), NPR_OK);
    assert_memory_equal(got, want, sizeof want);
  }
}

/* beta's never-returns refusal follows the release: beta(1e-49, 1e-40)
 * loops forever in NumPy 1.24.2 and 1.25.x (CHANGES.md #2) and returns from
 * 1.26.0 on; the check refuses with out == NULL as well. */
static void beta_refusal_only_before_1_26_0(void **state) {
  static const struct {
    npr_numpy_version release;
    npr_status want;
  } cases[] = {{NPR_NUMPY_1_24_2, NPR_NOT_IMPLEMENTED},
               {NPR_NUMPY_VERSION(1, 25, 2), NPR_NOT_IMPLEMENTED},
               {NPR_NUMPY_1_26_0, NPR_OK},
               {NPR_NUMPY_NEWEST, NPR_OK}};
  const double a = 1e-49, b = 1e-40;
  const npr_param pa = npr_param_scalar(&a), pb = npr_param_scalar(&b);
  const npr_shape size = npr_shape_1d(3);
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    npr_pcg64 pcg;
    npr_generator g;
    npr_error err;
    npr_shape shape;
    double x[3];
    seed_pcg64(&pcg, 0);
    npr_generator_init(&g, npr_pcg64_bitgen(&pcg), cases[i].release);
    assert_int_equal(npr_gen_beta_bcast(&g, &pa, &pb, &size, NULL, 0, &shape, &err), cases[i].want);
    assert_int_equal(npr_gen_beta_fill(&g, a, b, 3, x, &err), cases[i].want);
    if (cases[i].want == NPR_OK) {
      assert_true((x[0] == 0.0 || x[0] == 1.0) && (x[1] == 0.0 || x[1] == 1.0));
    }
  }
}

/* CHANGES.md #26 (measured with NumPy's C sources): RandomState.multinomial
 * in 2.4.x took the Generator's tiny-p inversion, and 2.4.6 differs from
 * 1.24.2 on 975 of 1000 seeds for multinomial(10**15, [1e-14, 1 - 1e-14],
 * size=50); 2.5.0 went back to 1.24's kernels (no zero p here: no change). */
static void legacy_multinomial_2_4_tiny_p(void **state) {
  static int64_t at_1_24[100], at_2_4[100], at_2_5[100];
  const double pvals[2] = {1e-14, 1 - 1e-14};
  const npr_shape size = npr_shape_1d(50);
  int differ_2_4 = 0, differ_2_5 = 0;
  int64_t seed;
  (void)state;
  for (seed = 0; seed < 1000; seed++) {
    static const npr_numpy_version releases[3] = {NPR_NUMPY_1_24_2, NPR_NUMPY_VERSION(2, 4, 6), NPR_NUMPY_2_5_0};
    int64_t *outs[3] = {at_1_24, at_2_4, at_2_5};
    size_t r;
    for (r = 0; r < 3; r++) {
      npr_randomstate rs;
      npr_error err;
      assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64(seed), NULL), NPR_OK);
      rs.numpy = releases[r];
      assert_int_equal(npr_rs_multinomial(&rs, INT64_C(1000000000000000), pvals, 2, &size, outs[r], 100, NULL, &err),
                       NPR_OK);
    }
    differ_2_4 += memcmp(at_1_24, at_2_4, sizeof at_1_24) != 0;
    differ_2_5 += memcmp(at_1_24, at_2_5, sizeof at_1_24) != 0;
  }
  assert_int_equal(differ_2_4, 975);
  assert_int_equal(differ_2_5, 0);
}

/* Seeding makes a 1.24.2 RandomState; set_state keeps the release. */
static void randomstate_release_across_seeding(void **state) {
  npr_randomstate rs;
  (void)state;
  memset(&rs, 0xA5, sizeof rs);
  assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64(3), NULL), NPR_OK);
  assert_int_equal(rs.numpy, NPR_NUMPY_DEFAULT);
  rs.numpy = NPR_NUMPY_NEWEST;
  assert_int_equal(npr_randomstate_set_state(&rs, rs.mt.key, 5, 0, 0.0, NULL), NPR_OK);
  assert_int_equal(rs.numpy, NPR_NUMPY_NEWEST);
  assert_int_equal(npr_randomstate_seed(&rs, npr_int128_from_i64(3), NULL), NPR_OK);
  assert_int_equal(rs.numpy, NPR_NUMPY_DEFAULT);
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
      cmocka_unit_test(dirichlet_changes_in_1_25_0_1_26_0_and_2_1_0),
      cmocka_unit_test(dirichlet_zeros_refused_before_1_25_0),
      cmocka_unit_test(dirichlet_inputs_by_release),
      cmocka_unit_test(multinomial_changes_in_2_4_0_and_2_5_0),
      cmocka_unit_test(legacy_multinomial_changes_in_2_5_0),
      cmocka_unit_test(pinned_multinomial_dirichlet),
      cmocka_unit_test(pinned_multinomial_broadcast),
      cmocka_unit_test(pinned_legacy_multinomial),
      cmocka_unit_test(beta_refusal_only_before_1_26_0),
      cmocka_unit_test(randomstate_release_across_seeding),
      cmocka_unit_test(legacy_multinomial_2_4_tiny_p),
  };
  if (argc > 1) g_data_dir = argv[1];
  return cmocka_run_group_tests(tests, NULL, NULL);
}
