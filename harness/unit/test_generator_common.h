/* Helpers shared by the test_generator_*.c unit tests: a legacy-seeded
 * MT19937 bit generator (the stream of NumPy's
 * `bg = np.random.MT19937(); bg._legacy_seeding(SEED); g = np.random.Generator(bg)`)
 * and a reader for tests/data/generator/NAME.txt (lib/tools/gen_generator_data.py). */
#ifndef TEST_GENERATOR_COMMON_H
#define TEST_GENERATOR_COMMON_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <setjmp.h>
#include <cmocka.h>

#include "nprand/bitgen.h"
#include "nprand/generator.h"
#include "nprand/mt19937.h"
#include "nprand/status.h"

typedef struct seeded {
  npr_mt19937 mt;
  npr_bitgen bg;
  npr_generator gen; /* Generator(bg): its bitgen draws from mt too */
} seeded;

static inline void seeded_init(seeded *s, uint32_t seed) {
  npr_mt19937_seed(&s->mt, seed);
  s->bg = npr_mt19937_bitgen(&s->mt);
  npr_generator_init(&s->gen, s->bg, NPR_NUMPY_DEFAULT);
}

/* Bit-exact double/float comparisons; NaN equals NaN of the same bits. */
static inline uint64_t dbits(double x) {
  uint64_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

static inline uint32_t fbits(float x) {
  uint32_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

#define assert_double_exact(a, b) assert_int_equal(dbits(a), dbits(b))
#define assert_float_exact(a, b) assert_int_equal(fbits(a), fbits(b))

static inline void assert_error(npr_status st, const npr_error *err, npr_status want,
                                const char *message) {
  assert_int_equal(st, want);
  assert_int_equal(err->status, want);
  assert_string_equal(err->message, message);
}

/* --- data files ------------------------------------------------------------ */

static const char *g_data_dir = "tests/data";

typedef struct vector_file {
  uint32_t seed;
  size_t count;
  uint64_t *bits; /* hex floats as bits, or integers as two's complement */
} vector_file;

/* Loads tests/data/generator/<name>.txt; fails the test when it is missing. */
static inline vector_file load_vector(const char *name) {
  char path[1024], line[256];
  vector_file v = {0, 0, NULL};
  size_t i = 0;
  int is_int = 0;
  FILE *f;
  snprintf(path, sizeof path, "%s/generator/%s.txt", g_data_dir, name);
  f = fopen(path, "r");
  if (f == NULL) fail_msg("cannot open %s", path);
  while (fgets(line, sizeof line, f) != NULL) {
    unsigned long seed;
    if (line[0] == '#') {
      if (strstr(line, "choice") != NULL || strstr(line, "permutation") != NULL) is_int = 1;
      continue;
    }
    if (sscanf(line, "seed %lu", &seed) == 1) {
      v.seed = (uint32_t)seed;
    } else if (strncmp(line, "count ", 6) == 0) {
      v.count = (size_t)strtoull(line + 6, NULL, 10);
      v.bits = calloc(v.count ? v.count : 1, sizeof *v.bits);
      assert_non_null(v.bits);
    } else if (v.bits != NULL && i < v.count) {
      v.bits[i++] = is_int ? (uint64_t)strtoll(line, NULL, 10) : strtoull(line, NULL, 16);
    }
  }
  fclose(f);
  assert_int_equal(i, v.count);
  assert_true(v.count > 0);
  return v;
}

static inline double bits_to_double(uint64_t u) {
  double x;
  memcpy(&x, &u, sizeof x);
  return x;
}

static inline float bits_to_float(uint64_t u) {
  const uint32_t w = (uint32_t)u;
  float x;
  memcpy(&x, &w, sizeof x);
  return x;
}

#endif
