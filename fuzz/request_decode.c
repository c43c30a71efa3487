/* The input decoders of fuzz_bounded and fuzz_legacy_seed (request_decode.h). */
#include "request_decode.h"

#include <stdlib.h>
#include <string.h>

/* --- fuzz_bounded ------------------------------------------------------------ */

const fzd_dtype fzd_dtypes[FZD_N_DTYPES] = {
    {NPR_BOOL, 1, false, 0, 1},
    {NPR_INT8, 8, true, -128, 127},
    {NPR_INT16, 16, true, -32768, 32767},
    {NPR_INT32, 32, true, -2147483647 - 1, 2147483647},
    {NPR_INT64, 64, true, INT64_MIN, INT64_MAX},
    {NPR_UINT8, 8, false, 0, 255},
    {NPR_UINT16, 16, false, 0, 65535},
    {NPR_UINT32, 32, false, 0, 4294967295LL},
    {NPR_UINT64, 64, false, 0, (fzd_i128)UINT64_MAX},
};

/* A bound biased toward the dtype's limits, 0, 1, 2, 2**k+-1, 2**32, 2**63,
 * 2**64-1, then maybe negated or moved by one. */
static fzd_i128 edge_bound(fz_provider *p, const fzd_dtype *d) {
  unsigned k = fz_u8(p) % 65;
  fzd_i128 pow2 = (fzd_i128)1 << k;
  fzd_i128 v;
  switch (fz_u8(p) % 14) {
  case 0: v = d->lo; break;
  case 1: v = d->hi; break;
  case 2: v = 0; break;
  case 3: v = 1; break;
  case 4: v = 2; break;
  case 5: v = pow2; break;
  case 6: v = pow2 - 1; break;
  case 7: v = pow2 + 1; break;
  case 8: v = (fzd_i128)1 << 32; break;
  case 9: v = (fzd_i128)1 << 63; break;
  case 10: v = (fzd_i128)UINT64_MAX; break;
  case 11: v = (int64_t)fz_u64(p); break;
  case 12: v = (fzd_i128)fz_u64(p); break;
  default: v = (int8_t)fz_u8(p); break;
  }
  switch (fz_u8(p) % 6) {
  case 0: v = -v; break;
  case 1: v += 1; break;
  case 2: v -= 1; break;
  default: break;
  }
  return v;
}

static void bounds(fz_provider *p, const fzd_dtype *d, bool closed, fzd_i128 *low, fzd_i128 *high) {
  *low = edge_bound(p, d);
  switch (fz_u8(p) % 4) {
  case 0: *high = edge_bound(p, d); break;
  case 1: *high = *low + (fzd_i128)fz_edge_u64(p) + (closed ? 0 : 1); break;
  case 2: *high = *low + (fzd_i128)(fz_u8(p) % 4) + (closed ? 0 : 1); break;
  default: {
    unsigned shift = fz_u8(p) % 65;
    int nudge = (int8_t)fz_u8(p) % 3;
    *high = *low + ((fzd_i128)1 << shift) + nudge;
    break;
  }
  }
}

void fzd_bounded_next(fz_provider *p, fzd_bounded_step *s) {
  memset(s, 0, sizeof *s);
  s->path = fz_u8(p) % 8;
  s->d = &fzd_dtypes[fz_choose(p, FZD_N_DTYPES)];
  s->use_float = fz_u8(p) == 0xFF;
  s->closed = fz_bool(p);
  s->masked = fz_bool(p);
  s->n = fz_count(p, 300);
  if (s->use_float) s->float_dt = fz_bool(p) ? NPR_FLOAT32 : NPR_FLOAT64;
  s->seed = fz_u32(p);
  s->pos = (int)fz_range(p, 0, NPR_MT19937_N);
  bounds(p, s->d, s->closed, &s->low, &s->high);
  if (s->path == 2 || s->path == 3) s->n = 1; /* the scalar forms */
  s->a = fz_edge_u64(p);
  s->b = fz_edge_u64(p);
  s->raw_seed = fz_u32(p);
  s->raw_pos = (int)fz_range(p, 0, NPR_MT19937_N);
  s->raw_interval = fz_bool(p);
}

/* --- fuzz_legacy_seed -------------------------------------------------------------- */

static npr_int128 i128(uint64_t lo, int64_t hi) {
  npr_int128 v;
  v.lo = lo;
  v.hi = hi;
  return v;
}

