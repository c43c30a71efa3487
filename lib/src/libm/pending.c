/* Functions of npr_libm.h not yet written: they forward to the platform libm
 * (so NPRAND_PORTABLE_LIBM is not yet portable for them). Each moves to its
 * own file as it is written and checked with harness/unit/libm_compare. */
#include <math.h>

#include "libm/npr_libm.h"

double npr_libm_tan(double x) { return tan(x); }
