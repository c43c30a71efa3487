/* Bounded integers: values in [off, off + rng] (inclusive, wrapping), drawn
 * exactly as NumPy draws them.
 *
 * use_masked selects the legacy RandomState method (masked rejection);
 * otherwise Lemire's multiply-and-reject, which Generator.integers uses.
 * Each fill call starts with an empty 32-bit buffer, as every NumPy call does,
 * so the 8/16-bit and bool paths consume words exactly like NumPy. A scalar
 * (size=None) draw in NumPy is a fill of one value. */
#ifndef NPRAND_BOUNDED_H
#define NPRAND_BOUNDED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/bitgen.h"

#ifdef __cplusplus
extern "C" {
#endif

void npr_bounded_uint64_fill(const npr_bitgen *bg, uint64_t off, uint64_t rng, size_t cnt,
                             bool use_masked, uint64_t *out);
void npr_bounded_uint32_fill(const npr_bitgen *bg, uint32_t off, uint32_t rng, size_t cnt,
                             bool use_masked, uint32_t *out);
void npr_bounded_uint16_fill(const npr_bitgen *bg, uint16_t off, uint16_t rng, size_t cnt,
                             bool use_masked, uint16_t *out);
void npr_bounded_uint8_fill(const npr_bitgen *bg, uint8_t off, uint8_t rng, size_t cnt,
                            bool use_masked, uint8_t *out);
/* off and rng are 0 or 1; one 32-bit word serves 32 draws. */
void npr_bounded_bool_fill(const npr_bitgen *bg, bool off, bool rng, size_t cnt, bool *out);

/* Smallest all-ones mask covering max. */
/* One value of NumPy's random_buffered_bounded_<utype> (bits 1 for bool, 8,
 * 16, 32) or random_bounded_uint64 (bits 64) in [off, off + rng], as the
 * broadcast loops of _bounded_integers.pyx draw them: the 1/8/16-bit pieces
 * come from *buf, one 32-bit word shared across elements (start it zeroed). */
typedef struct npr_bounded_buffer {
  uint32_t word;
  int left;
} npr_bounded_buffer;

uint64_t npr_bounded_next(const npr_bitgen *bg, int bits, uint64_t off, uint64_t rng, bool use_masked,
                          npr_bounded_buffer *buf);

uint64_t npr_gen_mask(uint64_t max);

/* Uniform in [0, max] by masked rejection on 32-bit draws when max fits in 32
 * bits, else 64-bit draws (NumPy's random_interval: legacy shuffle). */
uint64_t npr_random_interval(const npr_bitgen *bg, uint64_t max);

/* Lemire's 64-bit bounded draw in [0, rng], rng < 2**64-1; the 128-bit product
 * comes from unsigned __int128 where the compiler has it, else from four
 * 32-bit partial products (NPRAND_NO_INT128 forces that path). */
uint64_t npr_bounded_lemire_uint64(const npr_bitgen *bg, uint64_t rng);

/* High 64 bits of a*b, portable form. */
uint64_t npr_umulh_portable(uint64_t a, uint64_t b);

#ifdef __cplusplus
}
#endif
#endif
