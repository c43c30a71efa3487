#include "nprand/seedsequence.h"

#include <stdlib.h>
#include <string.h>

#include "nprand/entropy.h"

/* The hash constants of NumPy's SeedSequence (O'Neill's seed_seq_fe). */
#define SS_INIT_A 0x43b0d7e5u
#define SS_MULT_A 0x931e8875u
#define SS_INIT_B 0x8b51f9ddu
#define SS_MULT_B 0x58f38dedu
#define SS_MIX_MULT_L 0xca01f9ddu
#define SS_MIX_MULT_R 0x4973f715u
#define SS_XSHIFT 16

/* ---- word arrays ---------------------------------------------------------- */

void npr_seed_words_init(npr_seed_words *w) {
  w->words = NULL;
  w->len = 0;
  w->cap = 0;
}

void npr_seed_words_free(npr_seed_words *w) {
  free(w->words);
  npr_seed_words_init(w);
}

static npr_status words_reserve(npr_seed_words *w, size_t extra, npr_error *err) {
  size_t need, cap;
  uint32_t *grown;
  if (extra > SIZE_MAX / sizeof(uint32_t) - w->len) {
    return npr_fail(err, NPR_MEMORY_ERROR, "seed too large");
  }
  need = w->len + extra;
  if (need <= w->cap) {
    return NPR_OK;
  }
  cap = w->cap ? w->cap : 8;
  while (cap < need) {
    cap = cap > SIZE_MAX / 2 / sizeof(uint32_t) ? need : cap * 2;
  }
  grown = realloc(w->words, cap * sizeof(uint32_t));
  if (!grown) {
    return npr_fail(err, NPR_MEMORY_ERROR, "seed too large");
  }
  w->words = grown;
  w->cap = cap;
  return NPR_OK;
}

npr_status npr_seed_words_append_int(npr_seed_words *w, const uint32_t *mag, size_t n_mag,
                                     bool negative, npr_error *err) {
  npr_status st;
  size_t n = n_mag;
  while (n > 0 && mag[n - 1] == 0) {
    n--;
  }
  if (negative && n > 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "expected non-negative integer");
  }
  /* 0 is the one int that still contributes a word. */
  st = words_reserve(w, n ? n : 1, err);
  if (st != NPR_OK) {
    return st;
  }
  if (n == 0) {
    w->words[w->len++] = 0;
  } else {
    memcpy(w->words + w->len, mag, n * sizeof(uint32_t));
    w->len += n;
  }
  return NPR_OK;
}

npr_status npr_seed_words_append_u64(npr_seed_words *w, uint64_t value, npr_error *err) {
  uint32_t mag[2];
  mag[0] = (uint32_t)value;
  mag[1] = (uint32_t)(value >> 32);
  return npr_seed_words_append_int(w, mag, 2, false, err);
}

npr_status npr_seed_words_append_i64(npr_seed_words *w, int64_t value, npr_error *err) {
  if (value < 0) {
    return npr_fail(err, NPR_VALUE_ERROR, "expected non-negative integer");
  }
  return npr_seed_words_append_u64(w, (uint64_t)value, err);
}

npr_status npr_seed_words_append_u64_list(npr_seed_words *w, const uint64_t *values, size_t n,
                                          npr_error *err) {
  size_t i;
  for (i = 0; i < n; i++) {
    npr_status st = npr_seed_words_append_u64(w, values[i], err);
    if (st != NPR_OK) {
      return st;
    }
  }
  return NPR_OK;
}

/* ---- the hash ------------------------------------------------------------- */

/* hash_const is advanced on every call: the multiplier differs per word. */
static uint32_t hashmix(uint32_t value, uint32_t *hash_const) {
  value ^= *hash_const;
  *hash_const *= SS_MULT_A;
  value *= *hash_const;
  value ^= value >> SS_XSHIFT;
  return value;
}

static uint32_t mix(uint32_t x, uint32_t y) {
  uint32_t r = SS_MIX_MULT_L * x - SS_MIX_MULT_R * y;
  r ^= r >> SS_XSHIFT;
  return r;
}

/* Word i of NumPy's assembled entropy: run entropy, zero-padded to the pool
 * size only when a spawn key follows (NumPy's gh-16539 fix, limited to
 * spawned sequences to keep old streams), then the spawn key. */
static size_t assembled_len(const npr_seedsequence *ss) {
  size_t run = ss->entropy_len;
  if (ss->spawn_key_len > 0 && run < ss->pool_size) {
    run = ss->pool_size;
  }
  return run + ss->spawn_key_len;
}

