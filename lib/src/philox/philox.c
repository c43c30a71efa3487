#include "nprand/philox.h"

#include <string.h>

#include "nprand/seedsequence.h"
#include "pcg64/pcg128.h"
#include "core/bulk.h"
#include "core/half_word.h"
#include "philox/philox_simd.h"

/* Random123's constants, shared with the AVX-512 kernel (philox_simd.h). */
#define PHILOX_M0 NPR_PHILOX_M0
#define PHILOX_M1 NPR_PHILOX_M1
#define PHILOX_W0 NPR_PHILOX_W0
#define PHILOX_W1 NPR_PHILOX_W1
#define PHILOX_ROUNDS NPR_PHILOX_ROUNDS

static npr_pcg128 mul_wide(uint64_t a, uint64_t b) {
#if NPR_PCG_HAVE_INT128
  return npr_pcg128_from_native((npr_pcg_native128)a * b);
#else
  return npr_pcg128_mul64_portable(a, b);
#endif
}

static void philox_block(const uint64_t ctr_in[4], const uint64_t key_in[2], uint64_t out[4]) {
  uint64_t c[4], k0 = key_in[0], k1 = key_in[1];
  int r;
  memcpy(c, ctr_in, sizeof c);
  for (r = 0; r < PHILOX_ROUNDS; r++) {
    npr_pcg128 p0, p1;
    if (r > 0) {
      k0 += PHILOX_W0;
      k1 += PHILOX_W1;
    }
    p0 = mul_wide(PHILOX_M0, c[0]);
    p1 = mul_wide(PHILOX_M1, c[2]);
    c[0] = p1.hi ^ c[1] ^ k0;
    c[1] = p1.lo;
    c[2] = p0.hi ^ c[3] ^ k1;
    c[3] = p0.lo;
  }
  memcpy(out, c, sizeof c);
}

/* Two blocks at once: their rounds are independent, so the multiplies of
 * one fill the other's latency. Same words as two philox_block calls. */
static void philox_block2(const uint64_t ctr_a[4], const uint64_t ctr_b[4], const uint64_t key_in[2],
                          uint64_t out_a[4], uint64_t out_b[4]) {
  uint64_t a[4], b[4], k0 = key_in[0], k1 = key_in[1];
  int r;
  memcpy(a, ctr_a, sizeof a);
  memcpy(b, ctr_b, sizeof b);
  for (r = 0; r < PHILOX_ROUNDS; r++) {
    npr_pcg128 pa0, pa1, pb0, pb1;
    if (r > 0) {
      k0 += PHILOX_W0;
      k1 += PHILOX_W1;
    }
    pa0 = mul_wide(PHILOX_M0, a[0]);
    pa1 = mul_wide(PHILOX_M1, a[2]);
    pb0 = mul_wide(PHILOX_M0, b[0]);
    pb1 = mul_wide(PHILOX_M1, b[2]);
    a[0] = pa1.hi ^ a[1] ^ k0;
    a[1] = pa1.lo;
    a[2] = pa0.hi ^ a[3] ^ k1;
    a[3] = pa0.lo;
    b[0] = pb1.hi ^ b[1] ^ k0;
    b[1] = pb1.lo;
    b[2] = pb0.hi ^ b[3] ^ k1;
    b[3] = pb0.lo;
  }
  memcpy(out_a, a, sizeof a);
  memcpy(out_b, b, sizeof b);
}

static void counter_increment(uint64_t counter[4]) {
  int k;
  for (k = 0; k < 4; k++) {
    if (++counter[k] != 0) break;
  }
}

static void reset_buffers(npr_philox *px) {
  memset(px->buffer, 0, sizeof px->buffer);
  px->buffer_pos = NPR_PHILOX_BUFFER_SIZE;
  px->has_uint32 = 0;
  px->uinteger = 0;
}

npr_status npr_philox_init(npr_philox *px, const npr_seedsequence *ss, const uint64_t *key,
                           const uint64_t *counter, npr_error *err) {
  if (ss && key) {
    return npr_fail(err, NPR_VALUE_ERROR, "seed and key cannot be both used");
  }
  if (key) {
    px->key[0] = key[0];
    px->key[1] = key[1];
  } else if (ss) {
    npr_seedsequence_generate_state64(ss, px->key, 2);
  } else {
    npr_seedsequence fresh;
    npr_status st = npr_seedsequence_init_os(&fresh, NULL, 0, NPR_SEEDSEQ_DEFAULT_POOL_SIZE, err);
    if (st != NPR_OK) {
      return st;
    }
    npr_seedsequence_generate_state64(&fresh, px->key, 2);
    npr_seedsequence_free(&fresh);
  }
  if (counter) {
    memcpy(px->counter, counter, sizeof px->counter);
  } else {
    memset(px->counter, 0, sizeof px->counter);
  }
  reset_buffers(px);
  return NPR_OK;
}

void npr_philox_from_seedseq(npr_philox *px, const npr_seedsequence *ss) {
  npr_seedsequence_generate_state64(ss, px->key, 2);
  memset(px->counter, 0, sizeof px->counter);
  reset_buffers(px);
}

