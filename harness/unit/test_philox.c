/* Philox4x64-10: seeding from a SeedSequence or a key, counter, block buffer,
 * advance, jumped, the buffered 32-bit half, next_double, NumPy's errors.
 * Expected values come from NumPy 1.24.2 (/usr/bin/python3); the line that
 * printed each is beside it, run after
 * `import numpy as np; from numpy.random import Philox, Generator`. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "nprand/philox.h"
#include "nprand/seedsequence.h"

static void seeded(npr_philox *px, const uint64_t *counter) {
  npr_seedsequence ss;
  assert_int_equal(npr_seedsequence_init_u64(&ss, 0xdeadbeaf, NULL), NPR_OK);
  assert_int_equal(npr_philox_init(px, &ss, NULL, counter, NULL), NPR_OK);
  npr_seedsequence_free(&ss);
}

static void test_seeding(void **state) {
  npr_philox px, px2;
  npr_seedsequence ss;
  int i;
  (void)state;
  seeded(&px, NULL);
  /* print([hex(x) for x in Philox(0xdeadbeaf).state['state']['key']]) */
  assert_int_equal(px.key[0], 0x50312a63d516e24aull);
  assert_int_equal(px.key[1], 0x4063bc8bca44dc77ull);
  for (i = 0; i < 4; i++) {
    assert_int_equal(px.counter[i], 0);
    assert_int_equal(px.buffer[i], 0);
  }
  assert_int_equal(px.buffer_pos, NPR_PHILOX_BUFFER_SIZE);
  assert_int_equal(px.has_uint32, 0);
  assert_int_equal(px.uinteger, 0);

  assert_int_equal(npr_seedsequence_init_u64(&ss, 0xdeadbeaf, NULL), NPR_OK);
  npr_philox_from_seedseq(&px2, &ss);
  npr_seedsequence_free(&ss);
  assert_memory_equal(px.key, px2.key, sizeof px.key);
  assert_memory_equal(px.counter, px2.counter, sizeof px.counter);
  assert_int_equal(px2.buffer_pos, NPR_PHILOX_BUFFER_SIZE);
  assert_int_equal(px2.has_uint32, 0);
}

static void test_key_and_counter(void **state) {
  npr_philox px;
  uint64_t key[2], counter[4];
  /* 2**100 + 3 and 2**200 + 2**64 + 5 as little-endian 32-bit words */
  static const uint32_t key_words[4] = {3, 0, 0, 16};
  static const uint32_t counter_words[7] = {5, 0, 1, 0, 0, 0, 256};
  /* b = Philox(key=2**100 + 3, counter=2**200 + 2**64 + 5); print([hex(x) for x in
   * b.random_raw(5)]) */
  static const uint64_t want[5] = {0xba0f8369ad04a9a8ull, 0x20317b2dbd23256aull,
                                   0xab613b191d0e7eccull, 0x28a64dfeb90d2322ull,
                                   0xf46f80500fe0897eull};
  int i;
  (void)state;
  assert_int_equal(npr_philox_int_to_words(key_words, 4, false, "key", 128, key, NULL), NPR_OK);
  assert_int_equal(key[0], 3);
  assert_int_equal(key[1], 1ull << 36);
  assert_int_equal(npr_philox_int_to_words(counter_words, 7, false, "counter", 256, counter, NULL),
                   NPR_OK);
  /* b = Philox(key=2**100 + 3, counter=[5, 1, 0, 2**8]) prints the same first
   * two words, so the scalar counter splits into [5, 1, 0, 256]. */
  assert_int_equal(counter[0], 5);
  assert_int_equal(counter[1], 1);
  assert_int_equal(counter[2], 0);
  assert_int_equal(counter[3], 256);
  assert_int_equal(npr_philox_init(&px, NULL, key, counter, NULL), NPR_OK);
  for (i = 0; i < 5; i++) {
    assert_int_equal(npr_philox_next64(&px), want[i]);
  }
}

