/* NumPy's scalar parameter checks (check_constraint in _common.pyx), shared
 * by the legacy and Generator wrappers so every method words its
 * ValueError like NumPy. */
#ifndef NPRAND_CONSTRAINTS_H
#define NPRAND_CONSTRAINTS_H

#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum npr_constraint {
  NPR_CONS_NONE,
  NPR_CONS_NON_NEGATIVE,      /* "<name> < 0": sign bit set (so -0.0) and not NaN */
  NPR_CONS_POSITIVE,          /* "<name> <= 0" (NaN passes) */
  NPR_CONS_POSITIVE_NOT_NAN,  /* "<name> must not be NaN", then "<name> <= 0" */
  NPR_CONS_BOUNDED_0_1,       /* "<name> < 0, <name> > 1 or <name> is NaN" */
  NPR_CONS_BOUNDED_GT_0_1,    /* "<name> <= 0, <name> > 1 or <name> contains NaNs" */
  NPR_CONS_BOUNDED_LT_0_1,    /* "<name> < 0, <name> >= 1 or <name> is NaN" */
  NPR_CONS_GT_1,              /* "<name> <= 1 or <name> is NaN" */
  NPR_CONS_GTE_1              /* "<name> < 1 or <name> is NaN" */
} npr_constraint;

npr_status npr_check_constraint(double val, const char *name, npr_constraint cons, npr_error *err);

#ifdef __cplusplus
}
#endif
#endif
