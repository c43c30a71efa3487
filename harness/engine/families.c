#include "families.h"

/* Families named by the contract that nprand does not serve yet: requests
 * for them get a clear NotImplementedError. */
#define PENDING_FAMILY(var, fname, tname) \
  static const npr_family var = {fname, tname, false, 0, NULL, NULL, NULL, 0}

PENDING_FAMILY(pending_mt19937, "mt19937", "Generator");
PENDING_FAMILY(pending_pcg64, "pcg64", "Generator");
PENDING_FAMILY(pending_pcg64dxsm, "pcg64dxsm", "Generator");
PENDING_FAMILY(pending_philox, "philox", "Generator");
PENDING_FAMILY(pending_sfc64, "sfc64", "Generator");
PENDING_FAMILY(pending_seedsequence, "seedsequence", "SeedSequence");
PENDING_FAMILY(pending_python, "python", "Random");

const npr_family *const npr_families[] = {
    &npr_family_legacy, &pending_mt19937, &pending_pcg64,        &pending_pcg64dxsm, &pending_philox,
    &pending_sfc64,     &pending_seedsequence, &pending_python, NULL,
};
