#include "nprand/constraints.h"

#include <math.h>

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
  }
  return NPR_OK;
}
