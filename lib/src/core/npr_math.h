/* The libm functions the streams call, in one place.
 *
 * Every sampler calls log, log1p, exp, pow, sin, cos, acos, ... through these
 * names, never libm directly, so that one build option can route them to
 * nprand's own implementations (the same results as x86-64 glibc on an FMA
 * CPU, on every target) without touching the kernels: NPRAND_PORTABLE_LIBM.
 * Without it they are the platform libm, and the stream's last bits depend on
 * it, as NumPy's own do.
 * sqrt, fabs, floor and ceil are exact everywhere and are called directly. */
#ifndef NPR_CORE_NPR_MATH_H
#define NPR_CORE_NPR_MATH_H

#include <math.h>

#ifdef NPRAND_PORTABLE_LIBM
/* -DNPRAND_PORTABLE_LIBM=ON: nprand's own libm, the numbers of x86-64 glibc
 * 2.36 with FMA on every target (lib/src/libm/npr_libm.h). */
#include "libm/npr_libm.h"

static inline double npr_log(double x) { return npr_libm_log(x); }
static inline double npr_log1p(double x) { return npr_libm_log1p(x); }
static inline double npr_exp(double x) { return npr_libm_exp(x); }
static inline double npr_expm1(double x) { return npr_libm_expm1(x); }
static inline double npr_pow(double x, double y) { return npr_libm_pow(x, y); }
static inline double npr_sin(double x) { return npr_libm_sin(x); }
static inline double npr_cos(double x) { return npr_libm_cos(x); }
static inline double npr_tan(double x) { return npr_libm_tan(x); }
static inline double npr_atan(double x) { return npr_libm_atan(x); }
static inline double npr_acos(double x) { return npr_libm_acos(x); }
static inline float npr_logf(float x) { return npr_libm_logf(x); }
static inline float npr_log1pf(float x) { return npr_libm_log1pf(x); }
static inline float npr_expf(float x) { return npr_libm_expf(x); }
static inline float npr_powf(float x, float y) { return npr_libm_powf(x, y); }
#else
static inline double npr_log(double x) { return log(x); }
static inline double npr_log1p(double x) { return log1p(x); }
static inline double npr_exp(double x) { return exp(x); }
static inline double npr_expm1(double x) { return expm1(x); }
static inline double npr_pow(double x, double y) { return pow(x, y); }
static inline double npr_sin(double x) { return sin(x); }
static inline double npr_cos(double x) { return cos(x); }
static inline double npr_tan(double x) { return tan(x); }
static inline double npr_atan(double x) { return atan(x); }
static inline double npr_acos(double x) { return acos(x); }
static inline float npr_logf(float x) { return logf(x); }
static inline float npr_log1pf(float x) { return log1pf(x); }
static inline float npr_expf(float x) { return expf(x); }
static inline float npr_powf(float x, float y) { return powf(x, y); }
#endif

/* log2 (CPython 3.12+'s binomialvariate) has no portable version yet: it is
 * the platform's in every build, so those streams follow the platform libm. */
static inline double npr_log2(double x) { return log2(x); }

#endif
