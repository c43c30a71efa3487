/* nprand: NumPy's and CPython's random streams in C, bit for bit.
 *
 * The one header a user includes: every public header of the library, so
 * nobody has to know which one declares npr_rs_randint_fill. The per-concept
 * headers stay usable on their own for code that wants fewer names.
 *
 * The list is every header in lib/include/nprand but this one, in name order;
 * the test unit.umbrella_header fails when a header is missing here. */
#ifndef NPRAND_NPRAND_H
#define NPRAND_NPRAND_H

#include "nprand/array_size.h"
#include "nprand/bigint.h"
#include "nprand/bitgen.h"
#include "nprand/bounded.h"
#include "nprand/broadcast.h"
#include "nprand/constraints.h"
#include "nprand/discrete.h"
#include "nprand/distributions.h"
#include "nprand/dtype.h"
#include "nprand/entropy.h"
#include "nprand/generator.h"
#include "nprand/integers.h"
#include "nprand/legacy_discrete.h"
#include "nprand/legacy_distributions.h"
#include "nprand/method.h"
#include "nprand/method_api.h"
#include "nprand/methods_generator.h"
#include "nprand/methods_legacy.h"
#include "nprand/mt19937.h"
#include "nprand/multivariate.h"
#include "nprand/numpy_version.h"
#include "nprand/pcg64.h"
#include "nprand/pcg64dxsm.h"
#include "nprand/philox.h"
#include "nprand/pyrandom.h"
#include "nprand/randomstate.h"
#include "nprand/seedsequence.h"
#include "nprand/sfc64.h"
#include "nprand/sha512.h"
#include "nprand/shuffle.h"
#include "nprand/status.h"

#endif
