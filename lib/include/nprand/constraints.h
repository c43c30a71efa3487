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
  NPR_CONS_GTE_1,             /* "<name> < 1 or <name> is NaN" */
  NPR_CONS_POISSON,           /* "<name> < 0 or <name> is NaN", then "<name> value too large" */
  NPR_CONS_LEGACY_POISSON     /* the same against the legacy bound */
} npr_constraint;

/* NumPy's largest Poisson lam: int64 max less ten of its square roots, in
 * double arithmetic (_common.pyx). The legacy bound uses C long, which is
 * int64 on the LP64 platforms NumPy's Linux wheels and Debian build for. */
double npr_poisson_lam_max(void);
double npr_legacy_poisson_lam_max(void);

/* NumPy's name without the CONS_ prefix: "NONE", "NON_NEGATIVE", ... */
const char *npr_constraint_name(npr_constraint cons);

/* check_constraint: a 0-d parameter, NumPy's scalar wording. */
npr_status npr_check_constraint(double val, const char *name, npr_constraint cons, npr_error *err);

/* check_array_constraint: what NumPy's np.any/np.all tests over every
 * element of an array parameter find, worded as NumPy words it for arrays
 * ("<name> contains NaNs" where the scalar text says "is NaN"; for POISSON
 * the bound is tested before the sign). Feed it every element with
 * npr_constraint_scan_add, then ask npr_constraint_scan_check. */
typedef struct npr_constraint_scan {
  unsigned flags;
} npr_constraint_scan;

void npr_constraint_scan_init(npr_constraint_scan *scan);
void npr_constraint_scan_add(npr_constraint_scan *scan, double val);
npr_status npr_constraint_scan_check(const npr_constraint_scan *scan, const char *name, npr_constraint cons,
                                     npr_error *err);

#ifdef __cplusplus
}
#endif
#endif
