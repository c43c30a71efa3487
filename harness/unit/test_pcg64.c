/* PCG64 and PCG64DXSM: seeding, state fields, advance, jumped, the buffered
 * 32-bit half, next_double, and the portable 128-bit arithmetic against the
 * __int128 one. Expected values come from NumPy 1.24.2 (/usr/bin/python3);
 * the line that printed each is beside it, run after
 * `import numpy as np; from numpy.random import PCG64, PCG64DXSM, Generator`. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "nprand/pcg64.h"
#include "nprand/pcg64dxsm.h"
#include "nprand/seedsequence.h"
#include "nprand/sfc64.h"
#include "pcg64/pcg128.h"

typedef struct u128 {
  uint64_t hi, lo;
} u128;

/* The two generators share one state layout; each test runs on both through
 * this table of expected values and thin wrappers. */
typedef struct family {
  const char *name;
  size_t size;
  void (*from_seedseq)(void *, const npr_seedsequence *);
  uint64_t (*next64)(void *);
  uint32_t (*next32)(void *);
  double (*next_double)(void *);
  void (*advance)(void *, uint64_t, uint64_t);
  void (*jumped)(const void *, int64_t, void *);
  u128 seeded_state, seeded_inc;
  u128 advanced_state;
  uint64_t advanced_raw[2];
  uint64_t back3_raw[4];
  u128 jumped_state[3]; /* jumps 1, 3, -2 */
  uint32_t u32[3];
  uint32_t u32_buffer;
  double doubles[2];
  uint64_t set_state_raw[2];
} family;

#define WRAP(P, T)                                                                                 \
  static void P##_seed(void *s, const npr_seedsequence *ss) { npr_##P##_from_seedseq(s, ss); }     \
  static uint64_t P##_n64(void *s) { return npr_##P##_next64(s); }                                 \
  static uint32_t P##_n32(void *s) { return npr_##P##_next32(s); }                                 \
  static double P##_nd(void *s) { return npr_##P##_next_double(s); }                               \
  static void P##_adv(void *s, uint64_t h, uint64_t l) { npr_##P##_advance(s, h, l); }             \
  static void P##_jmp(const void *s, int64_t j, void *o) {                                         \
    npr_##P##_jumped((const T *)s, j, (T *)o);                                                     \
  }
WRAP(pcg64, npr_pcg64)
WRAP(pcg64dxsm, npr_pcg64dxsm)

