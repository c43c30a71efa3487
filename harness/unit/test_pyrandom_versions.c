/* npr_pyrandom per CPython version and with integers of any size, against
 * tests/data/pyrandom/versions.txt: CPython 3.11 (Debian) and 3.12-3.14
 * (pyodide) answers written by oracle/pyrandom_unit_data.py. Each line is a
 * version, a seed, a count and one method's arguments; the count calls in a
 * row must give exactly CPython's values, or its exception and message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nprand/bigint.h"
#include "nprand/pyrandom.h"

static const char *data_dir;

#define MAX_TOKENS 64
#define LINE_MAX_LEN 8192

typedef struct out_buf {
  char text[LINE_MAX_LEN];
  size_t len;
} out_buf;

static void put(out_buf *o, const char *s) {
  size_t n = strlen(s);
  if (o->len + n + 2 >= sizeof o->text) return;
  if (o->len > 0) o->text[o->len++] = ' ';
  memcpy(o->text + o->len, s, n + 1);
  o->len += n;
}

static void put_big(out_buf *o, const npr_bigint *v) {
  char t[NPR_BIGINT_DECIMAL_MAX];
  npr_bigint_to_decimal(v, t, sizeof t);
  put(o, t);
}

static void put_double(out_buf *o, double x) {
  char t[64];
  snprintf(t, sizeof t, "%a", x);
  put(o, t);
}

static void put_error(out_buf *o, const npr_error *e) {
  char t[NPR_ERROR_MESSAGE_MAX + 40];
  snprintf(t, sizeof t, "!%s: %s", npr_status_name(e->status), e->message);
  put(o, t);
}

static void big_arg(const char *text, npr_bigint *v) {
  npr_error e;
  if (npr_bigint_from_decimal(v, text, &e) != NPR_OK) fail_msg("bad int %s in the data file", text);
}

/* Runs one line's calls; the output text is the expected text's form. */
static void run_line(char **tok, int ntok, out_buf *o) {
  npr_pyrandom r;
  npr_python python;
  npr_error e;
  npr_status st = NPR_OK;
  long count, i;
  const char *method = tok[3];
  char **arg = tok + 4;
  int nargs = ntok - 4;
  npr_error_clear(&e);
  assert_int_equal(npr_python_parse(tok[0], &python, &e), NPR_OK);
  npr_pyrandom_seed_i64(&r, strtoll(tok[1], NULL, 10));
  assert_int_equal(npr_pyrandom_set_python(&r, python, &e), NPR_OK);
  count = strtol(tok[2], NULL, 10);
  for (i = 0; i < count && st == NPR_OK; i++) {
    if (strcmp(method, "randint") == 0) {
      npr_bigint a, b, v;
      big_arg(arg[0], &a);
      big_arg(arg[1], &b);
      if ((st = npr_pyrandom_randint_big(&r, &a, &b, &v, &e)) == NPR_OK) put_big(o, &v);
    } else if (strcmp(method, "randrange") == 0) {
      npr_bigint a, b, c, v;
      int has_stop = nargs > 1 && strcmp(arg[1], "None") != 0;
      big_arg(arg[0], &a);
      if (has_stop) big_arg(arg[1], &b);
      if (nargs > 2) big_arg(arg[2], &c);
      st = npr_pyrandom_randrange_big(&r, &a, has_stop ? &b : NULL, nargs > 2 ? &c : NULL, &v, &e);
      if (st == NPR_OK) put_big(o, &v);
    } else if (strcmp(method, "getrandbits") == 0) {
      npr_bigint k, v;
      uint32_t words[NPR_BIGINT_WORDS];
      size_t nwords;
      int64_t k64;
      big_arg(arg[0], &k);
      /* room for what the data asks to succeed; larger k must fail first */
      st = npr_pyrandom_getrandbits_big(&r, &k, words, npr_bigint_to_i64(&k, &k64) && k64 <= 4096 ? NPR_BIGINT_WORDS : 0,
                                        &nwords, &e);
      if (st == NPR_OK) {
        assert_int_equal(npr_bigint_from_words(&v, 0, words, nwords, &e), NPR_OK);
        put_big(o, &v);
      }
    } else if (strcmp(method, "randbytes") == 0) {
      npr_bigint n;
      unsigned char bytes[64];
      int64_t n64;
      big_arg(arg[0], &n);
      st = npr_pyrandom_randbytes_big(&r, &n, bytes, sizeof bytes, &e);
      if (st == NPR_OK) {
        char hex[2 * sizeof bytes + 2];
        int64_t b;
        npr_bigint_to_i64(&n, &n64);
        for (b = 0; b < n64; b++) snprintf(hex + 2 * b, 3, "%02x", bytes[b]);
        put(o, n64 ? hex : "-");
      }
    } else if (strcmp(method, "sample") == 0) {
      npr_bigint k, counts[8];
      size_t out[16], n = (size_t)strtoul(arg[0], NULL, 10), c, j;
      int64_t k64 = 0;
      char t[32];
      big_arg(arg[1], &k);
      for (c = 0; c + 2 < (size_t)nargs; c++) big_arg(arg[c + 2], &counts[c]);
      st = npr_pyrandom_sample_counts_big(&r, n, &k, counts, c, out, &e);
      npr_bigint_to_i64(&k, &k64);
      for (j = 0; st == NPR_OK && j < (size_t)k64; j++) {
        snprintf(t, sizeof t, "%zu", out[j]);
        put(o, t);
      }
    } else if (strcmp(method, "binomialvariate") == 0) {
      int64_t v;
      char t[32];
      st = npr_pyrandom_binomialvariate(&r, strtoll(arg[0], NULL, 10), strtod(arg[1], NULL), &v, &e);
      if (st == NPR_OK) {
        snprintf(t, sizeof t, "%lld", (long long)v);
        put(o, t);
      }
    } else {
      double v = 0, a = strtod(arg[0], NULL), b = nargs > 1 ? strtod(arg[1], NULL) : 0;
      if (strcmp(method, "expovariate") == 0) {
        st = npr_pyrandom_expovariate(&r, a, &v, &e);
      } else if (strcmp(method, "weibullvariate") == 0) {
        st = npr_pyrandom_weibullvariate(&r, a, b, &v, &e);
      } else if (strcmp(method, "paretovariate") == 0) {
        st = npr_pyrandom_paretovariate(&r, a, &v, &e);
      } else {
        fail_msg("unknown method %s in the data file", method);
      }
      if (st == NPR_OK) put_double(o, v);
    }
  }
  if (st != NPR_OK) put_error(o, &e);
}

