/* Philox4x64-10 (Salmon et al., Random123): a counter-based generator whose
 * output block is a 10-round keyed bijection of a 256-bit counter. */
#ifndef NPRAND_PHILOX_H
#define NPRAND_PHILOX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/bitgen.h"
#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

struct npr_seedsequence;

#define NPR_PHILOX_BUFFER_SIZE 4

/* Mirrors Philox().state (all arrays least-significant word first):
 *   state['state']['counter'] = counter, state['state']['key'] = key,
 *   state['buffer'] = buffer, state['buffer_pos'] = buffer_pos,
 *   state['has_uint32'], state['uinteger'] = has_uint32, uinteger.
 * buffer holds the last block; buffer_pos == 4 means "increment the counter
 * and compute a new block first". */
typedef struct npr_philox {
  uint64_t counter[4];
  uint64_t key[2];
  uint64_t buffer[NPR_PHILOX_BUFFER_SIZE];
  int buffer_pos;
  int has_uint32;
  uint32_t uinteger;
} npr_philox;

/* Philox(seed=..., counter=..., key=...).
 *   ss:      the seed's SeedSequence, or NULL when seed is None. Pass NULL too
 *            for Philox() without a key: nprand then draws OS entropy itself.
 *   key:     2 words (key = key[0] + key[1] * 2**64), or NULL for None;
 *            when given, the SeedSequence is not used.
 *   counter: 4 words, or NULL for 0.
 * ss and key both given is NumPy's ValueError "seed and key cannot be both
 * used". Converting a Python int to words, with NumPy's range errors, is
 * npr_philox_int_to_words. */
npr_status npr_philox_init(npr_philox *px, const struct npr_seedsequence *ss, const uint64_t *key,
                           const uint64_t *counter, npr_error *err);

/* Philox(seed_seq) with counter 0: key from generate_state(2, uint64). */
void npr_philox_from_seedseq(npr_philox *px, const struct npr_seedsequence *ss);

/* NumPy's int_to_array(value, name, bits, 64) for a scalar Python int given
 * as magnitude words (little-endian 32-bit) and sign: fills bits/64 words,
 * least significant first, or fails with "<name> must be positive and less
 * than 2**<bits>." (ValueError). bits is 128 for key, 256 for counter. The
 * array form's error is "<name> must have <bits/64> elements when using
 * array form". */
npr_status npr_philox_int_to_words(const uint32_t *mag, size_t n_mag, bool negative,
                                   const char *name, unsigned bits, uint64_t *out, npr_error *err);

uint64_t npr_philox_next64(npr_philox *px);
uint32_t npr_philox_next32(npr_philox *px);
double npr_philox_next_double(npr_philox *px);

/* advance(delta): counter += delta mod 2**256, delta least significant word
 * first (negative Python deltas as two's complement). Empties the block and
 * 32-bit buffers (buffer zeroed, buffer_pos = 4), as NumPy does. */
void npr_philox_advance(npr_philox *px, const uint64_t delta[4]);

/* jumped(jumps): out = src advanced by jumps * 2**128 (mod 2**256, so
 * negative jumps wrap like Python ints). out may be src. */
void npr_philox_jumped(const npr_philox *src, int64_t jumps, npr_philox *out);

npr_bitgen npr_philox_bitgen(npr_philox *px);

#ifdef __cplusplus
}
#endif
#endif
