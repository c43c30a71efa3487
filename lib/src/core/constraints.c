#include "nprand/constraints.h"

#include <math.h>
#include <stdint.h>

double npr_poisson_lam_max(void) { return (double)INT64_MAX - sqrt((double)INT64_MAX) * 10; }
double npr_legacy_poisson_lam_max(void) { return npr_poisson_lam_max(); }

const char *npr_constraint_name(npr_constraint cons) {
  switch (cons) {
  case NPR_CONS_NONE: return "NONE";
  case NPR_CONS_NON_NEGATIVE: return "NON_NEGATIVE";
  case NPR_CONS_POSITIVE: return "POSITIVE";
  case NPR_CONS_POSITIVE_NOT_NAN: return "POSITIVE_NOT_NAN";
  case NPR_CONS_BOUNDED_0_1: return "BOUNDED_0_1";
  case NPR_CONS_BOUNDED_GT_0_1: return "BOUNDED_GT_0_1";
  case NPR_CONS_BOUNDED_LT_0_1: return "BOUNDED_LT_0_1";
  case NPR_CONS_GT_1: return "GT_1";
  case NPR_CONS_GTE_1: return "GTE_1";
  case NPR_CONS_POISSON: return "POISSON";
  case NPR_CONS_LEGACY_POISSON: return "LEGACY_POISSON";
  }
  return "?";
}

npr_status npr_check_constraint(double val, const char *name, npr_constraint cons,
                                npr_error *err) {
  switch (cons) {
  case NPR_CONS_NONE:
    break;
  case NPR_CONS_NON_NEGATIVE:
    if (!isnan(val) && signbit(val)) return npr_fail(err, NPR_VALUE_ERROR, "%s < 0", name);
    break;
  case NPR_CONS_POSITIVE_NOT_NAN:
    if (isnan(val)) return npr_fail(err, NPR_VALUE_ERROR, "%s must not be NaN", name);
    /* fall through */
  case NPR_CONS_POSITIVE:
    if (val <= 0) return npr_fail(err, NPR_VALUE_ERROR, "%s <= 0", name);
    break;
  case NPR_CONS_BOUNDED_0_1:
    if (!(val >= 0) || !(val <= 1))
      return npr_fail(err, NPR_VALUE_ERROR, "%s < 0, %s > 1 or %s is NaN", name, name, name);
    break;
  case NPR_CONS_BOUNDED_GT_0_1:
    if (!(val > 0) || !(val <= 1))
      return npr_fail(err, NPR_VALUE_ERROR, "%s <= 0, %s > 1 or %s contains NaNs", name, name, name);
    break;
  case NPR_CONS_BOUNDED_LT_0_1:
    if (!(val >= 0) || !(val < 1))
      return npr_fail(err, NPR_VALUE_ERROR, "%s < 0, %s >= 1 or %s is NaN", name, name, name);
    break;
  case NPR_CONS_GT_1:
    if (!(val > 1)) return npr_fail(err, NPR_VALUE_ERROR, "%s <= 1 or %s is NaN", name, name);
    break;
  case NPR_CONS_GTE_1:
    if (!(val >= 1)) return npr_fail(err, NPR_VALUE_ERROR, "%s < 1 or %s is NaN", name, name);
    break;
  case NPR_CONS_POISSON:
  case NPR_CONS_LEGACY_POISSON:
    if (!(val >= 0)) return npr_fail(err, NPR_VALUE_ERROR, "%s < 0 or %s is NaN", name, name);
    if (!(val <= (cons == NPR_CONS_POISSON ? npr_poisson_lam_max() : npr_legacy_poisson_lam_max())))
      return npr_fail(err, NPR_VALUE_ERROR, "%s value too large", name);
    break;
  }
  return NPR_OK;
}

