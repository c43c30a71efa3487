/* The Generator's distribution methods, one row each: NumPy 1.24's
 * _generator.pyx cont()/disc() calls as data. Every consumer includes this
 * list with its own row macros (X0 .. X3 by parameter count): the public
 * prototypes (generator.h), the method descriptions and public functions
 * (lib/src/generator/generator_methods.c), the engine's method table,
 * `nprand --list --json` and through it the oracle and the fuzz targets.
 *
 * Columns: name, stable id (never reused or renumbered: fuzz inputs pick
 * methods by it), Python signature, output type (F64, F32, I64), how the
 * kernel takes its state (BG: `const npr_bitgen *`; SELF: the
 * npr_generator), the kernel, NumPy's extra check (or NULL), then per
 * parameter its name, type (D: double, I: int64) and NumPy's constraint
 * (NPR_CONS_<kind>).
 *
 * Append rows; never reorder or renumber. */
#ifndef NPRAND_METHODS_GENERATOR_H
#define NPRAND_METHODS_GENERATOR_H

#define NPR_GENERATOR_METHODS(X0, X1, X2, X3)                                                                   \
  X2(normal, 1, "loc=0.0, scale=1.0, size=None", F64, BG, npr_normal, NULL, loc, D, NONE, scale, D,            \
     NON_NEGATIVE)                                                                                              \
  X1(exponential, 2, "scale=1.0, size=None", F64, BG, npr_exponential, NULL, scale, D, NON_NEGATIVE)          \
  X2(uniform, 3, "low=0.0, high=1.0, size=None", F64, BG, npr_uniform_low_high, npr_gen_uniform_check, low, D, \
     NONE, high, D, NONE)                                                                                       \
  X3(triangular, 4, "left, mode, right, size=None", F64, BG, npr_triangular, npr_triangular_check, left, D,     \
     NONE, mode, D, NONE, right, D, NONE)

#endif