static const family families[2] = {
    {"PCG64",
     sizeof(npr_pcg64),
     pcg64_seed,
     pcg64_n64,
     pcg64_n32,
     pcg64_nd,
     pcg64_adv,
     pcg64_jmp,
     /* b = PCG64(0xdeadbeaf); print(hex(b.state['state']['state']), hex(b.state['state']['inc']))
      * -> 0xdcbf51eca8a06d6da11c0e6f95be4591 0x6f01e045569d93c440ac10dd049310b5 */
     {0xdcbf51eca8a06d6dull, 0xa11c0e6f95be4591ull},
     {0x6f01e045569d93c4ull, 0x40ac10dd049310b5ull},
     /* b = PCG64(0xdeadbeaf); b.advance(2**100 + 7); print(hex(b.state['state']['state']),
      *     [hex(x) for x in b.random_raw(2)]) */
     {0xdfa0ca2c087534a3ull, 0xb31b36686c48d084ull},
     {0x57dec71fe5293c64ull, 0xf27ad3ecade44105ull},
     /* b = PCG64(0xdeadbeaf); b.advance(-3); print([hex(x) for x in b.random_raw(4)]) */
     {0x8eaa754181315016ull, 0x8f83cac736447c79ull, 0x46bf067a3c51f8fbull, 0x60d24054e17a0698ull},
     /* print([hex(PCG64(0xdeadbeaf).jumped(j).state['state']['state']) for j in (1, 3, -2)]) */
     {{0x06f5ad828fde9703ull, 0xd959447d56038286ull},
      {0xd1fd8b6109800c41ull, 0x5601048f50f60e0cull},
      {0x9e351820011bd82aull, 0x0649772246fa6b73ull}},
     /* g = Generator(PCG64(0xdeadbeaf)); print([hex(x) for x in g.integers(0, 2**32, size=3,
      *     dtype=np.uint32)], g.bit_generator.state['has_uint32'],
      *     hex(g.bit_generator.state['uinteger']))  -> [...] 1 0xd5e79d89 */
     {0xe17a0698u, 0x60d24054u, 0x856e4f12u},
     0xd5e79d89u,
     /* print([x.hex() for x in Generator(PCG64(0xdeadbeaf)).random(2)]) */
     {0x1.8349015385e80p-2, 0x1.abcf3b130adc9p-1},
     /* b = PCG64(); b.state = {'bit_generator': 'PCG64', 'state': {'state': 2**127 + 12345,
      *     'inc': 2**100 + 1}, 'has_uint32': 1, 'uinteger': 77}; print([hex(x) for x in
      *     b.random_raw(2)], hex(Generator(b).integers(0, 2**32, dtype=np.uint32)))
      * -> [...] 0x4d */
     {0xe8cecc6c55f684eeull, 0xc08c722205054b69ull}},
    {"PCG64DXSM",
     sizeof(npr_pcg64dxsm),
     pcg64dxsm_seed,
     pcg64dxsm_n64,
     pcg64dxsm_n32,
     pcg64dxsm_nd,
     pcg64dxsm_adv,
     pcg64dxsm_jmp,
     /* b = PCG64DXSM(0xdeadbeaf); print(hex(b.state['state']['state']),
      *     hex(b.state['state']['inc'])) -> the same state and inc as PCG64 */
     {0xdcbf51eca8a06d6dull, 0xa11c0e6f95be4591ull},
     {0x6f01e045569d93c4ull, 0x40ac10dd049310b5ull},
     /* b = PCG64DXSM(0xdeadbeaf); b.advance(2**100 + 7); print(hex(b.state['state']['state']),
      *     [hex(x) for x in b.random_raw(2)]) */
     {0x326573eac2a67991ull, 0x0fe49a9bfcec2f84ull},
     {0x99c21e386a51f430ull, 0xd68c235da1987642ull},
     /* b = PCG64DXSM(0xdeadbeaf); b.advance(-3); print([hex(x) for x in b.random_raw(4)]) */
     {0x2a78173cfa6e691aull, 0x5873c2115567c112ull, 0x9f5e709ce4c5d9faull, 0xdf1ddcf1e22521feull},
     /* print([hex(PCG64DXSM(0xdeadbeaf).jumped(j).state['state']['state']) for j in (1, 3, -2)]) */
     {{0xd20c6b1138e52176ull, 0xe0c7350e9dfa6816ull},
      {0x8926a0a94eca4bbaull, 0x4a83943baa1c08ccull},
      {0x67939eeabada6466ull, 0x4cff6d3420c8d5e3ull}},
     /* g = Generator(PCG64DXSM(0xdeadbeaf)); print([hex(x) for x in g.integers(0, 2**32,
      *     size=3, dtype=np.uint32)], g.bit_generator.state['has_uint32'],
      *     hex(g.bit_generator.state['uinteger']))  -> [...] 1 0xc71b2f9c */
     {0xe22521feu, 0xdf1ddcf1u, 0x706cf151u},
     0xc71b2f9cu,
     /* print([x.hex() for x in Generator(PCG64DXSM(0xdeadbeaf)).random(2)]) */
     {0x1.be3bb9e3c44a4p-1, 0x1.8e365f38e0d9ep-1},
     /* b = PCG64DXSM(); b.state = {'bit_generator': 'PCG64DXSM', 'state': {'state':
      *     2**127 + 12345, 'inc': 2**100 + 1}, 'has_uint32': 1, 'uinteger': 77};
      *     print([hex(x) for x in b.random_raw(2)]) */
     {0xbaf55826adaa9a7eull, 0x4badfb8beaacf3d6ull}},
};

/* The two state structs have identical members; through a union the tests
 * may read either one's fields via .a (C11 6.5.2.3, common initial sequence). */
typedef union pcg_any {
  npr_pcg64 a;
  npr_pcg64dxsm d;
} pcg_any;

static void seed(const family *f, void *st) {
  npr_seedsequence ss;
  assert_int_equal(npr_seedsequence_init_u64(&ss, 0xdeadbeaf, NULL), NPR_OK);
  f->from_seedseq(st, &ss);
  npr_seedsequence_free(&ss);
}

static void assert_state(const pcg_any *st, u128 want) {
  assert_int_equal(st->a.state_hi, want.hi);
  assert_int_equal(st->a.state_lo, want.lo);
}

static void test_seeding(void **state) {
  int k;
  (void)state;
  for (k = 0; k < 2; k++) {
    const family *f = &families[k];
    pcg_any st;
    seed(f, &st);
    assert_state(&st, f->seeded_state);
    assert_int_equal(st.a.inc_hi, f->seeded_inc.hi);
    assert_int_equal(st.a.inc_lo, f->seeded_inc.lo);
    assert_int_equal(st.a.has_uint32, 0);
    assert_int_equal(st.a.uinteger, 0);
  }
}

