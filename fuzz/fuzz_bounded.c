/* fuzz_bounded: bounded integers, every dtype, masked (RandomState) and
 * Lemire (Generator), open and closed, scalar and fill.
 *
 * Bounds are biased toward 0, 1, 2**k+-1, 2**32, 2**63, 2**64-1 and each
 * dtype's limits (and one past them). npr_integers_fill and its front ends
 * must fail exactly when a reference written here with __int128 says the
 * bounds are invalid, with NumPy's message, drawing nothing and writing
 * nothing; otherwise every value is in [low, high] and equals what a slow
 * reference computes doing the same rejection with wide arithmetic on its own
 * copy of the MT19937 stream, having consumed exactly as many 32-bit words
 * (counted by a bitgen wrapper, or compared as whole MT states). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nprand/bounded.h"
#include "nprand/generator.h"
#include "nprand/integers.h"
#include "nprand/randomstate.h"
#include "provider.h"
#include "request_decode.h" /* the input decoding, shared with nprand-fuzz-requests */

typedef fzd_i128 i128;
__extension__ typedef unsigned __int128 u128;

/* --- a counting bitgen over MT19937 ----------------------------------------- */

typedef struct counted {
  npr_mt19937 mt;
  uint64_t words; /* 32-bit words drawn */
} counted;

static uint32_t c_next32(void *s) {
  counted *c = s;
  c->words += 1;
  return npr_mt19937_next32(&c->mt);
}
static uint64_t c_next64(void *s) {
  counted *c = s;
  c->words += 2;
  return npr_mt19937_next64(&c->mt);
}
static uint64_t c_next_raw(void *s) { return c_next32(s); }
static double c_next_double(void *s) {
  counted *c = s;
  c->words += 2;
  return npr_mt19937_next_double(&c->mt);
}

static npr_bitgen counted_bitgen(counted *c) {
  npr_bitgen bg;
  bg.state = c;
  bg.next_uint32 = c_next32;
  bg.next_uint64 = c_next64;
  bg.next_double = c_next_double;
  bg.next_raw = c_next_raw;
  return bg;
}

/* --- the reference -------------------------------------------------------------- */

typedef struct ref_stream {
  npr_mt19937 mt;
  uint64_t words;
  uint32_t piece_word; /* the 8/16/1-bit buffer: a word and pieces used */
  int pieces_used;
} ref_stream;

static uint32_t r32(ref_stream *r) {
  r->words++;
  return npr_mt19937_next32(&r->mt);
}
static uint64_t r64(ref_stream *r) {
  uint64_t hi = r32(r);
  return hi << 32 | r32(r);
}
/* Piece k of a word is bits [bits*k, bits*(k+1)); a word serves 32/bits pieces. */
static uint64_t rpiece(ref_stream *r, int bits) {
  uint64_t piece;
  if (r->pieces_used == 0 || r->pieces_used == 32 / bits) {
    r->piece_word = r32(r);
    r->pieces_used = 0;
  }
  piece = (r->piece_word >> (bits * r->pieces_used)) & ((1u << bits) - 1u);
  r->pieces_used++;
  return piece;
}

/* Where the draws come from: 64-bit words, 32-bit words, or pieces. */
static uint64_t draw(ref_stream *r, int width) {
  if (width == 64) return r64(r);
  if (width == 32) return r32(r);
  return rpiece(r, width);
}

static uint64_t ref_mask(uint64_t max) {
  uint64_t m = 0;
  while (m < max) m = m * 2 + 1;
  return m;
}

/* Uniform in [0, rng], 0 < rng < 2**width - 1. */
static uint64_t ref_masked(ref_stream *r, uint64_t rng, int width) {
  const uint64_t mask = ref_mask(rng);
  for (;;) {
    uint64_t v = draw(r, width) & mask;
    if (v <= rng) return v;
  }
}

