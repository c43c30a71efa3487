/* numpy.random.Generator (NumPy 1.24) methods over any bit generator.
 *
 * Each method is a thin wrapper: NumPy's argument checks and messages, then
 * the sampler from distributions.h (or bounded.h), drawn from g->bg. A scalar (size=None) call
 * draws exactly what a fill of one value draws, so methods with a dtype take
 * only the fill form (n == 1 for a scalar); the others have both. Arrays are
 * C-contiguous (row-major) and caller-owned. On error nothing is drawn and
 * nothing is written. */
#ifndef NPRAND_GENERATOR_H
#define NPRAND_GENERATOR_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/bitgen.h"
#include "nprand/discrete.h"
#include "nprand/dtype.h"
#include "nprand/method_api.h"
#include "nprand/methods_generator.h"
#include "nprand/numpy_version.h"
#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* --- the Generator ----------------------------------------------------------
 * numpy.random.Generator: a bit generator plus what a Generator keeps for
 * itself. Every npr_gen_* method takes one; it is a plain struct, copyable
 * while its bitgen's state stays where bg points. */

typedef struct npr_generator {
  npr_bitgen bg;
  npr_numpy_version numpy;
  npr_binomial_cache binomial; /* NumPy's self._binomial: binomial's setup */
} npr_generator;

/* Generator(bit_generator) of NumPy `numpy` (NPR_NUMPY_DEFAULT: 1.24.2), a
 * release npr_numpy_version_parse accepts. */
void npr_generator_init(npr_generator *g, npr_bitgen bg, npr_numpy_version numpy);

/* --- dtype-selected fills -------------------------------------------------
 * out holds n doubles (NPR_FLOAT64) or n floats (NPR_FLOAT32); any other
 * dtype is TypeError "Unsupported dtype dtype('int64') for <method>". */

/* random(size, dtype) */
npr_status npr_gen_random_fill(npr_generator *g, npr_dtype dtype, size_t n, void *out,
                               npr_error *err);
/* standard_normal(size, dtype) */
npr_status npr_gen_standard_normal_fill(npr_generator *g, npr_dtype dtype, size_t n, void *out,
                                        npr_error *err);

/* standard_exponential's method: NumPy tests method == 'zig' and takes every
 * other string as 'inv', without complaint. */
typedef enum npr_exp_method { NPR_EXP_ZIG, NPR_EXP_INV } npr_exp_method;

/* standard_exponential(size, dtype, method) */
npr_status npr_gen_standard_exponential_fill(npr_generator *g, npr_dtype dtype,
                                             npr_exp_method method, size_t n, void *out,
                                             npr_error *err);

/* --- distribution methods ---------------------------------------------------
 * One row each in methods_generator.h: npr_gen_<name> (size=None),
 * npr_gen_<name>_fill (scalar parameters, size=(count,)) and
 * npr_gen_<name>_bcast (array parameters, NumPy's broadcasting), as
 * method_api.h describes; NumPy's checks and messages (npr_method_call).
 * For example npr_gen_normal(g, loc, scale, &x, &err): ValueError
 * "scale < 0" when scale's sign bit is set and it is not NaN (-0.0 fails,
 * NaN passes); npr_gen_uniform: OverflowError "high - low range exceeds
 * valid bounds" when high - low is not finite, then "high - low < 0";
 * npr_gen_triangular: "left > mode", "mode > right", "left == right". */
#define NPR_GEN_DECL0(...) NPR_API_DECL0(npr_gen_, npr_generator *, __VA_ARGS__)
#define NPR_GEN_DECL1(...) NPR_API_DECL1(npr_gen_, npr_generator *, __VA_ARGS__)
#define NPR_GEN_DECL2(...) NPR_API_DECL2(npr_gen_, npr_generator *, __VA_ARGS__)
#define NPR_GEN_DECL3(...) NPR_API_DECL3(npr_gen_, npr_generator *, __VA_ARGS__)
NPR_GENERATOR_METHODS(NPR_GEN_DECL0, NPR_GEN_DECL1, NPR_GEN_DECL2, NPR_GEN_DECL3)

#define NPR_GEN_F32_DECL(X, name, ...) X(npr_gen_, npr_generator *, name##_f32, __VA_ARGS__)
#define NPR_GEN_F32_DECL0(name, ...) NPR_GEN_F32_DECL(NPR_API_DECL0, name, __VA_ARGS__)
#define NPR_GEN_F32_DECL1_(name, ...) NPR_GEN_F32_DECL(NPR_API_DECL1, name, __VA_ARGS__)
#define NPR_GEN_F32_DECL2(name, ...) NPR_GEN_F32_DECL(NPR_API_DECL2, name, __VA_ARGS__)
#define NPR_GEN_F32_DECL3(name, ...) NPR_GEN_F32_DECL(NPR_API_DECL3, name, __VA_ARGS__)
NPR_GENERATOR_F32_METHODS(NPR_GEN_F32_DECL0, NPR_GEN_F32_DECL1_, NPR_GEN_F32_DECL2, NPR_GEN_F32_DECL3)

/* The rows as npr_method descriptions (for npr_method_call, a CLI, a
 * fuzzer); *n receives their count. npr_generator_f32_methods: the float32
 * rows. */
const npr_method *npr_generator_methods(size_t *n);
const npr_method *npr_generator_f32_methods(size_t *n);