static uint32_t assembled_word(const npr_seedsequence *ss, size_t i) {
  size_t run = ss->entropy_len;
  if (ss->spawn_key_len > 0 && run < ss->pool_size) {
    run = ss->pool_size;
  }
  if (i < run) {
    return i < ss->entropy_len ? ss->entropy[i] : 0;
  }
  return ss->spawn_key[i - run];
}

static void mix_entropy(npr_seedsequence *ss) {
  uint32_t hash_const = SS_INIT_A;
  uint32_t *pool = ss->pool;
  size_t n = ss->pool_size, total = assembled_len(ss);
  size_t i, src, dst;

  for (i = 0; i < n; i++) {
    pool[i] = hashmix(i < total ? assembled_word(ss, i) : 0, &hash_const);
  }
  /* Every pool word feeds every other, so late words reach early ones. */
  for (src = 0; src < n; src++) {
    for (dst = 0; dst < n; dst++) {
      if (src != dst) {
        pool[dst] = mix(pool[dst], hashmix(pool[src], &hash_const));
      }
    }
  }
  for (src = n; src < total; src++) {
    for (dst = 0; dst < n; dst++) {
      pool[dst] = mix(pool[dst], hashmix(assembled_word(ss, src), &hash_const));
    }
  }
}

/* ---- lifetime ------------------------------------------------------------- */

static uint32_t *dup_words(const uint32_t *src, size_t n) {
  /* malloc(0) may return NULL; keep one word so NULL always means failure. */
  uint32_t *out = malloc((n ? n : 1) * sizeof(uint32_t));
  if (out && n) {
    memcpy(out, src, n * sizeof(uint32_t));
  }
  return out;
}

npr_status npr_seedsequence_init(npr_seedsequence *ss, const uint32_t *entropy, size_t entropy_len,
                                 const uint32_t *spawn_key, size_t spawn_key_len, int64_t pool_size,
                                 uint32_t n_children_spawned, npr_error *err) {
  memset(ss, 0, sizeof *ss);
  if (pool_size < NPR_SEEDSEQ_DEFAULT_POOL_SIZE) {
    return npr_fail(err, NPR_VALUE_ERROR, "The size of the entropy pool should be at least %d",
                    NPR_SEEDSEQ_DEFAULT_POOL_SIZE);
  }
  if ((uint64_t)pool_size > SIZE_MAX / sizeof(uint32_t)) {
    return npr_fail(err, NPR_MEMORY_ERROR, "pool_size too large");
  }
  ss->entropy = dup_words(entropy, entropy_len);
  ss->spawn_key = dup_words(spawn_key, spawn_key_len);
  ss->pool = malloc((size_t)pool_size * sizeof(uint32_t));
  if (!ss->entropy || !ss->spawn_key || !ss->pool) {
    npr_seedsequence_free(ss);
    return npr_fail(err, NPR_MEMORY_ERROR, "cannot allocate SeedSequence");
  }
  ss->entropy_len = entropy_len;
  ss->spawn_key_len = spawn_key_len;
  ss->pool_size = (size_t)pool_size;
  ss->n_children_spawned = n_children_spawned;
  mix_entropy(ss);
  return NPR_OK;
}

npr_status npr_seedsequence_init_u64(npr_seedsequence *ss, uint64_t seed, npr_error *err) {
  uint32_t words[2];
  size_t n = 1;
  words[0] = (uint32_t)seed;
  words[1] = (uint32_t)(seed >> 32);
  if (words[1]) {
    n = 2;
  }
  return npr_seedsequence_init(ss, words, n, NULL, 0, NPR_SEEDSEQ_DEFAULT_POOL_SIZE, 0, err);
}

npr_status npr_seedsequence_init_os(npr_seedsequence *ss, const uint32_t *spawn_key,
                                    size_t spawn_key_len, int64_t pool_size, npr_error *err) {
  npr_seed_words w;
  unsigned char *bytes;
  size_t i, n_words;
  npr_status st;

  memset(ss, 0, sizeof *ss);
  if (pool_size < NPR_SEEDSEQ_DEFAULT_POOL_SIZE) {
    return npr_fail(err, NPR_VALUE_ERROR, "The size of the entropy pool should be at least %d",
                    NPR_SEEDSEQ_DEFAULT_POOL_SIZE);
  }
  if ((uint64_t)pool_size > SIZE_MAX / sizeof(uint32_t)) {
    return npr_fail(err, NPR_MEMORY_ERROR, "pool_size too large");
  }
  n_words = (size_t)pool_size;
  bytes = malloc(n_words * 4);
  if (!bytes) {
    return npr_fail(err, NPR_MEMORY_ERROR, "cannot allocate SeedSequence");
  }
  st = npr_os_entropy(bytes, n_words * 4, err);
  if (st != NPR_OK) {
    free(bytes);
    return st;
  }
  /* Any byte order would do for random bytes; little-endian assembly keeps
   * the result independent of the host. */
  npr_seed_words_init(&w);
  st = words_reserve(&w, n_words, err);
  if (st == NPR_OK) {
    for (i = 0; i < n_words; i++) {
      w.words[i] = (uint32_t)bytes[4 * i] | (uint32_t)bytes[4 * i + 1] << 8 |
                   (uint32_t)bytes[4 * i + 2] << 16 | (uint32_t)bytes[4 * i + 3] << 24;
    }
    w.len = n_words;
    /* randbits returns an int, whose high zero words the coercion drops. */
    while (w.len > 1 && w.words[w.len - 1] == 0) {
      w.len--;
    }
    st = npr_seedsequence_init(ss, w.words, w.len, spawn_key, spawn_key_len, pool_size, 0, err);
  }
  free(bytes);
  npr_seed_words_free(&w);
  return st;
}

