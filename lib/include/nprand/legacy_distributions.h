/* The kernels of NumPy's legacy-distributions.c: RandomState's samplers
 * where its stream differs from Generator's, drawn from the MT19937 and the
 * cached gaussian of an npr_randomstate (NumPy's aug_bitgen). Unchecked: the
 * checks with NumPy's messages are the method rows' (methods_legacy.h). */
#ifndef NPRAND_LEGACY_DISTRIBUTIONS_H
#define NPRAND_LEGACY_DISTRIBUTIONS_H

#include "nprand/randomstate.h"

#ifdef __cplusplus
extern "C" {
#endif

/* loc + scale * the polar-method gaussian (legacy_normal). */
double npr_legacy_normal(npr_randomstate *rs, double loc, double scale);
/* scale * -log(1 - U) (legacy_exponential). */
double npr_legacy_exponential(npr_randomstate *rs, double scale);

#ifdef __cplusplus
}
#endif
#endif
