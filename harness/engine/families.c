#include "families.h"

const npr_family *const npr_families[] = {
    &npr_family_legacy, &npr_family_mt19937, &npr_family_pcg64,        &npr_family_pcg64dxsm,
    &npr_family_philox, &npr_family_sfc64,   &npr_family_seedsequence, &npr_family_python,
    NULL,
};
