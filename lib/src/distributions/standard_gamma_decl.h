/* The standard gamma samplers negative_binomial mixes over, written on the
 * kernels-cont branch (Generator: nprand/distributions.h, legacy:
 * nprand/legacy_distributions.h). Declared here with exactly their
 * prototypes so this branch builds alone; at merge this header gives way to
 * those two and TEMP_gamma_for_discrete.c is deleted. */
#ifndef NPRAND_SRC_STANDARD_GAMMA_DECL_H
#define NPRAND_SRC_STANDARD_GAMMA_DECL_H

#include "nprand/bitgen.h"
#include "nprand/randomstate.h"

double npr_standard_gamma(const npr_bitgen *bg, double shape);
double npr_legacy_standard_gamma(npr_randomstate *rs, double shape);

#endif
