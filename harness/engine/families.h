/* The registry of families the engine knows; each family_<name>.c defines
 * its npr_family. Adding a family is one file and one line in families.c. */
#ifndef NPR_HARNESS_FAMILIES_H
#define NPR_HARNESS_FAMILIES_H

#include "engine.h"

extern const npr_family npr_family_legacy;
extern const npr_family npr_family_mt19937;
extern const npr_family npr_family_pcg64;
extern const npr_family npr_family_pcg64dxsm;
extern const npr_family npr_family_philox;
extern const npr_family npr_family_sfc64;
extern const npr_family npr_family_seedsequence;
extern const npr_family npr_family_python;
extern const npr_family *const npr_families[];

#endif
