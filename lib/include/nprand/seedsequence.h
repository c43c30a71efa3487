/* NumPy's SeedSequence: hashes entropy of any size (plus a spawn key) into a
 * pool of 32-bit words, and expands the pool into seed words for the bit
 * generators.
 *
 * Entropy and spawn keys reach the hash as 32-bit words, exactly as NumPy's
 * _coerce_to_uint32_array produces them: a non-negative int becomes its
 * little-endian 32-bit words with no high zero words (0 becomes one zero
 * word), a sequence becomes the concatenation of its elements' words, and an
 * empty sequence becomes no words. npr_seed_words builds such an array from
 * C integers or from multi-word ints; a NumPy uint32 array passes through
 * unchanged (zeros kept), so hand its words straight to npr_seedsequence_init.
 *
 * Ownership: npr_seedsequence owns three heap arrays. Every successful
 * init/copy/spawn must be matched by npr_seedsequence_free; unlike the bit
 * generator states it must not be copied with memcpy (use
 * npr_seedsequence_copy). A zero-initialised struct may be freed. */
#ifndef NPRAND_SEEDSEQUENCE_H
#define NPRAND_SEEDSEQUENCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NPR_SEEDSEQ_DEFAULT_POOL_SIZE 4

/* Fields mirror SeedSequence.state: entropy and spawn_key are kept in their
 * coerced word form (the only form the hash sees), so an int entropy is
 * recovered as sum(entropy[i] << 32*i). pool is NumPy's .pool. */
typedef struct npr_seedsequence {
  uint32_t *entropy;
  size_t entropy_len;
  uint32_t *spawn_key;
  size_t spawn_key_len;
  size_t pool_size;
  uint32_t n_children_spawned; /* NumPy declares it uint32_t too */
  uint32_t *pool;              /* pool_size words */
} npr_seedsequence;

/* A growable word array for building entropy or spawn keys element by
 * element. Zero-initialise (or npr_seed_words_init), append, then free. */
typedef struct npr_seed_words {
  uint32_t *words;
  size_t len, cap;
} npr_seed_words;

void npr_seed_words_init(npr_seed_words *w);
void npr_seed_words_free(npr_seed_words *w);

/* Appends the words of one Python int given by its magnitude as n_mag
 * little-endian 32-bit words (high zero words allowed; n_mag == 0 means 0)
 * and its sign. A negative non-zero int fails with NumPy's ValueError
 * "expected non-negative integer" and leaves w unchanged. */
npr_status npr_seed_words_append_int(npr_seed_words *w, const uint32_t *mag, size_t n_mag,
                                     bool negative, npr_error *err);
npr_status npr_seed_words_append_u64(npr_seed_words *w, uint64_t value, npr_error *err);
npr_status npr_seed_words_append_i64(npr_seed_words *w, int64_t value, npr_error *err);
/* A Python list of ints: each element's words, concatenated. */
npr_status npr_seed_words_append_u64_list(npr_seed_words *w, const uint64_t *values, size_t n,
                                          npr_error *err);

/* SeedSequence(entropy, spawn_key=..., pool_size=..., n_children_spawned=...)
 * with entropy and spawn_key already coerced to words. pool_size < 4 fails
 * with NumPy's ValueError; allocation failure is MemoryError. On failure ss
 * is left zeroed (safe to free). */
npr_status npr_seedsequence_init(npr_seedsequence *ss, const uint32_t *entropy, size_t entropy_len,
                                 const uint32_t *spawn_key, size_t spawn_key_len, int64_t pool_size,
                                 uint32_t n_children_spawned, npr_error *err);

/* SeedSequence(seed) for one non-negative C integer, default pool. */
npr_status npr_seedsequence_init_u64(npr_seedsequence *ss, uint64_t seed, npr_error *err);

/* SeedSequence(None, ...): entropy is pool_size * 32 fresh OS bits, taken as
 * one int the way secrets.randbits does (so high zero words are dropped). */
npr_status npr_seedsequence_init_os(npr_seedsequence *ss, const uint32_t *spawn_key,
                                    size_t spawn_key_len, int64_t pool_size, npr_error *err);

npr_status npr_seedsequence_copy(npr_seedsequence *dst, const npr_seedsequence *src,
                                 npr_error *err);

void npr_seedsequence_free(npr_seedsequence *ss);

/* generate_state(n, np.uint32). */
void npr_seedsequence_generate_state32(const npr_seedsequence *ss, uint32_t *out, size_t n);

/* generate_state(n, np.uint64): 2n 32-bit words, paired little-endian. */
void npr_seedsequence_generate_state64(const npr_seedsequence *ss, uint64_t *out, size_t n);

/* spawn(n): children[i] gets the parent's entropy and pool_size and the
 * spawn key parent.spawn_key + (n_children_spawned + i,); the parent's
 * n_children_spawned then advances by n. children must hold n structs, each
 * to be freed by the caller. NumPy counts children in a uint32_t; where the
 * count would pass 2**32 - 1 NumPy loops forever, nprand reports Cython's
 * OverflowError instead. On failure nothing is allocated and the parent is
 * unchanged. */
npr_status npr_seedsequence_spawn(npr_seedsequence *ss, size_t n, npr_seedsequence *children,
                                  npr_error *err);

#ifdef __cplusplus
}
#endif
#endif
