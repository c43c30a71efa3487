/* fuzz_legacy_seed: RandomState seeding and state.
 *
 * Int seeds (any 128-bit value) and array seeds (0..700 words, some out of
 * range) must give NumPy's ValueError, leaving the state untouched, or the
 * state a slow transcription of mt19937ar.c's init_genrand / init_by_array
 * computes. Seeding twice gives the same state. A state copied as a struct,
 * or read field by field and written back with npr_randomstate_set_state,
 * continues exactly like the original over a fuzzed sequence of legacy
 * calls. set_state refuses pos outside 0..624 without touching the state. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nprand/randomstate.h"
#include "provider.h"
#include "request_decode.h" /* the input decoding, shared with nprand-fuzz-requests */

#define N NPR_MT19937_N
static const char range_msg[] = "Seed must be between 0 and 2**32 - 1";

/* --- the slow reference: mt19937ar.c with unsigned long long words ------- */

static void ref_init_genrand(uint32_t key[N], unsigned long long s) {
  unsigned long long mt[N];
  int i;
  mt[0] = s & 0xffffffffULL;
  for (i = 1; i < N; i++) {
    mt[i] = (1812433253ULL * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (unsigned long long)i);
    mt[i] &= 0xffffffffULL;
  }
  for (i = 0; i < N; i++) key[i] = (uint32_t)mt[i];
}

static void ref_init_by_array(uint32_t key[N], const int64_t *init_key, size_t key_length) {
  unsigned long long mt[N];
  size_t i, j, k;
  ref_init_genrand(key, 19650218ULL);
  for (i = 0; i < N; i++) mt[i] = key[i];
  i = 1;
  j = 0;
  k = (N > key_length ? N : key_length);
  for (; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525ULL)) + (unsigned long long)init_key[j] +
            (unsigned long long)j; /* non linear */
    mt[i] &= 0xffffffffULL;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (k = N - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941ULL)) - (unsigned long long)i;
    mt[i] &= 0xffffffffULL;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000ULL;
  for (i = 0; i < N; i++) key[i] = (uint32_t)mt[i];
}

/* --- helpers -------------------------------------------------------------- */

static bool same_state(const npr_randomstate *a, const npr_randomstate *b) {
  return memcmp(a->mt.key, b->mt.key, sizeof a->mt.key) == 0 && a->mt.pos == b->mt.pos &&
         a->has_gauss == b->has_gauss && memcmp(&a->gauss, &b->gauss, sizeof a->gauss) == 0;
}

static void expect_state(const npr_randomstate *rs, const uint32_t key[N], const char *what) {
  int i;
  for (i = 0; i < N; i++) {
    FZ_CHECK(rs->mt.key[i] == key[i], "%s: key[%d] = %u, reference %u", what, i, (unsigned)rs->mt.key[i],
             (unsigned)key[i]);
  }
  FZ_CHECK(rs->mt.pos == N, "%s: pos %d after seeding", what, rs->mt.pos);
  FZ_CHECK(rs->has_gauss == 0 && rs->gauss == 0.0, "%s: gaussian cache not reset", what);
}

static bool seed_in_range(npr_int128 s) { return s.hi == 0 && s.lo <= 0xFFFFFFFFULL; }

/* --- the call sequence replayed on each copy -------------------------------- */