static void test_errors(void **state) {
  npr_philox px;
  npr_seedsequence ss;
  npr_error err;
  uint64_t out[4];
  static const uint64_t key[2] = {2, 0};
  static const uint32_t two128[5] = {0, 0, 0, 0, 1};
  static const uint32_t two256[9] = {0, 0, 0, 0, 0, 0, 0, 0, 1};
  static const uint32_t one[1] = {1};
  (void)state;
  assert_int_equal(npr_seedsequence_init_u64(&ss, 1, NULL), NPR_OK);
  /* Philox(1, key=2) -> ValueError: seed and key cannot be both used */
  assert_int_equal(npr_philox_init(&px, &ss, key, NULL, &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "seed and key cannot be both used");
  npr_seedsequence_free(&ss);
  /* Philox(key=2**128) -> ValueError: key must be positive and less than 2**128. */
  assert_int_equal(npr_philox_int_to_words(two128, 5, false, "key", 128, out, &err),
                   NPR_VALUE_ERROR);
  assert_string_equal(err.message, "key must be positive and less than 2**128.");
  /* Philox(key=-1) -> the same message */
  assert_int_equal(npr_philox_int_to_words(one, 1, true, "key", 128, out, &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "key must be positive and less than 2**128.");
  /* Philox(counter=2**256) -> ValueError: counter must be positive and less than 2**256. */
  assert_int_equal(npr_philox_int_to_words(two256, 9, false, "counter", 256, out, &err),
                   NPR_VALUE_ERROR);
  assert_string_equal(err.message, "counter must be positive and less than 2**256.");
  /* Philox(): no seed, no key: fresh OS entropy, counter 0. */
  assert_int_equal(npr_philox_init(&px, NULL, NULL, NULL, &err), NPR_OK);
  assert_int_equal(px.counter[0], 0);
  assert_int_equal(px.buffer_pos, NPR_PHILOX_BUFFER_SIZE);
}

static void test_block_buffer(void **state) {
  npr_philox px;
  /* b = Philox(0xdeadbeaf); b.random_raw(1); s = b.state; print(s['buffer_pos'],
   *     [hex(x) for x in s['buffer']], [int(x) for x in s['state']['counter']])
   * -> 1 [...] [1, 0, 0, 0] */
  static const uint64_t want_buffer[4] = {0xedc95200e2bd66a5ull, 0x581d4e43b7682352ull,
                                          0x4be7278f5e373eabull, 0xee47f17991a9e7eaull};
  (void)state;
  seeded(&px, NULL);
  assert_int_equal(npr_philox_next64(&px), want_buffer[0]);
  assert_int_equal(px.buffer_pos, 1);
  assert_memory_equal(px.buffer, want_buffer, sizeof want_buffer);
  assert_int_equal(px.counter[0], 1);
  assert_int_equal(px.counter[1], 0);
}

static void test_advance(void **state) {
  npr_philox px;
  static const uint64_t delta[4] = {3, 1, 0, 0}; /* 2**64 + 3 */
  static const uint64_t one[4] = {1, 0, 0, 0};
  static const uint64_t minus_one[4] = {UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX};
  static const uint64_t carry_counter[4] = {UINT64_MAX, UINT64_MAX, 7, 0};
  int i;
  (void)state;
  seeded(&px, NULL);
  (void)npr_philox_next64(&px);
  npr_philox_advance(&px, delta);
  /* b = Philox(0xdeadbeaf); b.random_raw(1); b.advance(2**64 + 3); s = b.state;
   * print([int(x) for x in s['state']['counter']], s['buffer_pos'],
   *       [int(x) for x in s['buffer']], [hex(x) for x in b.random_raw(2)])
   * -> [4, 1, 0, 0] 4 [0, 0, 0, 0] ['0xc323a2a6c55bccd0', '0x579d76640831747d'] */
  assert_int_equal(px.counter[0], 4);
  assert_int_equal(px.counter[1], 1);
  assert_int_equal(px.counter[2], 0);
  assert_int_equal(px.counter[3], 0);
  assert_int_equal(px.buffer_pos, 4);
  for (i = 0; i < 4; i++) {
    assert_int_equal(px.buffer[i], 0);
  }
  assert_int_equal(npr_philox_next64(&px), 0xc323a2a6c55bccd0ull);
  assert_int_equal(npr_philox_next64(&px), 0x579d76640831747dull);

  /* b = Philox(0xdeadbeaf, counter=2**129 - 1 + 6 * 2**128); b.advance(1);
   * print([int(x) for x in b.state['state']['counter']], [hex(x) for x in b.random_raw(1)])
   * -> [0, 0, 8, 0] ['0xa363696e1f4344c2']  (the counter starts at [2**64-1, 2**64-1, 7, 0]) */
  seeded(&px, carry_counter);
  npr_philox_advance(&px, one);
  assert_int_equal(px.counter[0], 0);
  assert_int_equal(px.counter[1], 0);
  assert_int_equal(px.counter[2], 8);
  assert_int_equal(px.counter[3], 0);
  assert_int_equal(npr_philox_next64(&px), 0xa363696e1f4344c2ull);

  /* b = Philox(0xdeadbeaf); b.advance(-1); print([int(x) for x in b.state['state']['counter']],
   *     [hex(x) for x in b.random_raw(1)]) -> [2**64-1] * 4 ['0x5d63663d8f7131e8'] */
  seeded(&px, NULL);
  npr_philox_advance(&px, minus_one);
  for (i = 0; i < 4; i++) {
    assert_int_equal(px.counter[i], UINT64_MAX);
  }
  assert_int_equal(npr_philox_next64(&px), 0x5d63663d8f7131e8ull);
}

static void test_jumped(void **state) {
  npr_philox px, out;
  static const uint64_t counter[4] = {1, 2, 3, 4};
  static const int64_t jumps[3] = {1, 2, -1};
  /* print([[int(x) for x in Philox(0xdeadbeaf, counter=[1, 2, 3, 4]).jumped(j)
   *        .state['state']['counter']] for j in (1, 2, -1)]) */
  static const uint64_t want[3][4] = {{1, 2, 4, 4}, {1, 2, 5, 4}, {1, 2, 2, 4}};
  int j;
  (void)state;
  seeded(&px, counter);
  for (j = 0; j < 3; j++) {
    npr_philox_jumped(&px, jumps[j], &out);
    assert_memory_equal(out.counter, want[j], sizeof want[j]);
    assert_memory_equal(out.key, px.key, sizeof px.key);
  }
  seeded(&px, NULL);
  npr_philox_jumped(&px, 1, &px);
  /* print([hex(x) for x in Philox(0xdeadbeaf).jumped(1).random_raw(2)]) */
  assert_int_equal(npr_philox_next64(&px), 0x57962c03b5b8a1c6ull);
  assert_int_equal(npr_philox_next64(&px), 0x1589fd377ae38180ull);
}

static void test_uint32_and_double(void **state) {
  npr_philox px;
  npr_bitgen bg;
  /* g = Generator(Philox(0xdeadbeaf)); print([hex(x) for x in g.integers(0, 2**32, size=3,
   *     dtype=np.uint32)], g.bit_generator.state['has_uint32'],
   *     hex(g.bit_generator.state['uinteger']), g.bit_generator.state['buffer_pos'])
   * -> [...] 1 0x581d4e43 2 */
  static const uint32_t want32[3] = {0xe2bd66a5u, 0xedc95200u, 0xb7682352u};
  int i;
  (void)state;
  seeded(&px, NULL);
  bg = npr_philox_bitgen(&px);
  for (i = 0; i < 3; i++) {
    assert_int_equal(npr_next_uint32(&bg), want32[i]);
  }
  assert_int_equal(px.has_uint32, 1);
  assert_int_equal(px.uinteger, 0x581d4e43u);
  assert_int_equal(px.buffer_pos, 2);

  seeded(&px, NULL);
  /* print([x.hex() for x in Generator(Philox(0xdeadbeaf)).random(2)]) */
  assert_true(npr_next_double(&bg) == 0x1.db92a401c57acp-1);
  assert_true(npr_next_double(&bg) == 0x1.6075390edda08p-2);
}

static void test_state_round_trip(void **state) {
  npr_philox px, saved;
  uint64_t first[7];
  int i;
  (void)state;
  seeded(&px, NULL);
  (void)npr_philox_next64(&px);
  (void)npr_philox_next32(&px); /* mid-block, with a buffered half */
  memcpy(&saved, &px, sizeof px);
  for (i = 0; i < 7; i++) {
    first[i] = i == 0 ? npr_philox_next32(&px) : npr_philox_next64(&px);
  }
  memcpy(&px, &saved, sizeof px);
  for (i = 0; i < 7; i++) {
    assert_int_equal(i == 0 ? npr_philox_next32(&px) : npr_philox_next64(&px), first[i]);
  }
  /* The buffered half is the high half of the block's second word
   * (0x581d4e43b7682352, see test_block_buffer). */
  assert_int_equal(first[0], 0x581d4e43u);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_seeding),
      cmocka_unit_test(test_key_and_counter),
      cmocka_unit_test(test_errors),
      cmocka_unit_test(test_block_buffer),
      cmocka_unit_test(test_advance),
      cmocka_unit_test(test_jumped),
      cmocka_unit_test(test_uint32_and_double),
      cmocka_unit_test(test_state_round_trip),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