/* A Python int seed: in range, just outside, negative, or far beyond 64 bits. */
static npr_int128 seed_int(fz_provider *p) {
  switch (fz_u8(p) % 6) {
  case 0: return i128(fz_u32(p), 0);
  case 1: return i128(fz_edge_u64(p), 0);
  case 2: return npr_int128_from_i64(-(int64_t)(fz_edge_u64(p) & 0x7FFFFFFFFFFFFFFFULL));
  case 3: return npr_int128_from_i64(fz_i64(p));
  case 4: { /* around +-2**64 */
    uint64_t lo = fz_edge_u64(p);
    return i128(lo, (int64_t)(fz_u8(p) % 3) - 1);
  }
  default: {
    uint64_t lo = fz_u64(p);
    return i128(lo, fz_i64(p));
  }
  }
}

static int64_t seed_word(fz_provider *p, bool allow_bad) {
  if (allow_bad && fz_u8(p) < 16) {
    switch (fz_u8(p) % 4) {
    case 0: return -1;
    case 1: return 0x100000000LL;
    case 2: return INT64_MIN;
    default: return fz_i64(p);
    }
  }
  return (int64_t)(fz_edge_u64(p) & 0xFFFFFFFFULL);
}

void fzd_legacy_decode(const uint8_t *data, size_t size, fzd_legacy_input *in) {
  fz_provider p;
  int i;
  memset(in, 0, sizeof *in);
  fz_init(&p, data, size);
  in->start_seed = fz_u32(&p);
  in->start_pos = (int)fz_range(&p, 0, NPR_MT19937_N);
  in->start_has_gauss = fz_bool(&p);
  in->use_err = fz_u8(&p) != 0xFF; /* sometimes report errors to a NULL npr_error */
  in->kind = fz_u8(&p) % 3;
  switch (in->kind) {
  case FZD_SEED_INT: in->seed = seed_int(&p); break;
  case FZD_SEED_ARRAY: {
    size_t n = fz_count(&p, 700), k;
    bool allow_bad = fz_u8(&p) < 64;
    in->n_seeds = n;
    in->seeds = malloc((n ? n : 1) * sizeof *in->seeds);
    if (in->seeds == NULL) abort();
    for (k = 0; k < n; k++) {
      in->seeds[k] = seed_word(&p, allow_bad);
      in->seeds_bad |= in->seeds[k] < 0 || in->seeds[k] > 0xFFFFFFFFLL;
    }
    break;
  }
  default: {
    bool all_zero = true;
    uint8_t fill;
    in->has_gauss = (int)fz_u8(&p) - 128;
    in->gauss = fz_edge_double(&p);
    fill = fz_u8(&p);
    for (i = 0; i < NPR_MT19937_N; i++) {
      in->key[i] = fill < 128 ? fz_u32(&p) : (uint32_t)(fill * 0x01010101U) ^ (uint32_t)i;
      all_zero &= in->key[i] == 0;
    }
    /* An all-zero key outputs zeros for ever, and NumPy's polar method then
     * never returns (as nprand's does not): keep the calls finite. */
    if (all_zero) in->key[0] = 0x80000000U;
    in->pos = (int)fz_range(&p, 0, 1400) - 700;
    if (fz_bool(&p)) in->pos = (int)fz_range(&p, 0, NPR_MT19937_N);
    break;
  }
  }
  in->ops = fz_rest(&p, &in->n_ops);
  if (in->n_ops > 512) in->n_ops = 512;
}

void fzd_legacy_free(fzd_legacy_input *in) {
  free(in->seeds);
  in->seeds = NULL;
}

bool fzd_legacy_next_call(fz_provider *p, fzd_legacy_call *c) {
  static const npr_dtype dtypes[] = {NPR_BOOL,  NPR_INT8,   NPR_INT16,  NPR_INT32, NPR_INT64,
                                     NPR_UINT8, NPR_UINT16, NPR_UINT32, NPR_UINT64};
  uint8_t op;
  if (fz_remaining(p) == 0) return false;
  memset(c, 0, sizeof *c);
  op = fz_u8(p);
  c->op = op % 11;
  c->n = (size_t)(op >> 4) % 8 + 1;
  switch (c->op) {
  case FZD_OP_RANDINT: {
    uint64_t span;
    unsigned shift;
    c->dt = dtypes[fz_choose(p, sizeof dtypes / sizeof dtypes[0])];
    c->lo = npr_int128_from_i64((int8_t)fz_u8(p));
    span = fz_edge_u64(p);
    shift = fz_u8(p) % 64;
    c->hi = npr_int128_add_i64(c->lo, (int64_t)(span >> shift));
    break;
  }
  case FZD_OP_BYTES: c->length = (int64_t)fz_range(p, 0, 48) - 8; break;
  case FZD_OP_NORMAL:
  case FZD_OP_UNIFORM:
    c->x = fz_edge_double(p);
    c->y = fz_edge_double(p);
    break;
  case FZD_OP_PERMUTATION: c->k = (size_t)fz_range(p, 0, 24); break;
  case FZD_OP_EXPONENTIAL: c->x = fz_edge_double(p); break;
  default: break;
  }
  return true;
}