static uint64_t mix(uint64_t h, const void *data, size_t n) {
  const unsigned char *b = data;
  size_t i;
  for (i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ULL;
  return h;
}

/* Runs the calls encoded in ops (fzd_legacy_next_call) on rs and returns a
 * digest of every result and status. */
static uint64_t run_calls(npr_randomstate *rs, const uint8_t *ops, size_t n_ops) {
  fz_provider p;
  fzd_legacy_call c;
  uint64_t h = 0xcbf29ce484222325ULL;
  fz_init(&p, ops, n_ops);
  while (fzd_legacy_next_call(&p, &c)) {
    npr_error err;
    npr_status st = NPR_OK;
    double d[8];
    int64_t ints[24];
    uint8_t bytes[48];
    size_t n = c.n, got = 0;
    memset(d, 0, sizeof d);
    memset(ints, 0, sizeof ints);
    switch (c.op) {
    case FZD_OP_RANDOM_SAMPLE: npr_rs_random_sample_fill(rs, n, d); break;
    case FZD_OP_STANDARD_NORMAL: npr_rs_standard_normal_fill(rs, n, d); break;
    case FZD_OP_STANDARD_NORMAL_1: d[0] = npr_rs_standard_normal(rs); break;
    case FZD_OP_STANDARD_EXPONENTIAL: npr_rs_standard_exponential_fill(rs, n, d); break;
    case FZD_OP_TOMAXINT: ints[0] = npr_rs_tomaxint(rs); break;
    case FZD_OP_RANDINT: st = npr_rs_randint_fill(rs, c.dt, c.lo, c.hi, n, ints, &err); break;
    case FZD_OP_BYTES:
      st = npr_rs_bytes(rs, c.length, bytes, &got, &err);
      h = mix(h, bytes, st == NPR_OK ? got : 0);
      break;
    case FZD_OP_NORMAL: st = npr_rs_normal_fill(rs, c.x, c.y, n, d, &err); break;
    case FZD_OP_PERMUTATION: npr_rs_permutation(rs, c.k, ints); break;
    case FZD_OP_UNIFORM: st = npr_rs_uniform_fill(rs, c.x, c.y, n, d, &err); break;
    default: st = npr_rs_exponential_fill(rs, c.x, n, d, &err); break;
    }
    h = mix(h, &st, sizeof st);
    h = mix(h, d, sizeof d);
    h = mix(h, ints, sizeof ints);
  }
  return h;
}

/* --- the target ---------------------------------------------------------------- */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fzd_legacy_input *in = malloc(sizeof *in);
  npr_randomstate *rs = malloc(sizeof *rs), *again = malloc(sizeof *again);
  npr_randomstate *copy = malloc(sizeof *copy), *restored = malloc(sizeof *restored);
  npr_randomstate *before = malloc(sizeof *before);
  uint32_t ref[N];
  npr_error err;
  npr_status st;

  if (in == NULL || rs == NULL || again == NULL || copy == NULL || restored == NULL || before == NULL) abort();
  fzd_legacy_decode(data, size, in);
  /* A known state to start from, so "untouched on error" is checkable. */
  npr_mt19937_seed(&rs->mt, in->start_seed);
  rs->mt.pos = in->start_pos;
  rs->has_gauss = in->start_has_gauss;
  rs->gauss = rs->has_gauss ? 0.25 : 0.0;
  *before = *rs;

  switch (in->kind) {
  case FZD_SEED_INT: { /* RandomState(int) */
    const npr_int128 seed = in->seed;
    st = npr_randomstate_seed(rs, seed, in->use_err ? &err : NULL);
    if (!seed_in_range(seed)) {
      FZ_CHECK(st == NPR_VALUE_ERROR, "seed hi=%lld lo=%llu accepted", (long long)seed.hi,
               (unsigned long long)seed.lo);
      FZ_CHECK(!in->use_err || strcmp(err.message, range_msg) == 0, "message '%s'", err.message);
      FZ_CHECK(same_state(rs, before), "a refused seed changed the state");
    } else {
      FZ_CHECK(st == NPR_OK, "seed %llu refused: %s", (unsigned long long)seed.lo, in->use_err ? err.message : "");
      ref_init_genrand(ref, seed.lo);
      expect_state(rs, ref, "RandomState(int)");
      *again = *before;
      FZ_CHECK(npr_randomstate_seed(again, seed, NULL) == NPR_OK, "second seeding failed");
      FZ_CHECK(same_state(rs, again), "same int seed twice, different states");
    }
    break;
  }
  case FZD_SEED_ARRAY: { /* RandomState([ints]) */
    const size_t n = in->n_seeds;
    st = npr_randomstate_seed_array(rs, in->seeds, n, in->use_err ? &err : NULL);
    if (n == 0 || in->seeds_bad) {
      FZ_CHECK(st == NPR_VALUE_ERROR, "bad seed array (n=%zu) accepted", n);
      FZ_CHECK(!in->use_err || strcmp(err.message, n == 0 ? "Seed must be non-empty" : range_msg) == 0,
               "message '%s'", err.message);
      FZ_CHECK(same_state(rs, before), "a refused seed array changed the state");
    } else {
      FZ_CHECK(st == NPR_OK, "seed array (n=%zu) refused: %s", n, in->use_err ? err.message : "");
      ref_init_by_array(ref, in->seeds, n);
      expect_state(rs, ref, "RandomState(array)");
      *again = *before;
      FZ_CHECK(npr_randomstate_seed_array(again, in->seeds, n, NULL) == NPR_OK, "second seeding failed");
      FZ_CHECK(same_state(rs, again), "same array seed twice, different states");
    }
    break;
  }
  default: { /* set_state(('MT19937', key, pos, has_gauss, gauss)) */
    const int pos = in->pos, has_gauss = in->has_gauss;
    st = npr_randomstate_set_state(rs, in->key, pos, has_gauss, in->gauss, in->use_err ? &err : NULL);
    if (pos < 0 || pos > N) {
      FZ_CHECK(st == NPR_VALUE_ERROR, "pos %d accepted", pos);
      FZ_CHECK(same_state(rs, before), "a refused set_state changed the state");
    } else {
      FZ_CHECK(st == NPR_OK, "pos %d refused", pos);
      FZ_CHECK(memcmp(rs->mt.key, in->key, sizeof in->key) == 0 && rs->mt.pos == pos, "set_state did not set");
      FZ_CHECK(rs->has_gauss == (has_gauss != 0), "has_gauss %d from %d", rs->has_gauss, has_gauss);
    }
    break;
  }
  }

  /* Get/set state round trip: a struct copy and a state written back through
   * set_state both continue exactly as the original does. */
  *copy = *rs;
  memset(restored, 0xA5, sizeof *restored);
  st = npr_randomstate_set_state(restored, rs->mt.key, rs->mt.pos, rs->has_gauss, rs->gauss, &err);
  FZ_CHECK(st == NPR_OK, "set_state(get_state()) failed: %s", err.message);
  {
    uint64_t h1 = run_calls(rs, in->ops, in->n_ops);
    uint64_t h2 = run_calls(copy, in->ops, in->n_ops);
    uint64_t h3 = run_calls(restored, in->ops, in->n_ops);
    FZ_CHECK(h1 == h2 && same_state(rs, copy), "a copied state diverged");
    FZ_CHECK(h1 == h3 && same_state(rs, restored), "a state restored by set_state diverged");
  }
  fzd_legacy_free(in);
  free(in);
  free(rs);
  free(again);
  free(copy);
  free(restored);
  free(before);
  return 0;
}
