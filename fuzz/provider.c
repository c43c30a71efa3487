#include "provider.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fz_fail(const char *file, int line, const char *cond, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "\n%s:%d: invariant failed: %s\n  ", file, line, cond);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  fflush(stderr);
  abort();
}

void fz_init(fz_provider *p, const uint8_t *data, size_t size) {
  p->data = data;
  p->size = data != NULL ? size : 0;
  p->pos = 0;
}

size_t fz_remaining(const fz_provider *p) { return p->size - p->pos; }

uint8_t fz_u8(fz_provider *p) { return p->pos < p->size ? p->data[p->pos++] : 0; }

uint32_t fz_u32(fz_provider *p) {
  uint32_t v = 0;
  int i;
  for (i = 0; i < 4; i++) v |= (uint32_t)fz_u8(p) << (8 * i);
  return v;
}

uint64_t fz_u64(fz_provider *p) {
  uint64_t lo = fz_u32(p);
  return lo | (uint64_t)fz_u32(p) << 32;
}

int64_t fz_i64(fz_provider *p) {
  uint64_t u = fz_u64(p);
  int64_t v;
  memcpy(&v, &u, sizeof v); /* two's complement without an out-of-range cast */
  return v;
}

bool fz_bool(fz_provider *p) { return (fz_u8(p) & 1) != 0; }

double fz_double_bits(fz_provider *p) {
  uint64_t u = fz_u64(p);
  double d;
  memcpy(&d, &u, sizeof d);
  return d;
}

size_t fz_choose(fz_provider *p, size_t n) {
  if (n <= 1) return 0;
  if (n <= 256) return fz_u8(p) % n;
  return (size_t)(fz_u64(p) % n);
}

uint64_t fz_range(fz_provider *p, uint64_t lo, uint64_t hi) {
  uint64_t span;
  if (hi <= lo) return lo;
  span = hi - lo;
  if (span <= 0xFF) return lo + fz_u8(p) % (span + 1);
  if (span <= 0xFFFFFFFFULL) return lo + fz_u32(p) % (span + 1);
  if (span == UINT64_MAX) return fz_u64(p);
  return lo + fz_u64(p) % (span + 1);
}

size_t fz_count(fz_provider *p, size_t max) {
  uint8_t sel = fz_u8(p);
  size_t n;
  if (sel < 128) n = sel & 3;               /* 0..3 half the time */
  else if (sel < 224) n = sel & 31;         /* 0..31 */
  else n = (size_t)fz_range(p, 0, max);     /* anything */
  return n > max ? max : n;
}

size_t fz_bytes(fz_provider *p, uint8_t *out, size_t max) {
  size_t n = max > 255 ? (size_t)(fz_u8(p) | (uint32_t)fz_u8(p) << 8) : fz_u8(p);
  if (n > max) n = max;
  if (n > fz_remaining(p)) n = fz_remaining(p);
  if (n) memcpy(out, p->data + p->pos, n);
  p->pos += n;
  return n;
}

const uint8_t *fz_rest(fz_provider *p, size_t *n) {
  const uint8_t *r = p->data != NULL ? p->data + p->pos : NULL;
  *n = fz_remaining(p);
  p->pos = p->size;
  return r;
}

uint64_t fz_edge_u64(fz_provider *p) {
  uint8_t sel = fz_u8(p);
  unsigned k = fz_u8(p) % 64;
  uint64_t pow2 = (uint64_t)1 << k;
  switch (sel % 16) {
  case 0: return 0;
  case 1: return 1;
  case 2: return 2;
  case 3: return pow2;
  case 4: return pow2 - 1;
  case 5: return pow2 + 1;
  case 6: return 0xFFFFFFFFULL;
  case 7: return 0x100000000ULL;
  case 8: return 0x100000001ULL;
  case 9: return (uint64_t)1 << 63;
  case 10: return ((uint64_t)1 << 63) - 1;
  case 11: return UINT64_MAX;
  case 12: return UINT64_MAX - 1;
  case 13: return fz_u8(p);
  case 14: return fz_u32(p);
  default: return fz_u64(p);
  }
}

double fz_edge_double(fz_provider *p) {
  uint8_t sel = fz_u8(p);
  int e;
  double d;
  uint64_t bits;
  switch (sel % 24) {
  case 0: return NAN;
  case 1: return -NAN;
  case 2: bits = 0x7FF0000000000001ULL; memcpy(&d, &bits, sizeof d); return d; /* signalling */
  case 3: return INFINITY;
  case 4: return -INFINITY;
  case 5: return 0.0;
  case 6: return -0.0;
  case 7: return DBL_TRUE_MIN;
  case 8: return -DBL_TRUE_MIN;
  case 9: bits = fz_u64(p) & 0x000FFFFFFFFFFFFFULL; memcpy(&d, &bits, sizeof d); return d; /* subnormal */
  case 10: return DBL_MIN;
  case 11: return DBL_MAX;
  case 12: return -DBL_MAX;
  case 13: e = (int)fz_range(p, 0, 2100) - 1075; return ldexp(1.0, e);
  case 14: e = (int)fz_range(p, 0, 2100) - 1075; return -ldexp(1.0, e);
  case 15: return (double)((int8_t)fz_u8(p));
  case 16: return 1.0;
  case 17: return -1.0;
  case 18: return 1e308;
  case 19: return nextafter(1.0, 0.0);
  case 20: return 9007199254740992.0; /* 2**53 */
  case 21: return (double)(int32_t)fz_u32(p) / 256.0;
  default: return fz_double_bits(p);
  }
}