static void test_advance(void **state) {
  int k, i;
  (void)state;
  for (k = 0; k < 2; k++) {
    const family *f = &families[k];
    pcg_any st, before;
    seed(f, &st);
    before = st;
    f->advance(&st, 1ull << 36, 7); /* 2**100 + 7 */
    assert_state(&st, f->advanced_state);
    assert_int_equal(st.a.inc_lo, before.a.inc_lo);
    for (i = 0; i < 2; i++) {
      assert_int_equal(f->next64(&st), f->advanced_raw[i]);
    }
    /* -3 as a 128-bit two's complement, then the 4th word is the first
     * output of the unadvanced generator. */
    st = before;
    f->advance(&st, UINT64_MAX, UINT64_MAX - 2);
    for (i = 0; i < 4; i++) {
      assert_int_equal(f->next64(&st), f->back3_raw[i]);
    }
    /* advance(0) leaves the LCG state alone. */
    st = before;
    f->advance(&st, 0, 0);
    assert_memory_equal(&st, &before, sizeof st);
  }
}

static void test_advance_clears_buffer(void **state) {
  npr_pcg64 st;
  (void)state;
  seed(&families[0], &st);
  (void)npr_pcg64_next32(&st);
  assert_int_equal(st.has_uint32, 1);
  npr_pcg64_advance(&st, 0, 1);
  /* g = Generator(PCG64(0xdeadbeaf)); g.integers(0, 2**32, dtype=np.uint32);
   * g.bit_generator.advance(1); s = g.bit_generator.state; print(hex(s['state']['state']),
   * s['has_uint32'], s['uinteger'])  -> 0x7de71e5574936fe3bf5039dc1e60a127 0 0 */
  assert_int_equal(st.state_hi, 0x7de71e5574936fe3ull);
  assert_int_equal(st.state_lo, 0xbf5039dc1e60a127ull);
  assert_int_equal(st.has_uint32, 0);
  assert_int_equal(st.uinteger, 0);
}

static void test_jumped(void **state) {
  static const int64_t jumps[3] = {1, 3, -2};
  int k, j;
  (void)state;
  for (k = 0; k < 2; k++) {
    const family *f = &families[k];
    pcg_any st, out, orig;
    seed(f, &st);
    orig = st;
    for (j = 0; j < 3; j++) {
      f->jumped(&st, jumps[j], &out);
      assert_state(&out, f->jumped_state[j]);
      assert_memory_equal(&st, &orig, sizeof st); /* the source is untouched */
    }
    /* In place, as jumped(1) then jumped(-1) back. */
    f->jumped(&st, 1, &st);
    f->jumped(&st, -1, &st);
    assert_state(&st, f->seeded_state);
  }
}

static void test_uint32_buffer(void **state) {
  int k, i;
  (void)state;
  for (k = 0; k < 2; k++) {
    const family *f = &families[k];
    pcg_any st;
    npr_bitgen bg;
    seed(f, &st);
    for (i = 0; i < 3; i++) {
      assert_int_equal(f->next32(&st), f->u32[i]);
    }
    assert_int_equal(st.a.has_uint32, 1);
    assert_int_equal(st.a.uinteger, f->u32_buffer);
    /* The bitgen's next_uint32 is the same buffered call. */
    seed(f, &st);
    bg = k == 0 ? npr_pcg64_bitgen(&st.a) : npr_pcg64dxsm_bitgen(&st.d);
    for (i = 0; i < 3; i++) {
      assert_int_equal(npr_next_uint32(&bg), f->u32[i]);
    }
  }
}

static void test_next_double(void **state) {
  int k, i;
  (void)state;
  for (k = 0; k < 2; k++) {
    const family *f = &families[k];
    pcg_any st;
    seed(f, &st);
    for (i = 0; i < 2; i++) {
      assert_true(f->next_double(&st) == f->doubles[i]);
    }
  }
}

