#include "nprand/pcg64dxsm.h"

#include "nprand/seedsequence.h"
#include "pcg64/pcg128.h"
#include "core/bulk.h"
#include "core/half_word.h"

/* The "cheap" multiplier: 64 bits, so the multiply is one 64x128 product. */
static npr_pcg128 pcg_mult(void) { return npr_pcg128_make(0, NPR_PCG_CHEAP_MULT); }

static npr_pcg128 get_state(const npr_pcg64dxsm *pcg) {
  return npr_pcg128_make(pcg->state_hi, pcg->state_lo);
}

static npr_pcg128 get_inc(const npr_pcg64dxsm *pcg) {
  return npr_pcg128_make(pcg->inc_hi, pcg->inc_lo);
}

static void put_state(npr_pcg64dxsm *pcg, npr_pcg128 s) {
  pcg->state_hi = s.hi;
  pcg->state_lo = s.lo;
}

static void step_with(npr_pcg64dxsm *pcg, npr_pcg128 mult) {
  put_state(pcg, npr_pcg128_add(npr_pcg128_mul(get_state(pcg), mult), get_inc(pcg)));
}

static void step(npr_pcg64dxsm *pcg) { step_with(pcg, pcg_mult()); }

void npr_pcg64dxsm_set_seed(npr_pcg64dxsm *pcg, uint64_t seed_hi, uint64_t seed_lo, uint64_t inc_hi,
                            uint64_t inc_lo) {
  const npr_pcg128 default_mult = npr_pcg128_make(NPR_PCG_MULT_HI, NPR_PCG_MULT_LO);
  pcg->inc_hi = (inc_hi << 1) | (inc_lo >> 63);
  pcg->inc_lo = (inc_lo << 1) | 1u;
  /* NumPy seeds PCG64DXSM with PCG64's routine, so the two seeding steps use
   * the full 128-bit multiplier, not the cheap one. */
  put_state(pcg, npr_pcg128_make(0, 0));
  step_with(pcg, default_mult);
  put_state(pcg, npr_pcg128_add(get_state(pcg), npr_pcg128_make(seed_hi, seed_lo)));
  step_with(pcg, default_mult);
  pcg->has_uint32 = 0;
  pcg->uinteger = 0;
}

void npr_pcg64dxsm_from_seedseq(npr_pcg64dxsm *pcg, const npr_seedsequence *ss) {
  uint64_t w[4];
  npr_seedsequence_generate_state64(ss, w, 4);
  npr_pcg64dxsm_set_seed(pcg, w[0], w[1], w[2], w[3]);
}

/* DXSM reads the state before stepping, unlike XSL-RR. */
uint64_t npr_pcg64dxsm_next64(npr_pcg64dxsm *pcg) {
  uint64_t out = npr_pcg_output_dxsm(get_state(pcg));
  step(pcg);
  return out;
}

uint32_t npr_pcg64dxsm_next32(npr_pcg64dxsm *pcg) {
  uint32_t half;
  if (npr_half_take(&pcg->has_uint32, &pcg->uinteger, &half)) return half;
  return npr_half_split(&pcg->has_uint32, &pcg->uinteger, npr_pcg64dxsm_next64(pcg));
}

double npr_pcg64dxsm_next_double(npr_pcg64dxsm *pcg) {
  return npr_double_from_uint64(npr_pcg64dxsm_next64(pcg));
}

void npr_pcg64dxsm_advance(npr_pcg64dxsm *pcg, uint64_t delta_hi, uint64_t delta_lo) {
  put_state(pcg, npr_pcg128_advance(get_state(pcg), npr_pcg128_make(delta_hi, delta_lo), pcg_mult(),
                                    get_inc(pcg)));
  pcg->has_uint32 = 0;
  pcg->uinteger = 0;
}

void npr_pcg64dxsm_jumped(const npr_pcg64dxsm *src, int64_t jumps, npr_pcg64dxsm *out) {
  npr_pcg128 delta = npr_pcg128_times_i64(npr_pcg128_make(NPR_PCG_JUMP_HI, NPR_PCG_JUMP_LO), jumps);
  *out = *src;
  npr_pcg64dxsm_advance(out, delta.hi, delta.lo);
}

static uint64_t vt_next64(void *st) { return npr_pcg64dxsm_next64(st); }
static uint32_t vt_next32(void *st) { return npr_pcg64dxsm_next32(st); }
static double vt_next_double(void *st) { return npr_pcg64dxsm_next_double(st); }

/* Two interleaved chains of double steps, as in pcg64.c's fill64. */
static void fill64(void *st, size_t n, uint64_t *out) {
  npr_pcg64dxsm *pcg = st;
  const npr_pcg128 mult = pcg_mult(), inc = get_inc(pcg);
  npr_pcg128 s = get_state(pcg);
  size_t i = 0;
  if (n >= 4) {
    const npr_pcg128 mult2 = npr_pcg128_mul(mult, mult);
    const npr_pcg128 inc2 = npr_pcg128_mul(npr_pcg128_add(mult, npr_pcg128_make(0, 1)), inc);
    npr_pcg128 a = s;
    npr_pcg128 b = npr_pcg128_add(npr_pcg128_mul(s, mult), inc);
    for (; i + 2 <= n; i += 2) {
      out[i] = npr_pcg_output_dxsm(a);
      out[i + 1] = npr_pcg_output_dxsm(b);
      a = npr_pcg128_add(npr_pcg128_mul(a, mult2), inc2);
      b = npr_pcg128_add(npr_pcg128_mul(b, mult2), inc2);
    }
    s = a;
  }
  for (; i < n; i++) {
    out[i] = npr_pcg_output_dxsm(s);
    s = npr_pcg128_add(npr_pcg128_mul(s, mult), inc);
  }
  put_state(pcg, s);
}

static void fill32(void *st, size_t n, uint32_t *out) {
  npr_pcg64dxsm *pcg = st;
  npr_bulk_fill_uint32_from_64(st, &pcg->has_uint32, &pcg->uinteger, fill64, n, out);
}

const npr_bulk_ops npr_pcg64dxsm_bulk = {vt_next64, fill64, fill32, NPR_DOUBLE_FROM_UINT64, 0};

npr_bitgen npr_pcg64dxsm_bitgen(npr_pcg64dxsm *pcg) {
  npr_bitgen bg = {pcg, vt_next64, vt_next32, vt_next_double, vt_next64};
  return bg;
}
