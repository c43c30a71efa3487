/* Every fill that draws words in bulk against the same fill through a bitgen
 * nprand does not recognise (which draws word by word, the path the oracle
 * corpus pins to NumPy): the same values, and the same state afterwards,
 * checked by the single draws that follow. For each of the five generators,
 * from states with and without a buffered 32-bit half, mid-block positions,
 * lengths from 0 to a few thousand. */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <setjmp.h>
#include <cmocka.h>

#include "nprand/bitgen.h"
#include "nprand/bounded.h"
#include "nprand/distributions.h"
#include "nprand/mt19937.h"
#include "nprand/pcg64.h"
#include "nprand/pcg64dxsm.h"
#include "nprand/philox.h"
#include "nprand/randomstate.h"
#include "nprand/seedsequence.h"
#include "nprand/sfc64.h"
#include "nprand/shuffle.h"

typedef enum kind { K_MT19937, K_PCG64, K_PCG64DXSM, K_PHILOX, K_SFC64, K_COUNT } kind;

typedef union any_state {
  npr_mt19937 mt;
  npr_pcg64 pcg;
  npr_pcg64dxsm dxsm;
  npr_philox philox;
  npr_sfc64 sfc;
} any_state;

static npr_bitgen bitgen_of(kind k, any_state *st) {
  switch (k) {
  case K_MT19937: return npr_mt19937_bitgen(&st->mt);
  case K_PCG64: return npr_pcg64_bitgen(&st->pcg);
  case K_PCG64DXSM: return npr_pcg64dxsm_bitgen(&st->dxsm);
  case K_PHILOX: return npr_philox_bitgen(&st->philox);
  default: return npr_sfc64_bitgen(&st->sfc);
  }
}

static void seed_state(kind k, uint64_t seed, any_state *st) {
  npr_seedsequence ss;
  memset(st, 0, sizeof *st);
  assert_int_equal(npr_seedsequence_init_u64(&ss, seed, NULL), NPR_OK);
  switch (k) {
  case K_MT19937: npr_mt19937_from_seedseq(&st->mt, &ss); break;
  case K_PCG64: npr_pcg64_from_seedseq(&st->pcg, &ss); break;
  case K_PCG64DXSM: npr_pcg64dxsm_from_seedseq(&st->dxsm, &ss); break;
  case K_PHILOX: npr_philox_from_seedseq(&st->philox, &ss); break;
  default: npr_sfc64_from_seedseq(&st->sfc, &ss); break;
  }
  npr_seedsequence_free(&ss);
}

/* A bitgen that forwards to another: nprand cannot tell whose it is, so
 * every fill takes the word-by-word path through it. */
static uint64_t fw_u64(void *s) { return npr_next_uint64(s); }
static uint32_t fw_u32(void *s) { return npr_next_uint32(s); }
static double fw_double(void *s) { return npr_next_double(s); }
static uint64_t fw_raw(void *s) { return npr_next_raw(s); }

static npr_bitgen forwarding(npr_bitgen *inner) {
  npr_bitgen bg;
  bg.state = inner;
  bg.next_uint64 = fw_u64;
  bg.next_uint32 = fw_u32;
  bg.next_double = fw_double;
  bg.next_raw = fw_raw;
  return bg;
}

/* Two copies of one generator, advanced to the same mid-stream position. */
typedef struct twin {
  any_state a, b;
  npr_bitgen bulk, inner_b, slow;
} twin;

static void twin_init(twin *t, kind k, uint64_t seed, unsigned warmup) {
  unsigned i;
  seed_state(k, seed, &t->a);
  t->b = t->a;
  t->bulk = bitgen_of(k, &t->a);
  t->inner_b = bitgen_of(k, &t->b);
  t->slow = forwarding(&t->inner_b);
  /* An odd number of 32-bit draws leaves a buffered half behind. */
  for (i = 0; i < warmup; i++) {
    assert_int_equal(npr_next_uint32(&t->bulk), npr_next_uint32(&t->slow));
  }
  if (warmup % 3 == 1) assert_int_equal(npr_next_uint64(&t->bulk), npr_next_uint64(&t->slow));
}

