/* MT19937 new-API seeding and jumped(). Expected values come from NumPy
 * 1.24.2 (/usr/bin/python3); the line that printed each is beside it, run
 * after `import numpy as np; from numpy.random import MT19937`. A jumped key
 * is compared through its sum (as uint64) plus a few words and the next
 * outputs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "nprand/mt19937.h"
#include "nprand/seedsequence.h"

static void seeded(npr_mt19937 *mt) {
  npr_seedsequence ss;
  assert_int_equal(npr_seedsequence_init_u64(&ss, 0xdeadbeaf, NULL), NPR_OK);
  npr_mt19937_from_seedseq(mt, &ss);
  npr_seedsequence_free(&ss);
}

static uint64_t key_sum(const npr_mt19937 *mt) {
  uint64_t sum = 0;
  int i;
  for (i = 0; i < NPR_MT19937_N; i++) {
    sum += mt->key[i];
  }
  return sum;
}

static void assert_next3(npr_mt19937 *mt, const uint32_t want[3]) {
  int i;
  for (i = 0; i < 3; i++) {
    assert_int_equal(npr_mt19937_next32(mt), want[i]);
  }
}

static void test_seeding(void **state) {
  npr_mt19937 mt;
  (void)state;
  seeded(&mt);
  /* b = MT19937(0xdeadbeaf); s = b.state['state']; print(hex(s['key'][0]), hex(s['key'][1]),
   *     hex(s['key'][623]), s['pos'])  -> 0x80000000 0x50312a63 0x112864a 623 */
  assert_int_equal(mt.key[0], 0x80000000u);
  assert_int_equal(mt.key[1], 0x50312a63u);
  assert_int_equal(mt.key[623], 0x112864au);
  assert_int_equal(mt.pos, 623);
}

static void test_jumped_once(void **state) {
  npr_mt19937 mt, out;
  /* ... [hex(x) for x in b.random_raw(3)] of the line below */
  static const uint32_t next[3] = {0xcc5af3b5u, 0x1974f07u, 0x59478819u};
  (void)state;
  seeded(&mt);
  npr_mt19937_jumped(&mt, 1, &out);
  /* b = MT19937(0xdeadbeaf).jumped(1); s = b.state['state']; print(s['pos'], hex(s['key'][0]),
   *     hex(s['key'][311]), hex(s['key'][623]), hex(int(s['key'].astype(np.uint64).sum())),
   *     [hex(x) for x in b.random_raw(3)])
   * -> 588 0xbc56af98 0xdc527645 0x56c3b07d 0x13569d0be02 [...] */
  assert_int_equal(out.pos, 588);
  assert_int_equal(out.key[0], 0xbc56af98u);
  assert_int_equal(out.key[311], 0xdc527645u);
  assert_int_equal(out.key[623], 0x56c3b07du);
  assert_int_equal(key_sum(&out), 0x13569d0be02ull);
  assert_next3(&out, next);
  /* The source is untouched; jump in place agrees. */
  assert_int_equal(mt.pos, 623);
  npr_mt19937_jump(&mt);
  assert_int_equal(key_sum(&mt), 0x13569d0be02ull);
}

static void test_jumped_twice(void **state) {
  npr_mt19937 mt;
  /* b = MT19937(0xdeadbeaf).jumped(2); s = b.state['state']; print(s['pos'],
   *     hex(int(s['key'].astype(np.uint64).sum())), [hex(x) for x in b.random_raw(3)])
   * -> 553 0x13938093a74 ['0x4b4a4d5', '0xb13dc9ea', '0x49971841'] */
  static const uint32_t next[3] = {0x4b4a4d5u, 0xb13dc9eau, 0x49971841u};
  (void)state;
  seeded(&mt);
  npr_mt19937_jumped(&mt, 2, &mt);
  assert_int_equal(mt.pos, 553);
  assert_int_equal(key_sum(&mt), 0x13938093a74ull);
  assert_next3(&mt, next);
}

static void test_jumped_mid_stream(void **state) {
  npr_mt19937 mt;
  int i;
  /* b = MT19937(0xdeadbeaf); b.random_raw(100); b = b.jumped(1); s = b.state['state'];
   *     print(s['pos'], hex(int(s['key'].astype(np.uint64).sum())),
   *     [hex(x) for x in b.random_raw(3)])
   * -> 64 0x13a2ccfa5c5 ['0x1c49d79b', '0xf85a26e2', '0x3d3defca'] */
  static const uint32_t next[3] = {0x1c49d79bu, 0xf85a26e2u, 0x3d3defcau};
  (void)state;
  seeded(&mt);
  for (i = 0; i < 100; i++) {
    (void)npr_mt19937_next32(&mt);
  }
  npr_mt19937_jumped(&mt, 1, &mt);
  assert_int_equal(mt.pos, 64);
  assert_int_equal(key_sum(&mt), 0x13a2ccfa5c5ull);
  assert_next3(&mt, next);
}

static void test_jumped_legacy_pos_n(void **state) {
  npr_mt19937 mt;
  /* b = MT19937(); b._legacy_seeding(5); print(b.state['state']['pos']); b = b.jumped(1);
   *     s = b.state['state']; print(s['pos'], hex(int(s['key'].astype(np.uint64).sum())),
   *     [hex(x) for x in b.random_raw(3)])
   * -> 624 / 589 0x134f74e4077 ['0x818b74d7', '0x1bcd0a5', '0x80bbce63'] */
  static const uint32_t next[3] = {0x818b74d7u, 0x1bcd0a5u, 0x80bbce63u};
  (void)state;
  npr_mt19937_seed(&mt, 5);
  assert_int_equal(mt.pos, 624);
  npr_mt19937_jumped(&mt, 1, &mt);
  assert_int_equal(mt.pos, 589);
  assert_int_equal(key_sum(&mt), 0x134f74e4077ull);
  assert_next3(&mt, next);
}

static void test_jumped_non_positive(void **state) {
  npr_mt19937 mt, out;
  (void)state;
  seeded(&mt);
  /* b = MT19937(0xdeadbeaf); print(b.jumped(0).state['state']['pos'],
   *     b.jumped(-3).state['state']['pos'],
   *     (b.jumped(-3).state['state']['key'] == b.state['state']['key']).all())
   * -> 623 623 True */
  npr_mt19937_jumped(&mt, 0, &out);
  assert_int_equal(out.pos, 623);
  assert_memory_equal(out.key, mt.key, sizeof mt.key);
  npr_mt19937_jumped(&mt, -3, &out);
  assert_int_equal(out.pos, 623);
  assert_memory_equal(out.key, mt.key, sizeof mt.key);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_seeding),
      cmocka_unit_test(test_jumped_once),
      cmocka_unit_test(test_jumped_twice),
      cmocka_unit_test(test_jumped_mid_stream),
      cmocka_unit_test(test_jumped_legacy_pos_n),
      cmocka_unit_test(test_jumped_non_positive),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
