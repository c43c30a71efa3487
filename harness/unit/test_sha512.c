/* SHA-512 against the FIPS 180-4 example vectors (and the padding edges at
 * 111/112/128 bytes, where the length field spills into a second block).
 * Each digest is what /usr/bin/python3 prints for the line beside it, run
 * after `import hashlib`. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nprand/sha512.h"

static void hex_of(const unsigned char *d, char *out) {
  size_t i;
  for (i = 0; i < NPR_SHA512_DIGEST_SIZE; i++) {
    snprintf(out + 2 * i, 3, "%02x", d[i]);
  }
}

static void check_oneshot(const void *msg, size_t n, const char *want) {
  unsigned char d[NPR_SHA512_DIGEST_SIZE];
  char hex[2 * NPR_SHA512_DIGEST_SIZE + 1];
  npr_sha512_digest(msg, n, d);
  hex_of(d, hex);
  assert_string_equal(hex, want);
}

static void test_abc(void **state) {
  (void)state;
  /* hashlib.sha512(b'abc').hexdigest() */
  check_oneshot("abc", 3,
                "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
}

static void test_empty(void **state) {
  (void)state;
  /* hashlib.sha512(b'').hexdigest() */
  check_oneshot("", 0,
                "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
}

static const char two_block[] = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                                "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
/* hashlib.sha512(b'abcdefghbcdefghi...nopqrstu').hexdigest() (the 896-bit message) */
static const char two_block_digest[] = "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
                                       "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909";

static void test_896_bit(void **state) {
  (void)state;
  assert_int_equal(sizeof two_block - 1, 112);
  check_oneshot(two_block, 112, two_block_digest);
}

static void test_incremental_matches_oneshot(void **state) {
  npr_sha512 ctx;
  unsigned char d[NPR_SHA512_DIGEST_SIZE];
  char hex[2 * NPR_SHA512_DIGEST_SIZE + 1];
  size_t i;
  (void)state;
  /* byte at a time, so every block boundary is crossed mid-update */
  npr_sha512_init(&ctx);
  for (i = 0; i < 112; i++) {
    npr_sha512_update(&ctx, two_block + i, 1);
  }
  npr_sha512_final(&ctx, d);
  hex_of(d, hex);
  assert_string_equal(hex, two_block_digest);
}

static void test_million_a(void **state) {
  npr_sha512 ctx;
  unsigned char d[NPR_SHA512_DIGEST_SIZE];
  char hex[2 * NPR_SHA512_DIGEST_SIZE + 1];
  char chunk[1000];
  int i;
  (void)state;
  memset(chunk, 'a', sizeof chunk);
  npr_sha512_init(&ctx);
  for (i = 0; i < 1000; i++) {
    npr_sha512_update(&ctx, chunk, sizeof chunk);
  }
  npr_sha512_final(&ctx, d);
  hex_of(d, hex);
  /* hashlib.sha512(b'a' * 1000000).hexdigest() */
  assert_string_equal(hex, "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
                           "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b");
}

static void test_padding_edges(void **state) {
  char a[128];
  (void)state;
  memset(a, 'a', sizeof a);
  /* hashlib.sha512(b'a' * 111).hexdigest(): padding and length fit one block */
  check_oneshot(a, 111,
                "fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760"
                "b4beff48404df811b953828274461673c68d04e297b0eb7b2b4d60fc6b566a2");
  /* hashlib.sha512(b'a' * 112).hexdigest(): the length needs a second block */
  check_oneshot(a, 112,
                "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32"
                "bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca");
  /* hashlib.sha512(b'a' * 128).hexdigest(): exactly one full block */
  check_oneshot(a, 128,
                "b73d1929aa615934e61a871596b3f3b33359f42b8175602e89f7e06e5f658a24"
                "3667807ed300314b95cacdd579f3e33abdfbe351909519a846d465c59582f321");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_abc),       cmocka_unit_test(test_empty),
      cmocka_unit_test(test_896_bit),   cmocka_unit_test(test_incremental_matches_oneshot),
      cmocka_unit_test(test_million_a), cmocka_unit_test(test_padding_edges),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