npr_status npr_seedsequence_copy(npr_seedsequence *dst, const npr_seedsequence *src,
                                 npr_error *err) {
  memset(dst, 0, sizeof *dst);
  dst->entropy = dup_words(src->entropy, src->entropy_len);
  dst->spawn_key = dup_words(src->spawn_key, src->spawn_key_len);
  dst->pool = dup_words(src->pool, src->pool_size);
  if (!dst->entropy || !dst->spawn_key || !dst->pool) {
    npr_seedsequence_free(dst);
    return npr_fail(err, NPR_MEMORY_ERROR, "cannot allocate SeedSequence");
  }
  dst->entropy_len = src->entropy_len;
  dst->spawn_key_len = src->spawn_key_len;
  dst->pool_size = src->pool_size;
  dst->n_children_spawned = src->n_children_spawned;
  return NPR_OK;
}

void npr_seedsequence_free(npr_seedsequence *ss) {
  free(ss->entropy);
  free(ss->spawn_key);
  free(ss->pool);
  memset(ss, 0, sizeof *ss);
}

/* ---- output --------------------------------------------------------------- */

static uint32_t state_word(const npr_seedsequence *ss, size_t i, uint32_t *hash_const) {
  uint32_t v = ss->pool[i % ss->pool_size];
  v ^= *hash_const;
  *hash_const *= SS_MULT_B;
  v *= *hash_const;
  v ^= v >> SS_XSHIFT;
  return v;
}

void npr_seedsequence_generate_state32(const npr_seedsequence *ss, uint32_t *out, size_t n) {
  uint32_t hash_const = SS_INIT_B;
  size_t i;
  for (i = 0; i < n; i++) {
    out[i] = state_word(ss, i, &hash_const);
  }
}

void npr_seedsequence_generate_state64(const npr_seedsequence *ss, uint64_t *out, size_t n) {
  uint32_t hash_const = SS_INIT_B;
  size_t i;
  for (i = 0; i < n; i++) {
    uint64_t lo = state_word(ss, 2 * i, &hash_const);
    uint64_t hi = state_word(ss, 2 * i + 1, &hash_const);
    out[i] = lo | hi << 32;
  }
}

npr_status npr_seedsequence_spawn(npr_seedsequence *ss, size_t n, npr_seedsequence *children,
                                  npr_error *err) {
  npr_seed_words key;
  size_t i;
  npr_status st = NPR_OK;

  if ((uint64_t)n > UINT32_MAX - (uint64_t)ss->n_children_spawned) {
    return npr_fail(err, NPR_OVERFLOW_ERROR, "value too large to convert to uint32_t");
  }
  npr_seed_words_init(&key);
  st = words_reserve(&key, ss->spawn_key_len + 1, err);
  if (st != NPR_OK) {
    return st;
  }
  if (ss->spawn_key_len) {
    memcpy(key.words, ss->spawn_key, ss->spawn_key_len * sizeof(uint32_t));
  }
  /* Each child's key is the parent's plus one word: a uint32 index is never
   * more than one word, and 0 is one word too. */
  key.len = ss->spawn_key_len + 1;
  for (i = 0; i < n; i++) {
    key.words[key.len - 1] = ss->n_children_spawned + (uint32_t)i;
    st = npr_seedsequence_init(&children[i], ss->entropy, ss->entropy_len, key.words, key.len,
                               (int64_t)ss->pool_size, 0, err);
    if (st != NPR_OK) {
      while (i-- > 0) {
        npr_seedsequence_free(&children[i]);
      }
      npr_seed_words_free(&key);
      return st;
    }
  }
  npr_seed_words_free(&key);
  ss->n_children_spawned += (uint32_t)n;
  return NPR_OK;
}
