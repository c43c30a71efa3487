#include "nprand/sfc64.h"

#include "nprand/seedsequence.h"
#include "core/bulk.h"
#include "core/half_word.h"

static uint64_t rotl64(uint64_t v, unsigned rot) { return (v << rot) | (v >> ((0u - rot) & 63u)); }

uint64_t npr_sfc64_next64(npr_sfc64 *sfc) {
  uint64_t *s = sfc->s;
  uint64_t out = s[0] + s[1] + s[3]++;
  s[0] = s[1] ^ (s[1] >> 11);
  s[1] = s[2] + (s[2] << 3);
  s[2] = rotl64(s[2], 24) + out;
  return out;
}

void npr_sfc64_set_seed(npr_sfc64 *sfc, const uint64_t seed[3]) {
  int i;
  sfc->s[0] = seed[0];
  sfc->s[1] = seed[1];
  sfc->s[2] = seed[2];
  sfc->s[3] = 1;
  /* PractRand's warm-up, kept even though SeedSequence output needs none. */
  for (i = 0; i < 12; i++) {
    (void)npr_sfc64_next64(sfc);
  }
  sfc->has_uint32 = 0;
  sfc->uinteger = 0;
}

void npr_sfc64_from_seedseq(npr_sfc64 *sfc, const npr_seedsequence *ss) {
  uint64_t seed[3];
  npr_seedsequence_generate_state64(ss, seed, 3);
  npr_sfc64_set_seed(sfc, seed);
}

uint32_t npr_sfc64_next32(npr_sfc64 *sfc) {
  uint32_t half;
  if (npr_half_take(&sfc->has_uint32, &sfc->uinteger, &half)) return half;
  return npr_half_split(&sfc->has_uint32, &sfc->uinteger, npr_sfc64_next64(sfc));
}

double npr_sfc64_next_double(npr_sfc64 *sfc) {
  return npr_double_from_uint64(npr_sfc64_next64(sfc));
}

static uint64_t vt_next64(void *st) { return npr_sfc64_next64(st); }
static uint32_t vt_next32(void *st) { return npr_sfc64_next32(st); }
static double vt_next_double(void *st) { return npr_sfc64_next_double(st); }

static void fill64(void *st, size_t n, uint64_t *out) {
  npr_sfc64 *sfc = st;
  uint64_t a = sfc->s[0], b = sfc->s[1], c = sfc->s[2], counter = sfc->s[3];
  size_t i;
  for (i = 0; i < n; i++) {
    const uint64_t word = a + b + counter++;
    a = b ^ (b >> 11);
    b = c + (c << 3);
    c = rotl64(c, 24) + word;
    out[i] = word;
  }
  sfc->s[0] = a;
  sfc->s[1] = b;
  sfc->s[2] = c;
  sfc->s[3] = counter;
}

static void fill32(void *st, size_t n, uint32_t *out) {
  npr_sfc64 *sfc = st;
  npr_bulk_fill_uint32_from_64(st, &sfc->has_uint32, &sfc->uinteger, fill64, n, out);
}

const npr_bulk_ops npr_sfc64_bulk = {vt_next64, fill64, fill32, NPR_DOUBLE_FROM_UINT64, 0};

npr_bitgen npr_sfc64_bitgen(npr_sfc64 *sfc) {
  npr_bitgen bg = {sfc, vt_next64, vt_next32, vt_next_double, vt_next64};
  return bg;
}
