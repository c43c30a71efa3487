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

/* Python float operators and math functions, with CPython's errors. */
npr_status pyr_div(double a, double b, double *out, npr_error *err);
npr_status pyr_mod(double a, double b, double *out, npr_error *err);
npr_status pyr_pow(double x, double y, double *out, npr_error *err);
npr_status pyr_log(double x, double *out, npr_error *err);
npr_status pyr_exp(double x, double *out, npr_error *err);
npr_status pyr_sqrt(double x, double *out, npr_error *err);
npr_status pyr_cos(double x, double *out, npr_error *err);
npr_status pyr_sin(double x, double *out, npr_error *err);
npr_status pyr_acos(double x, double *out, npr_error *err);

#endif
