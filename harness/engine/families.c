#include "families.h"

/* Families named by the contract that nprand does not serve yet: requests
 * for them get a clear NotImplementedError. */
static const npr_family pending_python = {"python", "Random", true, 0, NULL, NULL, NULL, 0};

const npr_family *const npr_families[] = {
    &npr_family_legacy, &npr_family_mt19937, &npr_family_pcg64,        &npr_family_pcg64dxsm,
    &npr_family_philox, &npr_family_sfc64,   &npr_family_seedsequence, &pending_python,
    NULL,
};
