/* Which NumPy release a stream reproduces.
 *
 * NumPy changed some Generator (and one RandomState) streams after 1.24.2;
 * a Generator is made for one release and its methods follow that release's
 * kernels. The default stays 1.24.2, the release every other answer of this
 * library reproduces. */
#ifndef NPRAND_NUMPY_VERSION_H
#define NPRAND_NUMPY_VERSION_H

#include <stdint.h>

#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A NumPy release as major * 10000 + minor * 100 + patch, so releases
 * compare in order with < and >=. */
typedef uint32_t npr_numpy_version;
#define NPR_NUMPY_VERSION(major, minor, patch) ((npr_numpy_version)((major) * 10000 + (minor) * 100 + (patch)))

/* The releases where a modelled stream (or an accepted input) changed, and
 * the range modelled. */
#define NPR_NUMPY_1_24_2 NPR_NUMPY_VERSION(1, 24, 2) /* the oldest modelled */
#define NPR_NUMPY_1_25_0 NPR_NUMPY_VERSION(1, 25, 0) /* geometric clamps at INT64_MAX; dirichlet takes zeros */
#define NPR_NUMPY_1_26_0 NPR_NUMPY_VERSION(1, 26, 0) /* beta: Johnk keeps U + V > 0, tiny a, b; dirichlet zeros */
#define NPR_NUMPY_2_0_0 NPR_NUMPY_VERSION(2, 0, 0)   /* choice: capitalised p messages, size=() rows */
#define NPR_NUMPY_2_1_0 NPR_NUMPY_VERSION(2, 1, 0)   /* zipf (Umin, 1]; beta Johnk logs */
#define NPR_NUMPY_2_3_4 NPR_NUMPY_VERSION(2, 3, 4)   /* wald: cancellation-free formula */
#define NPR_NUMPY_2_4_0 NPR_NUMPY_VERSION(2, 4, 0)   /* binomial inversion: exp(n*log1p(-p)), multinomials too */
#define NPR_NUMPY_2_5_0 NPR_NUMPY_VERSION(2, 5, 0)   /* binomial BTPE fixed; RandomState.multinomial; spawn(-1) */
#define NPR_NUMPY_2_5_1 NPR_NUMPY_VERSION(2, 5, 1)   /* SeedSequence refuses nested seed lists */
#define NPR_NUMPY_OLDEST NPR_NUMPY_1_24_2
#define NPR_NUMPY_NEWEST NPR_NUMPY_VERSION(2, 5, 2)
#define NPR_NUMPY_DEFAULT NPR_NUMPY_1_24_2

/* Reads "X.Y.Z" into *out: a NumPy release from NPR_NUMPY_OLDEST to
 * NPR_NUMPY_NEWEST. Anything else is ValueError (an unknown release, or one
 * this library does not model), and *out is left alone. */
npr_status npr_numpy_version_parse(const char *text, npr_numpy_version *out, npr_error *err);

/* true when v is a NumPy release this library models. */
int npr_numpy_version_is_modelled(npr_numpy_version v);

#ifdef __cplusplus
}
#endif

#endif
