/* RandomState's distribution methods, one row each: NumPy 1.24's mtrand.pyx
 * cont()/disc() calls as data. The columns are those of
 * methods_generator.h; the state is the npr_randomstate (SELF: legacy
 * kernels that take it; BG: the Generator kernels that mtrand.pyx calls on
 * the MT19937 itself, `&self._bitgen`).
 *
 * Append rows; never reorder or renumber. */
#ifndef NPRAND_METHODS_LEGACY_H
#define NPRAND_METHODS_LEGACY_H

#define NPR_LEGACY_METHODS(X0, X1, X2, X3)                                                                      \
  X2(normal, 1, "loc=0.0, scale=1.0, size=None", F64, SELF, npr_legacy_normal, NULL, loc, D, NONE, scale, D,   \
     NON_NEGATIVE)                                                                                              \
  X1(exponential, 2, "scale=1.0, size=None", F64, SELF, npr_legacy_exponential, NULL, scale, D, NON_NEGATIVE)  \
  X2(uniform, 3, "low=0.0, high=1.0, size=None", F64, BG, npr_uniform_low_high, npr_rs_uniform_check, low, D,  \
     NONE, high, D, NONE)                                                                                       \
  X3(triangular, 4, "left, mode, right, size=None", F64, BG, npr_triangular, npr_triangular_check, left, D,     \
     NONE, mode, D, NONE, right, D, NONE)

#endif
