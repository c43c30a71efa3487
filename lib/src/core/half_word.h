/* The buffered 32-bit output NumPy gives its 64-bit generators (PCG64,
 * PCG64DXSM, Philox, SFC64): a fresh word's low half now, its high half on
 * the next call, which then draws nothing. Library-internal. */
#ifndef NPRAND_SRC_HALF_WORD_H
#define NPRAND_SRC_HALF_WORD_H

#include <stdbool.h>
#include <stdint.h>

/* Hands out the waiting high half, if there is one. */
static inline bool npr_half_take(int *has_half, uint32_t *half, uint32_t *out) {
  if (!*has_half) return false;
  *has_half = 0;
  *out = *half;
  return true;
}

/* Keeps word's high half for the next call and returns its low half. */
static inline uint32_t npr_half_split(int *has_half, uint32_t *half, uint64_t word) {
  *has_half = 1;
  *half = (uint32_t)(word >> 32);
  return (uint32_t)word;
}

#endif
