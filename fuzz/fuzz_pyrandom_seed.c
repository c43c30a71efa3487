/* fuzz_pyrandom_seed: CPython 3.11's random.seed() and getstate/setstate.
 *
 * Seeds: ints of any size and both signs as words (npr_pyrandom_seed_words)
 * and as decimal literals with signs, whitespace, leading zeros and
 * underscores (npr_pyrandom_seed_decimal, npr_pyrandom_parse_decimal);
 * arbitrary text as a decimal literal; int64 and hash seeds; str built from
 * code points (surrogates included) or raw bytes (valid and malformed UTF-8),
 * versions 1, 2 and others; bytes, versions 1, 2 and others; floats (finite,
 * +-inf, NaN). Each is compared with a slow reference path written here:
 * the int's magnitude in 32-bit words through mt19937ar's init_by_array
 * (seed(-x) == seed(x)); int() parsing rules and error message (ASCII); a
 * WTF-8 decoder, the version-1 string hash, str.encode()'s surrogate error,
 * a SHA-512 (FIPS 180-4) and int.from_bytes(a + sha512(a).digest()); float
 * hash as M * 2**E mod 2**61 - 1 by repeated doubling. NaN and unsupported
 * versions are NotImplemented with the state untouched; errors leave it
 * untouched too. Seeding resets gauss_next. Then getstate() -> setstate()
 * into a fresh struct continues exactly like the original and a struct copy
 * over a fuzzed call sequence (random, getrandbits, randbytes, gauss), and
 * setstate refuses other versions and positions as CPython does. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nprand/pyrandom.h"
#include "provider.h"

#define N NPR_MT19937_N
#define MAX_WORDS 128
#define MAX_TEXT 320

/* --- reference: mt19937ar init_by_array ------------------------------------- */

static void ref_init_by_array(uint32_t key[N], const uint32_t *init_key, size_t key_length) {
  unsigned long long mt[N];
  size_t i, j, k;
  mt[0] = 19650218ULL;
  for (i = 1; i < N; i++) mt[i] = (1812433253ULL * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & 0xffffffffULL;
  i = 1;
  j = 0;
  for (k = (N > key_length ? N : key_length); k; k--) {
    mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525ULL)) + init_key[j] + j) & 0xffffffffULL;
    i++;
    j++;
    if (i >= N) mt[0] = mt[N - 1], i = 1;
    if (j >= key_length) j = 0;
  }
  for (k = N - 1; k; k--) {
    mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941ULL)) - i) & 0xffffffffULL;
    i++;
    if (i >= N) mt[0] = mt[N - 1], i = 1;
  }
  mt[0] = 0x80000000ULL;
  for (i = 0; i < N; i++) key[i] = (uint32_t)mt[i];
}

/* random_seed(abs(n)): key length max(1, words of n). */
static void ref_seed_int(uint32_t key[N], const uint32_t *mag, size_t n) {
  static const uint32_t zero = 0;
  while (n > 0 && mag[n - 1] == 0) n--;
  if (n == 0) ref_init_by_array(key, &zero, 1);
  else ref_init_by_array(key, mag, n);
}

static void ref_seed_u64(uint32_t key[N], uint64_t v) {
  uint32_t w[2] = {(uint32_t)v, (uint32_t)(v >> 32)};
  ref_seed_int(key, w, 2);
}

/* --- reference: SHA-512 ----------------------------------------------------- */

static const uint64_t K512[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL,
    0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
    0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL, 0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL, 0x983e5152ee66dfabULL,
    0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL,
    0x53380d139d95b3dfULL, 0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL, 0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
    0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL,
    0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL, 0xca273eceea26619cULL,
    0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
    0x113f9804bef90daeULL, 0x1b710b35131c471bULL, 0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};

