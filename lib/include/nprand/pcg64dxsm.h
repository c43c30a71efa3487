/* PCG64DXSM: the 128-bit LCG with a 64-bit ("cheap") multiplier and the DXSM
 * output function applied to the state before each step. */
#ifndef NPRAND_PCG64DXSM_H
#define NPRAND_PCG64DXSM_H

#include <stdint.h>

#include "nprand/bitgen.h"

#ifdef __cplusplus
extern "C" {
#endif

struct npr_seedsequence;

/* Same fields, and the same mapping to PCG64DXSM().state, as npr_pcg64; a
 * separate type so the two generators cannot be mixed up. */
typedef struct npr_pcg64dxsm {
  uint64_t state_hi, state_lo;
  uint64_t inc_hi, inc_lo;
  int has_uint32;
  uint32_t uinteger;
} npr_pcg64dxsm;

void npr_pcg64dxsm_set_seed(npr_pcg64dxsm *pcg, uint64_t seed_hi, uint64_t seed_lo, uint64_t inc_hi,
                            uint64_t inc_lo);

/* PCG64DXSM(seed_seq): generate_state(4, uint64) as for PCG64. */
void npr_pcg64dxsm_from_seedseq(npr_pcg64dxsm *pcg, const struct npr_seedsequence *ss);

uint64_t npr_pcg64dxsm_next64(npr_pcg64dxsm *pcg);
uint32_t npr_pcg64dxsm_next32(npr_pcg64dxsm *pcg);
double npr_pcg64dxsm_next_double(npr_pcg64dxsm *pcg);

/* As npr_pcg64_advance / npr_pcg64_jumped (same jump step). */
void npr_pcg64dxsm_advance(npr_pcg64dxsm *pcg, uint64_t delta_hi, uint64_t delta_lo);
void npr_pcg64dxsm_jumped(const npr_pcg64dxsm *src, int64_t jumps, npr_pcg64dxsm *out);

npr_bitgen npr_pcg64dxsm_bitgen(npr_pcg64dxsm *pcg);

#ifdef __cplusplus
}
#endif
#endif
