/* SFC64: seeding, the buffered 32-bit half, next_double and state set/round
 * trip. Expected values come from NumPy 1.24.2 (/usr/bin/python3); the line
 * that printed each is beside it, run after
 * `import numpy as np; from numpy.random import SFC64, Generator`. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "nprand/seedsequence.h"
#include "nprand/sfc64.h"

static void seeded(npr_sfc64 *sfc) {
  npr_seedsequence ss;
  assert_int_equal(npr_seedsequence_init_u64(&ss, 0xdeadbeaf, NULL), NPR_OK);
  npr_sfc64_from_seedseq(sfc, &ss);
  npr_seedsequence_free(&ss);
}

static void test_seeding(void **state) {
  npr_sfc64 sfc;
  /* print([hex(x) for x in SFC64(0xdeadbeaf).state['state']['state']]) */
  static const uint64_t want[4] = {0x69b8eff0ae118893ull, 0x3abd056f0d5a3d98ull,
                                   0x29ca23c459191c77ull, 0xd};
  (void)state;
  seeded(&sfc);
  assert_memory_equal(sfc.s, want, sizeof want);
  assert_int_equal(sfc.has_uint32, 0);
  assert_int_equal(sfc.uinteger, 0);
}

static void test_uint32_buffer(void **state) {
  npr_sfc64 sfc;
  npr_bitgen bg;
  /* g = Generator(SFC64(0xdeadbeaf)); print([hex(x) for x in g.integers(0, 2**32, size=3,
   *     dtype=np.uint32)], g.bit_generator.state['has_uint32'],
   *     hex(g.bit_generator.state['uinteger']))  -> [...] 1 0xb2d594b6 */
  static const uint32_t want[3] = {0xbb6bc638u, 0xa475f55fu, 0xc29d971cu};
  int i;
  (void)state;
  seeded(&sfc);
  bg = npr_sfc64_bitgen(&sfc);
  for (i = 0; i < 3; i++) {
    assert_int_equal(npr_next_uint32(&bg), want[i]);
  }
  assert_int_equal(sfc.has_uint32, 1);
  assert_int_equal(sfc.uinteger, 0xb2d594b6u);
}

static void test_next_double(void **state) {
  npr_sfc64 sfc;
  (void)state;
  seeded(&sfc);
  /* print([x.hex() for x in Generator(SFC64(0xdeadbeaf)).random(2)]) */
  assert_true(npr_sfc64_next_double(&sfc) == 0x1.48ebeabf76d78p-1);
  assert_true(npr_sfc64_next_double(&sfc) == 0x1.65ab296d853b2p-1);
}

static void test_set_state(void **state) {
  npr_sfc64 sfc, saved;
  /* b = SFC64(); b.state = {'bit_generator': 'SFC64', 'state': {'state': [1, 2, 3, 4]},
   *     'has_uint32': 1, 'uinteger': 9}; print([hex(x) for x in b.random_raw(3)],
   *     b.state['state']['state'])
   * -> ['0x7', '0x22', '0x1b000060'] [453206079 7599825428152626 1970325860385632 7] */
  static const uint64_t want_raw[3] = {0x7, 0x22, 0x1b000060};
  static const uint64_t want_after[4] = {453206079ull, 7599825428152626ull, 1970325860385632ull, 7};
  int i;
  (void)state;
  memset(&sfc, 0, sizeof sfc);
  for (i = 0; i < 4; i++) {
    sfc.s[i] = (uint64_t)i + 1;
  }
  sfc.has_uint32 = 1;
  sfc.uinteger = 9;
  saved = sfc;
  for (i = 0; i < 3; i++) {
    assert_int_equal(npr_sfc64_next64(&sfc), want_raw[i]);
  }
  assert_memory_equal(sfc.s, want_after, sizeof want_after);
  /* random_raw left the buffered half alone. */
  assert_int_equal(npr_sfc64_next32(&sfc), 9);
  /* Round trip: the saved copy replays the words. */
  for (i = 0; i < 3; i++) {
    assert_int_equal(npr_sfc64_next64(&saved), want_raw[i]);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_seeding),
      cmocka_unit_test(test_uint32_buffer),
      cmocka_unit_test(test_next_double),
      cmocka_unit_test(test_set_state),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
