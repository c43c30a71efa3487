/* Legacy numpy.random.RandomState: MT19937 plus the cached gaussian.
 *
 * np.random.seed(s) followed by module functions is the same stream as
 * RandomState(s) followed by its methods. Every method has a fill form (n
 * values into the caller's buffer, what NumPy's size=n returns, row-major)
 * and a scalar form (NumPy's size=None); in the legacy API both draw exactly
 * the same words, so the scalar form is the fill form with n == 1.
 * Fallible calls write nothing to out on error. */
#ifndef NPRAND_RANDOMSTATE_H
#define NPRAND_RANDOMSTATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/bitgen.h"
#include "nprand/discrete.h"
#include "nprand/dtype.h"
#include "nprand/method_api.h"
#include "nprand/methods_legacy.h"
#include "nprand/mt19937.h"
#include "nprand/numpy_version.h"
#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct npr_randomstate {
  npr_mt19937 mt;
  int has_gauss; /* get_state()[3] */
  double gauss;  /* get_state()[4]: the second polar-method normal */
  /* RandomState's binomial setup cache (self._binomial). Not part of
   * get_state(); seeding and set_state empty it, which never changes a
   * stream (the setup is a function of n and p) but makes a struct that was
   * never initialised safe to seed. */
  npr_binomial_cache binomial;
  /* The NumPy release this RandomState reproduces. NEP 19 froze RandomState,
   * but multinomial changed anyway (2.4.x: Generator's tiny-p binomial
   * inversion; from 2.5.0 one extra double per zero-probability category
   * and per n = 0 sample); every other method ignores it. Seeding sets
   * NPR_NUMPY_DEFAULT (1.24.2): assign another release after seeding.
   * set_state keeps it. */
  npr_numpy_version numpy;
} npr_randomstate;

/* --- seeding ------------------------------------------------------------ */

/* RandomState(seed) for an int seed; ValueError "Seed must be between 0 and
 * 2**32 - 1" outside that range. */
npr_status npr_randomstate_seed(npr_randomstate *rs, npr_int128 seed, npr_error *err);
/* RandomState([s0, s1, ...]): init_by_array. ValueError "Seed must be
 * non-empty" for n == 0, the range error above for any word outside
 * 0..2**32-1. */
npr_status npr_randomstate_seed_array(npr_randomstate *rs, const int64_t *seeds, size_t n,
                                      npr_error *err);
/* RandomState(None): OS entropy. */
npr_status npr_randomstate_seed_entropy(npr_randomstate *rs, npr_error *err);

/* set_state(('MT19937', key, pos, has_gauss, cached_gaussian)). NumPy does
 * not check pos and then reads out of bounds; nprand raises ValueError
 * "pos must be between 0 and 624" instead. */
npr_status npr_randomstate_set_state(npr_randomstate *rs, const uint32_t key[NPR_MT19937_N],
                                     int pos, int has_gauss, double gauss, npr_error *err);
/* get_state() is reading the struct: mt.key, mt.pos, has_gauss, gauss. */

/* The MT19937 underneath as a bitgen (for shared distributions). */
npr_bitgen npr_randomstate_bitgen(npr_randomstate *rs);

/* --- uniform floats ------------------------------------------------------ */

/* random_sample / random / rand (and the module's ranf, sample). */
double npr_rs_random_sample(npr_randomstate *rs);
void npr_rs_random_sample_fill(npr_randomstate *rs, size_t n, double *out);

/* --- normal and exponential ---------------------------------------------- */

/* standard_normal / randn: Marsaglia's polar method, caching the second
 * value in has_gauss/gauss across calls. */
