/* SeedSequence: word coercion, pool mixing, generate_state in both widths,
 * spawn keys and spawning, pool sizes and NumPy's error messages. Every
 * expected value comes from NumPy 1.24.2 (/usr/bin/python3); the line that
 * printed it is in the comment beside it, after
 * `import numpy as np; from numpy.random import SeedSequence;
 *  from numpy.random.bit_generator import _coerce_to_uint32_array`. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "nprand/seedsequence.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static void assert_u32s(const uint32_t *got, const uint32_t *want, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    if (got[i] != want[i]) {
      fail_msg("word %zu: got %u, want %u", i, (unsigned)got[i], (unsigned)want[i]);
    }
  }
}

static void assert_u64s(const uint64_t *got, const uint64_t *want, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    if (got[i] != want[i]) {
      fail_msg("word %zu: got %llu, want %llu", i, (unsigned long long)got[i],
               (unsigned long long)want[i]);
    }
  }
}

/* Builds the sequence from words, checks generate_state(8) and, when want64
 * is given, generate_state(4, np.uint64). */
static void check_state(const uint32_t *entropy, size_t n_entropy, const uint32_t *spawn_key,
                        size_t n_spawn_key, int64_t pool_size, const uint32_t want32[8],
                        const uint64_t *want64) {
  npr_seedsequence ss;
  uint32_t out32[8];
  uint64_t out64[4];
  assert_int_equal(
      npr_seedsequence_init(&ss, entropy, n_entropy, spawn_key, n_spawn_key, pool_size, 0, NULL),
      NPR_OK);
  npr_seedsequence_generate_state32(&ss, out32, 8);
  assert_u32s(out32, want32, 8);
  if (want64) {
    npr_seedsequence_generate_state64(&ss, out64, 4);
    assert_u64s(out64, want64, 4);
  }
  npr_seedsequence_free(&ss);
}

static void test_int_zero(void **state) {
  npr_seed_words w;
  /* SeedSequence(0).generate_state(8) */
  static const uint32_t want32[8] = {2968811710u, 3677149159u, 745650761u, 2884920346u,
                                     2642120001u, 549907821u,  574372308u, 742431198u};
  /* SeedSequence(0).generate_state(4, np.uint64) */
  static const uint64_t want64[4] = {15793235383387715774ull, 12390638538380655177ull,
                                     2361836109651742017ull, 3188717715514472916ull};
  (void)state;
  npr_seed_words_init(&w);
  assert_int_equal(npr_seed_words_append_u64(&w, 0, NULL), NPR_OK);
  /* _coerce_to_uint32_array(0) -> array([0], dtype=uint32) */
  assert_int_equal(w.len, 1);
  assert_int_equal(w.words[0], 0);
  check_state(w.words, w.len, NULL, 0, 4, want32, want64);
  npr_seed_words_free(&w);

  /* SeedSequence([]) and SeedSequence([0]) give the same words as
   * SeedSequence(0): both print the want32 array above. */
  check_state(NULL, 0, NULL, 0, 4, want32, NULL);
}

static void test_small_int(void **state) {
  npr_seedsequence ss;
  uint32_t out32[8];
  uint64_t out64[4];
  /* SeedSequence(12345).pool */
  static const uint32_t want_pool[4] = {4069775156u, 4251353637u, 4182767765u, 2267058336u};
  /* SeedSequence(12345).generate_state(8) */
  static const uint32_t want32[8] = {2688385916u, 3048105090u, 4196366895u, 3152189807u,
                                     924159892u,  1692637855u, 2685664627u, 1052446614u};
  /* SeedSequence(12345).generate_state(4, np.uint64) */
  static const uint64_t want64[4] = {13091511679009522556ull, 13538552136045918767ull,
                                     7269824232120749972ull, 4520223790601600371ull};
  (void)state;
  assert_int_equal(npr_seedsequence_init_u64(&ss, 12345, NULL), NPR_OK);
  assert_int_equal(ss.pool_size, 4);
  assert_int_equal(ss.entropy_len, 1);
  assert_u32s(ss.pool, want_pool, 4);
  npr_seedsequence_generate_state32(&ss, out32, 8);
  assert_u32s(out32, want32, 8);
  npr_seedsequence_generate_state64(&ss, out64, 4);
  assert_u64s(out64, want64, 4);
  npr_seedsequence_free(&ss);
}