npr_status npr_philox_int_to_words(const uint32_t *mag, size_t n_mag, bool negative,
                                   const char *name, unsigned bits, uint64_t *out, npr_error *err) {
  size_t n = n_mag, i, n_out = bits / 64;
  while (n > 0 && mag[n - 1] == 0) {
    n--;
  }
  if ((negative && n > 0) || n > bits / 32) {
    return npr_fail(err, NPR_VALUE_ERROR, "%s must be positive and less than 2**%u.", name, bits);
  }
  for (i = 0; i < n_out; i++) {
    uint64_t lo = 2 * i < n ? mag[2 * i] : 0;
    uint64_t hi = 2 * i + 1 < n ? mag[2 * i + 1] : 0;
    out[i] = lo | hi << 32;
  }
  return NPR_OK;
}

uint64_t npr_philox_next64(npr_philox *px) {
  int i;
  if (px->buffer_pos < NPR_PHILOX_BUFFER_SIZE) {
    return px->buffer[px->buffer_pos++];
  }
  /* Increment first: the block for counter 0 is never used. */
  for (i = 0; i < 4; i++) {
    if (++px->counter[i] != 0) {
      break;
    }
  }
  philox_block(px->counter, px->key, px->buffer);
  px->buffer_pos = 1;
  return px->buffer[0];
}

uint32_t npr_philox_next32(npr_philox *px) {
  uint32_t half;
  if (npr_half_take(&px->has_uint32, &px->uinteger, &half)) return half;
  return npr_half_split(&px->has_uint32, &px->uinteger, npr_philox_next64(px));
}

double npr_philox_next_double(npr_philox *px) {
  return npr_double_from_uint64(npr_philox_next64(px));
}

void npr_philox_advance(npr_philox *px, const uint64_t delta[4]) {
  uint64_t carry = 0;
  int i;
  for (i = 0; i < 4; i++) {
    uint64_t sum = px->counter[i] + delta[i];
    uint64_t c1 = sum < delta[i];
    px->counter[i] = sum + carry;
    carry = c1 | (px->counter[i] < carry);
  }
  reset_buffers(px);
}

void npr_philox_jumped(const npr_philox *src, int64_t jumps, npr_philox *out) {
  uint64_t delta[4];
  delta[0] = 0;
  delta[1] = 0;
  delta[2] = (uint64_t)jumps;
  delta[3] = jumps < 0 ? UINT64_MAX : 0;
  *out = *src;
  npr_philox_advance(out, delta);
}

static uint64_t vt_next64(void *st) { return npr_philox_next64(st); }
static uint32_t vt_next32(void *st) { return npr_philox_next32(st); }
static double vt_next_double(void *st) { return npr_philox_next_double(st); }

/* What is left of the current block first, then whole blocks straight into
 * out, two at a time; the last block computed stays in buffer with
 * buffer_pos after the words used, as single draws leave it. */
static void fill64(void *st, size_t n, uint64_t *out) {
  npr_philox *px = st;
  size_t i = 0;
  while (i < n && px->buffer_pos < NPR_PHILOX_BUFFER_SIZE) {
    out[i++] = px->buffer[px->buffer_pos++];
  }
#if NPR_PHILOX_HAVE_X86
  if (n - i >= 8 * NPR_PHILOX_BUFFER_SIZE && npr_philox_avx512_available()) {
    while (n - i >= 8 * NPR_PHILOX_BUFFER_SIZE) {
      uint64_t ctr[4][8];
      int b, t;
      for (b = 0; b < 8; b++) {
        counter_increment(px->counter);
        for (t = 0; t < 4; t++) ctr[t][b] = px->counter[t];
      }
      npr_philox_blocks8_avx512((const uint64_t(*)[8])ctr, px->key, out + i);
      /* The last block stays in the buffer, used up, as single draws leave it. */
      memcpy(px->buffer, out + i + 7 * NPR_PHILOX_BUFFER_SIZE, sizeof px->buffer);
      px->buffer_pos = NPR_PHILOX_BUFFER_SIZE;
      i += 8 * NPR_PHILOX_BUFFER_SIZE;
    }
  }
#endif
  while (n - i >= 2 * NPR_PHILOX_BUFFER_SIZE) {
    uint64_t first[4];
    counter_increment(px->counter);
    memcpy(first, px->counter, sizeof first);
    counter_increment(px->counter);
    philox_block2(first, px->counter, px->key, out + i, px->buffer);
    memcpy(out + i + NPR_PHILOX_BUFFER_SIZE, px->buffer, sizeof px->buffer);
    px->buffer_pos = NPR_PHILOX_BUFFER_SIZE;
    i += 2 * NPR_PHILOX_BUFFER_SIZE;
  }
  while (i < n) {
    size_t k, take;
    counter_increment(px->counter);
    philox_block(px->counter, px->key, px->buffer);
    take = n - i < NPR_PHILOX_BUFFER_SIZE ? n - i : NPR_PHILOX_BUFFER_SIZE;
    for (k = 0; k < take; k++) out[i++] = px->buffer[k];
    px->buffer_pos = (int)take;
  }
}

static void fill32(void *st, size_t n, uint32_t *out) {
  npr_philox *px = st;
  npr_bulk_fill_uint32_from_64(st, &px->has_uint32, &px->uinteger, fill64, n, out);
}

const npr_bulk_ops npr_philox_bulk = {vt_next64, fill64, fill32, NPR_DOUBLE_FROM_UINT64, 0};

npr_bitgen npr_philox_bitgen(npr_philox *px) {
  npr_bitgen bg = {px, vt_next64, vt_next32, vt_next_double, vt_next64};
  return bg;
}
