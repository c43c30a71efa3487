/* Philox4x64-10 on eight blocks at once with AVX-512F (library-internal).
 *
 * Lane j of vector t holds word t of block j. AVX-512F has no 64 x 64 -> 128
 * multiply, so each round's two products are put together from four
 * 32 x 32 -> 64 vpmuludq products (schoolbook, with the middle carries); the
 * words are exactly the scalar philox_block's. The function carries its own
 * target attribute, so the file builds for baseline x86-64 and philox.c asks
 * the CPU at run time. */
#include "philox/philox_simd.h"

#if NPR_PHILOX_HAVE_X86
#include <immintrin.h>

#define AVX512 __attribute__((target("avx512f")))

/* hi:lo = m * x, m given as its 32-bit halves broadcast. */
static inline AVX512 void mul_wide8(__m512i m_lo, __m512i m_hi, __m512i x, __m512i *hi,
                                    __m512i *lo) {
  const __m512i low32 = _mm512_set1_epi64(0xffffffffLL);
  const __m512i x_hi = _mm512_srli_epi64(x, 32);
  const __m512i ll = _mm512_mul_epu32(x, m_lo);
  const __m512i lh = _mm512_mul_epu32(x_hi, m_lo);
  const __m512i hl = _mm512_mul_epu32(x, m_hi);
  const __m512i hh = _mm512_mul_epu32(x_hi, m_hi);
  /* The 2**32 column: at most 3 * (2**32 - 1), no overflow. */
  const __m512i mid = _mm512_add_epi64(_mm512_add_epi64(_mm512_srli_epi64(ll, 32),
                                                        _mm512_and_si512(lh, low32)),
                                       _mm512_and_si512(hl, low32));
  *hi = _mm512_add_epi64(_mm512_add_epi64(hh, _mm512_srli_epi64(mid, 32)),
                         _mm512_add_epi64(_mm512_srli_epi64(lh, 32), _mm512_srli_epi64(hl, 32)));
  *lo = _mm512_or_si512(_mm512_slli_epi64(mid, 32), _mm512_and_si512(ll, low32));
}

AVX512 void npr_philox_blocks8_avx512(const uint64_t ctr[4][8], const uint64_t key[2],
                                      uint64_t out[32]) {
  const __m512i m0_lo = _mm512_set1_epi64((long long)(NPR_PHILOX_M0 & 0xffffffffULL));
  const __m512i m0_hi = _mm512_set1_epi64((long long)(NPR_PHILOX_M0 >> 32));
  const __m512i m1_lo = _mm512_set1_epi64((long long)(NPR_PHILOX_M1 & 0xffffffffULL));
  const __m512i m1_hi = _mm512_set1_epi64((long long)(NPR_PHILOX_M1 >> 32));
  __m512i c0 = _mm512_loadu_si512((const void *)ctr[0]);
  __m512i c1 = _mm512_loadu_si512((const void *)ctr[1]);
  __m512i c2 = _mm512_loadu_si512((const void *)ctr[2]);
  __m512i c3 = _mm512_loadu_si512((const void *)ctr[3]);
  uint64_t k0 = key[0], k1 = key[1];
  uint64_t words[4][8];
  int r, j;
  for (r = 0; r < NPR_PHILOX_ROUNDS; r++) {
    __m512i hi0, lo0, hi1, lo1;
    if (r > 0) {
      k0 += NPR_PHILOX_W0;
      k1 += NPR_PHILOX_W1;
    }
    mul_wide8(m0_lo, m0_hi, c0, &hi0, &lo0);
    mul_wide8(m1_lo, m1_hi, c2, &hi1, &lo1);
    c0 = _mm512_xor_si512(_mm512_xor_si512(hi1, c1), _mm512_set1_epi64((long long)k0));
    c1 = lo1;
    c2 = _mm512_xor_si512(_mm512_xor_si512(hi0, c3), _mm512_set1_epi64((long long)k1));
    c3 = lo0;
  }
  _mm512_storeu_si512((void *)words[0], c0);
  _mm512_storeu_si512((void *)words[1], c1);
  _mm512_storeu_si512((void *)words[2], c2);
  _mm512_storeu_si512((void *)words[3], c3);
  for (j = 0; j < 8; j++) {
    out[4 * j] = words[0][j];
    out[4 * j + 1] = words[1][j];
    out[4 * j + 2] = words[2][j];
    out[4 * j + 3] = words[3][j];
  }
}

int npr_philox_avx512_available(void) { return __builtin_cpu_supports("avx512f") != 0; }

#else
int npr_philox_avx512_available(void) { return 0; }
#endif
