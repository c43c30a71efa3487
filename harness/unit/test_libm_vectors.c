/* nprand's own libm against x86-64 glibc 2.36 with FMA, on any target:
 * tests/data/libm/vectors.txt holds glibc's results (made on the reference
 * platform by lib/tools/gen_libm_vectors.sh) for inputs where glibc's FMA and
 * non-FMA paths disagree, and for a sample of ordinary inputs from each range
 * the samplers pass. Every result must match bit for bit (NaNs as NaNs). The
 * same checks also exercise errno: glibc's ERANGE/EDOM for the inputs that
 * overflow, underflow to zero or leave the domain. */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "unit_arith.h"

#include "libm/npr_libm.h"

static const char *data_dir = "tests/data";

typedef struct {
  const char *name;
  double (*f1)(double);
  double (*f2)(double, double);
  float (*f1f)(float);
  float (*f2f)(float, float);
  unsigned checked, failed;
} libm_entry;

static libm_entry entries[] = {
    {"log", npr_libm_log, 0, 0, 0, 0, 0},     {"log1p", npr_libm_log1p, 0, 0, 0, 0, 0},
    {"exp", npr_libm_exp, 0, 0, 0, 0, 0},     {"expm1", npr_libm_expm1, 0, 0, 0, 0, 0},
    {"sin", npr_libm_sin, 0, 0, 0, 0, 0},     {"cos", npr_libm_cos, 0, 0, 0, 0, 0},
    {"tan", npr_libm_tan, 0, 0, 0, 0, 0},     {"atan", npr_libm_atan, 0, 0, 0, 0, 0},
    {"acos", npr_libm_acos, 0, 0, 0, 0, 0},   {"pow", 0, npr_libm_pow, 0, 0, 0, 0},
    {"logf", 0, 0, npr_libm_logf, 0, 0, 0},   {"log1pf", 0, 0, npr_libm_log1pf, 0, 0, 0},
    {"expf", 0, 0, npr_libm_expf, 0, 0, 0},   {"powf", 0, 0, 0, npr_libm_powf, 0, 0},
};
#define N_ENTRIES (sizeof entries / sizeof entries[0])

static double dbl(uint64_t b) {
  double x;
  memcpy(&x, &b, sizeof x);
  return x;
}

static uint64_t bits(double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

static float flt(uint32_t b) {
  float x;
  memcpy(&x, &b, sizeof x);
  return x;
}

static uint32_t bitsf(float x) {
  uint32_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

static libm_entry *find_entry(const char *name) {
  size_t i;
  for (i = 0; i < N_ENTRIES; i++) {
    if (!strcmp(entries[i].name, name)) {
      return &entries[i];
    }
  }
  return NULL;
}

/* Checks one line; returns 0 on a mismatch (printed). */
static int check_line(libm_entry *e, const uint64_t *v, int nv) {
  int ok;
  char got[40];
  if (e->f1 || e->f2) {
    const double want = dbl(v[nv - 1]);
    const double r = e->f1 ? e->f1(dbl(v[0])) : e->f2(dbl(v[0]), dbl(v[1]));
    ok = bits(r) == bits(want) || (r != r && want != want);
    snprintf(got, sizeof got, "%016" PRIx64, bits(r));
  } else {
    const float want = flt((uint32_t)v[nv - 1]);
    const float r = e->f1f ? e->f1f(flt((uint32_t)v[0])) : e->f2f(flt((uint32_t)v[0]), flt((uint32_t)v[1]));
    ok = bitsf(r) == bitsf(want) || (r != r && want != want);
    snprintf(got, sizeof got, "%08" PRIx32, bitsf(r));
  }
  if (!ok && e->failed < 5) {
    print_error("%s(%016" PRIx64 "%s%016" PRIx64 "): want %016" PRIx64 ", got %s\n", e->name, v[0],
                nv > 2 ? ", " : "", nv > 2 ? v[1] : 0, v[nv - 1], got);
  }
  return ok;
}

static void test_vectors(void **state) {
  char path[1024], line[256];
  FILE *f;
  unsigned failed = 0, lines = 0;
  size_t i;
  (void)state;
  NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC();
  snprintf(path, sizeof path, "%s/libm/vectors.txt", data_dir);
  f = fopen(path, "r");
  assert_non_null(f);
  while (fgets(line, sizeof line, f)) {
    char name[16];
    uint64_t v[3];
    int nv = 0, off = 0, used;
    libm_entry *e;
    if (line[0] == '#' || sscanf(line, "%15s%n", name, &off) != 1) {
      continue;
    }
    while (nv < 3 && sscanf(line + off, " %" SCNx64 "%n", &v[nv], &used) == 1) {
      off += used;
      nv++;
    }
    e = find_entry(name);
    assert_non_null(e);
    assert_int_equal(nv, (e->f2 || e->f2f) ? 3 : 2);
    e->checked++;
    if (!check_line(e, v, nv)) {
      e->failed++;
      failed++;
    }
    lines++;
  }
  fclose(f);
  for (i = 0; i < N_ENTRIES; i++) {
    /* Every function is covered by the file. */
    assert_true(entries[i].checked >= 500);
    if (entries[i].failed) {
      print_error("%s: %u of %u vectors differ\n", entries[i].name, entries[i].failed, entries[i].checked);
    }
  }
  assert_true(lines > 5000);
  assert_int_equal(failed, 0);
}

/* glibc's errno conventions, which CPython's math wrappers read: each case is
 * what x86-64 glibc 2.36 sets (checked there with -fno-builtin). */
static void test_errno(void **state) {
  (void)state;
  errno = 0;
  assert_true(npr_libm_exp(1000.0) == HUGE_VAL && errno == ERANGE);
  errno = 0;
  assert_true(npr_libm_exp(-1000.0) == 0.0 && errno == ERANGE);
  errno = 0;
  assert_true(npr_libm_log(0.0) == -HUGE_VAL && errno == ERANGE);
  errno = 0;
  assert_true(npr_libm_log(-1.0) != npr_libm_log(-1.0) && errno == EDOM);
  errno = 0;
  assert_true(npr_libm_log1p(-1.0) == -HUGE_VAL && errno == ERANGE);
  errno = 0;
  assert_true(npr_libm_pow(10.0, 400.0) == HUGE_VAL && errno == ERANGE);
  errno = 0;
  assert_true(npr_libm_pow(-2.0, 0.5) != npr_libm_pow(-2.0, 0.5) && errno == EDOM);
  errno = 0;
  assert_true(npr_libm_sin(HUGE_VAL) != npr_libm_sin(HUGE_VAL) && errno == EDOM);
  errno = 0;
  assert_true(npr_libm_acos(2.0) != npr_libm_acos(2.0) && errno == EDOM);
  errno = 0;
  assert_true(npr_libm_expf(100.0f) == HUGE_VALF && errno == ERANGE);
  errno = 0;
  (void)npr_libm_exp(1.0);
  (void)npr_libm_log(2.0);
  (void)npr_libm_pow(2.0, 0.5);
  assert_int_equal(errno, 0);
}

int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_vectors),
      cmocka_unit_test(test_errno),
  };
  if (argc > 1) {
    data_dir = argv[1];
  }
  return cmocka_run_group_tests(tests, NULL, NULL);
}
