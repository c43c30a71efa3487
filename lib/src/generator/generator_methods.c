/* The Generator's distribution methods: descriptions and public functions
 * from the rows of methods_generator.h. */
#include "../core/method_checks.h"
#include "nprand/generator.h"

/* binomial keeps its setup in the Generator, as NumPy's self._binomial. */
static int64_t binomial_kernel(npr_generator *g, int64_t n, double p) {
  return npr_binomial(&g->bg, n, p, &g->binomial);
}

#define NPR_IMPL_ROWS NPR_GENERATOR_METHODS
#define NPR_IMPL_PREFIX npr_gen_
#define NPR_IMPL_SUFFIX
#define NPR_IMPL_STATE npr_generator *
#define NPR_IMPL_TABLE generator_methods
#define NPR_IMPL_VIA_BG(s) (&((npr_generator *)(s))->bg)
#define NPR_IMPL_VIA_SELF(s) ((npr_generator *)(s))
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
