/* Philox's constants and its eight-block AVX-512 kernel (library-internal). */
#ifndef NPRAND_SRC_PHILOX_SIMD_H
#define NPRAND_SRC_PHILOX_SIMD_H

#include <stdint.h>

/* Round multipliers and Weyl key increments from Random123. */
#define NPR_PHILOX_M0 0xD2E7470EE14C6C93ULL
#define NPR_PHILOX_M1 0xCA5A826395121157ULL
#define NPR_PHILOX_W0 0x9E3779B97F4A7C15ULL
#define NPR_PHILOX_W1 0xBB67AE8584CAA73BULL
enum { NPR_PHILOX_ROUNDS = 10 };

#if defined(__x86_64__) && defined(__GNUC__)
#define NPR_PHILOX_HAVE_X86 1
/* Blocks j = 0..7 of counters ctr[t][j] (word t of block j) under key: block
 * j's four words to out[4j .. 4j + 3], as philox_block gives them. Only
 * when npr_philox_avx512_available(). */
void npr_philox_blocks8_avx512(const uint64_t ctr[4][8], const uint64_t key[2], uint64_t out[32]);
#else
#define NPR_PHILOX_HAVE_X86 0
#endif

int npr_philox_avx512_available(void);

#endif
