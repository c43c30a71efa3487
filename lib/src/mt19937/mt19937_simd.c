/* MT19937's twist and tempering in SSE2 (4 words), AVX2 (8 words) and
 * AVX-512F (16 words).
 *
 * The twist's first phase (i < N - M) reads only old words, so any run of
 * lanes is safe; the second reads key[i + M - N], written 227 words earlier,
 * so lanes never reach a word they depend on. The few words that do not fill
 * a vector, and the last word (which wraps to key[0]), go through the scalar
 * formula. Each AVX2 / AVX-512 function carries its own target attribute, so the file
 * builds without -mavx2 and the CPU is asked at run time (mt19937_path.c). */
#include "mt19937/mt19937_kernels.h"

#if NPR_MT_HAVE_X86
#include <immintrin.h>

enum { FIRST_PHASE = NPR_MT19937_N - NPR_MT_M, LAST = NPR_MT19937_N - 1 };

static inline __m128i twist4(__m128i here, __m128i next, __m128i far) {
  const __m128i y = _mm_or_si128(_mm_and_si128(here, _mm_set1_epi32((int)NPR_MT_UPPER_MASK)),
                                 _mm_and_si128(next, _mm_set1_epi32((int)NPR_MT_LOWER_MASK)));
  const __m128i odd = _mm_sub_epi32(_mm_setzero_si128(), _mm_and_si128(y, _mm_set1_epi32(1)));
  return _mm_xor_si128(_mm_xor_si128(far, _mm_srli_epi32(y, 1)),
                       _mm_and_si128(odd, _mm_set1_epi32((int)NPR_MT_MATRIX_A)));
}

static inline __m128i temper4(__m128i y) {
  y = _mm_xor_si128(y, _mm_srli_epi32(y, 11));
  y = _mm_xor_si128(y, _mm_and_si128(_mm_slli_epi32(y, 7), _mm_set1_epi32((int)0x9d2c5680UL)));
  y = _mm_xor_si128(y, _mm_and_si128(_mm_slli_epi32(y, 15), _mm_set1_epi32((int)0xefc60000UL)));
  return _mm_xor_si128(y, _mm_srli_epi32(y, 18));
}

#define LOAD4(p) _mm_loadu_si128((const __m128i *)(const void *)(p))
#define STORE4(p, v) _mm_storeu_si128((__m128i *)(void *)(p), v)

void npr_mt_twist_sse2(uint32_t *key) {
  int i;
  for (i = 0; i + 4 <= FIRST_PHASE; i += 4) {
    STORE4(key + i, twist4(LOAD4(key + i), LOAD4(key + i + 1), LOAD4(key + i + NPR_MT_M)));
  }
  npr_mt_twist_range(key, i, FIRST_PHASE);
  for (i = FIRST_PHASE; i + 4 <= LAST; i += 4) {
    STORE4(key + i, twist4(LOAD4(key + i), LOAD4(key + i + 1), LOAD4(key + i - FIRST_PHASE)));
  }
  npr_mt_twist_range(key, i, NPR_MT19937_N);
}

void npr_mt_temper_sse2(const uint32_t *key, size_t n, uint32_t *out) {
  size_t i;
  for (i = 0; i + 4 <= n; i += 4) STORE4(out + i, temper4(LOAD4(key + i)));
  for (; i < n; i++) out[i] = npr_mt_temper(key[i]);
}

#define AVX2 __attribute__((target("avx2")))
#define LOAD8(p) _mm256_loadu_si256((const __m256i *)(const void *)(p))
#define STORE8(p, v) _mm256_storeu_si256((__m256i *)(void *)(p), v)

static inline AVX2 __m256i twist8(__m256i here, __m256i next, __m256i far) {
  const __m256i y =
      _mm256_or_si256(_mm256_and_si256(here, _mm256_set1_epi32((int)NPR_MT_UPPER_MASK)),
                      _mm256_and_si256(next, _mm256_set1_epi32((int)NPR_MT_LOWER_MASK)));
  const __m256i odd =
      _mm256_sub_epi32(_mm256_setzero_si256(), _mm256_and_si256(y, _mm256_set1_epi32(1)));
  return _mm256_xor_si256(_mm256_xor_si256(far, _mm256_srli_epi32(y, 1)),
                          _mm256_and_si256(odd, _mm256_set1_epi32((int)NPR_MT_MATRIX_A)));
}

