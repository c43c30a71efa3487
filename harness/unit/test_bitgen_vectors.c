/* NumPy's own bit-generator vectors (the CSVs in tests/data/numpy, written by
 * NumPy; see the README there): seed each generator through SeedSequence
 * and compare 1000 random_raw() outputs, then check next_double against the
 * same raw words the way NumPy's test_direct.py derives it. */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nprand/bitgen.h"
#include "nprand/mt19937.h"
#include "nprand/pcg64.h"
#include "nprand/pcg64dxsm.h"
#include "nprand/philox.h"
#include "nprand/seedsequence.h"
#include "nprand/sfc64.h"

enum { N_VALUES = 1000 };

static const char *data_dir = "tests/data";

typedef struct vectors {
  uint64_t seed;
  uint64_t raw[N_VALUES];
} vectors;

static void load(const char *name, vectors *v) {
  char path[1024], line[256];
  FILE *f;
  int n = 0;
  snprintf(path, sizeof path, "%s/numpy/%s", data_dir, name);
  f = fopen(path, "r");
  if (!f) {
    fail_msg("cannot open %s", path);
  }
  assert_non_null(fgets(line, sizeof line, f));
  assert_int_equal(sscanf(line, "seed, %" SCNx64, &v->seed), 1);
  while (fgets(line, sizeof line, f)) {
    int index;
    uint64_t value;
    assert_int_equal(sscanf(line, "%d, %" SCNx64, &index, &value), 2);
    assert_int_equal(index, n);
    assert_true(n < N_VALUES);
    v->raw[n++] = value;
  }
  fclose(f);
  assert_int_equal(n, N_VALUES);
}

typedef enum kind { MT19937, PCG64, PCG64DXSM, PHILOX, SFC64 } kind;

typedef union any_state {
  npr_mt19937 mt;
  npr_pcg64 pcg;
  npr_pcg64dxsm dxsm;
  npr_philox philox;
  npr_sfc64 sfc;
} any_state;

static npr_bitgen seeded(kind k, uint64_t seed, any_state *st) {
  npr_seedsequence ss;
  npr_bitgen bg;
  assert_int_equal(npr_seedsequence_init_u64(&ss, seed, NULL), NPR_OK);
  switch (k) {
  case MT19937:
    npr_mt19937_from_seedseq(&st->mt, &ss);
    bg = npr_mt19937_bitgen(&st->mt);
    break;
  case PCG64:
    npr_pcg64_from_seedseq(&st->pcg, &ss);
    bg = npr_pcg64_bitgen(&st->pcg);
    break;
  case PCG64DXSM:
    npr_pcg64dxsm_from_seedseq(&st->dxsm, &ss);
    bg = npr_pcg64dxsm_bitgen(&st->dxsm);
    break;
  case PHILOX:
    npr_philox_from_seedseq(&st->philox, &ss);
    bg = npr_philox_bitgen(&st->philox);
    break;
  default:
    npr_sfc64_from_seedseq(&st->sfc, &ss);
    bg = npr_sfc64_bitgen(&st->sfc);
    break;
  }
  npr_seedsequence_free(&ss);
  return bg;
}

static void check_file(kind k, const char *name) {
  static vectors v;
  any_state st;
  npr_bitgen bg;
  int i;

  load(name, &v);
  bg = seeded(k, v.seed, &st);
  for (i = 0; i < N_VALUES; i++) {
    uint64_t got = npr_next_raw(&bg);
    if (got != v.raw[i]) {
      fail_msg("%s: value %d is 0x%" PRIx64 ", NumPy 0x%" PRIx64, name, i, got, v.raw[i]);
    }
  }

  /* next_double: 53 bits of one 64-bit word, or of two 32-bit MT words. */
  bg = seeded(k, v.seed, &st);
  if (k == MT19937) {
    for (i = 0; i + 1 < N_VALUES; i += 2) {
      double want = npr_double_from_uint32_pair((uint32_t)v.raw[i], (uint32_t)v.raw[i + 1]);
      assert_true(npr_next_double(&bg) == want);
    }
  } else {
    for (i = 0; i < N_VALUES; i++) {
      assert_true(npr_next_double(&bg) == npr_double_from_uint64(v.raw[i]));
    }
  }
}

static void test_mt19937_1(void **s) {
  (void)s;
  check_file(MT19937, "mt19937-testset-1.csv");
}
static void test_mt19937_2(void **s) {
  (void)s;
  check_file(MT19937, "mt19937-testset-2.csv");
}
static void test_pcg64_1(void **s) {
  (void)s;
  check_file(PCG64, "pcg64-testset-1.csv");
}
static void test_pcg64_2(void **s) {
  (void)s;
  check_file(PCG64, "pcg64-testset-2.csv");
}
static void test_pcg64dxsm_1(void **s) {
  (void)s;
  check_file(PCG64DXSM, "pcg64dxsm-testset-1.csv");
}
static void test_pcg64dxsm_2(void **s) {
  (void)s;
  check_file(PCG64DXSM, "pcg64dxsm-testset-2.csv");
}
static void test_philox_1(void **s) {
  (void)s;
  check_file(PHILOX, "philox-testset-1.csv");
}
static void test_philox_2(void **s) {
  (void)s;
  check_file(PHILOX, "philox-testset-2.csv");
}
static void test_sfc64_1(void **s) {
  (void)s;
  check_file(SFC64, "sfc64-testset-1.csv");
}
static void test_sfc64_2(void **s) {
  (void)s;
  check_file(SFC64, "sfc64-testset-2.csv");
}

int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mt19937_1),   cmocka_unit_test(test_mt19937_2),
      cmocka_unit_test(test_pcg64_1),     cmocka_unit_test(test_pcg64_2),
      cmocka_unit_test(test_pcg64dxsm_1), cmocka_unit_test(test_pcg64dxsm_2),
      cmocka_unit_test(test_philox_1),    cmocka_unit_test(test_philox_2),
      cmocka_unit_test(test_sfc64_1),     cmocka_unit_test(test_sfc64_2),
  };
  if (argc > 1) {
    data_dir = argv[1];
  }
  return cmocka_run_group_tests(tests, NULL, NULL);
}
