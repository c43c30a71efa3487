/* A tiny data provider for the fuzz targets: typed values read from the
 * front of the fuzzer's input, little endian. When the input runs out every
 * read returns zero (false, the first choice, an empty byte string), so a
 * short input is still one well-defined run and replays the same way. */
#ifndef NPR_FUZZ_PROVIDER_H
#define NPR_FUZZ_PROVIDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct fz_provider {
  const uint8_t *data;
  size_t size, pos;
} fz_provider;

void fz_init(fz_provider *p, const uint8_t *data, size_t size);
size_t fz_remaining(const fz_provider *p);

uint8_t fz_u8(fz_provider *p);
uint32_t fz_u32(fz_provider *p);
uint64_t fz_u64(fz_provider *p);
int64_t fz_i64(fz_provider *p);
bool fz_bool(fz_provider *p);
/* Raw 64 bits as a double: every NaN payload, subnormal and infinity. */
double fz_double_bits(fz_provider *p);

/* An index in [0, n) (n > 0), from one byte when n <= 256, else eight. */
size_t fz_choose(fz_provider *p, size_t n);
/* A value in [lo, hi]. */
uint64_t fz_range(fz_provider *p, uint64_t lo, uint64_t hi);
/* A small count in [0, max], biased toward 0, 1 and small values. */
size_t fz_count(fz_provider *p, size_t max);

/* Up to max bytes: a length byte (or u16 when max > 255), then the bytes;
 * returns how many were copied to out. */
size_t fz_bytes(fz_provider *p, uint8_t *out, size_t max);
/* The rest of the input (pointer into the input, not copied). */
const uint8_t *fz_rest(fz_provider *p, size_t *n);

/* Values biased toward edge cases. */
/* 0, 1, 2, 2**k, 2**k +- 1, 2**32, 2**63, 2**64-1, ..., or raw bits. */
uint64_t fz_edge_u64(fz_provider *p);
/* NaN (quiet, signalling, negative), +-inf, +-0, subnormals, DBL_MIN,
 * DBL_MAX, huge and tiny powers of two, small integers, raw bits. */
double fz_edge_double(fz_provider *p);

/* Reports a broken invariant and aborts, which libFuzzer records as a crash
 * and the replay main as a failed test. */
void fz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5), noreturn))
#endif
    ;
#define FZ_CHECK(cond, ...)                                   \
  do {                                                        \
    if (!(cond)) fz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__); \
  } while (0)

#endif
