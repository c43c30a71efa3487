/* Words to values in bulk: npr_double_from_uint64 and
 * npr_double_from_uint32_pair over a block, and 32-bit words to bounded
 * 64-bit integers (bounded.c's rules), with AVX-512DQ or AVX2 where the
 * CPU has them (asked at run time; each function carries its own target
 * attribute, so the file builds for baseline x86-64) and the scalar formulas
 * everywhere else.
 *
 * Every path gives exactly the scalar formula's double, because every step
 * is exact: the 53-bit integer NumPy scales by 2**-53 is representable, and
 * each partial sum or product below is a representable value too, so round
 * to nearest returns it unchanged (no FMA is needed or formed: intrinsics are
 * separate instructions and the library builds with -ffp-contract=off). */
#include "core/bulk.h"

static void doubles_from_uint64_scalar(const uint64_t *words, size_t n, double *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_double_from_uint64(words[i]);
}

static void doubles_from_pairs_scalar(const uint32_t *words, size_t n, double *out) {
  size_t i;
  for (i = 0; i < n; i++) out[i] = npr_double_from_uint32_pair(words[2 * i], words[2 * i + 1]);
}

/* The bounded rules over a block, as bounded.c's BULK32 writes them: every
 * word's value is stored at out[k] and k moves on only when it is accepted,
 * so a rejected value is overwritten by the next one. */
