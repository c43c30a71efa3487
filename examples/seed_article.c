/* The seed article's examples through nprand; prints exactly what
 * seed_article.py prints with NumPy. */
#include <stdio.h>

#include "nprand/nprand.h"

static void print_doubles(const char *label, const double *x, int n) {
  int i;
  printf("%s", label);
  for (i = 0; i < n; i++) printf(" %.17g", x[i]);
  printf("\n");
}

int main(void) {
  npr_randomstate rs;
  int64_t ints[10];
  double x[5], y[5];
  int i;

  /* np.random.seed(101); np.random.randint(1, 10, size=5) */
  npr_randomstate_seed(&rs, npr_int128_from_i64(101), NULL);
  npr_rs_randint_fill(&rs, NPR_INT64, npr_int128_from_i64(1), npr_int128_from_i64(10), 5, ints, NULL);
  printf("randint");
  for (i = 0; i < 5; i++) printf(" %lld", (long long)ints[i]);
  printf("\n");

  /* np.random.seed(0); np.random.rand(5) -- twice, same numbers */
  npr_randomstate_seed(&rs, npr_int128_from_i64(0), NULL);
  npr_rs_random_sample_fill(&rs, 5, x);
  npr_randomstate_seed(&rs, npr_int128_from_i64(0), NULL);
  npr_rs_random_sample_fill(&rs, 5, y);
  print_doubles("rand", x, 5);
  print_doubles("rand again", y, 5);

  /* np.random.seed(4); np.random.randint(1, 10, size=10) */
  npr_randomstate_seed(&rs, npr_int128_from_i64(4), NULL);
  npr_rs_randint_fill(&rs, NPR_INT64, npr_int128_from_i64(1), npr_int128_from_i64(10), 10, ints, NULL);
  printf("randint10");
  for (i = 0; i < 10; i++) printf(" %lld", (long long)ints[i]);
  printf("\n");

  /* np.random.seed(0); arr = np.arange(10); np.random.shuffle(arr) */
  npr_randomstate_seed(&rs, npr_int128_from_i64(0), NULL);
  for (i = 0; i < 10; i++) ints[i] = i;
  npr_rs_shuffle(&rs, ints, 10, sizeof ints[0]);
  printf("shuffle");
  for (i = 0; i < 10; i++) printf(" %lld", (long long)ints[i]);
  printf("\n");

  /* np.random.seed(0); np.random.standard_exponential(3) */
  npr_randomstate_seed(&rs, npr_int128_from_i64(0), NULL);
  npr_rs_standard_exponential_fill(&rs, 3, x);
  print_doubles("standard_exponential", x, 3);

  /* np.random.seed(0); np.random.triangular(-3, 0, 8, size=3) */
  npr_randomstate_seed(&rs, npr_int128_from_i64(0), NULL);
  npr_rs_triangular_fill(&rs, -3, 0, 8, 3, x, NULL);
  print_doubles("triangular", x, 3);
  return 0;
}
