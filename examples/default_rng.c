/* np.random.default_rng(42) and SeedSequence(42).spawn(4) through nprand;
 * prints exactly what default_rng.py prints with NumPy. */
#include <stdio.h>

#include "nprand/nprand.h"

static void print_doubles(const char *label, const double *x, int n) {
  int i;
  printf("%s", label);
  for (i = 0; i < n; i++) printf(" %.17g", x[i]);
  printf("\n");
}

int main(void) {
  npr_seedsequence ss, children[4];
  npr_pcg64 pcg;
  npr_generator rng;
  double x[3];
  int64_t ints[5];
  int i;

  /* rng = np.random.default_rng(42): PCG64 seeded through SeedSequence(42) */
  if (npr_seedsequence_init_u64(&ss, 42, NULL) != NPR_OK) return 1;
  npr_pcg64_from_seedseq(&pcg, &ss);
  npr_generator_init(&rng, npr_pcg64_bitgen(&pcg), NPR_NUMPY_DEFAULT);
  npr_gen_random_fill(&rng, NPR_FLOAT64, 3, x, NULL);
  print_doubles("random", x, 3);
  npr_gen_integers_fill(&rng, NPR_INT64, npr_int128_from_i64(0), npr_int128_from_i64(10), false, 5, ints, NULL);
  printf("integers");
  for (i = 0; i < 5; i++) printf(" %lld", (long long)ints[i]);
  printf("\n");
  npr_gen_standard_normal_fill(&rng, NPR_FLOAT64, 2, x, NULL);
  print_doubles("normal", x, 2);

  /* SeedSequence(42).spawn(4): one independent stream per worker */
  if (npr_seedsequence_spawn(&ss, 4, children, NULL) != NPR_OK) return 1;
  for (i = 0; i < 4; i++) {
    npr_pcg64 worker;
    npr_generator wrng;
    char label[16];
    npr_pcg64_from_seedseq(&worker, &children[i]);
    npr_generator_init(&wrng, npr_pcg64_bitgen(&worker), NPR_NUMPY_DEFAULT);
    npr_gen_random_fill(&wrng, NPR_FLOAT64, 2, x, NULL);
    snprintf(label, sizeof label, "worker %d", i);
    print_doubles(label, x, 2);
    npr_seedsequence_free(&children[i]);
  }
  npr_seedsequence_free(&ss);
  return 0;
}
