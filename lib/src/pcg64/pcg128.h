/* 128-bit arithmetic for the PCG64 family (internal).
 *
 * Values are always carried as {hi, lo} pairs so the public state structs
 * need no compiler extension. Only the multiply (and add) has two
 * implementations: unsigned __int128 where the compiler offers it, four
 * 32-bit partial products otherwise. NPRAND_NO_INT128 forces the portable
 * one; both are always compiled where possible so tests can compare them. */
#ifndef NPRAND_SRC_PCG128_H
#define NPRAND_SRC_PCG128_H

#include <stdint.h>

#if defined(__SIZEOF_INT128__) && !defined(NPRAND_NO_INT128)
#define NPR_PCG_HAVE_INT128 1
__extension__ typedef unsigned __int128 npr_pcg_native128;
#else
#define NPR_PCG_HAVE_INT128 0
#endif

typedef struct npr_pcg128 {
  uint64_t hi, lo;
} npr_pcg128;

/* PCG's default 128-bit LCG multiplier (PCG64) and the 64-bit "cheap"
 * multiplier of PCG64DXSM, which also mixes the DXSM output. */
#define NPR_PCG_MULT_HI 2549297995355413924ULL
#define NPR_PCG_MULT_LO 4865540595714422341ULL
#define NPR_PCG_CHEAP_MULT 0xda942042e4dd58b5ULL

/* NumPy's jumped() step for both generators: 2**128 / golden ratio, odd. */
#define NPR_PCG_JUMP_HI 0x9e3779b97f4a7c15ULL
#define NPR_PCG_JUMP_LO 0xf39cc0605cedc835ULL

static inline npr_pcg128 npr_pcg128_make(uint64_t hi, uint64_t lo) {
  npr_pcg128 r;
  r.hi = hi;
  r.lo = lo;
  return r;
}

static inline npr_pcg128 npr_pcg128_add_portable(npr_pcg128 a, npr_pcg128 b) {
  npr_pcg128 r;
  r.lo = a.lo + b.lo;
  r.hi = a.hi + b.hi + (r.lo < b.lo);
  return r;
}

/* Full 64x64 -> 128 product from 32-bit halves. */
static inline npr_pcg128 npr_pcg128_mul64_portable(uint64_t a, uint64_t b) {
  uint64_t a0 = a & 0xffffffffu, a1 = a >> 32;
  uint64_t b0 = b & 0xffffffffu, b1 = b >> 32;
  uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  uint64_t mid = (p00 >> 32) + (p10 & 0xffffffffu) + (p01 & 0xffffffffu);
  npr_pcg128 r;
  r.lo = a * b;
  r.hi = p11 + (p10 >> 32) + (p01 >> 32) + (mid >> 32);
  return r;
}

/* Product mod 2**128: the high-by-high term falls off entirely. */
static inline npr_pcg128 npr_pcg128_mul_portable(npr_pcg128 a, npr_pcg128 b) {
  npr_pcg128 r = npr_pcg128_mul64_portable(a.lo, b.lo);
  r.hi += a.hi * b.lo + a.lo * b.hi;
  return r;
}

#if NPR_PCG_HAVE_INT128
static inline npr_pcg_native128 npr_pcg128_to_native(npr_pcg128 a) {
  return ((npr_pcg_native128)a.hi << 64) | a.lo;
}

static inline npr_pcg128 npr_pcg128_from_native(npr_pcg_native128 a) {
  return npr_pcg128_make((uint64_t)(a >> 64), (uint64_t)a);
}

static inline npr_pcg128 npr_pcg128_add_native(npr_pcg128 a, npr_pcg128 b) {
  return npr_pcg128_from_native(npr_pcg128_to_native(a) + npr_pcg128_to_native(b));
}

static inline npr_pcg128 npr_pcg128_mul_native(npr_pcg128 a, npr_pcg128 b) {
  return npr_pcg128_from_native(npr_pcg128_to_native(a) * npr_pcg128_to_native(b));
}
#define npr_pcg128_add npr_pcg128_add_native
#define npr_pcg128_mul npr_pcg128_mul_native
#else
#define npr_pcg128_add npr_pcg128_add_portable
#define npr_pcg128_mul npr_pcg128_mul_portable
#endif

typedef npr_pcg128 (*npr_pcg128_binop)(npr_pcg128, npr_pcg128);

/* Jumps an LCG x -> mult*x + plus ahead by delta steps in O(log delta)
 * (Brown, "Random number generation with arbitrary strides", 1994): the
 * composite of 2**k steps is again an LCG, built by squaring. mul and add
 * are parameters only so tests can run either arithmetic; with constant
 * arguments they inline away. */
static inline npr_pcg128 npr_pcg128_advance_with(npr_pcg128 state, npr_pcg128 delta,
                                                 npr_pcg128 mult, npr_pcg128 plus,
                                                 npr_pcg128_binop mul, npr_pcg128_binop add) {
  npr_pcg128 acc_mult = npr_pcg128_make(0, 1);
  npr_pcg128 acc_plus = npr_pcg128_make(0, 0);
  while (delta.hi || delta.lo) {
    if (delta.lo & 1u) {
      acc_mult = mul(acc_mult, mult);
      acc_plus = add(mul(acc_plus, mult), plus);
    }
    plus = mul(add(mult, npr_pcg128_make(0, 1)), plus);
    mult = mul(mult, mult);
    delta.lo = (delta.lo >> 1) | (delta.hi << 63);
    delta.hi >>= 1;
  }
  return add(mul(acc_mult, state), acc_plus);
}

static inline npr_pcg128 npr_pcg128_advance(npr_pcg128 state, npr_pcg128 delta, npr_pcg128 mult,
                                            npr_pcg128 plus) {
  return npr_pcg128_advance_with(state, delta, mult, plus, npr_pcg128_mul, npr_pcg128_add);
}

static inline uint64_t npr_pcg_rotr64(uint64_t v, unsigned rot) {
  return (v >> rot) | (v << ((0u - rot) & 63u));
}

/* XSL-RR: xor the halves, rotate by the top six bits. */
static inline uint64_t npr_pcg_output_xsl_rr(npr_pcg128 s) {
  return npr_pcg_rotr64(s.hi ^ s.lo, (unsigned)(s.hi >> 58));
}

/* DXSM ("double xorshift multiply") on the pre-step state. */
static inline uint64_t npr_pcg_output_dxsm(npr_pcg128 s) {
  uint64_t hi = s.hi, lo = s.lo | 1u;
  hi ^= hi >> 32;
  hi *= NPR_PCG_CHEAP_MULT;
  hi ^= hi >> 48;
  hi *= lo;
  return hi;
}

/* jumps * step mod 2**128, jumps sign-extended as Python's int does. */
static inline npr_pcg128 npr_pcg128_times_i64(npr_pcg128 step, int64_t jumps) {
  uint64_t j = (uint64_t)jumps;
  npr_pcg128 k = npr_pcg128_make(jumps < 0 ? UINT64_MAX : 0, j);
  return npr_pcg128_mul(step, k);
}

#endif
