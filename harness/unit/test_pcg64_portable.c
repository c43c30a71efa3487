/* The portable (no __int128) PCG arithmetic on its own: this file forces it
 * with NPRAND_NO_INT128 before including the internal header, rebuilds both
 * PCG streams from those primitives alone and checks them against NumPy's
 * vectors (tests/data/numpy) and a NumPy advance, and against the library,
 * which uses __int128 where the compiler has it. */
#define NPRAND_NO_INT128 1

#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "nprand/pcg64.h"
#include "nprand/pcg64dxsm.h"
#include "nprand/seedsequence.h"
#include "pcg64/pcg128.h"

#if NPR_PCG_HAVE_INT128
#error "NPRAND_NO_INT128 must select the portable path"
#endif

enum { N_VALUES = 1000 };

static const char *data_dir = "tests/data";

static void load(const char *name, uint64_t *seed, uint64_t *raw) {
  char path[1024], line[256];
  FILE *f;
  int n = 0, index;
  snprintf(path, sizeof path, "%s/numpy/%s", data_dir, name);
  f = fopen(path, "r");
  if (!f) {
    fail_msg("cannot open %s", path);
  }
  assert_non_null(fgets(line, sizeof line, f));
  assert_int_equal(sscanf(line, "seed, %" SCNx64, seed), 1);
  while (n < N_VALUES && fgets(line, sizeof line, f)) {
    assert_int_equal(sscanf(line, "%d, %" SCNx64, &index, &raw[n]), 2);
    n++;
  }
  fclose(f);
  assert_int_equal(n, N_VALUES);
}

typedef struct lcg {
  npr_pcg128 state, inc;
} lcg;

/* pcg64_set_seed (both generators seed with the 128-bit multiplier). */
static lcg seeded(uint64_t seed) {
  npr_seedsequence ss;
  uint64_t w[4];
  lcg g;
  npr_pcg128 mult = npr_pcg128_make(NPR_PCG_MULT_HI, NPR_PCG_MULT_LO);
  assert_int_equal(npr_seedsequence_init_u64(&ss, seed, NULL), NPR_OK);
  npr_seedsequence_generate_state64(&ss, w, 4);
  npr_seedsequence_free(&ss);
  g.inc = npr_pcg128_make((w[2] << 1) | (w[3] >> 63), (w[3] << 1) | 1u);
  g.state = npr_pcg128_add_portable(npr_pcg128_mul_portable(npr_pcg128_make(0, 0), mult), g.inc);
  g.state = npr_pcg128_add_portable(g.state, npr_pcg128_make(w[0], w[1]));
  g.state = npr_pcg128_add_portable(npr_pcg128_mul_portable(g.state, mult), g.inc);
  return g;
}

static void test_pcg64_stream(void **state) {
  static uint64_t raw[N_VALUES];
  uint64_t seed;
  npr_pcg128 mult = npr_pcg128_make(NPR_PCG_MULT_HI, NPR_PCG_MULT_LO);
  lcg g;
  npr_pcg64 lib;
  npr_seedsequence ss;
  int i;
  (void)state;
  load("pcg64-testset-1.csv", &seed, raw);
  g = seeded(seed);
  assert_int_equal(npr_seedsequence_init_u64(&ss, seed, NULL), NPR_OK);
  npr_pcg64_from_seedseq(&lib, &ss);
  npr_seedsequence_free(&ss);
  for (i = 0; i < N_VALUES; i++) {
    g.state = npr_pcg128_add(npr_pcg128_mul(g.state, mult), g.inc);
    assert_int_equal(npr_pcg_output_xsl_rr(g.state), raw[i]);
    assert_int_equal(npr_pcg64_next64(&lib), raw[i]);
  }
  assert_int_equal(lib.state_hi, g.state.hi);
  assert_int_equal(lib.state_lo, g.state.lo);
}

static void test_pcg64dxsm_stream(void **state) {
  static uint64_t raw[N_VALUES];
  uint64_t seed;
  npr_pcg128 cheap = npr_pcg128_make(0, NPR_PCG_CHEAP_MULT);
  lcg g;
  int i;
  (void)state;
  load("pcg64dxsm-testset-2.csv", &seed, raw);
  g = seeded(seed);
  for (i = 0; i < N_VALUES; i++) {
    assert_int_equal(npr_pcg_output_dxsm(g.state), raw[i]);
    g.state = npr_pcg128_add(npr_pcg128_mul(g.state, cheap), g.inc);
  }
}

static void test_advance_and_jump(void **state) {
  lcg g = seeded(0xdeadbeaf);
  npr_pcg128 jump, s;
  npr_pcg64dxsm lib;
  npr_seedsequence ss;
  (void)state;
  s = npr_pcg128_advance(g.state, npr_pcg128_make(1ull << 36, 7),
                         npr_pcg128_make(0, NPR_PCG_CHEAP_MULT), g.inc);
  /* b = PCG64DXSM(0xdeadbeaf); b.advance(2**100 + 7); print(hex(b.state['state']['state']))
   * -> 0x326573eac2a679910fe49a9bfcec2f84 */
  assert_int_equal(s.hi, 0x326573eac2a67991ull);
  assert_int_equal(s.lo, 0x0fe49a9bfcec2f84ull);

  jump = npr_pcg128_times_i64(npr_pcg128_make(NPR_PCG_JUMP_HI, NPR_PCG_JUMP_LO), -2);
  s = npr_pcg128_advance(g.state, jump, npr_pcg128_make(0, NPR_PCG_CHEAP_MULT), g.inc);
  /* print(hex(PCG64DXSM(0xdeadbeaf).jumped(-2).state['state']['state']))
   * -> 0x67939eeabada64664cff6d3420c8d5e3 */
  assert_int_equal(s.hi, 0x67939eeabada6466ull);
  assert_int_equal(s.lo, 0x4cff6d3420c8d5e3ull);

  assert_int_equal(npr_seedsequence_init_u64(&ss, 0xdeadbeaf, NULL), NPR_OK);
  npr_pcg64dxsm_from_seedseq(&lib, &ss);
  npr_seedsequence_free(&ss);
  npr_pcg64dxsm_jumped(&lib, -2, &lib);
  assert_int_equal(lib.state_hi, s.hi);
  assert_int_equal(lib.state_lo, s.lo);
}

int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_pcg64_stream),
      cmocka_unit_test(test_pcg64dxsm_stream),
      cmocka_unit_test(test_advance_and_jump),
  };
  if (argc > 1) {
    data_dir = argv[1];
  }
  return cmocka_run_group_tests(tests, NULL, NULL);
}