double npr_rs_standard_normal(npr_randomstate *rs);
void npr_rs_standard_normal_fill(npr_randomstate *rs, size_t n, double *out);
/* standard_exponential: -log(1 - U). */
double npr_rs_standard_exponential(npr_randomstate *rs);
void npr_rs_standard_exponential_fill(npr_randomstate *rs, size_t n, double *out);
/* --- distribution methods ---------------------------------------------------
 * One row each in methods_legacy.h: npr_rs_<name> (size=None),
 * npr_rs_<name>_fill (scalar parameters, size=(count,)) and
 * npr_rs_<name>_bcast (array parameters, NumPy's broadcasting), as
 * method_api.h describes, with NumPy's checks and messages. For example
 * npr_rs_normal(rs, loc, scale, &x, &err): ValueError "scale < 0" when scale
 * has its sign bit set (-0.0 too) and is not NaN; npr_rs_uniform:
 * OverflowError "Range exceeds valid bounds" when high - low is not finite;
 * npr_rs_triangular: "left > mode", "mode > right", "left == right". */
#define NPR_RS_DECL0(...) NPR_API_DECL0(npr_rs_, npr_randomstate *, __VA_ARGS__)
#define NPR_RS_DECL1(...) NPR_API_DECL1(npr_rs_, npr_randomstate *, __VA_ARGS__)
#define NPR_RS_DECL2(...) NPR_API_DECL2(npr_rs_, npr_randomstate *, __VA_ARGS__)
#define NPR_RS_DECL3(...) NPR_API_DECL3(npr_rs_, npr_randomstate *, __VA_ARGS__)
NPR_LEGACY_METHODS(NPR_RS_DECL0, NPR_RS_DECL1, NPR_RS_DECL2, NPR_RS_DECL3)

/* The rows as npr_method descriptions; *n receives their count. */
const npr_method *npr_legacy_methods(size_t *n);

/* --- integers ------------------------------------------------------------ */

/* randint(low, high, size, dtype): out holds n elements of dtype's C type
 * (see npr_integers_fill for the errors; float dtypes give TypeError
 * "Unsupported dtype dtype('float64') for randint"). Use high = low,
 * low = 0 for randint(n). */
npr_status npr_rs_randint_fill(npr_randomstate *rs, npr_dtype dtype, npr_int128 low,
                               npr_int128 high, size_t n, void *out, npr_error *err);
npr_status npr_rs_randint(npr_randomstate *rs, npr_dtype dtype, npr_int128 low, npr_int128 high,
                          void *out, npr_error *err);

/* random_integers(low, high): randint(low, high + 1, dtype=int64). */
npr_status npr_rs_random_integers_fill(npr_randomstate *rs, npr_int128 low, npr_int128 high,
                                       size_t n, int64_t *out, npr_error *err);

/* tomaxint: next_uint64 >> 1. */
int64_t npr_rs_tomaxint(npr_randomstate *rs);
void npr_rs_tomaxint_fill(npr_randomstate *rs, size_t n, int64_t *out);

/* bytes(length): length bytes from (length-1)/4+1 32-bit words (C
 * division, so bytes(0) draws one word), little endian, sliced [:length] as
 * Python slices (a negative length drops bytes from the end); below -4
 * ValueError "negative dimensions are not allowed". out needs room for
 * max(length, 4) bytes. */
npr_status npr_rs_bytes(npr_randomstate *rs, int64_t length, uint8_t *out, size_t *out_len,
                        npr_error *err);

/* --- permutations and choice --------------------------------------------- */

/* shuffle(x) for n items of item_size bytes (rows of an N-D array shuffle
 * along the first axis: pass the row size). */
void npr_rs_shuffle(npr_randomstate *rs, void *items, size_t n, size_t item_size);
/* permutation(n): out[0..n) = a shuffled arange(n). */
void npr_rs_permutation(npr_randomstate *rs, size_t n, int64_t *out);

/* choice(a, size, replace, p) as indices into a. pop_size is len(a) (or the
 * int a); a_is_int tells which, for the error texts. p is NULL or pop_size
 * probabilities. n is prod(size) (1 for size=None). */
npr_status npr_rs_choice(npr_randomstate *rs, int64_t pop_size, bool a_is_int, size_t n,
                         bool replace, const double *p, int64_t *out, npr_error *err);

#ifdef __cplusplus
}
#endif
#endif
