/* nprand's own libm: the functions the streams call, returning what x86-64
 * glibc 2.36 returns on a CPU with FMA (Debian 12's libm, where NumPy's and
 * CPython's reference numbers were made), bit for bit, on any IEEE-754
 * target.
 *
 * glibc's FMA variants are its generic C compiled with -mfma, so GCC fuses
 * some a*b+c into one rounding; these sources call fma() at exactly those
 * places and are built with contraction off, so the result does not depend
 * on the compiler or the CPU. fma() is exact everywhere (a software fma is
 * slow, never wrong). Round-to-nearest is assumed, as in every sampler.
 *
 * errno is set as glibc sets it (ERANGE on overflow and on underflow to
 * zero, EDOM on a domain error) because CPython's math wrappers read it. */
#ifndef NPR_LIBM_NPR_LIBM_H
#define NPR_LIBM_NPR_LIBM_H

double npr_libm_log(double x);
double npr_libm_log1p(double x);
double npr_libm_exp(double x);
double npr_libm_expm1(double x);
double npr_libm_pow(double x, double y);
double npr_libm_sin(double x);
double npr_libm_cos(double x);
double npr_libm_tan(double x);
double npr_libm_atan(double x);
double npr_libm_acos(double x);
float npr_libm_logf(float x);
float npr_libm_log1pf(float x);
float npr_libm_expf(float x);
float npr_libm_powf(float x, float y);

#endif
