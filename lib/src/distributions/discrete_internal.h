/* What the Generator and RandomState discrete kernels share
 * (library-internal): NumPy 1.24's legacy kernels call the same binomial,
 * poisson, geometric-search and zipf code as Generator does, and both need
 * the C integer behaviour of Debian's amd64 build of NumPy. */
#ifndef NPRAND_SRC_DISCRETE_INTERNAL_H
#define NPRAND_SRC_DISCRETE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/bitgen.h"
#include "nprand/discrete.h"

/* (int64_t)x as x86-64 performs it (cvttsd2si): truncation toward zero, and
 * INT64_MIN for NaN and anything outside [-2**63, 2**63). NumPy's kernels
 * cast such values (undefined in C) and return what the CPU gives. */
static inline int64_t npr_x86_double_to_i64(double x) {
  if (x >= -9223372036854775808.0 && x < 9223372036854775808.0) return (int64_t)x;
  return INT64_MIN;
}

/* Signed int64 arithmetic that wraps as NumPy's compiled code does where C
 * leaves overflow undefined (n + 1 for n = INT64_MAX, k * k for k > 3e9). */
static inline int64_t npr_wrap_add_i64(int64_t a, int64_t b) {
  return (int64_t)((uint64_t)a + (uint64_t)b);
}

static inline int64_t npr_wrap_sub_i64(int64_t a, int64_t b) {
  return (int64_t)((uint64_t)a - (uint64_t)b);
}

static inline int64_t npr_wrap_mul_i64(int64_t a, int64_t b) {
  return (int64_t)((uint64_t)a * (uint64_t)b);
}

static inline void npr_set_ok(bool *ok, bool value) {
  if (ok != NULL) *ok = value;
}

/* random_loggam: log(Gamma(x)) by the SPECFUN series (Zhang & Jin), as NumPy
 * computes it, including +inf at x = 0 and NaN below. */
double npr_loggam(double x);

/* logfactorial: log(k!) from NumPy's 126-entry table, then Stirling's series
 * to the 1/k**3 term. */
double npr_logfactorial(int64_t k);

/* legacy_random_binomial_original: the inversion/BTPE choice and the p > 0.5
 * mirror, without Generator's n == 0 / p == 0 shortcut (RandomState draws a
 * double there). When the inversion cannot end (npr_binomial's no-hang note),
 * modern_fallback selects NumPy 2.4's log1p setup; otherwise *ok = false and
 * 0 is returned without drawing. */
int64_t npr_binomial_mirrored(const npr_bitgen *bg, int64_t n, double p, npr_binomial_cache *cache,
                              bool modern_fallback, bool *ok);

/* random_geometric_search, with the stall of npr_geometric reported through
 * ok (result 0). */
int64_t npr_geometric_search(const npr_bitgen *bg, double p, bool *ok);

/* When NumPy 1.24's zipf loop cannot end (npr_zipf's notes): a >= 1025, inf,
 * a <= 1, NaN, and a - 1 < 2**-31. */
bool npr_zipf_1_24_stalls(double a);

/* random_zipf's NumPy 1.24 loop; only for a where npr_zipf_1_24_stalls is
 * false. */
int64_t npr_zipf_1_24(const npr_bitgen *bg, double a);

#endif