/* The generators went on identically: 32-bit draws first (the buffered half),
 * then 64-bit ones. */
static void assert_same_future(twin *t) {
  int i;
  for (i = 0; i < 9; i++) assert_int_equal(npr_next_uint32(&t->bulk), npr_next_uint32(&t->slow));
  for (i = 0; i < 9; i++) assert_int_equal(npr_next_uint64(&t->bulk), npr_next_uint64(&t->slow));
}

static const size_t lengths[] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 31, 32, 33, 63, 64, 65, 255, 256,
                                 257, 511, 512, 513, 623, 624, 625, 1000, 1249, 2500};
#define N_LENGTHS (sizeof lengths / sizeof lengths[0])
#define MAX_LEN 2500
#define SEEDS 6

typedef void (*fill_fn)(const npr_bitgen *bg, size_t n, void *out, const void *arg);

/* Runs fill on the bulk and the forwarding bitgen for every generator, seed,
 * warm-up and length, comparing the bytes written and the state after. */
static void check_fill(fill_fn fill, size_t elem, const void *arg) {
  static unsigned char got[MAX_LEN * 128 + 8], want[MAX_LEN * 128 + 8];
  int k;
  for (k = 0; k < K_COUNT; k++) {
    uint64_t seed;
    for (seed = 0; seed < SEEDS; seed++) {
      size_t li;
      for (li = 0; li < N_LENGTHS; li++) {
        twin t;
        const size_t n = lengths[li];
        twin_init(&t, (kind)k, seed * 1000003u + li, (unsigned)(seed * 7 + li) % 11u);
        memset(got, 0xA5, sizeof got);
        memset(want, 0xA5, sizeof want);
        fill(&t.bulk, n, got, arg);
        fill(&t.slow, n, want, arg);
        assert_memory_equal(got, want, n * elem + 8); /* and nothing past n */
        assert_same_future(&t);
      }
    }
  }
}

static void f_uniform(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  (void)arg;
  npr_standard_uniform_fill(bg, n, out);
}
static void f_uniform_f(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  (void)arg;
  npr_standard_uniform_fill_f(bg, n, out);
}
static void f_normal(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  (void)arg;
  npr_standard_normal_fill(bg, n, out);
}
static void f_normal_f(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  (void)arg;
  npr_standard_normal_fill_f(bg, n, out);
}
static void f_exp(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  (void)arg;
  npr_standard_exponential_fill(bg, n, out);
}
static void f_exp_f(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  (void)arg;
  npr_standard_exponential_fill_f(bg, n, out);
}
static void f_exp_inv(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  (void)arg;
  npr_standard_exponential_inv_fill(bg, n, out);
}
static void f_exp_inv_f(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  (void)arg;
  npr_standard_exponential_inv_fill_f(bg, n, out);
}
static void f_raw(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  (void)arg;
  npr_bitgen_fill_raw(bg, n, out);
}
static void f_u64(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  (void)arg;
  npr_bitgen_fill_uint64(bg, n, out);
}
static void f_u32(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  (void)arg;
  npr_bitgen_fill_uint32(bg, n, out);
}

static void f_bytes(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  (void)arg;
  /* n words, all but the last n % 4 bytes kept */
  npr_bitgen_fill_bytes(bg, n, 4 * n - n % 4, out);
}

static void test_uniform(void **state) {
  (void)state;
  check_fill(f_uniform, sizeof(double), NULL);
  check_fill(f_uniform_f, sizeof(float), NULL);
}
static void test_ziggurat(void **state) {
  (void)state;
  check_fill(f_normal, sizeof(double), NULL);
  check_fill(f_normal_f, sizeof(float), NULL);
  check_fill(f_exp, sizeof(double), NULL);
  check_fill(f_exp_f, sizeof(float), NULL);
  check_fill(f_exp_inv, sizeof(double), NULL);
  check_fill(f_exp_inv_f, sizeof(float), NULL);
}
static void test_raw_words(void **state) {
  (void)state;
  check_fill(f_raw, sizeof(uint64_t), NULL);
  check_fill(f_u64, sizeof(uint64_t), NULL);
  check_fill(f_u32, sizeof(uint32_t), NULL);
  check_fill(f_bytes, sizeof(uint32_t), NULL);
}