static void test_u64_max(void **state) {
  npr_seedsequence ss;
  uint32_t out32[4];
  /* SeedSequence(2**64-1).generate_state(4) */
  static const uint32_t want[4] = {2458692877u, 2931597649u, 2251873402u, 295448644u};
  (void)state;
  assert_int_equal(npr_seedsequence_init_u64(&ss, UINT64_MAX, NULL), NPR_OK);
  assert_int_equal(ss.entropy_len, 2);
  npr_seedsequence_generate_state32(&ss, out32, 4);
  assert_u32s(out32, want, 4);
  npr_seedsequence_free(&ss);
}

static void test_huge_int(void **state) {
  npr_seed_words w;
  /* 1234567890123456789012345678901234567890 as little-endian words, padded
   * with high zero words the coercion must drop. */
  static const uint32_t magnitude[7] = {3460238034u, 2898026390u, 3235640248u, 2697535605u,
                                        3u,          0u,          0u};
  /* _coerce_to_uint32_array(1234567890123456789012345678901234567890) */
  static const uint32_t want_words[5] = {3460238034u, 2898026390u, 3235640248u, 2697535605u, 3u};
  /* SeedSequence(1234567890123456789012345678901234567890).generate_state(8) */
  static const uint32_t want32[8] = {763159093u, 2500287353u, 3566873211u, 1602825003u,
                                     908921412u, 862079468u,  542368786u,  2483038610u};
  /* SeedSequence(1234567890123456789012345678901234567890).generate_state(4, np.uint64) */
  static const uint64_t want64[4] = {10738652412500566581ull, 6884080972662975099ull,
                                     3702603122521999940ull, 10664569625197667346ull};
  (void)state;
  npr_seed_words_init(&w);
  assert_int_equal(npr_seed_words_append_int(&w, magnitude, 7, false, NULL), NPR_OK);
  assert_int_equal(w.len, 5);
  assert_u32s(w.words, want_words, 5);
  check_state(w.words, w.len, NULL, 0, 4, want32, want64);
  npr_seed_words_free(&w);
}

static void test_list(void **state) {
  npr_seed_words w;
  static const uint64_t list[4] = {12345u, 0x10deadbeefull, 67890u, 0xdeadbeefu};
  /* _coerce_to_uint32_array([12345, 0x10deadbeef, 67890, 0xdeadbeef]) */
  static const uint32_t want_words[5] = {12345u, 3735928559u, 16u, 67890u, 3735928559u};
  /* SeedSequence([12345, 0x10deadbeef, 67890, 0xdeadbeef]).generate_state(8) */
  static const uint32_t want32[8] = {1961483287u, 627276927u,  236448458u,  1984801077u,
                                     859500212u,  1030879101u, 3599642451u, 662006109u};
  (void)state;
  npr_seed_words_init(&w);
  assert_int_equal(npr_seed_words_append_u64_list(&w, list, 4, NULL), NPR_OK);
  assert_int_equal(w.len, 5);
  assert_u32s(w.words, want_words, 5);
  check_state(w.words, w.len, NULL, 0, 4, want32, NULL);
  npr_seed_words_free(&w);
}

