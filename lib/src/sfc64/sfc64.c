#include "nprand/sfc64.h"

#include "nprand/seedsequence.h"
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

npr_bitgen npr_sfc64_bitgen(npr_sfc64 *sfc) {
  npr_bitgen bg = {sfc, vt_next64, vt_next32, vt_next_double, vt_next64};
  return bg;
}
