/* Every NaN is one value to the conformance runner (oracle/FORMAT.md): an
 * oracle file's NaN token of either sign or any payload matches any NaN the
 * engine produces, the engine's own NaN tokens are canonical (so a digest
 * made by the oracle's tokens.py matches on every architecture), and a
 * non-NaN token still does not match a NaN.
 *
 * The request is Generator(MT19937(0)).f(inf, 1.0, size=2): inf/inf, an
 * invalid operation, so NumPy 1.24.2 on x86-64 returns x86's negative
 * default NaN (fff8000000000000) twice, and aarch64/s390x their positive
 * one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nprand/sha512.h"
#include "oracle_reader.h"

#define SEEDS_TEXT "[0]\n"
#define REQUEST                                                                                                 \
  "{\"calls\":[{\"args\":[\"inf\",1.0],\"kwargs\":{\"size\":2},\"method\":\"f\"}],\"family\":\"mt19937\"}"
/* tokens.reply_digest of that reply, from oracle/nprand_oracle/tokens.py:
 * the SHA-512 of "#\nf:7ff8000000000000\nf:7ff8000000000000\n" */
#define PYTHON_DIGEST "8826f10b9d60dd16"

static void hex32(const char *data, size_t len, char out[33]) {
  unsigned char d[NPR_SHA512_DIGEST_SIZE];
  int i;
  npr_sha512_digest(data, len, d);
  for (i = 0; i < 16; i++) sprintf(out + 2 * i, "%02x", d[i]);
  out[32] = '\0';
}

static char *read_seeds(void *ctx, const char *path, size_t *len) {
  char *copy = malloc(sizeof SEEDS_TEXT);
  (void)ctx;
  (void)path;
  if (copy == NULL) return NULL;
  memcpy(copy, SEEDS_TEXT, sizeof SEEDS_TEXT);
  *len = sizeof SEEDS_TEXT - 1;
  return copy;
}

/* Runs an oracle file whose one entry line is `entry`; returns the
 * reader's result (0 pass, 1 mismatch, -1 corrupt). */
static int run_entry(const char *entry) {
  char seeds_sum[33], sum[33], body[4096], file[4300];
  npr_oracle_stats st;
  npr_oracle_io io;
  FILE *sink = fopen("/dev/null", "w");
  int n, rc;
  assert_non_null(sink);
  hex32(SEEDS_TEXT, sizeof SEEDS_TEXT - 1, seeds_sum);
  n = snprintf(body, sizeof body,
               "{\"case\":\"nan_sign\",\"family\":\"mt19937\",\"format\":\"nprand-oracle/1\",\"full\":1,"
               "\"numpy\":\"1.24.2\",\"python\":\"3.11.2\",\"request\":" REQUEST
               ",\"seed_list\":\"seeds.json\",\"seed_list_sha512\":\"%s\",\"seeds\":1}\n%s\n",
               seeds_sum, entry);
  assert_true(n > 0 && (size_t)n < sizeof body);
  hex32(body, (size_t)n, sum);
  n = snprintf(file, sizeof file, "%s{\"end\":true,\"entries\":1,\"sha512\":\"%s\"}\n", body, sum);
  assert_true(n > 0 && (size_t)n < sizeof file);
  memset(&st, 0, sizeof st);
  io.out = sink;
  io.err = sink;
  io.read = read_seeds;
  io.ctx = NULL;
  rc = npr_oracle_run_data("mem/mt19937/nan_sign.jsonl", file, (size_t)n, -1, true, &io, &st);
  free(st.rows);
  fclose(sink);
  return rc;
}

static void full_entry_negative_nan(void **state) {
  (void)state;
  /* what the x86-64 oracle recorded before NaN tokens were canonical */
  assert_int_equal(run_entry("{\"i\":0,\"s\":0,\"t\":[[\"f:fff8000000000000\",\"f:fff8000000000000\"]]}"), 0);
}

static void full_entry_positive_nan(void **state) {
  (void)state;
  assert_int_equal(run_entry("{\"i\":0,\"s\":0,\"t\":[[\"f:7ff8000000000000\",\"f:7ff8000000000000\"]]}"), 0);
}

static void full_entry_nan_payloads(void **state) {
  (void)state;
  /* a signalling-NaN payload and a negative one with payload bits */
  assert_int_equal(run_entry("{\"i\":0,\"s\":0,\"t\":[[\"f:7ff0000000000001\",\"f:fffc000000000123\"]]}"), 0);
}

static void full_entry_not_nan_fails(void **state) {
  (void)state;
  /* infinity and a malformed token are not NaN */
  assert_int_equal(run_entry("{\"i\":0,\"s\":0,\"t\":[[\"f:7ff0000000000000\",\"f:7ff8000000000000\"]]}"), 1);
  assert_int_equal(run_entry("{\"i\":0,\"s\":0,\"t\":[[\"f:7ff8\",\"f:7ff8000000000000\"]]}"), 1);
  assert_int_equal(run_entry("{\"i\":0,\"s\":0,\"t\":[[\"f:7ff80000000000001\",\"f:7ff8000000000000\"]]}"), 1);
}

static void digest_entry_matches_python(void **state) {
  (void)state;
  assert_int_equal(run_entry("{\"d\":\"" PYTHON_DIGEST "\",\"i\":0}"), 0);
  /* the digest of x86's NaN bits (what the oracle wrote before NaN tokens
   * were canonical) is no longer what the engine makes, on any machine */
  assert_int_equal(run_entry("{\"d\":\"0afa44fb7552b73d\",\"i\":0}"), 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(full_entry_negative_nan),  cmocka_unit_test(full_entry_positive_nan),
      cmocka_unit_test(full_entry_nan_payloads),  cmocka_unit_test(full_entry_not_nan_fails),
      cmocka_unit_test(digest_entry_matches_python),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