static size_t bounded32_scalar(const uint32_t *words, size_t n, const npr_bounded32_rule *r,
                               uint64_t *out) {
  size_t j, k = 0;
  if (r->masked) {
    for (j = 0; j < n; j++) {
      const uint32_t v = words[j] & r->mask;
      out[k] = r->off + v;
      k += v <= r->rng;
    }
  } else {
    for (j = 0; j < n; j++) {
      const uint64_t m = (uint64_t)words[j] * r->rng_excl;
      out[k] = r->off + (uint32_t)(m >> 32);
      k += (uint32_t)m >= r->threshold;
    }
  }
  return k;
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define HAVE_X86_PATHS 1

#define AVX2 __attribute__((target("avx2")))
#define AVX512 __attribute__((target("avx512f,avx512dq")))

/* AVX2 has no int64 -> double conversion. A value below 2**52 ORed into the
 * mantissa of 2**52 is 2**52 + value exactly, so subtracting 2**52 converts
 * it; word >> 11 has 53 bits, so it goes in two pieces: the high 32 bits
 * (word >> 32) and the low 21 (bits 11..31), as hi * 2**-32 + lo * 2**-53. */
static inline AVX2 __m256d small_to_double4(__m256i v) {
  const __m256i magic_bits = _mm256_set1_epi64x(0x4330000000000000LL); /* 2**52 */
  return _mm256_sub_pd(_mm256_castsi256_pd(_mm256_or_si256(v, magic_bits)),
                       _mm256_set1_pd(4503599627370496.0));
}

static AVX2 void doubles_from_uint64_avx2(const uint64_t *words, size_t n, double *out) {
  size_t i;
  for (i = 0; i + 4 <= n; i += 4) {
    const __m256i w = _mm256_loadu_si256((const __m256i *)(const void *)(words + i));
    const __m256d hi = small_to_double4(_mm256_srli_epi64(w, 32));
    const __m256d lo =
        small_to_double4(_mm256_and_si256(_mm256_srli_epi64(w, 11), _mm256_set1_epi64x(0x1fffff)));
    _mm256_storeu_pd(out + i, _mm256_add_pd(_mm256_mul_pd(hi, _mm256_set1_pd(0x1p-32)),
                                            _mm256_mul_pd(lo, _mm256_set1_pd(0x1p-53))));
  }
  doubles_from_uint64_scalar(words + i, n - i, out + i);
}

/* Pairs: eight words a0 b0 a1 b1 ... shifted by 5 (a) and 6 (b), gathered
 * into four a's and four b's (each below 2**31, so the signed 32-bit
 * conversion is exact), then (a * 2**26 + b) * 2**-53 as NumPy writes it. */
static AVX2 void doubles_from_pairs_avx2(const uint32_t *words, size_t n, double *out) {
  const __m256i shifts = _mm256_setr_epi32(5, 6, 5, 6, 5, 6, 5, 6);
  const __m256i gather = _mm256_setr_epi32(0, 2, 4, 6, 1, 3, 5, 7);
  size_t i;
  for (i = 0; i + 4 <= n; i += 4) {
    const __m256i w = _mm256_loadu_si256((const __m256i *)(const void *)(words + 2 * i));
    const __m256i ab = _mm256_permutevar8x32_epi32(_mm256_srlv_epi32(w, shifts), gather);
    const __m256d a = _mm256_cvtepi32_pd(_mm256_castsi256_si128(ab));
    const __m256d b = _mm256_cvtepi32_pd(_mm256_extracti128_si256(ab, 1));
    _mm256_storeu_pd(out + i, _mm256_mul_pd(_mm256_add_pd(_mm256_mul_pd(a, _mm256_set1_pd(67108864.0)), b),
                                            _mm256_set1_pd(0x1p-53)));
  }
  doubles_from_pairs_scalar(words + 2 * i, n - i, out + i);
}

static AVX512 void doubles_from_uint64_avx512(const uint64_t *words, size_t n, double *out) {
  size_t i;
  for (i = 0; i + 8 <= n; i += 8) {
    const __m512i w = _mm512_loadu_si512((const void *)(words + i));
    _mm512_storeu_pd(out + i, _mm512_mul_pd(_mm512_cvtepi64_pd(_mm512_srli_epi64(w, 11)),
                                            _mm512_set1_pd(0x1p-53)));
  }
  doubles_from_uint64_scalar(words + i, n - i, out + i);
}

/* Pairs as 64-bit lanes b << 32 | a (little-endian): the 53-bit integer
 * (a >> 5) << 26 | b >> 6 is put together in the lane and converted once. */
static AVX512 void doubles_from_pairs_avx512(const uint32_t *words, size_t n, double *out) {
  size_t i;
  for (i = 0; i + 8 <= n; i += 8) {
    const __m512i w = _mm512_loadu_si512((const void *)(words + 2 * i));
    const __m512i a = _mm512_srli_epi64(_mm512_and_si512(w, _mm512_set1_epi64(0xffffffffLL)), 5);
    const __m512i y = _mm512_or_si512(_mm512_slli_epi64(a, 26), _mm512_srli_epi64(w, 38));
    _mm512_storeu_pd(out + i, _mm512_mul_pd(_mm512_cvtepi64_pd(y), _mm512_set1_pd(0x1p-53)));
  }
  doubles_from_pairs_scalar(words + 2 * i, n - i, out + i);
}

/* Lemire with AVX2: four words widened to 64-bit lanes, multiplied by
 * rng + 1 (vpmuludq: 32 x 32 -> 64), the high halves plus off stored when no
 * lane's low half falls under the threshold (both below 2**32, so the signed
 * 64-bit compare is exact); a group with a rejection goes word by word.
 * Masked rejection has no AVX2 form here (it rejects often: the scalar loop
 * is branch-free already). */
static AVX2 size_t bounded32_avx2(const uint32_t *words, size_t n, const npr_bounded32_rule *r,
                                  uint64_t *out) {
  const __m256i excl = _mm256_set1_epi64x((long long)r->rng_excl);
  const __m256i thr = _mm256_set1_epi64x((long long)r->threshold);
  const __m256i low32 = _mm256_set1_epi64x(0xffffffffLL);
  const __m256i off = _mm256_set1_epi64x((long long)r->off);
  size_t j = 0, k = 0;
  if (r->masked) return bounded32_scalar(words, n, r, out);
  for (; j + 4 <= n; j += 4) {
    const __m256i w = _mm256_cvtepu32_epi64(_mm_loadu_si128((const __m128i *)(const void *)(words + j)));
    const __m256i m = _mm256_mul_epu32(w, excl);
    const __m256i rejected = _mm256_cmpgt_epi64(thr, _mm256_and_si256(m, low32));
    if (_mm256_testz_si256(rejected, rejected)) {
      _mm256_storeu_si256((__m256i *)(void *)(out + k), _mm256_add_epi64(_mm256_srli_epi64(m, 32), off));
      k += 4;
    } else {
      k += bounded32_scalar(words + j, 4, r, out + k);
    }
  }
  return k + bounded32_scalar(words + j, n - j, r, out + k);
}

/* AVX-512: eight words at a time, the accepted values compressed into place
 * (vpcompressq keeps their order), for both rules. */
static AVX512 size_t bounded32_avx512(const uint32_t *words, size_t n,
                                      const npr_bounded32_rule *r, uint64_t *out) {
  const __m512i off = _mm512_set1_epi64((long long)r->off);
  size_t j = 0, k = 0;
  if (r->masked) {
    const __m512i mask = _mm512_set1_epi64((long long)r->mask);
    const __m512i lim = _mm512_set1_epi64((long long)r->rng);
    for (; j + 8 <= n; j += 8) {
      const __m512i v = _mm512_and_si512(
          _mm512_cvtepu32_epi64(_mm256_loadu_si256((const __m256i *)(const void *)(words + j))), mask);
      const __mmask8 keep = _mm512_cmple_epu64_mask(v, lim);
      _mm512_mask_compressstoreu_epi64(out + k, keep, _mm512_add_epi64(v, off));
      k += (size_t)__builtin_popcount((unsigned)keep);
    }
  } else {
    const __m512i excl = _mm512_set1_epi64((long long)r->rng_excl);
    const __m512i thr = _mm512_set1_epi64((long long)r->threshold);
    const __m512i low32 = _mm512_set1_epi64(0xffffffffLL);
    for (; j + 8 <= n; j += 8) {
      const __m512i m = _mm512_mul_epu32(
          _mm512_cvtepu32_epi64(_mm256_loadu_si256((const __m256i *)(const void *)(words + j))), excl);
      const __mmask8 keep = _mm512_cmpge_epu64_mask(_mm512_and_si512(m, low32), thr);
      _mm512_mask_compressstoreu_epi64(out + k, keep, _mm512_add_epi64(_mm512_srli_epi64(m, 32), off));
      k += (size_t)__builtin_popcount((unsigned)keep);
    }
  }
  return k + bounded32_scalar(words + j, n - j, r, out + k);
}
#else
#define HAVE_X86_PATHS 0
#endif

bool npr_convert_path_available(npr_convert_path path) {
  switch (path) {
  case NPR_CONVERT_SCALAR: return true;
#if HAVE_X86_PATHS
  case NPR_CONVERT_AVX2: return __builtin_cpu_supports("avx2") != 0;
  case NPR_CONVERT_AVX512:
    return __builtin_cpu_supports("avx512f") != 0 && __builtin_cpu_supports("avx512dq") != 0;
#endif
  default: return false;
  }
}

npr_convert_path npr_convert_best_path(void) {
  if (npr_convert_path_available(NPR_CONVERT_AVX512)) return NPR_CONVERT_AVX512;
  if (npr_convert_path_available(NPR_CONVERT_AVX2)) return NPR_CONVERT_AVX2;
  return NPR_CONVERT_SCALAR;
}

void npr_doubles_from_uint64_path(npr_convert_path path, const uint64_t *words, size_t n,
                                  double *out) {
  switch (path) {
#if HAVE_X86_PATHS
  case NPR_CONVERT_AVX2: doubles_from_uint64_avx2(words, n, out); return;
  case NPR_CONVERT_AVX512: doubles_from_uint64_avx512(words, n, out); return;
#endif
  default: doubles_from_uint64_scalar(words, n, out); return;
  }
}

void npr_doubles_from_uint32_pairs_path(npr_convert_path path, const uint32_t *words, size_t n,
                                        double *out) {
  switch (path) {
#if HAVE_X86_PATHS
  case NPR_CONVERT_AVX2: doubles_from_pairs_avx2(words, n, out); return;
  case NPR_CONVERT_AVX512: doubles_from_pairs_avx512(words, n, out); return;
#endif
  default: doubles_from_pairs_scalar(words, n, out); return;
  }
}

size_t npr_bounded32_to_u64_path(npr_convert_path path, const uint32_t *words, size_t n,
                                 const npr_bounded32_rule *rule, uint64_t *out) {
  switch (path) {
#if HAVE_X86_PATHS
  case NPR_CONVERT_AVX2: return bounded32_avx2(words, n, rule, out);
  case NPR_CONVERT_AVX512: return bounded32_avx512(words, n, rule, out);
#endif
  default: return bounded32_scalar(words, n, rule, out);
  }
}