static uint64_t ref_lemire(ref_stream *r, uint64_t rng, int width) {
  const u128 span = (u128)rng + 1;
  const u128 two_w = (u128)1 << width;
  const u128 threshold = two_w % span; /* 2**width mod (rng + 1) */
  for (;;) {
    u128 m = (u128)draw(r, width) * span;
    if (m % two_w >= threshold) return (uint64_t)(m >> width);
  }
}

/* One value in [0, rng] the way NumPy's dtype-width fill draws it. */
static uint64_t ref_one(ref_stream *r, int width, uint64_t rng, bool masked) {
  if (rng == 0) return 0;
  if (width == 64 && rng <= 0xFFFFFFFFULL) width = 32; /* NumPy drops to 32-bit draws */
  if (width < 64 && rng == ((uint64_t)1 << width) - 1) return draw(r, width);
  if (width == 64 && rng == UINT64_MAX) return draw(r, 64);
  if (width == 1) return draw(r, 1);
  return masked ? ref_masked(r, rng, width) : ref_lemire(r, rng, width);
}

typedef fzd_dtype dtype_info; /* the dtype table is fzd_dtypes */

static size_t elem_size(int width) { return width == 1 ? sizeof(bool) : (size_t)width / 8; }

static i128 load(const dtype_info *d, const void *buf, size_t i) {
  switch (d->dt) {
  case NPR_BOOL: return ((const bool *)buf)[i];
  case NPR_INT8: return ((const int8_t *)buf)[i];
  case NPR_INT16: return ((const int16_t *)buf)[i];
  case NPR_INT32: return ((const int32_t *)buf)[i];
  case NPR_INT64: return ((const int64_t *)buf)[i];
  case NPR_UINT8: return ((const uint8_t *)buf)[i];
  case NPR_UINT16: return ((const uint16_t *)buf)[i];
  case NPR_UINT32: return ((const uint32_t *)buf)[i];
  case NPR_UINT64: return ((const uint64_t *)buf)[i];
  default: return 0;
  }
}

/* off + v in the dtype's width, read back with its signedness. */
static i128 wrap(const dtype_info *d, uint64_t off, uint64_t v) {
  uint64_t s = off + v;
  if (d->width == 1) return (i128)(s & 1);
  if (d->width < 64) s &= ((uint64_t)1 << d->width) - 1;
  if (d->is_signed && (s >> (d->width - 1)) & 1) return (i128)s - ((i128)1 << d->width);
  return (i128)s;
}

static npr_int128 to_npr(i128 v) {
  npr_int128 r;
  r.lo = (uint64_t)v;
  r.hi = (int64_t)(v >> 64);
  return r;
}

static const char *str128(i128 v, char buf[48]) {
  char tmp[48];
  int n = 0, k = 0;
  u128 m = v < 0 ? -(u128)v : (u128)v;
  do {
    tmp[n++] = (char)('0' + (int)(m % 10));
    m /= 10;
  } while (m);
  if (v < 0) buf[k++] = '-';
  while (n) buf[k++] = tmp[--n];
  buf[k] = '\0';
  return buf;
}

/* The bounds check: the message NumPy raises, or NULL when valid. */
static const char *ref_bounds_error(const dtype_info *d, i128 low, i128 high, bool closed, char msg[64]) {
  const i128 high_c = closed ? high : high - 1;
  if (low < d->lo) {
    snprintf(msg, 64, "low is out of bounds for %s", npr_dtype_name(d->dt));
  } else if (high_c > d->hi) {
    snprintf(msg, 64, "high is out of bounds for %s", npr_dtype_name(d->dt));
  } else if (low > high_c) {
    snprintf(msg, 64, "%s", low == 0 ? (closed ? "high < 0" : "high <= 0") : (closed ? "low > high" : "low >= high"));
  } else {
    return NULL;
  }
  return msg;
}

/* --- the target --------------------------------------------------------------------- */

static void seed_pair(uint32_t seed, int pos, npr_mt19937 *a, npr_mt19937 *b) {
  npr_mt19937_seed(a, seed);
  a->pos = pos;
  *b = *a;
}

