/* RandomState's distribution methods: descriptions and public functions
 * from the rows of methods_legacy.h. */
#include "../core/method_checks.h"
#include "nprand/legacy_discrete.h"
#include "nprand/legacy_distributions.h"
#include "nprand/randomstate.h"

/* mtrand.pyx calls some Generator kernels on the MT19937 itself. */
static const npr_bitgen *rs_bitgen(void *rs, npr_bitgen *tmp) {
  *tmp = npr_randomstate_bitgen(rs);
  return tmp;
}

#define NPR_IMPL_ROWS NPR_LEGACY_METHODS
#define NPR_IMPL_PREFIX npr_rs_
#define NPR_IMPL_SUFFIX
#define NPR_IMPL_STATE npr_randomstate *
#define NPR_IMPL_TABLE legacy_methods
#define NPR_IMPL_VIA_BG(s) rs_bitgen((s), &(npr_bitgen){0})
#define NPR_IMPL_VIA_SELF(s) ((npr_randomstate *)(s))
#define NPR_IMPL_RELEASE(s) (((const npr_randomstate *)(s))->numpy)
#include "../core/method_impl.inc"

const npr_method *npr_legacy_methods(size_t *n) {
  *n = legacy_methods_count;
  return legacy_methods;
}