/* --- integers and bytes --------------------------------------------------- */

/* integers(low, high, size, dtype, endpoint): Lemire's method (bounded.h);
 * out holds n elements of dtype's C type. integers(x) is low = 0, high = x.
 * Float dtypes: TypeError "Unsupported dtype dtype('float64') for integers";
 * bounds errors as npr_integers_fill. */
npr_status npr_gen_integers_fill(npr_generator *g, npr_dtype dtype, npr_int128 low,
                                 npr_int128 high, bool endpoint, size_t n, void *out,
                                 npr_error *err);

/* bytes(length): integers(0, 2**32, (length - 1) / 4 + 1, uint32) as
 * little-endian bytes, cut with [:length]. The word count uses C division
 * (NumPy compiles it with cdivision), so bytes(0) still draws one word,
 * -2..-1 give 4 + length bytes of one word, -6..-3 give nothing, and below
 * that ValueError "negative dimensions are not allowed". out needs room for
 * max(length, 4) bytes; *out_len receives the count written. */
npr_status npr_gen_bytes(npr_generator *g, int64_t length, uint8_t *out, size_t *out_len,
                         npr_error *err);

/* --- permutations ---------------------------------------------------------
 * An array is ndim dimensions of shape[] elements of itemsize bytes each,
 * row-major. axis may be negative (counted from the end); out of range is
 * NumPy's AxisError (NPR_AXIS_ERROR) "axis 2 is out of bounds for array of dimension 2",
 * with status NPR_AXIS_ERROR (a ValueError subclass in NumPy). Swaps use
 * random_interval (masked rejection), as Generator.shuffle does. */

#define NPR_AXIS_NONE INT_MIN /* permuted(axis=None) */

/* shuffle(x, axis) in place. ndim == 0 is TypeError "len() of unsized
 * object"; an empty array draws nothing. A Python list shuffles as a 1-D
 * array of its items. */
npr_status npr_gen_shuffle(npr_generator *g, void *data, size_t ndim, const size_t *shape,
                           size_t itemsize, int axis, npr_error *err);

/* permutation(n) for an int n: a shuffled arange(n) into out (max(n, 0)
 * values); n <= 0 gives an empty result. */
void npr_gen_permutation_int(npr_generator *g, int64_t n, int64_t *out);

/* permutation(x, axis) for an array: out (same size as x; may be x itself)
 * receives x with its slices along axis permuted. ndim == 0 is the AxisError
 * "axis 0 is out of bounds for array of dimension 0". Unlike shuffle, the
 * draws depend only on shape[axis]: an array with another zero-length
 * dimension still draws shape[axis] - 1 indices. */
npr_status npr_gen_permutation(npr_generator *g, const void *x, void *out, size_t ndim,
                               const size_t *shape, size_t itemsize, int axis, npr_error *err);

/* permuted(x, axis): out (may be x) receives x with every 1-D slice along
 * axis shuffled independently, slices visited in row-major order of the other
 * axes; axis = NPR_AXIS_NONE shuffles the flattened array (ndim == 0 is then
 * TypeError "len() of unsized object"). */
npr_status npr_gen_permuted(npr_generator *g, const void *x, void *out, size_t ndim,
                            const size_t *shape, size_t itemsize, int axis, npr_error *err);

/* --- choice ---------------------------------------------------------------- */

typedef struct npr_choice_args {
  int64_t pop_size; /* a itself when a is an int, else a.shape[axis] */
  bool a_is_int;    /* selects NumPy's wording of the empty-population error */
  bool replace;
  bool shuffle;     /* without replacement and without p only */
  const double *p;  /* NULL for uniform; else p_len probabilities (as float64) */
  size_t p_len;
  double p_atol;    /* tolerance on sum(p) - 1; 0 means npr_choice_p_atol(NPR_FLOAT64) */
} npr_choice_args;

/* NumPy's tolerance: sqrt(float64 eps), or sqrt(eps) of p's own dtype when p
 * is a float ndarray with a larger one (float32). */
double npr_choice_p_atol(npr_dtype p_dtype);

/* choice(a, size, replace, p, shuffle): writes n int64 indices into
 * [0, pop_size) to out_idx (n == 1 for size=None); the caller takes
 * a[idx] along its axis. Picks NumPy 1.24's path: integers() or
 * cumsum/searchsorted with replacement; without replacement the p-weighted
 * rejection rounds, a tail shuffle of arange(pop_size) when pop_size > 10000
 * and n > pop_size // (shuffle ? 50 : 20), else Floyd's algorithm with a hash
 * set and (shuffle) a final Fisher-Yates, both using Lemire indices.
 * ValueErrors, in NumPy's order: "a must be a positive integer unless no
 * samples are taken" / "a cannot be empty unless no samples are taken",
 * "a and p must have same size", "probabilities contain NaN",
 * "probabilities are not non-negative", "probabilities do not sum to 1",
 * "Cannot take a larger sample than population when replace is False",
 * "Fewer non-zero entries in p than size". MemoryError if scratch space
 * cannot be allocated. */
npr_status npr_gen_choice(npr_generator *g, const npr_choice_args *args, size_t n,
                          int64_t *out_idx, npr_error *err);

#ifdef __cplusplus
}
#endif
#endif
