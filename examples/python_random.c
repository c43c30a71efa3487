/* CPython's random module through nprand; prints exactly what
 * python_random.py prints with CPython 3.11. */
#include <stdio.h>
#include <string.h>

#include "nprand/nprand.h"

int main(void) {
  static const char *const hands[] = {"rock", "paper", "scissors"};
  npr_pyrandom r;
  int64_t v, deck[10];
  size_t pick;
  double x;
  int i;

  /* random.seed(10); [random.randint(1, 100) for _ in range(5)] */
  npr_pyrandom_seed_i64(&r, 10);
  printf("randint");
  for (i = 0; i < 5; i++) {
    npr_pyrandom_randint(&r, 1, 100, &v, NULL);
    printf(" %lld", (long long)v);
  }
  printf("\n");

  /* random.seed("hello"); random.random() */
  npr_pyrandom_seed_str(&r, "hello", strlen("hello"), 2, NULL);
  printf("random %.17g\n", npr_pyrandom_random(&r));

  /* random.seed(-2**70 + 3): ints of any size go in as decimal text (or
   * sign + 32-bit words with npr_pyrandom_seed_words) */
  npr_pyrandom_seed_decimal(&r, "-1180591620717411303421", NULL);
  npr_pyrandom_choice(&r, 3, &pick, NULL);
  printf("choice %s\n", hands[pick]);
  for (i = 0; i < 10; i++) deck[i] = i;
  npr_pyrandom_shuffle(&r, deck, 10, sizeof deck[0]);
  printf("shuffle");
  for (i = 0; i < 10; i++) printf(" %lld", (long long)deck[i]);
  printf("\n");
  npr_pyrandom_gauss(&r, 0, 1, &x, NULL);
  printf("gauss %.17g\n", x);
  return 0;
}