static inline AVX2 __m256i temper8(__m256i y) {
  y = _mm256_xor_si256(y, _mm256_srli_epi32(y, 11));
  y = _mm256_xor_si256(
      y, _mm256_and_si256(_mm256_slli_epi32(y, 7), _mm256_set1_epi32((int)0x9d2c5680UL)));
  y = _mm256_xor_si256(
      y, _mm256_and_si256(_mm256_slli_epi32(y, 15), _mm256_set1_epi32((int)0xefc60000UL)));
  return _mm256_xor_si256(y, _mm256_srli_epi32(y, 18));
}

AVX2 void npr_mt_twist_avx2(uint32_t *key) {
  int i;
  for (i = 0; i + 8 <= FIRST_PHASE; i += 8) {
    STORE8(key + i, twist8(LOAD8(key + i), LOAD8(key + i + 1), LOAD8(key + i + NPR_MT_M)));
  }
  npr_mt_twist_range(key, i, FIRST_PHASE);
  for (i = FIRST_PHASE; i + 8 <= LAST; i += 8) {
    STORE8(key + i, twist8(LOAD8(key + i), LOAD8(key + i + 1), LOAD8(key + i - FIRST_PHASE)));
  }
  npr_mt_twist_range(key, i, NPR_MT19937_N);
}

AVX2 void npr_mt_temper_avx2(const uint32_t *key, size_t n, uint32_t *out) {
  size_t i;
  for (i = 0; i + 8 <= n; i += 8) STORE8(out + i, temper8(LOAD8(key + i)));
  for (; i < n; i++) out[i] = npr_mt_temper(key[i]);
}

#define AVX512 __attribute__((target("avx512f")))
#define LOAD16(p) _mm512_loadu_si512((const void *)(p))
#define STORE16(p, v) _mm512_storeu_si512((void *)(p), v)

static inline AVX512 __m512i twist16(__m512i here, __m512i next, __m512i far) {
  const __m512i y =
      _mm512_or_si512(_mm512_and_si512(here, _mm512_set1_epi32((int)NPR_MT_UPPER_MASK)),
                      _mm512_and_si512(next, _mm512_set1_epi32((int)NPR_MT_LOWER_MASK)));
  const __m512i odd =
      _mm512_sub_epi32(_mm512_setzero_si512(), _mm512_and_si512(y, _mm512_set1_epi32(1)));
  return _mm512_xor_si512(_mm512_xor_si512(far, _mm512_srli_epi32(y, 1)),
                          _mm512_and_si512(odd, _mm512_set1_epi32((int)NPR_MT_MATRIX_A)));
}

static inline AVX512 __m512i temper16(__m512i y) {
  y = _mm512_xor_si512(y, _mm512_srli_epi32(y, 11));
  y = _mm512_xor_si512(
      y, _mm512_and_si512(_mm512_slli_epi32(y, 7), _mm512_set1_epi32((int)0x9d2c5680UL)));
  y = _mm512_xor_si512(
      y, _mm512_and_si512(_mm512_slli_epi32(y, 15), _mm512_set1_epi32((int)0xefc60000UL)));
  return _mm512_xor_si512(y, _mm512_srli_epi32(y, 18));
}

/* The second phase reads key[i - (N - M)], 227 words back: 16 lanes never
 * reach a word this pass has still to write. */
AVX512 void npr_mt_twist_avx512(uint32_t *key) {
  int i;
  for (i = 0; i + 16 <= FIRST_PHASE; i += 16) {
    STORE16(key + i, twist16(LOAD16(key + i), LOAD16(key + i + 1), LOAD16(key + i + NPR_MT_M)));
  }
  npr_mt_twist_range(key, i, FIRST_PHASE);
  for (i = FIRST_PHASE; i + 16 <= LAST; i += 16) {
    STORE16(key + i, twist16(LOAD16(key + i), LOAD16(key + i + 1), LOAD16(key + i - FIRST_PHASE)));
  }
  npr_mt_twist_range(key, i, NPR_MT19937_N);
}

AVX512 void npr_mt_temper_avx512(const uint32_t *key, size_t n, uint32_t *out) {
  size_t i;
  for (i = 0; i + 16 <= n; i += 16) STORE16(out + i, temper16(LOAD16(key + i)));
  for (; i < n; i++) out[i] = npr_mt_temper(key[i]);
}

#else
typedef int npr_mt19937_simd_unused; /* ISO C wants a declaration in every file */
#endif
