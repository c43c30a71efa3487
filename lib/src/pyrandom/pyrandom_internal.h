/* Shared by the pyrandom sources: Python float semantics and the raw draws
 * the public methods are built from. */
#ifndef NPRAND_PYRANDOM_INTERNAL_H
#define NPRAND_PYRANDOM_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "nprand/pyrandom.h"

#define PYR_ZERO_DIVISION(err, msg) npr_fail((err), NPR_ZERO_DIVISION_ERROR, msg)

/* getrandbits(k) for k >= 1 into (k + 31) / 32 words, least significant
 * first; the last word keeps only its top bits, as CPython drops the low
 * ones. */
void pyr_getrandbits_words(npr_mt19937 *mt, uint64_t k, uint32_t *words);

/* _randbelow(nm1 + 1), so n may be anything in 1..2**64. */
uint64_t pyr_randbelow_nm1(npr_mt19937 *mt, uint64_t nm1);

/* Python float operators and math functions, with the errors of CPython
 * `py` (3.14 words them differently: "division by zero", "expected a
 * positive input, got 0.0"). */
npr_status pyr_div(npr_python py, double a, double b, double *out, npr_error *err);
npr_status pyr_mod(npr_python py, double a, double b, double *out, npr_error *err);
npr_status pyr_pow(npr_python py, double x, double y, double *out, npr_error *err);
npr_status pyr_log(npr_python py, double x, double *out, npr_error *err);
npr_status pyr_log2(npr_python py, double x, double *out, npr_error *err);
npr_status pyr_exp(npr_python py, double x, double *out, npr_error *err);
npr_status pyr_sqrt(npr_python py, double x, double *out, npr_error *err);
npr_status pyr_cos(npr_python py, double x, double *out, npr_error *err);
npr_status pyr_sin(npr_python py, double x, double *out, npr_error *err);
npr_status pyr_acos(npr_python py, double x, double *out, npr_error *err);
/* math.lgamma: CPython's own Lanczos formula, not the platform's lgamma. */
npr_status pyr_lgamma(npr_python py, double x, double *out, npr_error *err);

/* repr(float): the shortest text that reads back to x ("0.1", "1e-05",
 * "-0.0", "inf"); buf holds 32 bytes. */
void pyr_repr_double(double x, char buf[32]);

#endif
