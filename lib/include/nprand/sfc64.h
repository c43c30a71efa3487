/* SFC64: Chris Doty-Humphrey's Small Fast Chaotic generator (PractRand),
 * 256 bits of state including a 64-bit counter. */
#ifndef NPRAND_SFC64_H
#define NPRAND_SFC64_H

#include <stdint.h>

#include "nprand/bitgen.h"

#ifdef __cplusplus
extern "C" {
#endif

struct npr_seedsequence;

/* Mirrors SFC64().state: state['state']['state'] = s (s[3] is the counter),
 * state['has_uint32'], state['uinteger'] = has_uint32, uinteger. */
typedef struct npr_sfc64 {
  uint64_t s[4];
  int has_uint32;
  uint32_t uinteger;
} npr_sfc64;

/* sfc64_set_seed: s = {seed[0], seed[1], seed[2], 1}, then 12 discarded
 * outputs; clears the 32-bit buffer. */
void npr_sfc64_set_seed(npr_sfc64 *sfc, const uint64_t seed[3]);

/* SFC64(seed_seq): seed from generate_state(3, uint64). */
void npr_sfc64_from_seedseq(npr_sfc64 *sfc, const struct npr_seedsequence *ss);

uint64_t npr_sfc64_next64(npr_sfc64 *sfc);
uint32_t npr_sfc64_next32(npr_sfc64 *sfc);
double npr_sfc64_next_double(npr_sfc64 *sfc);

npr_bitgen npr_sfc64_bitgen(npr_sfc64 *sfc);

#ifdef __cplusplus
}
#endif
#endif