/* Splits s in place at spaces (no empty tokens); returns the count. */
static int split(char *s, char **tok, int max) {
  int n = 0;
  while (*s != '\0' && n < max) {
    while (*s == ' ') s++;
    if (*s == '\0') break;
    tok[n++] = s;
    while (*s != '\0' && *s != ' ') s++;
    if (*s == ' ') *s++ = '\0';
  }
  return n;
}

/* Tokens equal, floats (hex) compared by value so "0x0.0p+0" is "0x0p+0". */
static int same_results(const char *want, const char *got) {
  char a[LINE_MAX_LEN], b[LINE_MAX_LEN], *ta[MAX_TOKENS], *tb[MAX_TOKENS];
  int na, nb, i;
  if (strchr(want, '!') != NULL || strchr(got, '!') != NULL) return strcmp(want, got) == 0;
  snprintf(a, sizeof a, "%s", want);
  snprintf(b, sizeof b, "%s", got);
  na = split(a, ta, MAX_TOKENS);
  nb = split(b, tb, MAX_TOKENS);
  if (na != nb) return 0;
  for (i = 0; i < na; i++) {
    if (strstr(ta[i], "0x") != NULL) {
      double x = strtod(ta[i], NULL), y = strtod(tb[i], NULL);
      if (memcmp(&x, &y, sizeof x) != 0) return 0;
    } else if (strcmp(ta[i], tb[i]) != 0) {
      return 0;
    }
  }
  return 1;
}

static void test_versions_file(void **state) {
  char path[1024], line[LINE_MAX_LEN];
  FILE *f;
  int lines = 0, versions_seen[4] = {0, 0, 0, 0};
  (void)state;
  snprintf(path, sizeof path, "%s/pyrandom/versions.txt", data_dir);
  f = fopen(path, "r");
  if (f == NULL) fail_msg("cannot open %s", path);
  while (fgets(line, sizeof line, f) != NULL) {
    char copy[LINE_MAX_LEN], *tok[MAX_TOKENS], *arrow, *want;
    int ntok;
    out_buf got;
    line[strcspn(line, "\n")] = '\0';
    if (line[0] == '#' || line[0] == '\0') continue;
    snprintf(copy, sizeof copy, "%s", line);
    arrow = strstr(copy, " -> ");
    if (arrow == NULL) fail_msg("no ' -> ' in %s", line);
    *arrow = '\0';
    want = arrow + 4;
    ntok = split(copy, tok, MAX_TOKENS);
    got.len = 0;
    got.text[0] = '\0';
    run_line(tok, ntok, &got);
    if (!same_results(want, got.text)) fail_msg("%s\n  nprand: %s", line, got.text);
    versions_seen[(atoi(tok[0] + 2) - 11) & 3] = 1;
    lines++;
  }
  fclose(f);
  assert_true(lines >= 150);
  assert_true(versions_seen[0] && versions_seen[1] && versions_seen[2] && versions_seen[3]);
}

/* The version API itself. */
static void test_python_versions(void **state) {
  npr_python py;
  npr_pyrandom r;
  npr_error e;
  (void)state;
  assert_int_equal(npr_python_parse("3.13", &py, &e), NPR_OK);
  assert_int_equal(py, NPR_PYTHON_3_13);
  assert_int_equal(npr_python_parse("3.14.2", &py, &e), NPR_OK);
  assert_int_equal(py, NPR_PYTHON_3_14);
  assert_int_equal(npr_python_parse("3.1", &py, &e), NPR_VALUE_ERROR);
  assert_int_equal(npr_python_parse("3.10", &py, &e), NPR_VALUE_ERROR);
  assert_string_equal(e.message, "unsupported Python version '3.10' (nprand has 3.11, 3.12, 3.13, 3.14)");
  /* seeding is Random(a): a 3.11 Random until told otherwise */
  npr_pyrandom_seed_i64(&r, 1);
  assert_int_equal(r.python, NPR_PYTHON_3_11);
  assert_int_equal(npr_pyrandom_set_python(&r, (npr_python)315, &e), NPR_VALUE_ERROR);
  assert_int_equal(r.python, NPR_PYTHON_3_11);
  assert_int_equal(npr_pyrandom_set_python(&r, NPR_PYTHON_3_12, &e), NPR_OK);
  assert_int_equal(r.python, NPR_PYTHON_3_12);
}

int main(int argc, char **argv) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_python_versions),
      cmocka_unit_test(test_versions_file),
  };
  data_dir = argc > 1 ? argv[1] : "tests/data";
  return cmocka_run_group_tests(tests, NULL, NULL);
}
