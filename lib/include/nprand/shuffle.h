/* Fisher-Yates as NumPy 1.24 draws it (RandomState.shuffle and
 * Generator.shuffle of a 1-D array or along the first axis): from the last
 * index down to 1, the partner j = random_interval(i) (masked rejection on
 * 32-bit words while i < 2**32, on 64-bit words above), swapped when j != i. */
#ifndef NPRAND_SHUFFLE_H
#define NPRAND_SHUFFLE_H

#include <stddef.h>

#include "nprand/bitgen.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Shuffles n items of item_size bytes in place (rows of an N-D array: pass
 * the row size). */
void npr_shuffle_items(const npr_bitgen *bg, void *items, size_t n, size_t item_size);

#ifdef __cplusplus
}
#endif
#endif