static void test_uint32_array_keeps_zeros(void **state) {
  /* A uint32 array passes through uncoerced, so its zero words count once the
   * entropy outgrows the pool. */
  static const uint32_t words[6] = {5, 0, 0, 0, 0, 0};
  npr_seedsequence ss;
  uint32_t out[4];
  /* SeedSequence(np.array([5, 0, 0, 0, 0, 0], dtype=np.uint32)).generate_state(4) */
  static const uint32_t want6[4] = {327738099u, 1692132378u, 3318884930u, 954558818u};
  /* SeedSequence(5).generate_state(8), also what np.array([5, 0, 0], dtype=np.uint32) prints */
  static const uint32_t want1[8] = {16823399u,   2940995229u, 2290007392u, 1039507385u,
                                    1236621906u, 1471659462u, 2525499814u, 662767037u};
  (void)state;
  assert_int_equal(npr_seedsequence_init(&ss, words, 6, NULL, 0, 4, 0, NULL), NPR_OK);
  npr_seedsequence_generate_state32(&ss, out, 4);
  assert_u32s(out, want6, 4);
  npr_seedsequence_free(&ss);
  check_state(words, 3, NULL, 0, 4, want1, NULL);
  check_state(words, 1, NULL, 0, 4, want1, NULL);
}

static void test_spawn_key(void **state) {
  npr_seed_words key;
  static const uint32_t entropy[1] = {7};
  /* SeedSequence(7, spawn_key=(1, 2**40)).generate_state(8) */
  static const uint32_t want32[8] = {550440929u,  953338991u,  3267950059u, 3574667286u,
                                     1891317733u, 1496181808u, 2071124305u, 1259952734u};
  /* SeedSequence(7, spawn_key=(1, 2**40)).generate_state(4, np.uint64) */
  static const uint64_t want64[4] = {4094559788897079265ull, 15353079090719028715ull,
                                     6426051936121468901ull, 5411455789106911569ull};
  (void)state;
  npr_seed_words_init(&key);
  assert_int_equal(npr_seed_words_append_u64(&key, 1, NULL), NPR_OK);
  assert_int_equal(npr_seed_words_append_u64(&key, 1ull << 40, NULL), NPR_OK);
  assert_int_equal(key.len, 3); /* 1 | 0, 256 */
  check_state(entropy, 1, key.words, key.len, 4, want32, want64);
  npr_seed_words_free(&key);
}

static void test_pool_sizes(void **state) {
  npr_seed_words w;
  npr_seedsequence ss;
  /* 2**100 + 5 */
  static const uint32_t big[4] = {5u, 0u, 0u, 16u};
  static const uint32_t range10[10] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  static const uint32_t key3[1] = {3};
  /* SeedSequence(2**100 + 5, pool_size=8).generate_state(8) */
  static const uint32_t want8[8] = {3468367699u, 3708168934u, 431035617u,  302292961u,
                                    412385777u,  359551597u,  3368726628u, 1711470432u};
  /* SeedSequence(2**100 + 5, pool_size=8).generate_state(4, np.uint64) */
  static const uint64_t want8_64[4] = {15926464303041550163ull, 1298338381737039073ull,
                                       1544262350751957489ull, 7350709536879718500ull};
  /* SeedSequence(list(range(10)), pool_size=5, spawn_key=(3,)).generate_state(8) */
  static const uint32_t want5[8] = {3533847879u, 2772987588u, 2605022660u, 86783107u,
                                    111419988u,  1280057825u, 68586982u,   2864372955u};
  (void)state;
  npr_seed_words_init(&w);
  assert_int_equal(npr_seed_words_append_int(&w, big, 4, false, NULL), NPR_OK);
  check_state(w.words, w.len, NULL, 0, 8, want8, want8_64);
  npr_seed_words_free(&w);
  check_state(range10, 10, key3, 1, 5, want5, NULL);

  assert_int_equal(npr_seedsequence_init(&ss, range10, 10, NULL, 0, 8, 0, NULL), NPR_OK);
  assert_int_equal(ss.pool_size, 8);
  npr_seedsequence_free(&ss);
}