/* One bit per element predicate that some array wording tests with np.any. */
enum {
  ANY_NAN = 1u << 0,
  ANY_NEGATIVE_SIGN = 1u << 1, /* signbit set and not NaN */
  ANY_LE_0 = 1u << 2,
  ANY_NOT_GE_0 = 1u << 3,
  ANY_NOT_GT_0 = 1u << 4,
  ANY_NOT_LE_1 = 1u << 5,
  ANY_NOT_LT_1 = 1u << 6,
  ANY_NOT_GT_1 = 1u << 7,
  ANY_NOT_GE_1 = 1u << 8,
  ANY_OVER_LAM = 1u << 9, /* not <= the Poisson bound (NaN counts) */
  ANY_OVER_LEGACY_LAM = 1u << 10
};

void npr_constraint_scan_init(npr_constraint_scan *scan) { scan->flags = 0; }

void npr_constraint_scan_add(npr_constraint_scan *scan, double val) {
  unsigned f = 0;
  if (isnan(val)) f |= ANY_NAN;
  else if (signbit(val)) f |= ANY_NEGATIVE_SIGN;
  if (val <= 0) f |= ANY_LE_0;
  if (!(val >= 0)) f |= ANY_NOT_GE_0;
  if (!(val > 0)) f |= ANY_NOT_GT_0;
  if (!(val <= 1)) f |= ANY_NOT_LE_1;
  if (!(val < 1)) f |= ANY_NOT_LT_1;
  if (!(val > 1)) f |= ANY_NOT_GT_1;
  if (!(val >= 1)) f |= ANY_NOT_GE_1;
  if (!(val <= npr_poisson_lam_max())) f |= ANY_OVER_LAM;
  if (!(val <= npr_legacy_poisson_lam_max())) f |= ANY_OVER_LEGACY_LAM;
  scan->flags |= f;
}

npr_status npr_constraint_scan_check(const npr_constraint_scan *scan, const char *name, npr_constraint cons,
                                     npr_error *err) {
  const unsigned f = scan->flags;
  switch (cons) {
  case NPR_CONS_NONE:
    break;
  case NPR_CONS_NON_NEGATIVE:
    if (f & ANY_NEGATIVE_SIGN) return npr_fail(err, NPR_VALUE_ERROR, "%s < 0", name);
    break;
  case NPR_CONS_POSITIVE_NOT_NAN:
    if (f & ANY_NAN) return npr_fail(err, NPR_VALUE_ERROR, "%s must not be NaN", name);
    /* fall through */
  case NPR_CONS_POSITIVE:
    if (f & ANY_LE_0) return npr_fail(err, NPR_VALUE_ERROR, "%s <= 0", name);
    break;
  case NPR_CONS_BOUNDED_0_1:
    if (f & (ANY_NOT_GE_0 | ANY_NOT_LE_1))
      return npr_fail(err, NPR_VALUE_ERROR, "%s < 0, %s > 1 or %s contains NaNs", name, name, name);
    break;
  case NPR_CONS_BOUNDED_GT_0_1:
    if (f & (ANY_NOT_GT_0 | ANY_NOT_LE_1))
      return npr_fail(err, NPR_VALUE_ERROR, "%s <= 0, %s > 1 or %s contains NaNs", name, name, name);
    break;
  case NPR_CONS_BOUNDED_LT_0_1:
    if (f & (ANY_NOT_GE_0 | ANY_NOT_LT_1))
      return npr_fail(err, NPR_VALUE_ERROR, "%s < 0, %s >= 1 or %s contains NaNs", name, name, name);
    break;
  case NPR_CONS_GT_1:
    if (f & ANY_NOT_GT_1) return npr_fail(err, NPR_VALUE_ERROR, "%s <= 1 or %s contains NaNs", name, name);
    break;
  case NPR_CONS_GTE_1:
    if (f & ANY_NOT_GE_1) return npr_fail(err, NPR_VALUE_ERROR, "%s < 1 or %s contains NaNs", name, name);
    break;
  case NPR_CONS_POISSON:
  case NPR_CONS_LEGACY_POISSON:
    if (f & (cons == NPR_CONS_POISSON ? ANY_OVER_LAM : ANY_OVER_LEGACY_LAM))
      return npr_fail(err, NPR_VALUE_ERROR, "%s value too large", name);
    if (f & ANY_NOT_GE_0) return npr_fail(err, NPR_VALUE_ERROR, "%s < 0 or %s contains NaNs", name, name);
    break;
  }
  return NPR_OK;
}