static uint64_t ror(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void ref_sha512(const uint8_t *msg, size_t len, uint8_t out[64]) {
  uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                   0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  size_t padded = ((len + 17 + 127) / 128) * 128, blk, i;
  uint8_t *m = calloc(padded, 1);
  if (m == NULL) abort();
  if (len) memcpy(m, msg, len);
  m[len] = 0x80;
  for (i = 0; i < 8; i++) m[padded - 1 - i] = (uint8_t)(((uint64_t)len * 8) >> (8 * i));
  for (blk = 0; blk < padded; blk += 128) {
    uint64_t w[80], a[8], t1, t2;
    int t;
    for (t = 0; t < 16; t++) {
      w[t] = 0;
      for (i = 0; i < 8; i++) w[t] = w[t] << 8 | m[blk + 8 * (size_t)t + i];
    }
    for (t = 16; t < 80; t++) {
      uint64_t s0 = ror(w[t - 15], 1) ^ ror(w[t - 15], 8) ^ (w[t - 15] >> 7);
      uint64_t s1 = ror(w[t - 2], 19) ^ ror(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    memcpy(a, h, sizeof a);
    for (t = 0; t < 80; t++) {
      t1 = a[7] + (ror(a[4], 14) ^ ror(a[4], 18) ^ ror(a[4], 41)) + ((a[4] & a[5]) ^ (~a[4] & a[6])) + K512[t] + w[t];
      t2 = (ror(a[0], 28) ^ ror(a[0], 34) ^ ror(a[0], 39)) + ((a[0] & a[1]) ^ (a[0] & a[2]) ^ (a[1] & a[2]));
      memmove(a + 1, a, 7 * sizeof a[0]);
      a[4] += t1;
      a[0] = t1 + t2;
    }
    for (i = 0; i < 8; i++) h[i] += a[i];
  }
  for (i = 0; i < 64; i++) out[i] = (uint8_t)(h[i / 8] >> (56 - 8 * (i % 8)));
  free(m);
}

/* version 2: int.from_bytes(a + sha512(a).digest()), big-endian, built by
 * multiplying by 256 one byte at a time. */
static void ref_seed_v2(uint32_t key[N], const uint8_t *a, size_t len) {
  static uint32_t words[(MAX_TEXT + 64) / 4 + 2];
  uint8_t digest[64];
  size_t n = 0, i, k;
  ref_sha512(a, len, digest);
  for (i = 0; i < len + 64; i++) {
    uint32_t carry = i < len ? a[i] : digest[i - len];
    for (k = 0; k < n; k++) {
      uint64_t t = (uint64_t)words[k] * 256 + carry;
      words[k] = (uint32_t)t;
      carry = (uint32_t)(t >> 32);
    }
    if (carry) words[n++] = carry;
  }
  ref_seed_int(key, words, n);
}

/* version 1: the old str hash over the code points. */
static uint64_t ref_v1_hash(const uint32_t *cps, size_t n) {
  uint64_t x = n ? (uint64_t)cps[0] << 7 : 0;
  size_t i;
  for (i = 0; i < n; i++) x = (1000003ULL * x) ^ cps[i];
  return x ^ (uint64_t)n;
}

/* --- reference: UTF-8 as a Python str may hold it (lone surrogates as 3
 * bytes, i.e. ED A0..BF allowed) --------------------------------------------- */

static bool ref_decode(const uint8_t *s, size_t len, uint32_t *cps, size_t *n) {
  size_t i = 0;
  *n = 0;
  while (i < len) {
    uint8_t c = s[i];
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    uint32_t v;
    if (c < 0x80) need = 0, v = c;
    else if (c >= 0xC2 && c <= 0xDF) need = 1, v = c & 0x1F;
    else if (c == 0xE0) need = 2, v = 0, lo = 0xA0;
    else if (c >= 0xE1 && c <= 0xEF) need = 2, v = c & 0x0F;
    else if (c == 0xF0) need = 3, v = 0, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) need = 3, v = c & 0x07;
    else if (c == 0xF4) need = 3, v = 4, hi = 0x8F;
    else return false;
    if (len - i - 1 < need) return false;
    if (need) {
      size_t k;
      if (s[i + 1] < lo || s[i + 1] > hi) return false;
      for (k = 1; k <= need; k++) {
        if ((s[i + k] & 0xC0) != 0x80) return false;
        v = v << 6 | (s[i + k] & 0x3F);
      }
    }
    cps[(*n)++] = v;
    i += need + 1;
  }
  return true;
}

static size_t encode_cp(uint32_t cp, uint8_t *out) {
  if (cp < 0x80) return out[0] = (uint8_t)cp, 1;
  if (cp < 0x800) return out[0] = (uint8_t)(0xC0 | cp >> 6), out[1] = (uint8_t)(0x80 | (cp & 0x3F)), 2;
  if (cp < 0x10000) {
    out[0] = (uint8_t)(0xE0 | cp >> 12), out[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (uint8_t)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (uint8_t)(0xF0 | cp >> 18), out[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F)), out[3] = (uint8_t)(0x80 | (cp & 0x3F));
  return 4;
}

static bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

/* --- reference: int(s) for ASCII s ------------------------------------------ */

static bool ref_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); } /* Py_ISSPACE */

/* Returns false for an invalid literal; else the magnitude words and sign. */
static bool ref_parse_int(const char *s, uint32_t *words, size_t *n, bool *negative) {
  size_t b = 0, e = strlen(s), i;
  bool prev_digit = false, any = false;
  *n = 0;
  *negative = false;
  while (b < e && ref_space((uint8_t)s[b])) b++;
  while (e > b && ref_space((uint8_t)s[e - 1])) e--;
  if (b < e && (s[b] == '+' || s[b] == '-')) *negative = s[b++] == '-';
  for (i = b; i < e; i++) {
    uint32_t carry;
    size_t k;
    if (s[i] == '_') {
      if (!prev_digit || i + 1 == e || s[i + 1] < '0' || s[i + 1] > '9') return false;
      prev_digit = false;
      continue;
    }
    if (s[i] < '0' || s[i] > '9') return false;
    prev_digit = any = true;
    carry = (uint32_t)(s[i] - '0');
    for (k = 0; k < *n; k++) {
      uint64_t t = (uint64_t)words[k] * 10 + carry;
      words[k] = (uint32_t)t;
      carry = (uint32_t)(t >> 32);
    }
    if (carry) words[(*n)++] = carry;
  }
  if (!any) return false;
  if (*n == 0) words[(*n)++] = 0, *negative = false;
  return true;
}

/* "invalid literal for int() with base 10: " + repr(s), %.200R. */
static void ref_int_message(const char *s, char *out, size_t cap) {
  char rep[4 * MAX_TEXT + 3];
  size_t n = 0, i;
  char q = strchr(s, '\'') && !strchr(s, '"') ? '"' : '\'';
  rep[n++] = q;
  for (i = 0; s[i]; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\\' || c == (unsigned char)q) rep[n++] = '\\', rep[n++] = (char)c;
    else if (c == '\n') rep[n++] = '\\', rep[n++] = 'n';
    else if (c == '\r') rep[n++] = '\\', rep[n++] = 'r';
    else if (c == '\t') rep[n++] = '\\', rep[n++] = 't';
    else if (c < 0x20 || c == 0x7f) n += (size_t)sprintf(rep + n, "\\x%02x", c);
    else rep[n++] = (char)c;
  }
  rep[n++] = q;
  rep[n < 200 ? n : 200] = '\0';
  snprintf(out, cap, "invalid literal for int() with base 10: %s", rep);
}

/* magnitude words -> decimal digits (most significant first), by repeated
 * division by 10. */
static size_t to_decimal(const uint32_t *mag, size_t n, char *out) {
  uint32_t w[MAX_WORDS];
  char rev[MAX_WORDS * 10 + 1];
  size_t len = 0, i;
  memcpy(w, mag, n * sizeof *w);
  while (n > 0 && w[n - 1] == 0) n--;
  do {
    uint64_t rem = 0;
    for (i = n; i-- > 0;) {
      uint64_t cur = rem << 32 | w[i];
      w[i] = (uint32_t)(cur / 10);
      rem = cur % 10;
    }
    rev[len++] = (char)('0' + rem);
    while (n > 0 && w[n - 1] == 0) n--;
  } while (n > 0);
  for (i = 0; i < len; i++) out[i] = rev[len - 1 - i];
  out[len] = '\0';
  return len;
}

/* --- reference: hash(float), CPython 3.11, 64-bit ----------------------------- */

#define P61 ((1ULL << 61) - 1)

static int64_t ref_hash_double(double v) {
  int e, E, k;
  double m;
  uint64_t M, h;
  int64_t s;
  if (isinf(v)) return v > 0 ? 314159 : -314159;
  if (v == 0) return 0;
  m = frexp(fabs(v), &e); /* |v| = m * 2**e, 0.5 <= m < 1 */
  M = (uint64_t)ldexp(m, 53);
  E = e - 53;
  h = M % P61;
  k = ((E % 61) + 61) % 61; /* 2**E == 2**k mod 2**61 - 1 */
  while (k-- > 0) h = h >= P61 - h ? 2 * h - P61 : 2 * h;
  s = (int64_t)h;
  if (v < 0) s = -s;
  return s == -1 ? -2 : s;
}

/* --- the state ------------------------------------------------------------- */

static bool same(const npr_pyrandom *a, const npr_pyrandom *b) {
  return memcmp(a->mt.key, b->mt.key, sizeof a->mt.key) == 0 && a->mt.pos == b->mt.pos &&
         a->has_gauss_next == b->has_gauss_next &&
         (!a->has_gauss_next || memcmp(&a->gauss_next, &b->gauss_next, sizeof(double)) == 0);
}

static void expect_seeded(const npr_pyrandom *r, const uint32_t key[N], const char *what) {
  int i;
  for (i = 0; i < N; i++) {
    FZ_CHECK(r->mt.key[i] == key[i], "%s: key[%d] = %08x, reference %08x", what, i, (unsigned)r->mt.key[i],
             (unsigned)key[i]);
  }
  FZ_CHECK(r->mt.pos == N, "%s: pos %d", what, r->mt.pos);
  FZ_CHECK(r->has_gauss_next == 0, "%s: gauss_next not reset", what);
}

static uint64_t mix(uint64_t h, const void *data, size_t n) {
  const unsigned char *b = data;
  size_t i;
  for (i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ULL;
  return h;
}

static uint64_t run_calls(npr_pyrandom *r, const uint8_t *ops, size_t n_ops) {
  fz_provider p;
  uint64_t h = 0xcbf29ce484222325ULL;
  fz_init(&p, ops, n_ops);
  while (fz_remaining(&p) > 0) {
    uint8_t op = fz_u8(&p);
    npr_error err;
    npr_status st = NPR_OK;
    uint64_t u = 0;
    uint32_t words[8] = {0};
    unsigned char bytes[64];
    double d = 0;
    size_t nw = 0;
    switch (op % 5) {
    case 0: d = npr_pyrandom_random(r); break;
    case 1: st = npr_pyrandom_getrandbits(r, (int64_t)fz_range(&p, 0, 70) - 2, &u, &err); break;
    case 2: st = npr_pyrandom_getrandbits_words(r, (int64_t)fz_range(&p, 0, 256), words, 8, &nw, &err); break;
    case 3: {
      int64_t n = (int64_t)fz_range(&p, 0, 66) - 2;
      st = npr_pyrandom_randbytes(r, n, bytes, &err);
      if (st == NPR_OK) h = mix(h, bytes, (size_t)n);
      break;
    }
    default: st = npr_pyrandom_gauss(r, 0.0, 1.0, &d, &err); break;
    }
    h = mix(h, &st, sizeof st);
    h = mix(h, &u, sizeof u);
    h = mix(h, words, sizeof words);
    h = mix(h, &nw, sizeof nw);
    h = mix(h, &d, sizeof d);
  }
  return h;
}

/* --- seeding modes ----------------------------------------------------------- */

static void seed_big_int(fz_provider *p, npr_pyrandom *r) {
  static uint32_t mag[MAX_WORDS], parsed[MAX_WORDS];
  static char text[MAX_WORDS * 12 * 2 + 16], digits[MAX_WORDS * 10 + 1];
  uint32_t key[N];
  npr_pyrandom other;
  npr_error err;
  size_t n = fz_count(p, 80), i, nd, len = 0, n_parsed = 0;
  bool negative = fz_bool(p), nonzero = false;
  int neg_out = -1;
  for (i = 0; i < n; i++) {
    mag[i] = (uint32_t)fz_edge_u64(p);
    nonzero |= mag[i] != 0;
  }
  if (n < MAX_WORDS && fz_u8(p) < 32) mag[n++] = 0; /* high zero words */
  ref_seed_int(key, mag, n);
  npr_pyrandom_seed_words(r, negative, mag, n);
  expect_seeded(r, key, "seed(int words)");
  other = *r;
  other.has_gauss_next = 1;
  npr_pyrandom_seed_words(&other, !negative, mag, n);
  FZ_CHECK(same(r, &other), "seed(-x) != seed(x)");

  /* the same value as a decimal literal: sign, spaces, zeros, underscores */
  nd = to_decimal(mag, n, digits);
  {
    uint8_t style = fz_u8(p);
    size_t sp = style & 3;
    for (i = 0; i < sp; i++) text[len++] = " \t\n\v\f\r"[fz_choose(p, 6)];
    if (negative) text[len++] = '-';
    else if (style & 4) text[len++] = '+';
    if (style & 8) {
      size_t z = fz_range(p, 1, 3);
      for (i = 0; i < z; i++) text[len++] = '0';
      if (style & 16) text[len++] = '_';
    }
    for (i = 0; i < nd; i++) {
      text[len++] = digits[i];
      if ((style & 32) && i + 1 < nd && fz_u8(p) < 64) text[len++] = '_';
    }
    for (i = 0; i < (size_t)(style >> 6); i++) text[len++] = " \t\n\v\f\r"[fz_choose(p, 6)];
    text[len] = '\0';
  }
  other.has_gauss_next = 1;
  FZ_CHECK(npr_pyrandom_seed_decimal(&other, text, &err) == NPR_OK, "seed_decimal('%s'): %s", text, err.message);
  FZ_CHECK(same(r, &other), "seed_decimal('%s') != seed_words", text);
  FZ_CHECK(npr_pyrandom_parse_decimal(text, &neg_out, parsed, strlen(text) / 9 + 1, &n_parsed, &err) == NPR_OK,
           "parse_decimal('%s'): %s", text, err.message);
  {
    size_t m = n;
    while (m > 0 && mag[m - 1] == 0) m--;
    if (m == 0) {
      FZ_CHECK(n_parsed == 1 && parsed[0] == 0 && neg_out == 0, "parse_decimal('%s') of 0", text);
    } else {
      FZ_CHECK(n_parsed == m && memcmp(parsed, mag, m * 4) == 0 && neg_out == (negative && nonzero),
               "parse_decimal('%s'): %zu words, negative %d", text, n_parsed, neg_out);
    }
    /* too small a buffer is an error, not an overflow */
    if (m > 1) {
      FZ_CHECK(npr_pyrandom_parse_decimal(text, &neg_out, parsed, m - 1, &n_parsed, &err) == NPR_VALUE_ERROR,
               "parse_decimal into %zu words accepted", m - 1);
    }
    if (m <= 2 && (m < 2 || mag[1] < 0x80000000u)) { /* fits int64_t */
      int64_t v = (int64_t)((uint64_t)(m > 1 ? mag[1] : 0) << 32 | (m > 0 ? mag[0] : 0));
      npr_pyrandom_seed_i64(&other, negative ? -v : v);
      FZ_CHECK(same(r, &other), "seed_i64 != seed_words");
    }
  }
}

static void seed_text_literal(fz_provider *p, npr_pyrandom *r) {
  static char text[MAX_TEXT + 1];
  static uint32_t words[MAX_TEXT / 9 + 2];
  static const char alphabet[] = "0123456789_+- \t\n\v\f\r\x1c\x1d\x1e\x1f\x0b\x7f'\"\\xa";
  uint32_t key[N];
  npr_pyrandom before = *r;
  npr_error err;
  size_t len, i, n = 0;
  bool negative, valid, ascii = true;
  if (fz_bool(p)) { /* raw bytes */
    len = fz_bytes(p, (uint8_t *)text, MAX_TEXT);
  } else { /* from an alphabet int() cares about */
    len = fz_count(p, MAX_TEXT);
    for (i = 0; i < len; i++) text[i] = alphabet[fz_choose(p, sizeof alphabet - 1)];
  }
  for (i = 0; i < len; i++) {
    if (text[i] == '\0') text[i] = '0';
    ascii &= (unsigned char)text[i] < 0x80;
  }
  text[len] = '\0';
  valid = ascii && ref_parse_int(text, words, &n, &negative);
  memset(&err, 0, sizeof err);
  if (valid) {
    FZ_CHECK(npr_pyrandom_seed_decimal(r, text, &err) == NPR_OK, "int() refused: %s", err.message);
    ref_seed_int(key, words, n);
    expect_seeded(r, key, "seed(int(text))");
  } else {
    char shown[NPR_ERROR_MESSAGE_MAX];
    ref_int_message(text, shown, sizeof shown);
    FZ_CHECK(npr_pyrandom_seed_decimal(r, text, &err) == NPR_VALUE_ERROR, "accepted: %s", shown);
    FZ_CHECK(same(r, &before), "a refused literal changed the state");
    if (ascii) FZ_CHECK(strcmp(shown, err.message) == 0, "message '%s', CPython's '%s'", err.message, shown);
  }
}

static void seed_str(fz_provider *p, npr_pyrandom *r, bool as_bytes) {
  static uint8_t text[MAX_TEXT + 4];
  static uint32_t cps[MAX_TEXT + 4];
  uint32_t key[N];
  npr_pyrandom before = *r;
  npr_error err;
  size_t len = 0, n = 0, i;
  int version;
  uint8_t v = fz_u8(p);
  npr_status st;
  version = v < 110 ? 2 : v < 220 ? 1 : (int)(int8_t)fz_u8(p);
  if (!as_bytes && fz_bool(p)) { /* code points, encoded here */
    size_t count = fz_count(p, 80);
    for (i = 0; i < count; i++) {
      uint32_t cp;
      switch (fz_u8(p) % 6) {
      case 0: cp = (uint32_t)fz_range(p, 0x80, 0x7FF); break;
      case 1: cp = (uint32_t)fz_range(p, 0x800, 0xFFFF); break;
      case 2: cp = (uint32_t)fz_range(p, 0x10000, 0x10FFFF); break;
      case 3: cp = (uint32_t)fz_range(p, 0xD800, 0xDFFF); break; /* lone surrogates */
      default: cp = (uint32_t)fz_range(p, 0, 0x7F); break;
      }
      len += encode_cp(cp, text + len);
    }
  } else {
    len = fz_bytes(p, text, MAX_TEXT);
  }
  memset(&err, 0, sizeof err);
  if (as_bytes) {
    st = npr_pyrandom_seed_bytes(r, text, len, version, &err);
    for (i = 0; i < len; i++) cps[i] = text[i]; /* latin-1 */
    n = len;
  } else {
    st = npr_pyrandom_seed_str(r, (const char *)text, len, version, &err);
  }
  if (version != 1 && version != 2) {
    FZ_CHECK(st == NPR_NOT_IMPLEMENTED, "seed(%s, version=%d): status %d", as_bytes ? "bytes" : "str", version,
             (int)st);
    FZ_CHECK(same(r, &before), "an unsupported version changed the state");
    return;
  }
  if (!as_bytes && !ref_decode(text, len, cps, &n)) {
    FZ_CHECK(st == NPR_VALUE_ERROR, "malformed UTF-8 (%zu bytes) accepted", len);
    FZ_CHECK(same(r, &before), "malformed UTF-8 changed the state");
    return;
  }
  if (version == 1) {
    FZ_CHECK(st == NPR_OK, "seed(version=1) refused: %s", err.message);
    ref_seed_u64(key, ref_v1_hash(cps, n));
    expect_seeded(r, key, "seed(str/bytes, version=1)");
    return;
  }
  for (i = 0; i < n && !is_surrogate(cps[i]); i++) {
  }
  if (!as_bytes && i < n) { /* str.encode() raises UnicodeEncodeError */
    size_t j = i + 1;
    char msg[NPR_ERROR_MESSAGE_MAX];
    while (j < n && is_surrogate(cps[j])) j++;
    if (j - i == 1) {
      snprintf(msg, sizeof msg,
               "'utf-8' codec can't encode character '\\u%04x' in position %zu: surrogates not allowed",
               (unsigned)cps[i], i);
    } else {
      snprintf(msg, sizeof msg, "'utf-8' codec can't encode characters in position %zu-%zu: surrogates not allowed",
               i, j - 1);
    }
    FZ_CHECK(st == NPR_VALUE_ERROR && strcmp(err.message, msg) == 0, "surrogates: status %d '%s', CPython '%s'",
             (int)st, err.message, msg);
    FZ_CHECK(same(r, &before), "a refused str changed the state");
    return;
  }
  FZ_CHECK(st == NPR_OK, "seed(version=2) refused: %s", err.message);
  ref_seed_v2(key, text, len);
  expect_seeded(r, key, "seed(str/bytes, version=2)");
}

static void seed_float(fz_provider *p, npr_pyrandom *r) {
  double v = fz_bool(p) ? fz_edge_double(p) : (double)(int64_t)fz_edge_u64(p);
  npr_pyrandom before = *r;
  npr_error err;
  int64_t h = 0;
  uint32_t key[N];
  npr_status st = npr_pyrandom_seed_double(r, v, &err);
  if (isnan(v)) {
    FZ_CHECK(st == NPR_NOT_IMPLEMENTED && npr_py_hash_double(v, &h, &err) == NPR_NOT_IMPLEMENTED,
             "seed(nan): status %d", (int)st);
    FZ_CHECK(same(r, &before), "seed(nan) changed the state");
    return;
  }
  FZ_CHECK(st == NPR_OK, "seed(%.17g) refused: %s", v, err.message);
  FZ_CHECK(npr_py_hash_double(v, &h, &err) == NPR_OK && h == ref_hash_double(v),
           "hash(%.17g) = %lld, reference %lld", v, (long long)h, (long long)ref_hash_double(v));
  ref_seed_u64(key, (uint64_t)h);
  expect_seeded(r, key, "seed(float)");
  /* hash(n.0) == n for 0 <= n < 2**61 - 1, so seed(n.0) == seed(n) */
  if (v >= 0 && v < 2305843009213693951.0 && v == floor(v)) {
    npr_pyrandom other;
    npr_pyrandom_seed_i64(&other, (int64_t)v);
    FZ_CHECK(same(r, &other), "seed(%.17g) != seed(%lld)", v, (long long)(int64_t)v);
  }
}

static void seed_hash_or_i64(fz_provider *p, npr_pyrandom *r) {
  int64_t v = fz_bool(p) ? (int64_t)fz_edge_u64(p) : fz_i64(p);
  uint32_t key[N];
  if (fz_bool(p)) {
    npr_pyrandom_seed_hash(r, v);
    ref_seed_u64(key, (uint64_t)v);
    expect_seeded(r, key, "seed by hash");
  } else {
    uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    npr_pyrandom_seed_i64(r, v);
    ref_seed_u64(key, mag);
    expect_seeded(r, key, "seed(int64)");
  }
}

/* --- the target ------------------------------------------------------------- */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_provider p;
  npr_pyrandom *r = malloc(sizeof *r), *copy = malloc(sizeof *copy), *restored = malloc(sizeof *restored);
  npr_pyrandom_state *state = malloc(sizeof *state);
  npr_error err;
  const uint8_t *ops;
  size_t n_ops;
  if (r == NULL || copy == NULL || restored == NULL || state == NULL) abort();
  fz_init(&p, data, size);
  /* a state to start from, with a cached gauss that seeding must drop */
  npr_pyrandom_seed_i64(r, fz_u8(&p));
  r->has_gauss_next = 1;
  r->gauss_next = 0.5;

  switch (fz_u8(&p) % 7) {
  case 0: seed_big_int(&p, r); break;
  case 1: seed_text_literal(&p, r); break;
  case 2: seed_str(&p, r, false); break;
  case 3: seed_str(&p, r, true); break;
  case 4: seed_float(&p, r); break;
  case 5: seed_hash_or_i64(&p, r); break;
  default: { /* setstate with any version and pos: refusals as CPython's */
    npr_pyrandom before = *r;
    long version = fz_u8(&p) < 200 ? 3 : (long)(int8_t)fz_u8(&p);
    long pos = fz_u8(&p) < 200 ? (long)fz_range(&p, 0, N) : (long)fz_i64(&p);
    npr_status st;
    int i;
    state->version = version;
    for (i = 0; i < N; i++) state->key[i] = fz_u32(&p);
    state->pos = pos;
    state->has_gauss_next = fz_bool(&p);
    state->gauss_next = fz_edge_double(&p);
    if (isnan(state->gauss_next)) state->gauss_next = 0.25; /* keep same() meaningful */
    memset(&err, 0, sizeof err);
    st = npr_pyrandom_setstate(r, state, &err);
    if (version != 3 && version != 2) {
      char msg[NPR_ERROR_MESSAGE_MAX];
      snprintf(msg, sizeof msg, "state with version %ld passed to Random.setstate() of version 3", version);
      FZ_CHECK(st == NPR_VALUE_ERROR && strcmp(err.message, msg) == 0, "version %ld: '%s'", version, err.message);
      FZ_CHECK(same(r, &before), "a refused version changed the state");
    } else if (pos < 0 || pos > N) {
      FZ_CHECK(st == NPR_VALUE_ERROR && strcmp(err.message, "invalid state") == 0, "pos %ld: '%s'", pos, err.message);
      FZ_CHECK(memcmp(r->mt.key, before.mt.key, sizeof r->mt.key) == 0 && r->mt.pos == before.mt.pos,
               "a refused pos changed the Twister");
      FZ_CHECK(r->has_gauss_next == (state->has_gauss_next != 0), "gauss_next not taken over before the pos check");
    } else {
      FZ_CHECK(st == NPR_OK, "setstate refused: %s", err.message);
      FZ_CHECK(memcmp(r->mt.key, state->key, sizeof r->mt.key) == 0 && r->mt.pos == pos, "setstate did not set");
    }
    break;
  }
  }

  /* getstate -> setstate into a fresh struct; a struct copy; all continue alike */
  npr_pyrandom_getstate(r, state);
  FZ_CHECK(state->version == 3 && state->pos == r->mt.pos && memcmp(state->key, r->mt.key, sizeof state->key) == 0 &&
               state->has_gauss_next == r->has_gauss_next,
           "getstate does not mirror the state");
  memset(restored, 0xA5, sizeof *restored);
  FZ_CHECK(npr_pyrandom_setstate(restored, state, &err) == NPR_OK, "setstate(getstate()): %s", err.message);
  *copy = *r;
  ops = fz_rest(&p, &n_ops);
  if (n_ops > 256) n_ops = 256;
  {
    uint64_t h1 = run_calls(r, ops, n_ops), h2 = run_calls(copy, ops, n_ops), h3 = run_calls(restored, ops, n_ops);
    FZ_CHECK(h1 == h2 && same(r, copy), "a copied state diverged");
    FZ_CHECK(h1 == h3 && same(r, restored), "a state restored by setstate diverged");
  }
  free(r);
  free(copy);
  free(restored);
  free(state);
  return 0;
}