/* Checks a successful fill of n values against the reference. */
static void check_values(const dtype_info *d, const void *out, size_t n, i128 low, i128 high_c, bool masked,
                         ref_stream *ref) {
  const uint64_t rng = (uint64_t)(high_c - low);
  const uint64_t off = (uint64_t)low;
  size_t i;
  char a[48], b[48], c[48], e[48];
  for (i = 0; i < n; i++) {
    i128 got = load(d, out, i);
    i128 want = wrap(d, off, ref_one(ref, d->width, rng, masked));
    FZ_CHECK(got >= low && got <= high_c, "%s value %s outside [%s, %s]", npr_dtype_name(d->dt), str128(got, a),
             str128(low, b), str128(high_c, c));
    FZ_CHECK(got == want, "%s %s [%s, %s] index %zu: %s, reference %s", npr_dtype_name(d->dt),
             masked ? "masked" : "lemire", str128(low, c), str128(high_c, e), i, str128(got, a), str128(want, b));
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_provider p;
  fz_init(&p, data, size);
  do {
    fzd_bounded_step step;
    counted c;
    ref_stream ref;
    npr_bitgen bg = counted_bitgen(&c);
    const dtype_info *d;
    bool closed, masked;
    size_t n, esize, bytes;
    i128 low, high;
    uint8_t *out, *pristine;
    npr_error err;
    npr_status st;
    char msg[64];
    const char *want_err;
    npr_dtype dt;
    int path;

    fzd_bounded_next(&p, &step);
    path = step.path;
    d = step.d;
    closed = step.closed;
    masked = step.masked;
    n = step.n;
    esize = elem_size(d->width);
    low = step.low;
    high = step.high;
    dt = step.use_float ? step.float_dt : d->dt;
    memset(&ref, 0, sizeof ref);
    seed_pair(step.seed, step.pos, &c.mt, &ref.mt);
    c.words = 0;
    bytes = n * esize;
    out = malloc(bytes ? bytes : 1);
    pristine = malloc(bytes ? bytes : 1);
    if (out == NULL || pristine == NULL) abort();
    memset(out, 0xA5, bytes ? bytes : 1);
    memcpy(pristine, out, bytes ? bytes : 1);
    npr_error_clear(&err);

    switch (path) {
    case 0: /* npr_integers_fill, either method */
    case 1:
      st = npr_integers_fill(&bg, dt, to_npr(low), to_npr(high), closed, masked, n, out, &err);
      break;
    case 2: /* RandomState.randint, scalar; 3: fill */
    case 3:
    case 4: {
      npr_randomstate rs;
      rs.mt = c.mt;
      rs.has_gauss = 0;
      rs.gauss = 0.0;
      closed = false;
      masked = true;
      if (path == 2) st = npr_rs_randint(&rs, dt, to_npr(low), to_npr(high), out, &err);
      else st = npr_rs_randint_fill(&rs, dt, to_npr(low), to_npr(high), n, out, &err);
      /* words consumed, as the difference of whole states below */
      c.mt = rs.mt;
      c.words = (uint64_t)-1;
      break;
    }
    case 5: { /* RandomState.random_integers: randint(low, high + 1), int64 */
      npr_randomstate rs;
      d = &fzd_dtypes[4]; /* int64 */
      dt = NPR_INT64;
      esize = 8;
      free(out);
      free(pristine);
      bytes = n * esize;
      out = malloc(bytes ? bytes : 1);
      pristine = malloc(bytes ? bytes : 1);
      if (out == NULL || pristine == NULL) abort();
      memset(out, 0xA5, bytes ? bytes : 1);
      memcpy(pristine, out, bytes ? bytes : 1);
      rs.mt = c.mt;
      rs.has_gauss = 0;
      rs.gauss = 0.0;
      closed = true;
      masked = true;
      st = npr_rs_random_integers_fill(&rs, to_npr(low), to_npr(high), n, (int64_t *)(void *)out, &err);
      c.mt = rs.mt;
      c.words = (uint64_t)-1;
      high += 1; /* checked as the randint call it is */
      closed = false;
      break;
    }
    default: /* Generator.integers */
      masked = false;
      {
        npr_generator gen;
        npr_generator_init(&gen, bg, NPR_NUMPY_DEFAULT);
        st = npr_gen_integers_fill(&gen, dt, to_npr(low), to_npr(high), closed, n, out, &err);
      }
      break;
    }

    if (dt == NPR_FLOAT32 || dt == NPR_FLOAT64) {
      FZ_CHECK(st == NPR_TYPE_ERROR, "float dtype accepted (path %d)", path);
      want_err = "";
    } else if (n == 0) {
      want_err = NULL; /* an empty array is returned before the bounds are read */
    } else {
      want_err = ref_bounds_error(d, low, high, closed, msg);
    }
    if (want_err != NULL) {
      FZ_CHECK(st != NPR_OK, "path %d %s closed=%d: invalid bounds accepted (%s)", path, npr_dtype_name(d->dt),
               closed, want_err);
      if (*want_err) {
        FZ_CHECK(st == NPR_VALUE_ERROR && strcmp(err.message, want_err) == 0, "path %d: '%s', expected '%s'", path,
                 err.message, want_err);
      }
      FZ_CHECK(memcmp(out, pristine, bytes ? bytes : 1) == 0, "path %d: output written on error", path);
    } else {
      FZ_CHECK(st == NPR_OK, "path %d %s: valid bounds refused: %s", path, npr_dtype_name(d->dt), err.message);
      check_values(d, out, n, low, closed ? high : high - 1, masked, &ref);
    }
    /* Words consumed: counted, or the whole MT state compared. */
    if (c.words != (uint64_t)-1) {
      FZ_CHECK(c.words == ref.words, "path %d %s: drew %llu words, reference %llu", path, npr_dtype_name(d->dt),
               (unsigned long long)c.words, (unsigned long long)ref.words);
    }
    FZ_CHECK(memcmp(c.mt.key, ref.mt.key, sizeof c.mt.key) == 0 && c.mt.pos == ref.mt.pos,
             "path %d %s: MT state differs from the reference's", path, npr_dtype_name(d->dt));
    free(out);
    free(pristine);

    /* The raw helpers with any range: npr_random_interval (masked, width by
     * max), npr_bounded_lemire_uint64 and the portable high multiply. */
    {
      const uint64_t a = step.a, b = step.b;
      u128 prod = (u128)a * b;
      FZ_CHECK(npr_umulh_portable(a, b) == (uint64_t)(prod >> 64), "umulh(%llu, %llu)", (unsigned long long)a,
               (unsigned long long)b);
      FZ_CHECK(npr_gen_mask(a) == ref_mask(a), "gen_mask(%llu)", (unsigned long long)a);
      memset(&ref, 0, sizeof ref);
      seed_pair(step.raw_seed, step.raw_pos, &c.mt, &ref.mt);
      c.words = 0;
      if (step.raw_interval) {
        uint64_t v = npr_random_interval(&bg, a);
        uint64_t w = a == 0 ? 0 : ref_masked(&ref, a, a <= 0xFFFFFFFFULL ? 32 : 64);
        FZ_CHECK(v == w && v <= a, "random_interval(%llu) = %llu, reference %llu", (unsigned long long)a,
                 (unsigned long long)v, (unsigned long long)w);
      } else if (a != UINT64_MAX) {
        uint64_t v = npr_bounded_lemire_uint64(&bg, a);
        uint64_t w = ref_lemire(&ref, a, 64);
        FZ_CHECK(v == w && v <= a, "lemire_uint64(%llu) = %llu, reference %llu", (unsigned long long)a,
                 (unsigned long long)v, (unsigned long long)w);
      }
      FZ_CHECK(c.words == ref.words, "raw helper drew %llu words, reference %llu", (unsigned long long)c.words,
               (unsigned long long)ref.words);
    }
  } while (fz_remaining(&p) > 0);
  return 0;
}
