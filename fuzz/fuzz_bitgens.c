/* fuzz_bitgens: the five bit generators (MT19937, PCG64, PCG64DXSM, Philox,
 * SFC64) under a fuzzed call sequence.
 *
 * A generator is seeded from a fuzzed SeedSequence, or its seeding routine
 * gets fuzzed words, or its state fields are set directly (any PCG
 * state/inc, any Philox counter/key/buffer/buffer_pos, any MT key/pos, any
 * buffered 32-bit half). Then each call (next64, next32, next_double,
 * random_raw, the npr_bitgen table, a run of draws) is checked against a slow
 * reference written here (mt19937ar's genrand, PCG's LCG step with 32-bit
 * limb arithmetic, Random123's Philox4x64-10 with 32-bit limb mulhilo, SFC64),
 * result and whole state. Also: two next32 calls are the low then the high
 * half of one next64 word (PCG64, PCG64DXSM, Philox, SFC64, as NumPy buffers
 * them; MT19937's next64 is two next32 words, high first); next_double and
 * random_raw leave the buffered half alone. advance(delta) equals a
 * square-and-multiply reference (PCG) or a 256-bit add (Philox), clears the
 * buffers, and composes (advance(a); advance(b) == advance(a + b) mod 2**128
 * / 2**256; advance(a); advance(-a) is the identity); jumped(k) equals
 * advance(k * step), k single jumps for small k, works in place, and
 * jumped(-k) undoes it; MT19937.jumped(k <= 0) copies, and jumped(1), in
 * place, equals one npr_mt19937_jump (at most once per input and only when
 * replaying: a jump is slow). The portable and unsigned __int128 paths of
 * lib/src/pcg64/pcg128.h agree with each other and with the reference. */
#include <stdlib.h>
#include <string.h>

#include "../lib/src/pcg64/pcg128.h"
#include "nprand/mt19937.h"
#include "nprand/pcg64.h"
#include "nprand/pcg64dxsm.h"
#include "nprand/philox.h"
#include "nprand/seedsequence.h"
#include "nprand/sfc64.h"
#include "provider.h"

#define MAX_OPS 64

enum { G_MT, G_PCG, G_DXSM, G_PHILOX, G_SFC, G_COUNT };
static const char *const gen_names[G_COUNT] = {"MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64"};

typedef struct gen {
  int type;
  union {
    npr_mt19937 mt;
    npr_pcg64 pcg;
    npr_pcg64dxsm dxsm;
    npr_philox px;
    npr_sfc64 sfc;
  } u;
} gen;

/* --- 128-bit reference arithmetic: 32-bit limbs, nothing shared with lib -- */

typedef struct u128 {
  uint64_t hi, lo;
} u128;

static u128 mk(uint64_t hi, uint64_t lo) {
  u128 r;
  r.hi = hi;
  r.lo = lo;
  return r;
}

static void limbs(u128 a, uint32_t out[4]) {
  out[0] = (uint32_t)a.lo, out[1] = (uint32_t)(a.lo >> 32), out[2] = (uint32_t)a.hi, out[3] = (uint32_t)(a.hi >> 32);
}

static u128 ref_mul(u128 a, u128 b) {
  uint32_t x[4], y[4], r[4] = {0, 0, 0, 0};
  int i, j;
  limbs(a, x);
  limbs(b, y);
  for (i = 0; i < 4; i++) {
    uint64_t carry = 0;
    for (j = 0; i + j < 4; j++) {
      uint64_t t = (uint64_t)x[i] * y[j] + r[i + j] + carry;
      r[i + j] = (uint32_t)t;
      carry = t >> 32;
    }
  }
  return mk((uint64_t)r[3] << 32 | r[2], (uint64_t)r[1] << 32 | r[0]);
}

static u128 ref_add(u128 a, u128 b) {
  uint32_t x[4], y[4], r[4];
  uint64_t carry = 0;
  int i;
  limbs(a, x);
  limbs(b, y);
  for (i = 0; i < 4; i++) {
    uint64_t t = (uint64_t)x[i] + y[i] + carry;
    r[i] = (uint32_t)t;
    carry = t >> 32;
  }
  return mk((uint64_t)r[3] << 32 | r[2], (uint64_t)r[1] << 32 | r[0]);
}

static u128 ref_neg(u128 a) { return ref_add(mk(~a.hi, ~a.lo), mk(0, 1)); }

/* x -> mult * x + inc applied delta times, by composing affine maps. */
static u128 ref_lcg_advance(u128 state, u128 delta, u128 mult, u128 inc) {
  u128 acc_a = mk(0, 1), acc_c = mk(0, 0);
  int bit;
  for (bit = 0; bit < 128; bit++) {
    uint64_t set = bit < 64 ? (delta.lo >> bit) & 1 : (delta.hi >> (bit - 64)) & 1;
    if (set) {
      acc_a = ref_mul(mult, acc_a);
      acc_c = ref_add(ref_mul(mult, acc_c), inc);
    }
    inc = ref_add(ref_mul(mult, inc), inc);
    mult = ref_mul(mult, mult);
  }
  return ref_add(ref_mul(acc_a, state), acc_c);
}

