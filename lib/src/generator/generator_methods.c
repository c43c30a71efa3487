/* The Generator's distribution methods: descriptions and public functions
 * from the rows of methods_generator.h. */
#include "../core/method_checks.h"
#include "nprand/generator.h"

/* binomial keeps its setup in the Generator, as NumPy's self._binomial. */
static int64_t binomial_kernel(npr_generator *g, int64_t n, double p) {
  return npr_binomial_of_release(&g->bg, n, p, &g->binomial, g->numpy);
}

/* The methods whose stream NumPy changed after 1.24.2: each picks the
 * kernel of the Generator's release, newest change first. */
static double beta_kernel(npr_generator *g, double a, double b) {
  return npr_beta_of_release(&g->bg, a, b, g->numpy);
}

static double wald_kernel(npr_generator *g, double mean, double scale) {
  if (g->numpy >= NPR_NUMPY_2_3_4) return npr_wald_2_3_4(&g->bg, mean, scale);
  return npr_wald(&g->bg, mean, scale);
}

static int64_t geometric_kernel(npr_generator *g, double p, bool *ok) {
  if (g->numpy >= NPR_NUMPY_1_25_0) return npr_geometric_1_25(&g->bg, p, ok);
  return npr_geometric(&g->bg, p, ok);
}

static int64_t zipf_kernel(npr_generator *g, double a) {
  if (g->numpy >= NPR_NUMPY_2_1_0) return npr_zipf_2_1(&g->bg, a);
  return npr_zipf(&g->bg, a);
}

#define NPR_IMPL_ROWS NPR_GENERATOR_METHODS
#define NPR_IMPL_PREFIX npr_gen_
#define NPR_IMPL_SUFFIX
#define NPR_IMPL_STATE npr_generator *
#define NPR_IMPL_TABLE generator_methods
#define NPR_IMPL_VIA_BG(s) (&((npr_generator *)(s))->bg)
#define NPR_IMPL_VIA_SELF(s) ((npr_generator *)(s))
#define NPR_IMPL_RELEASE(s) (((const npr_generator *)(s))->numpy)
#include "../core/method_impl.inc"

#undef NPR_IMPL_ROWS
#undef NPR_IMPL_SUFFIX
#undef NPR_IMPL_TABLE
#define NPR_IMPL_ROWS NPR_GENERATOR_F32_METHODS
#define NPR_IMPL_SUFFIX _f32
#define NPR_IMPL_TABLE generator_f32_methods
#include "../core/method_impl.inc"

const npr_method *npr_generator_methods(size_t *n) {
  *n = generator_methods_count;
  return generator_methods;
}

const npr_method *npr_generator_f32_methods(size_t *n) {
  *n = generator_f32_methods_count;
  return generator_f32_methods;
}