static void test_spawn(void **state) {
  npr_seedsequence parent, kids[2], grandkids[2], late;
  uint32_t out[4];
  /* [c.generate_state(4) for c in SeedSequence(42).spawn(2)] */
  static const uint32_t want_kid[2][4] = {{2684470948u, 3757501821u, 1691896351u, 1126406280u},
                                          {4091952314u, 31242083u, 366899054u, 1794014678u}};
  /* (lambda s: (s.spawn(2), [c.generate_state(4) for c in s.spawn(1)],
   *  s.n_children_spawned)[1:])(SeedSequence(42)) */
  static const uint32_t want_third[4] = {233227757u, 2701265274u, 3388095807u, 2508111505u};
  /* SeedSequence(42).spawn(1)[0].spawn(2)[1].generate_state(4), equal to
   * SeedSequence(42, spawn_key=(0, 1)).generate_state(4) */
  static const uint32_t want_grand[4] = {3908812709u, 3341582407u, 3454793571u, 679120907u};
  /* SeedSequence(42, n_children_spawned=5).spawn(1)[0].generate_state(4) */
  static const uint32_t want_sixth[4] = {1206282609u, 153966579u, 4096675630u, 3282084061u};
  static const uint32_t forty_two[1] = {42};
  int i;
  (void)state;

  assert_int_equal(npr_seedsequence_init_u64(&parent, 42, NULL), NPR_OK);
  assert_int_equal(npr_seedsequence_spawn(&parent, 2, kids, NULL), NPR_OK);
  assert_int_equal(parent.n_children_spawned, 2);
  for (i = 0; i < 2; i++) {
    assert_int_equal(kids[i].spawn_key_len, 1);
    assert_int_equal(kids[i].spawn_key[0], i);
    assert_int_equal(kids[i].n_children_spawned, 0);
    npr_seedsequence_generate_state32(&kids[i], out, 4);
    assert_u32s(out, want_kid[i], 4);
  }
  assert_int_equal(npr_seedsequence_spawn(&parent, 1, &late, NULL), NPR_OK);
  assert_int_equal(parent.n_children_spawned, 3);
  npr_seedsequence_generate_state32(&late, out, 4);
  assert_u32s(out, want_third, 4);
  npr_seedsequence_free(&late);

  assert_int_equal(npr_seedsequence_spawn(&kids[0], 2, grandkids, NULL), NPR_OK);
  assert_int_equal(grandkids[1].spawn_key_len, 2);
  npr_seedsequence_generate_state32(&grandkids[1], out, 4);
  assert_u32s(out, want_grand, 4);
  for (i = 0; i < 2; i++) {
    npr_seedsequence_free(&kids[i]);
    npr_seedsequence_free(&grandkids[i]);
  }
  npr_seedsequence_free(&parent);

  assert_int_equal(npr_seedsequence_init(&parent, forty_two, 1, NULL, 0, 4, 5, NULL), NPR_OK);
  assert_int_equal(npr_seedsequence_spawn(&parent, 1, &late, NULL), NPR_OK);
  npr_seedsequence_generate_state32(&late, out, 4);
  assert_u32s(out, want_sixth, 4);
  npr_seedsequence_free(&late);
  npr_seedsequence_free(&parent);
}

static void test_copy(void **state) {
  npr_seedsequence a, b;
  uint32_t out_a[8], out_b[8];
  static const uint32_t key[2] = {0, 1};
  static const uint32_t entropy[1] = {42};
  /* SeedSequence(42, spawn_key=(0, 1)).generate_state(4) */
  static const uint32_t want[4] = {3908812709u, 3341582407u, 3454793571u, 679120907u};
  (void)state;
  assert_int_equal(npr_seedsequence_init(&a, entropy, 1, key, 2, 4, 0, NULL), NPR_OK);
  assert_int_equal(npr_seedsequence_copy(&b, &a, NULL), NPR_OK);
  npr_seedsequence_free(&a);
  npr_seedsequence_generate_state32(&b, out_b, 4);
  assert_u32s(out_b, want, 4);
  assert_int_equal(npr_seedsequence_init(&a, entropy, 1, key, 2, 4, 0, NULL), NPR_OK);
  npr_seedsequence_generate_state32(&a, out_a, 8);
  npr_seedsequence_generate_state32(&b, out_b, 8);
  assert_memory_equal(out_a, out_b, sizeof out_a);
  npr_seedsequence_free(&a);
  npr_seedsequence_free(&b);
}