static u128 pcg_mult(int type) {
  return type == G_PCG ? mk(2549297995355413924ULL, 4865540595714422341ULL) : mk(0, 0xda942042e4dd58b5ULL);
}

/* --- reference generators -------------------------------------------------- */

static uint32_t ref_mt_next32(npr_mt19937 *s) {
  static const uint32_t mag01[2] = {0x0u, 0x9908b0dfu};
  uint32_t *mt = s->key, y;
  int kk;
  if (s->pos >= NPR_MT19937_N) {
    for (kk = 0; kk < NPR_MT19937_N - 397; kk++) {
      y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
      mt[kk] = mt[kk + 397] ^ (y >> 1) ^ mag01[y & 1];
    }
    for (; kk < NPR_MT19937_N - 1; kk++) {
      y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
      mt[kk] = mt[kk + (397 - NPR_MT19937_N)] ^ (y >> 1) ^ mag01[y & 1];
    }
    y = (mt[NPR_MT19937_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
    mt[NPR_MT19937_N - 1] = mt[396] ^ (y >> 1) ^ mag01[y & 1];
    s->pos = 0;
  }
  y = mt[s->pos++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

static uint64_t ref_pcg_word(gen *g) {
  npr_pcg64 *p = &g->u.pcg; /* npr_pcg64dxsm has the same layout; use the matching member */
  if (g->type == G_PCG) {
    u128 s = ref_add(ref_mul(mk(p->state_hi, p->state_lo), pcg_mult(G_PCG)), mk(p->inc_hi, p->inc_lo));
    uint64_t x = s.hi ^ s.lo;
    unsigned rot = (unsigned)(s.hi >> 58);
    p->state_hi = s.hi, p->state_lo = s.lo;
    return rot ? (x >> rot) | (x << (64 - rot)) : x;
  } else {
    npr_pcg64dxsm *d = &g->u.dxsm;
    uint64_t hi = d->state_hi, lo = d->state_lo | 1;
    u128 s = ref_add(ref_mul(mk(d->state_hi, d->state_lo), pcg_mult(G_DXSM)), mk(d->inc_hi, d->inc_lo));
    hi ^= hi >> 32;
    hi *= 0xda942042e4dd58b5ULL;
    hi ^= hi >> 48;
    hi *= lo;
    d->state_hi = s.hi, d->state_lo = s.lo;
    return hi;
  }
}

static void ref_mulhilo(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo) {
  u128 r = ref_mul(mk(0, a), mk(0, b));
  *hi = r.hi;
  *lo = r.lo;
}

static uint64_t ref_philox_word(npr_philox *px) {
  uint64_t c[4], k0, k1;
  int r, i;
  if (px->buffer_pos < NPR_PHILOX_BUFFER_SIZE) return px->buffer[px->buffer_pos++];
  for (i = 0; i < 4; i++) { /* ctr++ with carry */
    px->counter[i]++;
    if (px->counter[i] != 0) break;
  }
  memcpy(c, px->counter, sizeof c);
  k0 = px->key[0], k1 = px->key[1];
  for (r = 0; r < 10; r++) {
    uint64_t hi0, lo0, hi1, lo1, t[4];
    if (r > 0) k0 += 0x9E3779B97F4A7C15ULL, k1 += 0xBB67AE8584CAA73BULL;
    ref_mulhilo(0xD2E7470EE14C6C93ULL, c[0], &hi0, &lo0);
    ref_mulhilo(0xCA5A826395121157ULL, c[2], &hi1, &lo1);
    t[0] = hi1 ^ c[1] ^ k0, t[1] = lo1, t[2] = hi0 ^ c[3] ^ k1, t[3] = lo0;
    memcpy(c, t, sizeof c);
  }
  memcpy(px->buffer, c, sizeof c);
  px->buffer_pos = 1;
  return px->buffer[0];
}

static uint64_t ref_sfc_word(npr_sfc64 *f) {
  uint64_t *s = f->s;
  uint64_t tmp = s[0] + s[1] + s[3]++;
  s[0] = s[1] ^ (s[1] >> 11);
  s[1] = s[2] + (s[2] << 3);
  s[2] = ((s[2] << 24) | (s[2] >> 40)) + tmp;
  return tmp;
}

static uint64_t ref_next64(gen *g) {
  switch (g->type) {
  case G_MT: {
    uint64_t hi = ref_mt_next32(&g->u.mt);
    return hi << 32 | ref_mt_next32(&g->u.mt);
  }
  case G_PCG:
  case G_DXSM: return ref_pcg_word(g);
  case G_PHILOX: return ref_philox_word(&g->u.px);
  default: return ref_sfc_word(&g->u.sfc);
  }
}

/* has_uint32 / uinteger live at the same place in every 64-bit generator. */
static int *buf_flag(gen *g) {
  switch (g->type) {
  case G_PCG: return &g->u.pcg.has_uint32;
  case G_DXSM: return &g->u.dxsm.has_uint32;
  case G_PHILOX: return &g->u.px.has_uint32;
  case G_SFC: return &g->u.sfc.has_uint32;
  default: return NULL;
  }
}

static uint32_t *buf_half(gen *g) {
  switch (g->type) {
  case G_PCG: return &g->u.pcg.uinteger;
  case G_DXSM: return &g->u.dxsm.uinteger;
  case G_PHILOX: return &g->u.px.uinteger;
  case G_SFC: return &g->u.sfc.uinteger;
  default: return NULL;
  }
}

/* NumPy's <gen>_next32: the buffered high half, else the low half of a new
 * word, keeping its high half. */
static uint32_t ref_next32(gen *g) {
  uint64_t w;
  if (g->type == G_MT) return ref_mt_next32(&g->u.mt);
  if (*buf_flag(g)) {
    *buf_flag(g) = 0;
    return *buf_half(g);
  }
  w = ref_next64(g);
  *buf_flag(g) = 1;
  *buf_half(g) = (uint32_t)(w >> 32);
  return (uint32_t)w;
}

static double ref_next_double(gen *g) {
  if (g->type == G_MT) {
    int32_t a = (int32_t)(ref_mt_next32(&g->u.mt) >> 5), b = (int32_t)(ref_mt_next32(&g->u.mt) >> 6);
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }
  return (double)(ref_next64(g) >> 11) * (1.0 / 9007199254740992.0);
}

static uint64_t ref_raw(gen *g) { return g->type == G_MT ? ref_mt_next32(&g->u.mt) : ref_next64(g); }

/* --- the library under test ------------------------------------------------ */

static npr_bitgen lib_bitgen(gen *g) {
  switch (g->type) {
  case G_MT: return npr_mt19937_bitgen(&g->u.mt);
  case G_PCG: return npr_pcg64_bitgen(&g->u.pcg);
  case G_DXSM: return npr_pcg64dxsm_bitgen(&g->u.dxsm);
  case G_PHILOX: return npr_philox_bitgen(&g->u.px);
  default: return npr_sfc64_bitgen(&g->u.sfc);
  }
}

static uint64_t lib_next64(gen *g) {
  switch (g->type) {
  case G_MT: return npr_mt19937_next64(&g->u.mt);
  case G_PCG: return npr_pcg64_next64(&g->u.pcg);
  case G_DXSM: return npr_pcg64dxsm_next64(&g->u.dxsm);
  case G_PHILOX: return npr_philox_next64(&g->u.px);
  default: return npr_sfc64_next64(&g->u.sfc);
  }
}

static uint32_t lib_next32(gen *g) {
  switch (g->type) {
  case G_MT: return npr_mt19937_next32(&g->u.mt);
  case G_PCG: return npr_pcg64_next32(&g->u.pcg);
  case G_DXSM: return npr_pcg64dxsm_next32(&g->u.dxsm);
  case G_PHILOX: return npr_philox_next32(&g->u.px);
  default: return npr_sfc64_next32(&g->u.sfc);
  }
}

static double lib_next_double(gen *g) {
  switch (g->type) {
  case G_MT: return npr_mt19937_next_double(&g->u.mt);
  case G_PCG: return npr_pcg64_next_double(&g->u.pcg);
  case G_DXSM: return npr_pcg64dxsm_next_double(&g->u.dxsm);
  case G_PHILOX: return npr_philox_next_double(&g->u.px);
  default: return npr_sfc64_next_double(&g->u.sfc);
  }
}

/* Whole state, field by field (no padding compared). core_only skips the
 * buffered half's value (stale after it is consumed). */
static bool same(const gen *a, const gen *b, bool core_only) {
  if (a->type != b->type) return false;
  switch (a->type) {
  case G_MT: return memcmp(a->u.mt.key, b->u.mt.key, sizeof a->u.mt.key) == 0 && a->u.mt.pos == b->u.mt.pos;
  case G_PCG:
  case G_DXSM: {
    const npr_pcg64 *x = &a->u.pcg, *y = &b->u.pcg;
    if (a->type == G_DXSM) {
      const npr_pcg64dxsm *p = &a->u.dxsm, *q = &b->u.dxsm;
      return p->state_hi == q->state_hi && p->state_lo == q->state_lo && p->inc_hi == q->inc_hi &&
             p->inc_lo == q->inc_lo && p->has_uint32 == q->has_uint32 && (core_only || p->uinteger == q->uinteger);
    }
    return x->state_hi == y->state_hi && x->state_lo == y->state_lo && x->inc_hi == y->inc_hi &&
           x->inc_lo == y->inc_lo && x->has_uint32 == y->has_uint32 && (core_only || x->uinteger == y->uinteger);
  }
  case G_PHILOX: {
    const npr_philox *x = &a->u.px, *y = &b->u.px;
    return memcmp(x->counter, y->counter, sizeof x->counter) == 0 && memcmp(x->key, y->key, sizeof x->key) == 0 &&
           memcmp(x->buffer, y->buffer, sizeof x->buffer) == 0 && x->buffer_pos == y->buffer_pos &&
           x->has_uint32 == y->has_uint32 && (core_only || x->uinteger == y->uinteger);
  }
  default: {
    const npr_sfc64 *x = &a->u.sfc, *y = &b->u.sfc;
    return memcmp(x->s, y->s, sizeof x->s) == 0 && x->has_uint32 == y->has_uint32 &&
           (core_only || x->uinteger == y->uinteger);
  }
  }
}

#define EXPECT_SAME(a, b, core, what) \
  FZ_CHECK(same((a), (b), (core)), "%s: %s: state differs", gen_names[(a)->type], (what))

/* --- seeding ---------------------------------------------------------------- */

static void seed_gen(fz_provider *p, gen *g) {
  uint8_t mode = fz_u8(p) % 4;
  g->type = (int)fz_choose(p, G_COUNT);
  memset(&g->u, 0, sizeof g->u);
  if (mode == 0) { /* SeedSequence(list of ints, spawn_key, pool_size) */
    uint64_t vals[4];
    uint32_t key[2];
    size_t n = fz_count(p, 4), i, n_key = fz_count(p, 2);
    npr_seed_words w;
    npr_seedsequence ss;
    npr_error err;
    for (i = 0; i < n; i++) vals[i] = fz_edge_u64(p);
    for (i = 0; i < n_key; i++) key[i] = fz_u32(p);
    npr_seed_words_init(&w);
    FZ_CHECK(npr_seed_words_append_u64_list(&w, vals, n, &err) == NPR_OK, "entropy: %s", err.message);
    FZ_CHECK(npr_seedsequence_init(&ss, w.words, w.len, key, n_key, 4 + (int64_t)fz_range(p, 0, 4), 0, &err) == NPR_OK,
             "SeedSequence: %s", err.message);
    switch (g->type) {
    case G_MT: npr_mt19937_from_seedseq(&g->u.mt, &ss); break;
    case G_PCG: npr_pcg64_from_seedseq(&g->u.pcg, &ss); break;
    case G_DXSM: npr_pcg64dxsm_from_seedseq(&g->u.dxsm, &ss); break;
    case G_PHILOX: npr_philox_from_seedseq(&g->u.px, &ss); break;
    default: npr_sfc64_from_seedseq(&g->u.sfc, &ss); break;
    }
    npr_seedsequence_free(&ss);
    npr_seed_words_free(&w);
    return;
  }
  switch (g->type) {
  case G_MT:
    if (mode == 1) {
      npr_mt19937_seed(&g->u.mt, fz_u32(p));
    } else if (mode == 2) {
      uint32_t words[8];
      size_t n = fz_count(p, 8), i;
      for (i = 0; i < n; i++) words[i] = (uint32_t)fz_edge_u64(p);
      npr_mt19937_init_by_array(&g->u.mt, words, n);
    } else { /* any key (a pattern or fuzzed words), any pos */
      uint8_t fill = fz_u8(p);
      int i;
      for (i = 0; i < NPR_MT19937_N; i++) {
        g->u.mt.key[i] = fill < 64 ? fz_u32(p) : (uint32_t)(fill * 0x01010101u) ^ (uint32_t)i * (fill & 7u);
      }
      g->u.mt.pos = (int)fz_range(p, 0, NPR_MT19937_N);
    }
    break;
  case G_PCG:
  case G_DXSM: {
    uint64_t a = fz_edge_u64(p), b = fz_edge_u64(p), c = fz_edge_u64(p), d = fz_edge_u64(p);
    if (mode != 3) {
      if (g->type == G_PCG) npr_pcg64_set_seed(&g->u.pcg, a, b, c, d);
      else npr_pcg64dxsm_set_seed(&g->u.dxsm, a, b, c, d);
    } else { /* the state setter: no validation, even an even inc */
      npr_pcg64 *s = &g->u.pcg;
      if (g->type == G_DXSM) {
        npr_pcg64dxsm *x = &g->u.dxsm;
        x->state_hi = a, x->state_lo = b, x->inc_hi = c, x->inc_lo = d;
        x->has_uint32 = fz_bool(p), x->uinteger = fz_u32(p);
      } else {
        s->state_hi = a, s->state_lo = b, s->inc_hi = c, s->inc_lo = d;
        s->has_uint32 = fz_bool(p), s->uinteger = fz_u32(p);
      }
    }
    break;
  }
  case G_PHILOX: {
    uint64_t key[2], ctr[4];
    npr_error err;
    int i;
    for (i = 0; i < 2; i++) key[i] = fz_edge_u64(p);
    for (i = 0; i < 4; i++) ctr[i] = fz_edge_u64(p);
    if (mode == 1) {
      FZ_CHECK(npr_philox_init(&g->u.px, NULL, key, fz_bool(p) ? ctr : NULL, &err) == NPR_OK, "Philox(key=): %s",
               err.message);
    } else if (mode == 2) {
      npr_seedsequence ss;
      FZ_CHECK(npr_seedsequence_init_u64(&ss, key[0], &err) == NPR_OK, "SeedSequence: %s", err.message);
      FZ_CHECK(npr_philox_init(&g->u.px, &ss, key, NULL, &err) == NPR_VALUE_ERROR &&
                   strcmp(err.message, "seed and key cannot be both used") == 0,
               "Philox(seed, key=) accepted");
      FZ_CHECK(npr_philox_init(&g->u.px, &ss, NULL, ctr, &err) == NPR_OK, "Philox(seed, counter=): %s", err.message);
      npr_seedsequence_free(&ss);
    } else { /* the state setter: any counter, key, buffer, buffer_pos */
      memcpy(g->u.px.key, key, sizeof key);
      memcpy(g->u.px.counter, ctr, sizeof ctr);
      for (i = 0; i < 4; i++) g->u.px.buffer[i] = fz_u64(p);
      g->u.px.buffer_pos = (int)fz_range(p, 0, NPR_PHILOX_BUFFER_SIZE);
      g->u.px.has_uint32 = fz_bool(p);
      g->u.px.uinteger = fz_u32(p);
    }
    break;
  }
  default: {
    uint64_t s[3];
    int i;
    for (i = 0; i < 3; i++) s[i] = fz_edge_u64(p);
    if (mode != 3) {
      npr_sfc64_set_seed(&g->u.sfc, s);
    } else {
      memcpy(g->u.sfc.s, s, sizeof s);
      g->u.sfc.s[3] = fz_edge_u64(p);
      g->u.sfc.has_uint32 = fz_bool(p);
      g->u.sfc.uinteger = fz_u32(p);
    }
    break;
  }
  }
}

/* --- advance and jumped ------------------------------------------------------ */

static u128 fuzz_u128(fz_provider *p) {
  switch (fz_u8(p) % 6) {
  case 0: return mk(0, fz_u8(p) % 70);                              /* small: single-step check */
  case 1: return mk(0, fz_edge_u64(p));
  case 2: return mk(fz_edge_u64(p), fz_edge_u64(p));
  case 3: return ref_neg(mk(0, fz_edge_u64(p)));                    /* a negative Python delta */
  case 4: return mk(UINT64_MAX, UINT64_MAX);                        /* -1 */
  default: return mk(fz_u64(p), fz_u64(p));
  }
}

static void lib_advance(gen *g, u128 d, const uint64_t upper[2]) {
  if (g->type == G_PCG) npr_pcg64_advance(&g->u.pcg, d.hi, d.lo);
  else if (g->type == G_DXSM) npr_pcg64dxsm_advance(&g->u.dxsm, d.hi, d.lo);
  else {
    uint64_t delta[4] = {d.lo, d.hi, upper[0], upper[1]};
    npr_philox_advance(&g->u.px, delta);
  }
}

/* advance(delta) for delta = upper * 2**128 + d (upper only for Philox). */
static void ref_advance(gen *g, u128 d, const uint64_t upper[2]) {
  if (g->type == G_PHILOX) {
    uint64_t delta[4] = {d.lo, d.hi, upper[0], upper[1]}, carry = 0;
    int i;
    for (i = 0; i < 4; i++) { /* 256-bit add in 32-bit limbs */
      uint64_t lo = (g->u.px.counter[i] & 0xffffffffu) + (delta[i] & 0xffffffffu) + carry;
      uint64_t hi = (g->u.px.counter[i] >> 32) + (delta[i] >> 32) + (lo >> 32);
      g->u.px.counter[i] = (hi << 32) | (lo & 0xffffffffu);
      carry = hi >> 32;
    }
    memset(g->u.px.buffer, 0, sizeof g->u.px.buffer);
    g->u.px.buffer_pos = NPR_PHILOX_BUFFER_SIZE;
    g->u.px.has_uint32 = 0;
    g->u.px.uinteger = 0;
  } else {
    npr_pcg64 *s = &g->u.pcg;
    npr_pcg64dxsm *x = &g->u.dxsm;
    u128 st = g->type == G_PCG ? mk(s->state_hi, s->state_lo) : mk(x->state_hi, x->state_lo);
    u128 inc = g->type == G_PCG ? mk(s->inc_hi, s->inc_lo) : mk(x->inc_hi, x->inc_lo);
    u128 out = ref_lcg_advance(st, d, pcg_mult(g->type), inc);
    /* the library's algorithm with both arithmetics of pcg128.h agrees */
    npr_pcg128 a = npr_pcg128_advance_with(npr_pcg128_make(st.hi, st.lo), npr_pcg128_make(d.hi, d.lo),
                                           npr_pcg128_make(pcg_mult(g->type).hi, pcg_mult(g->type).lo),
                                           npr_pcg128_make(inc.hi, inc.lo), npr_pcg128_mul_portable,
                                           npr_pcg128_add_portable);
    FZ_CHECK(a.hi == out.hi && a.lo == out.lo, "portable advance != reference");
#if NPR_PCG_HAVE_INT128
    a = npr_pcg128_advance_with(npr_pcg128_make(st.hi, st.lo), npr_pcg128_make(d.hi, d.lo),
                                npr_pcg128_make(pcg_mult(g->type).hi, pcg_mult(g->type).lo),
                                npr_pcg128_make(inc.hi, inc.lo), npr_pcg128_mul_native, npr_pcg128_add_native);
    FZ_CHECK(a.hi == out.hi && a.lo == out.lo, "__int128 advance != reference");
#endif
    if (g->type == G_PCG) s->state_hi = out.hi, s->state_lo = out.lo, s->has_uint32 = 0, s->uinteger = 0;
    else x->state_hi = out.hi, x->state_lo = out.lo, x->has_uint32 = 0, x->uinteger = 0;
  }
}

static void lib_jumped(const gen *src, int64_t k, gen *out) {
  out->type = src->type;
  switch (src->type) {
  case G_MT: npr_mt19937_jumped(&src->u.mt, k, &out->u.mt); break;
  case G_PCG: npr_pcg64_jumped(&src->u.pcg, k, &out->u.pcg); break;
  case G_DXSM: npr_pcg64dxsm_jumped(&src->u.dxsm, k, &out->u.dxsm); break;
  case G_PHILOX: npr_philox_jumped(&src->u.px, k, &out->u.px); break;
  default: *out = *src; break;
  }
}

static bool has_advance(const gen *g) { return g->type == G_PCG || g->type == G_DXSM || g->type == G_PHILOX; }

/* advance(delta) against the reference; single steps for a small delta. */
static void check_advance(fz_provider *p, gen *g) {
  gen c = *g, r = *g;
  u128 d = fuzz_u128(p);
  uint64_t upper[2] = {0, 0};
  if (g->type == G_PHILOX && fz_bool(p)) upper[0] = fz_edge_u64(p), upper[1] = fz_edge_u64(p);
  lib_advance(&c, d, upper);
  ref_advance(&r, d, upper);
  EXPECT_SAME(&c, &r, false, "advance != reference");
  if (g->type != G_PHILOX && d.hi == 0 && d.lo < 70) {
    gen s = *g;
    uint64_t i;
    for (i = 0; i < d.lo; i++) (void)ref_pcg_word(&s);
    if (s.type == G_PCG) s.u.pcg.has_uint32 = 0, s.u.pcg.uinteger = 0;
    else s.u.dxsm.has_uint32 = 0, s.u.dxsm.uinteger = 0;
    EXPECT_SAME(&c, &s, false, "advance(small) != single steps");
  }
  *g = c;
}

/* advance(a); advance(b) == advance(a + b); advance(a); advance(-a) == id. */
static void check_compose(fz_provider *p, gen *g) {
  gen x = *g, y = *g, z = *g;
  u128 a = fuzz_u128(p), b = fuzz_u128(p), ab = ref_add(a, b);
  uint64_t ua[2] = {0, 0}, ub[2] = {0, 0}, uab[2], una[2];
  if (g->type == G_PHILOX) {
    uint64_t carry = ab.hi < a.hi || (ab.hi == a.hi && ab.lo < a.lo);
    ua[0] = fz_edge_u64(p), ua[1] = fz_edge_u64(p), ub[0] = fz_edge_u64(p), ub[1] = fz_edge_u64(p);
    /* the upper 128 bits of a + b, carry included */
    uab[0] = ua[0] + ub[0] + carry;
    uab[1] = ua[1] + ub[1] + (uab[0] < ua[0] || (uab[0] == ua[0] && (ub[0] | carry) != 0));
    /* -a over 256 bits */
    una[0] = ~ua[0] + ((a.hi | a.lo) == 0);
    una[1] = ~ua[1] + (una[0] == 0 && (a.hi | a.lo) == 0 && ua[0] == 0);
  } else {
    uab[0] = uab[1] = una[0] = una[1] = 0;
  }
  lib_advance(&x, a, ua);
  lib_advance(&x, b, ub);
  lib_advance(&y, ab, uab);
  EXPECT_SAME(&x, &y, false, "advance(a); advance(b) != advance(a + b)");
  lib_advance(&z, a, ua);
  lib_advance(&z, ref_neg(a), una);
  {
    gen e = *g;
    const uint64_t zero[2] = {0, 0};
    ref_advance(&e, mk(0, 0), zero); /* only clears the buffers */
    EXPECT_SAME(&z, &e, false, "advance(a); advance(-a) != identity");
  }
  *g = x;
}

static int64_t fuzz_jumps(fz_provider *p) {
  switch (fz_u8(p) % 4) {
  case 0:
  case 1: return (int64_t)(fz_u8(p) % 9) - 4;
  case 2: return (int64_t)fz_edge_u64(p);
  default: return fz_i64(p);
  }
}

/* Defined exactly when libFuzzer is linked in (its driver object holds
 * main's FuzzerDriver too), absent in the replay build. */
#if defined(__GNUC__)
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*cb)(const uint8_t *, size_t)) __attribute__((weak));
static bool under_libfuzzer(void) { return LLVMFuzzerRunDriver != NULL; }
#else
static bool under_libfuzzer(void) { return false; }
#endif

static void check_jumped(fz_provider *p, gen *g, bool mt_expensive, int *mt_budget) {
  gen out, inplace = *g, chain;
  int64_t k = fuzz_jumps(p), i;
  if (g->type == G_SFC) return;
  if (g->type == G_MT) {
    /* jumped(k <= 0) copies. One jump costs ~10 ms (~100 ms under ASan):
     * jumped(1) (in place) against npr_mt19937_jump runs only for op 248,
     * once per input, and only in the replay build (ctest replays the
     * corpus; under libFuzzer it would dominate the run time). */
    if (k > 0 && mt_expensive && *mt_budget > 0 && !under_libfuzzer()) {
      (*mt_budget)--;
      out = *g;
      lib_jumped(&out, 1, &out);
      chain = *g;
      npr_mt19937_jump(&chain.u.mt);
      EXPECT_SAME(&out, &chain, false, "jumped(1) (in place) != npr_mt19937_jump");
      *g = out;
    } else if (k <= 0) {
      lib_jumped(g, k, &out);
      EXPECT_SAME(&out, g, false, "jumped(k <= 0) is not a copy");
    }
    return;
  }
  lib_jumped(g, k, &out);
  lib_jumped(&inplace, k, &inplace);
  EXPECT_SAME(&out, &inplace, false, "jumped in place");
  {
    gen r = *g;
    uint64_t upper[2] = {0, 0};
    u128 d;
    if (g->type == G_PHILOX) { /* k * 2**128 */
      d = mk(0, 0);
      upper[0] = (uint64_t)k, upper[1] = k < 0 ? UINT64_MAX : 0;
    } else { /* k * 0x9e3779b97f4a7c15f39cc0605cedc835, k sign-extended */
      d = ref_mul(mk(0x9e3779b97f4a7c15ULL, 0xf39cc0605cedc835ULL), mk(k < 0 ? UINT64_MAX : 0, (uint64_t)k));
    }
    ref_advance(&r, d, upper);
    EXPECT_SAME(&out, &r, false, "jumped(k) != advance(k * step)");
  }
  if (k >= 0 && k <= 4) {
    chain = *g;
    for (i = 0; i < k; i++) lib_jumped(&chain, 1, &chain);
    if (k == 0) lib_jumped(&chain, 0, &chain); /* jumped(0) still clears the buffers */
    EXPECT_SAME(&out, &chain, false, "jumped(k) != k x jumped(1)");
  }
  if (k != INT64_MIN) {
    gen back;
    lib_jumped(&out, -k, &back);
    chain = *g;
    lib_jumped(&chain, 0, &chain);
    EXPECT_SAME(&back, &chain, false, "jumped(k).jumped(-k) != original");
  }
  *g = out;
}

/* --- pcg128.h: portable and __int128 arithmetic ---------------------------- */

static void check_pcg128(fz_provider *p) {
  u128 a = mk(fz_edge_u64(p), fz_edge_u64(p)), b = mk(fz_edge_u64(p), fz_edge_u64(p));
  npr_pcg128 x = npr_pcg128_make(a.hi, a.lo), y = npr_pcg128_make(b.hi, b.lo), m, s;
  u128 rm = ref_mul(a, b), rs = ref_add(a, b), r64 = ref_mul(mk(0, a.lo), mk(0, b.lo));
  m = npr_pcg128_mul_portable(x, y);
  s = npr_pcg128_add_portable(x, y);
  FZ_CHECK(m.hi == rm.hi && m.lo == rm.lo, "portable mul");
  FZ_CHECK(s.hi == rs.hi && s.lo == rs.lo, "portable add");
  m = npr_pcg128_mul64_portable(a.lo, b.lo);
  FZ_CHECK(m.hi == r64.hi && m.lo == r64.lo, "portable 64x64 mul");
#if NPR_PCG_HAVE_INT128
  m = npr_pcg128_mul_native(x, y);
  s = npr_pcg128_add_native(x, y);
  FZ_CHECK(m.hi == rm.hi && m.lo == rm.lo, "__int128 mul");
  FZ_CHECK(s.hi == rs.hi && s.lo == rs.lo, "__int128 add");
#endif
  m = npr_pcg128_mul(x, y); /* whichever the library uses */
  FZ_CHECK(m.hi == rm.hi && m.lo == rm.lo, "npr_pcg128_mul");
}

/* --- the target -------------------------------------------------------------- */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_provider p;
  gen g, r, c;
  int ops = 0, mt_budget = 1;
  fz_init(&p, data, size);
  seed_gen(&p, &g);

  while (fz_remaining(&p) > 0 && ops++ < MAX_OPS) {
    uint8_t op = fz_u8(&p);
    r = g;
    switch (op % 12) {
    case 0: {
      uint64_t a = lib_next64(&g), b = ref_next64(&r);
      FZ_CHECK(a == b, "%s next64 %016llx, reference %016llx", gen_names[g.type], (unsigned long long)a,
               (unsigned long long)b);
      EXPECT_SAME(&g, &r, false, "next64");
      break;
    }
    case 1: {
      uint32_t a = lib_next32(&g), b = ref_next32(&r);
      FZ_CHECK(a == b, "%s next32 %08x, reference %08x", gen_names[g.type], (unsigned)a, (unsigned)b);
      EXPECT_SAME(&g, &r, false, "next32");
      break;
    }
    case 2: {
      double a = lib_next_double(&g), b = ref_next_double(&r);
      FZ_CHECK(memcmp(&a, &b, sizeof a) == 0 && a >= 0.0 && a < 1.0, "%s next_double %.17g, reference %.17g",
               gen_names[g.type], a, b);
      EXPECT_SAME(&g, &r, false, "next_double (the buffered half untouched)");
      break;
    }
    case 3: {
      npr_bitgen bg = lib_bitgen(&g);
      uint64_t a = npr_next_raw(&bg), b = ref_raw(&r);
      FZ_CHECK(a == b, "%s random_raw %016llx, reference %016llx", gen_names[g.type], (unsigned long long)a,
               (unsigned long long)b);
      EXPECT_SAME(&g, &r, false, "random_raw");
      break;
    }
    case 4: { /* the npr_bitgen table calls the same functions */
      npr_bitgen bg;
      uint64_t a64, b64;
      uint32_t a32, b32;
      double ad, bd;
      float af;
      c = g;
      bg = lib_bitgen(&g);
      a64 = npr_next_uint64(&bg), b64 = lib_next64(&c);
      a32 = npr_next_uint32(&bg), b32 = lib_next32(&c);
      ad = npr_next_double(&bg), bd = lib_next_double(&c);
      FZ_CHECK(a64 == b64 && a32 == b32 && memcmp(&ad, &bd, sizeof ad) == 0, "%s bitgen table != direct calls",
               gen_names[g.type]);
      af = npr_next_float(&bg);
      FZ_CHECK(af == (float)(lib_next32(&c) >> 8) * (1.0f / 16777216.0f) && af < 1.0f, "next_float");
      EXPECT_SAME(&g, &c, false, "bitgen table");
      break;
    }
    case 5: { /* two next32 == the halves of one next64 (or next64 == two next32) */
      uint32_t lo, hi;
      uint64_t w;
      c = g;
      if (g.type == G_MT) {
        w = lib_next64(&g);
        hi = lib_next32(&c);
        lo = lib_next32(&c);
        FZ_CHECK(w == ((uint64_t)hi << 32 | lo), "MT19937 next64 != next32 << 32 | next32");
        EXPECT_SAME(&g, &c, false, "next64 vs two next32");
      } else {
        if (*buf_flag(&g)) {
          (void)lib_next32(&g); /* drain the buffered half first */
          c = g;
        }
        lo = lib_next32(&g);
        hi = lib_next32(&g);
        w = lib_next64(&c);
        FZ_CHECK(lo == (uint32_t)w && hi == (uint32_t)(w >> 32), "%s next32 pair %08x %08x, next64 %016llx",
                 gen_names[g.type], (unsigned)lo, (unsigned)hi, (unsigned long long)w);
        EXPECT_SAME(&g, &c, true, "two next32 vs one next64");
      }
      break;
    }
    case 6:
      if (has_advance(&g)) check_advance(&p, &g);
      break;
    case 7:
      if (has_advance(&g)) check_compose(&p, &g);
      break;
    case 8: check_jumped(&p, &g, op == 248, &mt_budget); break;
    case 9: { /* a run of draws (across MT twists, Philox blocks) */
      size_t n = fz_count(&p, 2000), i;
      uint64_t ha = 0, hb = 0;
      for (i = 0; i < n; i++) {
        ha = ha * 31 + lib_next64(&g);
        hb = hb * 31 + ref_next64(&r);
      }
      FZ_CHECK(ha == hb, "%s: %zu draws differ from the reference", gen_names[g.type], n);
      EXPECT_SAME(&g, &r, false, "a run of draws");
      break;
    }
    case 10: check_pcg128(&p); break;
    default: { /* a struct copy continues identically */
      size_t n = fz_count(&p, 64), i;
      c = g;
      for (i = 0; i < n; i++) {
        uint32_t a = lib_next32(&g), b = lib_next32(&c);
        FZ_CHECK(a == b, "%s copy diverged", gen_names[g.type]);
      }
      EXPECT_SAME(&g, &c, false, "copy");
      break;
    }
    }
  }
  return 0;
}
