/* Generator's float and integer methods: NumPy's checks, then the shared
 * samplers. */
#include <math.h>
#include <string.h>

#include "nprand/bounded.h"
#include "nprand/constraints.h"
#include "nprand/distributions.h"
#include "nprand/generator.h"
#include "nprand/integers.h"

/* NumPy formats the dtype with %r, hence "dtype('int64')". */
static npr_status unsupported_dtype(npr_error *err, npr_dtype dtype, const char *method) {
  return npr_fail(err, NPR_TYPE_ERROR, "Unsupported dtype dtype('%s') for %s",
                  npr_dtype_name(dtype), method);
}

npr_status npr_gen_random_fill(npr_generator *g, npr_dtype dtype, size_t n, void *out,
                               npr_error *err) {
  const npr_bitgen *bg = &g->bg;
  switch (dtype) {
  case NPR_FLOAT64: npr_standard_uniform_fill(bg, n, out); return NPR_OK;
  case NPR_FLOAT32: npr_standard_uniform_fill_f(bg, n, out); return NPR_OK;
  default: return unsupported_dtype(err, dtype, "random");
  }
}

npr_status npr_gen_standard_normal_fill(npr_generator *g, npr_dtype dtype, size_t n, void *out,
                                        npr_error *err) {
  const npr_bitgen *bg = &g->bg;
  switch (dtype) {
  case NPR_FLOAT64: npr_standard_normal_fill(bg, n, out); return NPR_OK;
  case NPR_FLOAT32: npr_standard_normal_fill_f(bg, n, out); return NPR_OK;
  default: return unsupported_dtype(err, dtype, "standard_normal");
  }
}

npr_status npr_gen_standard_exponential_fill(npr_generator *g, npr_dtype dtype,
                                             npr_exp_method method, size_t n, void *out,
                                             npr_error *err) {
  const npr_bitgen *bg = &g->bg;
  const bool zig = method == NPR_EXP_ZIG;
  switch (dtype) {
  case NPR_FLOAT64:
    if (zig) npr_standard_exponential_fill(bg, n, out);
    else npr_standard_exponential_inv_fill(bg, n, out);
    return NPR_OK;
  case NPR_FLOAT32:
    if (zig) npr_standard_exponential_fill_f(bg, n, out);
    else npr_standard_exponential_inv_fill_f(bg, n, out);
    return NPR_OK;
  default: return unsupported_dtype(err, dtype, "standard_exponential");
  }
}

npr_status npr_gen_integers_fill(npr_generator *g, npr_dtype dtype, npr_int128 low,
                                 npr_int128 high, bool endpoint, size_t n, void *out,
                                 npr_error *err) {
  const npr_bitgen *bg = &g->bg;
  if (!npr_dtype_is_integer(dtype)) {
    return unsupported_dtype(err, dtype, "integers");
  }
  return npr_integers_fill(bg, dtype, low, high, endpoint, false, n, out, err);
}

npr_status npr_gen_bytes(npr_generator *g, int64_t length, uint8_t *out, size_t *out_len,
                         npr_error *err) {
  const npr_bitgen *bg = &g->bg;
  int64_t words;
  size_t keep;
  /* (length - 1) / 4 + 1 < 0 exactly from -7 down; testing first keeps
   * length - 1 from overflowing. */
  if (length <= -7) {
    return npr_fail(err, NPR_VALUE_ERROR, "negative dimensions are not allowed");
  }
  /* C division truncates toward zero: NumPy's cdivision arithmetic. */
  words = (length - 1) / 4 + 1;
  /* [:length] on 4 * words bytes; a negative length counts from the end. */
  if (length >= 0) {
    keep = (size_t)length;
  } else {
    keep = 4 * words + length > 0 ? (size_t)(4 * words + length) : 0;
  }
  /* integers(0, 2**32, dtype=uint32) is one raw word per value. */
  npr_bitgen_fill_bytes(bg, (size_t)words, keep, out);
  if (out_len != NULL) *out_len = keep;
  return NPR_OK;
}

void npr_generator_init(npr_generator *g, npr_bitgen bg, npr_numpy_version numpy) {
  memset(g, 0, sizeof *g);
  g->bg = bg;
  g->numpy = numpy;
}