static void test_errors(void **state) {
  npr_seed_words w;
  npr_seedsequence ss;
  npr_error err;
  static const uint32_t one[1] = {1};
  (void)state;
  npr_seed_words_init(&w);
  /* SeedSequence(-1) -> ValueError: expected non-negative integer */
  assert_int_equal(npr_seed_words_append_i64(&w, -1, &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "expected non-negative integer");
  assert_int_equal(npr_seed_words_append_int(&w, one, 1, true, &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "expected non-negative integer");
  assert_int_equal(w.len, 0);
  /* -0 is just 0. */
  assert_int_equal(npr_seed_words_append_int(&w, NULL, 0, true, &err), NPR_OK);
  assert_int_equal(w.len, 1);
  npr_seed_words_free(&w);

  /* SeedSequence(1, pool_size=3) -> ValueError: The size of the entropy pool should be at least 4
   */
  assert_int_equal(npr_seedsequence_init(&ss, one, 1, NULL, 0, 3, 0, &err), NPR_VALUE_ERROR);
  assert_int_equal(err.status, NPR_VALUE_ERROR);
  assert_string_equal(err.message, "The size of the entropy pool should be at least 4");
  assert_null(ss.pool);
  npr_seedsequence_free(&ss);
  /* SeedSequence(1, pool_size=-1): the same message */
  assert_int_equal(npr_seedsequence_init(&ss, one, 1, NULL, 0, -1, 0, &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "The size of the entropy pool should be at least 4");
  assert_int_equal(npr_seedsequence_init_os(&ss, NULL, 0, 2, &err), NPR_VALUE_ERROR);
  assert_string_equal(err.message, "The size of the entropy pool should be at least 4");

  assert_int_equal(npr_seedsequence_init(&ss, one, 1, NULL, 0, 4, UINT32_MAX, &err), NPR_OK);
  assert_int_equal(npr_seedsequence_spawn(&ss, 1, NULL, &err), NPR_OVERFLOW_ERROR);
  assert_int_equal(ss.n_children_spawned, UINT32_MAX);
  npr_seedsequence_free(&ss);
}

static void test_os_entropy(void **state) {
  npr_seedsequence a, b;
  uint32_t out_a[4], out_b[4];
  (void)state;
  /* SeedSequence(): randbits(pool_size * 32), i.e. at most pool_size words. */
  assert_int_equal(npr_seedsequence_init_os(&a, NULL, 0, 4, NULL), NPR_OK);
  assert_int_equal(npr_seedsequence_init_os(&b, NULL, 0, 8, NULL), NPR_OK);
  assert_true(a.entropy_len >= 1 && a.entropy_len <= 4);
  assert_true(b.entropy_len >= 1 && b.entropy_len <= 8);
  assert_int_equal(b.pool_size, 8);
  npr_seedsequence_generate_state32(&a, out_a, 4);
  npr_seedsequence_generate_state32(&b, out_b, 4);
  /* Equal only with probability 2**-128. */
  assert_memory_not_equal(out_a, out_b, sizeof out_a);
  npr_seedsequence_free(&a);
  npr_seedsequence_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_int_zero),  cmocka_unit_test(test_small_int),
      cmocka_unit_test(test_u64_max),   cmocka_unit_test(test_huge_int),
      cmocka_unit_test(test_list),      cmocka_unit_test(test_uint32_array_keeps_zeros),
      cmocka_unit_test(test_spawn_key), cmocka_unit_test(test_pool_sizes),
      cmocka_unit_test(test_spawn),     cmocka_unit_test(test_copy),
      cmocka_unit_test(test_errors),    cmocka_unit_test(test_os_entropy),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
