/* The Generator Poisson kernel, which noncentral_chisquare (both APIs: the
 * legacy one calls it on the MT19937) needs for df <= 1.
 *
 * The prototype is the one the discrete-kernels branch declares in
 * nprand/discrete.h. Until that branch is merged, a temporary port lives in
 * TEMP_poisson_for_noncentral.c; at the merge, delete that file and include
 * nprand/discrete.h here instead. */
#ifndef NPR_DISTRIBUTIONS_POISSON_FOR_NONCENTRAL_H
#define NPR_DISTRIBUTIONS_POISSON_FOR_NONCENTRAL_H

#include <stdint.h>

#include "nprand/bitgen.h"

int64_t npr_poisson(const npr_bitgen *bg, double lam);

#endif