/* ---- bounded integers ----------------------------------------------------- */

typedef struct bounded_case {
  int width; /* 1 (bool), 8, 16, 32, 64 */
  uint64_t off, rng;
  bool masked;
} bounded_case;

static void f_bounded(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  const bounded_case *c = arg;
  switch (c->width) {
  case 1: npr_bounded_bool_fill(bg, c->off != 0, c->rng != 0, n, out); break;
  case 8: npr_bounded_uint8_fill(bg, (uint8_t)c->off, (uint8_t)c->rng, n, c->masked, out); break;
  case 16: npr_bounded_uint16_fill(bg, (uint16_t)c->off, (uint16_t)c->rng, n, c->masked, out); break;
  case 32: npr_bounded_uint32_fill(bg, (uint32_t)c->off, (uint32_t)c->rng, n, c->masked, out); break;
  default: npr_bounded_uint64_fill(bg, c->off, c->rng, n, c->masked, out); break;
  }
}

static void test_bounded(void **state) {
  /* Full ranges, zero ranges, ranges with many and with few rejections. */
  static const bounded_case cases[] = {
      {1, 0, 1, false}, {1, 1, 0, false}, {1, 0, 0, true},
      {8, 0, 99, true}, {8, 0, 99, false}, {8, 200, 255, true}, {8, 3, 0, false},
      {8, 0, 128, true}, {8, 0, 128, false}, {8, 250, 17, false},
      {16, 0, 999, true}, {16, 0, 999, false}, {16, 0, 65535, false}, {16, 40000, 32768, true},
      {32, 0, 99, true}, {32, 0, 99, false}, {32, 0, 0xFFFFFFFFu, true}, {32, 5, 0, true},
      {32, 0, 0x80000000u, true}, {32, 0, 0x80000000u, false}, {32, 7, 3000000000u, false},
      {64, 0, 99, true}, {64, 0, 99, false}, {64, 0, 0xFFFFFFFFu, false},
      {64, 0, UINT64_MAX, true}, {64, 0, (UINT64_C(1) << 33) - 1, true},
      {64, 0, (UINT64_C(1) << 63), true}, {64, 0, (UINT64_C(1) << 63), false},
      {64, 12, UINT64_C(0xA000000000000001), false}, {64, 0, UINT64_C(5000000000), false},
  };
  const size_t elem[] = {sizeof(bool), 1, 2, 4, 8};
  size_t i;
  (void)state;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const int w = cases[i].width;
    check_fill(f_bounded, elem[w == 1 ? 0 : w == 8 ? 1 : w == 16 ? 2 : w == 32 ? 3 : 4], &cases[i]);
  }
}

/* ---- shuffle -------------------------------------------------------------- */

static void f_shuffle(const npr_bitgen *bg, size_t n, void *out, const void *arg) {
  const size_t item = *(const size_t *)arg;
  unsigned char *bytes = out;
  size_t i;
  for (i = 0; i < n * item; i++) bytes[i] = (unsigned char)(i * 131u + i / 7u);
  npr_shuffle_items(bg, out, n, item);
}

static void test_shuffle(void **state) {
  static const size_t items[] = {1, 2, 3, 4, 8, 12, 16, 100, 128};
  size_t i;
  (void)state;
  for (i = 0; i < sizeof items / sizeof items[0]; i++) check_fill(f_shuffle, items[i], &items[i]);
}

/* ---- legacy fills: the fill is the scalar method n times ----------------- */

