/* PCG64: NumPy's default bit generator, a 128-bit LCG with the XSL-RR
 * output function (O'Neill's pcg64 / pcg_setseq_128_xsl_rr_64). */
#ifndef NPRAND_PCG64_H
#define NPRAND_PCG64_H

#include <stdint.h>

#include "nprand/bitgen.h"

#ifdef __cplusplus
extern "C" {
#endif

struct npr_seedsequence;

/* Mirrors PCG64().state:
 *   state['state']['state'] = state_hi * 2**64 + state_lo
 *   state['state']['inc']   = inc_hi * 2**64 + inc_lo   (always odd)
 *   state['has_uint32'], state['uinteger'] = has_uint32, uinteger
 * Setting the fields is NumPy's state setter (no validation, as in NumPy). */
typedef struct npr_pcg64 {
  uint64_t state_hi, state_lo;
  uint64_t inc_hi, inc_lo;
  int has_uint32; /* 1 when uinteger holds the high half of the last word */
  uint32_t uinteger;
} npr_pcg64;

/* pcg64_set_seed: the LCG started from seed on stream inc (inc is shifted
 * left one bit and made odd); clears the 32-bit buffer. */
void npr_pcg64_set_seed(npr_pcg64 *pcg, uint64_t seed_hi, uint64_t seed_lo, uint64_t inc_hi,
                        uint64_t inc_lo);

/* PCG64(seed_seq): generate_state(4, uint64) gives seed (words 0, 1 as high,
 * low) and inc (words 2, 3). */
void npr_pcg64_from_seedseq(npr_pcg64 *pcg, const struct npr_seedsequence *ss);

/* One 64-bit word; what random_raw() returns. Leaves the 32-bit buffer. */
uint64_t npr_pcg64_next64(npr_pcg64 *pcg);

/* Low half of a fresh word, keeping the high half for the next call. */
uint32_t npr_pcg64_next32(npr_pcg64 *pcg);

/* uint64_to_double of one next64 word. */
double npr_pcg64_next_double(npr_pcg64 *pcg);

/* advance(delta) with delta = delta_hi * 2**64 + delta_lo, i.e. any Python
 * int reduced mod 2**128 (two's complement for negative steps). Clears the
 * 32-bit buffer, as NumPy does. */
void npr_pcg64_advance(npr_pcg64 *pcg, uint64_t delta_hi, uint64_t delta_lo);

/* jumped(jumps): out = src advanced by jumps * 0x9e3779b97f4a7c15f39cc0605cedc835
 * (mod 2**128; negative jumps wrap like Python ints). The buffer is cleared.
 * out may be src. */
void npr_pcg64_jumped(const npr_pcg64 *src, int64_t jumps, npr_pcg64 *out);

npr_bitgen npr_pcg64_bitgen(npr_pcg64 *pcg);

#ifdef __cplusplus
}
#endif
#endif