static void test_set_state(void **state) {
  int k, i;
  (void)state;
  for (k = 0; k < 2; k++) {
    const family *f = &families[k];
    pcg_any st, copy;
    memset(&st, 0, sizeof st);
    st.a.state_hi = 1ull << 63; /* 2**127 + 12345 */
    st.a.state_lo = 12345;
    st.a.inc_hi = 1ull << 36; /* 2**100 + 1 */
    st.a.inc_lo = 1;
    st.a.has_uint32 = 1;
    st.a.uinteger = 77;
    copy = st;
    for (i = 0; i < 2; i++) {
      assert_int_equal(f->next64(&st), f->set_state_raw[i]);
    }
    /* random_raw leaves the buffered half for the next 32-bit draw (0x4d). */
    assert_int_equal(f->next32(&st), 77);
    /* Round trip: the copy replays the same words. */
    for (i = 0; i < 2; i++) {
      assert_int_equal(f->next64(&copy), f->set_state_raw[i]);
    }
  }
}

/* ---- portable vs __int128 arithmetic -------------------------------------- */

static void test_portable_matches_native(void **state) {
#if NPR_PCG_HAVE_INT128
  npr_sfc64 src;
  static const uint64_t seed3[3] = {1, 2, 3};
  int i;
  (void)state;
  npr_sfc64_set_seed(&src, seed3);
  for (i = 0; i < 20000; i++) {
    npr_pcg128 a, b, d;
    a = npr_pcg128_make(npr_sfc64_next64(&src), npr_sfc64_next64(&src));
    b = npr_pcg128_make(npr_sfc64_next64(&src), npr_sfc64_next64(&src));
    /* Stress the carries now and then. */
    if (i % 7 == 0) {
      a.lo = UINT64_MAX;
    }
    if (i % 11 == 0) {
      b = npr_pcg128_make(UINT64_MAX, UINT64_MAX);
    }
    {
      npr_pcg128 p = npr_pcg128_mul_portable(a, b), n = npr_pcg128_mul_native(a, b);
      npr_pcg128 s = npr_pcg128_add_portable(a, b), t = npr_pcg128_add_native(a, b);
      npr_pcg128 w = npr_pcg128_mul64_portable(a.lo, b.hi);
      npr_pcg_native128 wn = (npr_pcg_native128)a.lo * b.hi;
      assert_int_equal(p.hi, n.hi);
      assert_int_equal(p.lo, n.lo);
      assert_int_equal(s.hi, t.hi);
      assert_int_equal(s.lo, t.lo);
      assert_int_equal(w.hi, (uint64_t)(wn >> 64));
      assert_int_equal(w.lo, (uint64_t)wn);
    }
    if (i % 100 == 0) {
      npr_pcg128 mult = npr_pcg128_make(NPR_PCG_MULT_HI, NPR_PCG_MULT_LO);
      npr_pcg128 p, n;
      d = npr_pcg128_make(npr_sfc64_next64(&src), npr_sfc64_next64(&src));
      p = npr_pcg128_advance_with(a, d, mult, b, npr_pcg128_mul_portable, npr_pcg128_add_portable);
      n = npr_pcg128_advance_with(a, d, mult, b, npr_pcg128_mul_native, npr_pcg128_add_native);
      assert_int_equal(p.hi, n.hi);
      assert_int_equal(p.lo, n.lo);
    }
  }
#else
  (void)state;
  skip(); /* no __int128 here: test_pcg64_portable checks this path alone */
#endif
}

/* The library's own arithmetic (whichever it uses) against the portable path
 * on the NumPy-checked advance above. */
static void test_portable_advance_numpy(void **state) {
  npr_pcg128 s;
  (void)state;
  s = npr_pcg128_advance_with(npr_pcg128_make(0xdcbf51eca8a06d6dull, 0xa11c0e6f95be4591ull),
                              npr_pcg128_make(1ull << 36, 7),
                              npr_pcg128_make(NPR_PCG_MULT_HI, NPR_PCG_MULT_LO),
                              npr_pcg128_make(0x6f01e045569d93c4ull, 0x40ac10dd049310b5ull),
                              npr_pcg128_mul_portable, npr_pcg128_add_portable);
  /* b = PCG64(0xdeadbeaf); b.advance(2**100 + 7); print(hex(b.state['state']['state']))
   * -> 0xdfa0ca2c087534a3b31b36686c48d084 */
  assert_int_equal(s.hi, 0xdfa0ca2c087534a3ull);
  assert_int_equal(s.lo, 0xb31b36686c48d084ull);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_seeding),
      cmocka_unit_test(test_advance),
      cmocka_unit_test(test_advance_clears_buffer),
      cmocka_unit_test(test_jumped),
      cmocka_unit_test(test_uint32_buffer),
      cmocka_unit_test(test_next_double),
      cmocka_unit_test(test_set_state),
      cmocka_unit_test(test_portable_matches_native),
      cmocka_unit_test(test_portable_advance_numpy),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