static void test_legacy_fills(void **state) {
  static double got[MAX_LEN], want[MAX_LEN];
  uint32_t seed;
  (void)state;
  for (seed = 0; seed < 30; seed++) {
    size_t li;
    for (li = 0; li < N_LENGTHS; li++) {
      const size_t n = lengths[li];
      npr_randomstate a, b;
      size_t i;
      assert_int_equal(npr_randomstate_seed(&a, npr_int128_from_i64(seed), NULL), NPR_OK);
      /* start with and without a cached gaussian, mid-block */
      for (i = 0; i < (seed * 37u + li) % 700u; i++) (void)npr_mt19937_next32(&a.mt);
      if (li % 2) (void)npr_rs_standard_normal(&a);
      b = a;
      npr_rs_standard_normal_fill(&a, n, got);
      for (i = 0; i < n; i++) want[i] = npr_rs_standard_normal(&b);
      assert_memory_equal(got, want, n * sizeof *got);
      assert_int_equal(a.has_gauss, b.has_gauss);
      assert_memory_equal(&a.gauss, &b.gauss, sizeof a.gauss);
      npr_rs_random_sample_fill(&a, n, got);
      for (i = 0; i < n; i++) want[i] = npr_rs_random_sample(&b);
      assert_memory_equal(got, want, n * sizeof *got);
      npr_rs_standard_exponential_fill(&a, n, got);
      for (i = 0; i < n; i++) want[i] = npr_rs_standard_exponential(&b);
      assert_memory_equal(got, want, n * sizeof *got);
      assert_int_equal(a.mt.pos, b.mt.pos);
      assert_memory_equal(a.mt.key, b.mt.key, sizeof a.mt.key);
    }
  }
}

/* Philox's bulk fill (eight blocks at a time where the CPU has AVX-512)
 * against single draws from counters whose increments carry across words,
 * with every buffer position to start from. */
static void test_philox_counter_carry(void **state) {
  static const uint64_t counters[][4] = {
      {0, 0, 0, 0},
      {UINT64_MAX - 3, 0, 0, 0},
      {UINT64_MAX - 20, UINT64_MAX, 7, 0},
      {UINT64_MAX - 9, UINT64_MAX, UINT64_MAX, 1},
      {UINT64_MAX - 30, UINT64_MAX, UINT64_MAX, UINT64_MAX},
  };
  static uint64_t got[300];
  const uint64_t key[2] = {0x0123456789abcdefULL, 0xfedcba9876543210ULL};
  size_t c, skip, n;
  (void)state;
  for (c = 0; c < sizeof counters / sizeof counters[0]; c++) {
    for (skip = 0; skip < 5; skip++) {
      for (n = 0; n <= 300; n += (n < 70 ? 1 : 23)) {
        npr_philox a, b;
        npr_error err;
        size_t i;
        assert_int_equal(npr_philox_init(&a, NULL, key, counters[c], &err), NPR_OK);
        b = a;
        for (i = 0; i < skip; i++) assert_int_equal(npr_philox_next64(&a), npr_philox_next64(&b));
        {
          const npr_bitgen bg = npr_philox_bitgen(&a);
          npr_bitgen_fill_uint64(&bg, n, got);
        }
        for (i = 0; i < n; i++) assert_int_equal(got[i], npr_philox_next64(&b));
        assert_memory_equal(a.counter, b.counter, sizeof a.counter);
        assert_memory_equal(a.buffer, b.buffer, sizeof a.buffer);
        assert_int_equal(a.buffer_pos, b.buffer_pos);
        for (i = 0; i < 9; i++) assert_int_equal(npr_philox_next64(&a), npr_philox_next64(&b));
      }
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_philox_counter_carry),
      cmocka_unit_test(test_uniform),     cmocka_unit_test(test_ziggurat),
      cmocka_unit_test(test_raw_words),   cmocka_unit_test(test_bounded),
      cmocka_unit_test(test_shuffle),     cmocka_unit_test(test_legacy_fills),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
