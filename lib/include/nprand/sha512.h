/* SHA-512 (FIPS 180-4). CPython 3.11 seeds random.Random from str and bytes
 * through a SHA-512 digest; the oracle files use it for per-seed digests. */
#ifndef NPRAND_SHA512_H
#define NPRAND_SHA512_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NPR_SHA512_DIGEST_SIZE 64

typedef struct npr_sha512 {
  uint64_t h[8];
  uint64_t total_lo, total_hi; /* message length in bytes, 128-bit */
  unsigned char block[128];
  size_t used; /* bytes waiting in block */
} npr_sha512;

void npr_sha512_init(npr_sha512 *ctx);
void npr_sha512_update(npr_sha512 *ctx, const void *data, size_t n);
void npr_sha512_final(npr_sha512 *ctx, unsigned char digest[NPR_SHA512_DIGEST_SIZE]);

/* One-shot digest of n bytes. */
void npr_sha512_digest(const void *data, size_t n, unsigned char digest[NPR_SHA512_DIGEST_SIZE]);

#ifdef __cplusplus
}
#endif
#endif
