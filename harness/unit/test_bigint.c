/* npr_bigint against Python's own int arithmetic: tests/data/pyrandom/
 * bigint.txt (oracle/pyrandom_unit_data.py) holds "op a b -> result" lines
 * for +, -, *, //, comparison, bit_length, float(a) and int/float
 * comparison, over edge values and random ints up to a few hundred bits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nprand/bigint.h"

static const char *data_dir;

static void parse(const char *text, npr_bigint *v) {
  npr_error e;
  if (npr_bigint_from_decimal(v, text, &e) != NPR_OK) fail_msg("bad int %.60s: %s", text, e.message);
}

/* The result of one line as the data file writes it. */
static void evaluate(const char *op, const char *ta, const char *tb, char *got, size_t cap) {
  npr_bigint a, b, r;
  npr_error e;
  npr_status st = NPR_OK;
  parse(ta, &a);
  if (strcmp(op, "cmpdouble") == 0) {
    snprintf(got, cap, "%d", npr_bigint_cmp_double(&a, strtod(tb, NULL)));
    return;
  }
  parse(tb, &b);
  if (strcmp(op, "cmp") == 0) {
    snprintf(got, cap, "%d", npr_bigint_cmp(&a, &b));
    return;
  }
  if (strcmp(op, "bitlen") == 0) {
    snprintf(got, cap, "%zu", npr_bigint_bit_length(&a));
    return;
  }
  if (strcmp(op, "todouble") == 0) {
    double d;
    if ((st = npr_bigint_to_double(&a, &d, &e)) == NPR_OK) snprintf(got, cap, "%a", d);
  } else if (strcmp(op, "add") == 0) {
    st = npr_bigint_add(&a, &b, &r, &e);
  } else if (strcmp(op, "sub") == 0) {
    st = npr_bigint_sub(&a, &b, &r, &e);
  } else if (strcmp(op, "mul") == 0) {
    st = npr_bigint_mul(&a, &b, &r, &e);
  } else if (strcmp(op, "floordiv") == 0) {
    st = npr_bigint_floordiv(&a, &b, &r, &e);
  } else {
    fail_msg("unknown op %s", op);
  }
  if (st != NPR_OK) {
    snprintf(got, cap, "!%s: %s", npr_status_name(st), e.message);
  } else if (strcmp(op, "todouble") != 0) {
    npr_bigint_to_decimal(&r, got, cap);
  }
}

static void test_against_python(void **state) {
  static char line[8192], got[NPR_BIGINT_DECIMAL_MAX + 300];
  char path[1024];
  FILE *f;
  int n = 0;
  (void)state;
  snprintf(path, sizeof path, "%s/pyrandom/bigint.txt", data_dir);
  if ((f = fopen(path, "r")) == NULL) fail_msg("cannot open %s", path);
  while (fgets(line, sizeof line, f) != NULL) {
    char *op = line, *a, *b = NULL, *want = NULL;
    line[strcspn(line, "\n")] = '\0';
    if (line[0] == '#' || line[0] == '\0') continue;
    a = strchr(op, ' ');
    if (a != NULL) b = strchr(a + 1, ' ');
    if (b != NULL) want = strstr(b + 1, " -> ");
    assert_non_null(want);
    *a++ = '\0';
    *b++ = '\0';
    *want = '\0';
    want += 4;
    evaluate(op, a, b, got, sizeof got);
    if (want[0] == '0' || want[0] == '-') {
      /* float.hex() and %a may spell one double differently */
      if (strstr(want, "0x") != NULL) {
        double x = strtod(want, NULL), y = strtod(got, NULL);
        if (memcmp(&x, &y, sizeof x) != 0) fail_msg("%s %.60s: want %s got %s", op, a, want, got);
        n++;
        continue;
      }
    }
    if (strcmp(want, got) != 0) fail_msg("%s %.60s %.60s: want %.80s got %.80s", op, a, b, want, got);
    n++;
  }
  fclose(f);
  assert_true(n >= 400);
}

static void test_decimal_round_trip(void **state) {
  static const char *texts[] = {"0", "-1", "4294967296", "-18446744073709551616",
                                "1606938044258990275541962092341162602522202993782792835301376"};
  char buf[NPR_BIGINT_DECIMAL_MAX];
  npr_bigint v;
  npr_error e;
  int64_t small;
  size_t i;
  (void)state;
  for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    parse(texts[i], &v);
    assert_int_not_equal(npr_bigint_to_decimal(&v, buf, sizeof buf), 0);
    assert_string_equal(buf, texts[i]);
  }
  assert_int_equal(npr_bigint_from_decimal(&v, "-0", &e), NPR_OK);
  assert_int_equal(npr_bigint_sign(&v), 0);
  assert_int_equal(npr_bigint_from_decimal(&v, "12a", &e), NPR_VALUE_ERROR);
  assert_string_equal(e.message, "invalid literal for int() with base 10: '12a'");
  assert_int_equal(npr_bigint_from_decimal(&v, "", &e), NPR_VALUE_ERROR);
  parse("-9223372036854775808", &v);
  assert_true(npr_bigint_to_i64(&v, &small));
  assert_true(small == INT64_MIN);
  parse("9223372036854775808", &v);
  assert_false(npr_bigint_to_i64(&v, &small));
  /* 2**4096 does not fit: refused, never wrapped */
  {
    npr_bigint two, p;
    int k;
    npr_bigint_from_i64(&two, 2);
    npr_bigint_from_i64(&p, 1);
    for (k = 0; k < 4095; k++) assert_int_equal(npr_bigint_mul(&p, &two, &p, &e), NPR_OK);
    assert_int_equal(npr_bigint_bit_length(&p), 4096);
    assert_int_equal(npr_bigint_mul(&p, &two, &p, &e), NPR_NOT_IMPLEMENTED);
    assert_int_equal(npr_bigint_add(&p, &p, &p, &e), NPR_NOT_IMPLEMENTED);
  }
}

int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_against_python),
      cmocka_unit_test(test_decimal_round_trip),
  };
  data_dir = argc > 1 ? argv[1] : "tests/data";
  return cmocka_run_group_tests(tests, NULL, NULL);
}
