/* fuzz_seedsequence: NumPy's SeedSequence.
 *
 * Entropy and spawn keys are built element by element as NumPy coerces them
 * (ints of any size through npr_seed_words_append_int, some negative; C
 * integers; lists; or a raw uint32 array, zeros kept), with any pool size
 * (below 4: NumPy's ValueError, the struct left zeroed) and any
 * n_children_spawned. Checked: the coerced words equal a reference coercion
 * written here; the pool equals a slow transcription of NumPy's
 * _get_assembled_entropy + mix_entropy; generate_state equals a reference,
 * is stateless (same words twice) and prefix-stable (generate_state(n)[:m]
 * == generate_state(m)); the uint64 view pairs the uint32 view little-endian;
 * a copy is equal; spawn(n)[i] equals a SeedSequence built with spawn key
 * parent.spawn_key + (n_children_spawned + i,) and the parent advances (or
 * Cython's OverflowError past 2**32 - 1, parent untouched); all five bit
 * generators seeded from it hold the state NumPy's constructors compute from
 * generate_state, produce output, and continue identically after a struct
 * copy and after their state fields are written into a fresh struct. */
#include <stdlib.h>
#include <string.h>

#include "nprand/mt19937.h"
#include "nprand/pcg64.h"
#include "nprand/pcg64dxsm.h"
#include "nprand/philox.h"
#include "nprand/seedsequence.h"
#include "nprand/sfc64.h"
#include "provider.h"

#define MAX_WORDS 1024   /* coerced entropy / spawn key words */
#define MAX_POOL 64      /* mixing is O(pool * words): keep inputs cheap */
#define MAX_STATE 700    /* generate_state lengths (MT19937 takes 624) */
#define MAX_SPAWN 8

static const char negative_msg[] = "expected non-negative integer";
static const char pool_msg[] = "The size of the entropy pool should be at least 4";

/* --- the reference: NumPy's bit_generator.pyx, transcribed slowly --------- */

#define INIT_A 0x43b0d7e5u
#define MULT_A 0x931e8875u
#define INIT_B 0x8b51f9ddu
#define MULT_B 0x58f38dedu
#define MIX_MULT_L 0xca01f9ddu
#define MIX_MULT_R 0x4973f715u
#define XSHIFT 16

static uint32_t ref_hashmix(uint32_t value, uint32_t *hash_const) {
  value ^= *hash_const;
  *hash_const *= MULT_A;
  value *= *hash_const;
  value ^= value >> XSHIFT;
  return value;
}

static uint32_t ref_mix(uint32_t x, uint32_t y) {
  uint32_t result = MIX_MULT_L * x - MIX_MULT_R * y;
  result ^= result >> XSHIFT;
  return result;
}

/* pool = mix_entropy(_get_assembled_entropy()) */
static void ref_pool(const uint32_t *entropy, size_t n_entropy, const uint32_t *spawn_key, size_t n_key,
                     size_t pool_size, uint32_t *pool) {
  static uint32_t assembled[MAX_WORDS + MAX_POOL + MAX_WORDS + 1];
  size_t n = 0, i, src, dst;
  uint32_t hash_const = INIT_A;
  for (i = 0; i < n_entropy; i++) assembled[n++] = entropy[i];
  if (n_key > 0 && n_entropy < pool_size) {
    while (n < pool_size) assembled[n++] = 0;
  }
  for (i = 0; i < n_key; i++) assembled[n++] = spawn_key[i];
  for (i = 0; i < pool_size; i++) pool[i] = ref_hashmix(i < n ? assembled[i] : 0, &hash_const);
  for (src = 0; src < pool_size; src++) {
    for (dst = 0; dst < pool_size; dst++) {
      if (src != dst) pool[dst] = ref_mix(pool[dst], ref_hashmix(pool[src], &hash_const));
    }
  }
  for (src = pool_size; src < n; src++) {
    for (dst = 0; dst < pool_size; dst++) pool[dst] = ref_mix(pool[dst], ref_hashmix(assembled[src], &hash_const));
  }
}

/* generate_state(n, uint32): the pool cycled, each word hashed. */
static void ref_generate32(const uint32_t *pool, size_t pool_size, uint32_t *out, size_t n) {
  uint32_t hash_const = INIT_B;
  size_t i;
  for (i = 0; i < n; i++) {
    uint32_t v = pool[i % pool_size] ^ hash_const;
    hash_const *= MULT_B;
    v *= hash_const;
    v ^= v >> XSHIFT;
    out[i] = v;
  }
}

/* _coerce_to_uint32_array for one Python int: its words without high zero
 * words, and one zero word for 0. */
typedef struct ref_words {
  uint32_t w[MAX_WORDS];
  size_t n;
} ref_words;

static void ref_append_int(ref_words *r, const uint32_t *mag, size_t n_mag) {
  size_t n = n_mag, i;
  while (n > 0 && mag[n - 1] == 0) n--;
  if (n == 0) r->w[r->n++] = 0;
  for (i = 0; i < n; i++) r->w[r->n++] = mag[i];
}

/* --- building entropy / a spawn key the way a caller does --------------------- */

/* Appends up to max_elems fuzzed elements to w (the library's coercion) and
 * r (the reference), or, sometimes, a raw uint32 array word by word. A
 * refused element (negative) must leave w as it was; it is then skipped, as
 * a caller catching the ValueError would. */
static void build_words(fz_provider *p, npr_seed_words *w, ref_words *r, size_t max_elems) {
  size_t n_elems = fz_count(p, max_elems), e;
  npr_error err;
  if (fz_u8(p) >= 240) { /* a NumPy uint32 array: passed through unchanged */
    size_t n = fz_count(p, 700), i;
    for (i = 0; i < n; i++) {
      uint32_t v = fz_bool(p) ? 0 : fz_u32(p);
      FZ_CHECK(npr_seed_words_append_int(w, &v, 1, false, &err) == NPR_OK, "append failed: %s", err.message);
      /* append_int drops a zero word's "high zeros" but keeps 0 as one word */
      r->w[r->n++] = v;
    }
    return;
  }
  for (e = 0; e < n_elems; e++) {
    size_t before = w->len;
    uint32_t *snapshot = NULL;
    npr_status st;
    bool refused;
    if (before) {
      snapshot = malloc(before * sizeof *snapshot);
      if (snapshot == NULL) abort();
      memcpy(snapshot, w->words, before * sizeof *snapshot);
    }
    memset(&err, 0, sizeof err);
    switch (fz_u8(p) % 5) {
    case 0: { /* a Python int of any size and sign, high zero words allowed */
      uint32_t mag[40];
      size_t n_mag = fz_count(p, 40), i;
      bool negative = fz_u8(p) < 24;
      bool nonzero = false;
      for (i = 0; i < n_mag; i++) {
        mag[i] = (uint32_t)fz_edge_u64(p);
        nonzero |= mag[i] != 0;
      }
      if (fz_bool(p) && n_mag < 40) mag[n_mag++] = 0; /* a high zero word */
      st = npr_seed_words_append_int(w, mag, n_mag, negative, &err);
      refused = negative && nonzero;
      if (!refused) ref_append_int(r, mag, n_mag);
      break;
    }
    case 1: { /* a C uint64 */
      uint64_t v = fz_edge_u64(p);
      uint32_t mag[2] = {(uint32_t)v, (uint32_t)(v >> 32)};
      st = npr_seed_words_append_u64(w, v, &err);
      refused = false;
      ref_append_int(r, mag, 2);
      break;
    }
    case 2: { /* a C int64, maybe negative */
      int64_t v = fz_i64(p);
      if (fz_bool(p)) v = (int64_t)(fz_edge_u64(p) >> 1) * (fz_bool(p) ? -1 : 1);
      st = npr_seed_words_append_i64(w, v, &err);
      refused = v < 0;
      if (!refused) {
        uint32_t mag[2] = {(uint32_t)(uint64_t)v, (uint32_t)((uint64_t)v >> 32)};
        ref_append_int(r, mag, 2);
      }
      break;
    }
    default: { /* a list of ints */
      uint64_t vals[8];
      size_t n = fz_count(p, 8), i;
      for (i = 0; i < n; i++) vals[i] = fz_edge_u64(p);
      st = npr_seed_words_append_u64_list(w, vals, n, &err);
      refused = false;
      for (i = 0; i < n; i++) {
        uint32_t mag[2] = {(uint32_t)vals[i], (uint32_t)(vals[i] >> 32)};
        ref_append_int(r, mag, 2);
      }
      break;
    }
    }
    if (refused) {
      FZ_CHECK(st == NPR_VALUE_ERROR && err.status == NPR_VALUE_ERROR, "negative int accepted (status %d)", (int)st);
      FZ_CHECK(strcmp(err.message, negative_msg) == 0, "message '%s'", err.message);
      FZ_CHECK(w->len == before && (before == 0 || memcmp(w->words, snapshot, before * sizeof *snapshot) == 0),
               "a refused int changed the words");
    } else {
      FZ_CHECK(st == NPR_OK, "append refused: %s", err.message);
    }
    free(snapshot);
  }
}

/* --- checks --------------------------------------------------------------- */

static void check_generate(const npr_seedsequence *ss, const uint32_t *pool, size_t n, size_t m) {
  static uint32_t a[MAX_STATE], b[MAX_STATE], ref[MAX_STATE], pre[MAX_STATE];
  static uint64_t w64[MAX_STATE / 2];
  size_t i;
  npr_seedsequence_generate_state32(ss, a, n);
  npr_seedsequence_generate_state32(ss, b, n);
  ref_generate32(pool, ss->pool_size, ref, n);
  FZ_CHECK(memcmp(a, b, n * sizeof *a) == 0, "generate_state(%zu) differs between calls", n);
  FZ_CHECK(memcmp(a, ref, n * sizeof *a) == 0, "generate_state(%zu) differs from the reference", n);
  npr_seedsequence_generate_state32(ss, pre, m);
  FZ_CHECK(memcmp(a, pre, m * sizeof *a) == 0, "generate_state(%zu)[:%zu] != generate_state(%zu)", n, m, m);
  npr_seedsequence_generate_state64(ss, w64, n / 2);
  for (i = 0; i < n / 2; i++) {
    FZ_CHECK(w64[i] == ((uint64_t)a[2 * i] | (uint64_t)a[2 * i + 1] << 32),
             "uint64 word %zu = %016llx, uint32 words %08x %08x", i, (unsigned long long)w64[i], (unsigned)a[2 * i],
             (unsigned)a[2 * i + 1]);
  }
}

static bool same_seq(const npr_seedsequence *a, const npr_seedsequence *b) {
  return a->entropy_len == b->entropy_len && a->spawn_key_len == b->spawn_key_len && a->pool_size == b->pool_size &&
         a->n_children_spawned == b->n_children_spawned &&
         (a->entropy_len == 0 || memcmp(a->entropy, b->entropy, a->entropy_len * 4) == 0) &&
         (a->spawn_key_len == 0 || memcmp(a->spawn_key, b->spawn_key, a->spawn_key_len * 4) == 0) &&
         memcmp(a->pool, b->pool, a->pool_size * 4) == 0;
}

static bool zeroed(const npr_seedsequence *ss) {
  return ss->entropy == NULL && ss->spawn_key == NULL && ss->pool == NULL && ss->entropy_len == 0 &&
         ss->spawn_key_len == 0 && ss->pool_size == 0 && ss->n_children_spawned == 0;
}

/* Each bit generator: NumPy's constructor state from generate_state, some
 * output, and identical continuations of a struct copy and of a fresh struct
 * given the state fields. */
static void check_bitgens(const npr_seedsequence *ss, size_t n_draws) {
  uint32_t w32[NPR_MT19937_N];
  uint64_t w64[4];
  size_t i;
  npr_seedsequence_generate_state32(ss, w32, NPR_MT19937_N);
  npr_seedsequence_generate_state64(ss, w64, 4);
  {
    npr_mt19937 mt, copy, fresh;
    npr_mt19937_from_seedseq(&mt, ss);
    FZ_CHECK(mt.key[0] == 0x80000000u && mt.pos == NPR_MT19937_N - 1, "MT19937 key[0] %08x pos %d",
             (unsigned)mt.key[0], mt.pos);
    FZ_CHECK(memcmp(mt.key + 1, w32 + 1, (NPR_MT19937_N - 1) * 4) == 0, "MT19937 key != generate_state(624)");
    copy = mt;
    memset(&fresh, 0xA5, sizeof fresh);
    memcpy(fresh.key, mt.key, sizeof fresh.key);
    fresh.pos = mt.pos;
    for (i = 0; i < n_draws; i++) {
      uint64_t a = npr_mt19937_next64(&mt), b = npr_mt19937_next64(&copy), c = npr_mt19937_next64(&fresh);
      FZ_CHECK(a == b && a == c, "MT19937 copies diverged at draw %zu", i);
    }
  }
  {
    npr_pcg64 g, copy, fresh, expect;
    npr_pcg64_from_seedseq(&g, ss);
    npr_pcg64_set_seed(&expect, w64[0], w64[1], w64[2], w64[3]);
    FZ_CHECK(g.state_hi == expect.state_hi && g.state_lo == expect.state_lo && g.inc_hi == expect.inc_hi &&
                 g.inc_lo == expect.inc_lo && g.has_uint32 == 0 && (g.inc_lo & 1),
             "PCG64 state != set_seed(generate_state(4, uint64))");
    (void)npr_pcg64_next32(&g); /* leave a buffered half to carry over */
    copy = g;
    memset(&fresh, 0xA5, sizeof fresh);
    fresh.state_hi = g.state_hi, fresh.state_lo = g.state_lo, fresh.inc_hi = g.inc_hi, fresh.inc_lo = g.inc_lo;
    fresh.has_uint32 = g.has_uint32, fresh.uinteger = g.uinteger;
    for (i = 0; i < n_draws; i++) {
      uint32_t a = npr_pcg64_next32(&g), b = npr_pcg64_next32(&copy), c = npr_pcg64_next32(&fresh);
      uint64_t x = npr_pcg64_next64(&g), y = npr_pcg64_next64(&copy), z = npr_pcg64_next64(&fresh);
      FZ_CHECK(a == b && a == c && x == y && x == z, "PCG64 copies diverged at draw %zu", i);
    }
  }
  {
    npr_pcg64dxsm g, copy, fresh, expect;
    npr_pcg64dxsm_from_seedseq(&g, ss);
    npr_pcg64dxsm_set_seed(&expect, w64[0], w64[1], w64[2], w64[3]);
    FZ_CHECK(g.state_hi == expect.state_hi && g.state_lo == expect.state_lo && g.inc_hi == expect.inc_hi &&
                 g.inc_lo == expect.inc_lo && g.has_uint32 == 0 && (g.inc_lo & 1),
             "PCG64DXSM state != set_seed(generate_state(4, uint64))");
    (void)npr_pcg64dxsm_next32(&g);
    copy = g;
    memset(&fresh, 0xA5, sizeof fresh);
    fresh.state_hi = g.state_hi, fresh.state_lo = g.state_lo, fresh.inc_hi = g.inc_hi, fresh.inc_lo = g.inc_lo;
    fresh.has_uint32 = g.has_uint32, fresh.uinteger = g.uinteger;
    for (i = 0; i < n_draws; i++) {
      uint32_t a = npr_pcg64dxsm_next32(&g), b = npr_pcg64dxsm_next32(&copy), c = npr_pcg64dxsm_next32(&fresh);
      uint64_t x = npr_pcg64dxsm_next64(&g), y = npr_pcg64dxsm_next64(&copy), z = npr_pcg64dxsm_next64(&fresh);
      FZ_CHECK(a == b && a == c && x == y && x == z, "PCG64DXSM copies diverged at draw %zu", i);
    }
  }
  {
    npr_philox g, copy, fresh, viainit;
    npr_error err;
    npr_philox_from_seedseq(&g, ss);
    FZ_CHECK(g.key[0] == w64[0] && g.key[1] == w64[1] && !g.counter[0] && !g.counter[1] && !g.counter[2] &&
                 !g.counter[3] && g.buffer_pos == NPR_PHILOX_BUFFER_SIZE && g.has_uint32 == 0,
             "Philox state != key generate_state(2, uint64), counter 0");
    FZ_CHECK(npr_philox_init(&viainit, ss, NULL, NULL, &err) == NPR_OK, "Philox(seed_seq) failed: %s", err.message);
    FZ_CHECK(memcmp(viainit.key, g.key, sizeof g.key) == 0 && memcmp(viainit.counter, g.counter, sizeof g.counter) == 0,
             "npr_philox_init(ss) != npr_philox_from_seedseq");
    (void)npr_philox_next32(&g);
    (void)npr_philox_next64(&g);
    copy = g;
    memset(&fresh, 0xA5, sizeof fresh);
    memcpy(fresh.counter, g.counter, sizeof g.counter);
    memcpy(fresh.key, g.key, sizeof g.key);
    memcpy(fresh.buffer, g.buffer, sizeof g.buffer);
    fresh.buffer_pos = g.buffer_pos, fresh.has_uint32 = g.has_uint32, fresh.uinteger = g.uinteger;
    for (i = 0; i < n_draws; i++) {
      uint32_t a = npr_philox_next32(&g), b = npr_philox_next32(&copy), c = npr_philox_next32(&fresh);
      uint64_t x = npr_philox_next64(&g), y = npr_philox_next64(&copy), z = npr_philox_next64(&fresh);
      FZ_CHECK(a == b && a == c && x == y && x == z, "Philox copies diverged at draw %zu", i);
    }
  }
  {
    npr_sfc64 g, copy, fresh, expect;
    npr_sfc64_from_seedseq(&g, ss);
    npr_sfc64_set_seed(&expect, w64);
    FZ_CHECK(memcmp(g.s, expect.s, sizeof g.s) == 0 && g.has_uint32 == 0, "SFC64 state != set_seed(generate_state(3))");
    (void)npr_sfc64_next32(&g);
    copy = g;
    memset(&fresh, 0xA5, sizeof fresh);
    memcpy(fresh.s, g.s, sizeof g.s);
    fresh.has_uint32 = g.has_uint32, fresh.uinteger = g.uinteger;
    for (i = 0; i < n_draws; i++) {
      uint32_t a = npr_sfc64_next32(&g), b = npr_sfc64_next32(&copy), c = npr_sfc64_next32(&fresh);
      uint64_t x = npr_sfc64_next64(&g), y = npr_sfc64_next64(&copy), z = npr_sfc64_next64(&fresh);
      FZ_CHECK(a == b && a == c && x == y && x == z, "SFC64 copies diverged at draw %zu", i);
    }
  }
}

/* --- the target ----------------------------------------------------------- */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static ref_words ref_entropy, ref_key;
  static uint32_t pool[MAX_POOL];
  fz_provider p;
  npr_seed_words entropy, key;
  npr_seedsequence ss, copy;
  npr_seedsequence children[MAX_SPAWN], more[MAX_SPAWN];
  npr_error err;
  npr_status st;
  int64_t pool_size;
  uint32_t n_children;
  size_t n, m, n_spawn, i;
  uint8_t sel;

  fz_init(&p, data, size);
  npr_seed_words_init(&entropy);
  npr_seed_words_init(&key);
  ref_entropy.n = 0;
  ref_key.n = 0;
  build_words(&p, &entropy, &ref_entropy, 16);
  if (fz_bool(&p)) build_words(&p, &key, &ref_key, 6);
  FZ_CHECK(entropy.len == ref_entropy.n &&
               (entropy.len == 0 || memcmp(entropy.words, ref_entropy.w, entropy.len * 4) == 0),
           "entropy words (%zu) != reference coercion (%zu)", entropy.len, ref_entropy.n);
  FZ_CHECK(key.len == ref_key.n && (key.len == 0 || memcmp(key.words, ref_key.w, key.len * 4) == 0),
           "spawn key words (%zu) != reference coercion (%zu)", key.len, ref_key.n);

  sel = fz_u8(&p);
  if (sel < 200) pool_size = 4 + (int64_t)(sel % 8);
  else if (sel < 230) pool_size = 4 + (int64_t)fz_range(&p, 0, MAX_POOL - 4);
  else if (sel < 250) pool_size = (int64_t)fz_u8(&p) % 4; /* 0..3 */
  else pool_size = fz_bool(&p) ? -(int64_t)(fz_edge_u64(&p) >> 1) : INT64_MIN;
  sel = fz_u8(&p);
  n_children = sel < 192 ? (uint32_t)(sel % 4) : sel < 240 ? fz_u32(&p) : UINT32_MAX - (uint32_t)(sel % 16);

  memset(&ss, 0x5A, sizeof ss); /* init must overwrite everything */
  memset(&err, 0, sizeof err);
  st = npr_seedsequence_init(&ss, entropy.words, entropy.len, key.words, key.len, pool_size, n_children, &err);
  if (pool_size < 4) {
    FZ_CHECK(st == NPR_VALUE_ERROR && err.status == NPR_VALUE_ERROR, "pool_size %lld accepted", (long long)pool_size);
    FZ_CHECK(strcmp(err.message, pool_msg) == 0, "message '%s'", err.message);
    FZ_CHECK(zeroed(&ss), "a refused SeedSequence is not zeroed");
    npr_seedsequence_free(&ss);
    /* NULL error reports must work too */
    FZ_CHECK(npr_seedsequence_init(&ss, NULL, 0, NULL, 0, pool_size, 0, NULL) == NPR_VALUE_ERROR, "second refusal");
    npr_seedsequence_free(&ss);
    npr_seed_words_free(&entropy);
    npr_seed_words_free(&key);
    return 0;
  }
  FZ_CHECK(st == NPR_OK, "SeedSequence refused: %s", err.message);
  FZ_CHECK(ss.pool_size == (size_t)pool_size && ss.n_children_spawned == n_children && ss.entropy_len == entropy.len &&
               ss.spawn_key_len == key.len,
           "fields not taken over");
  ref_pool(ref_entropy.w, ref_entropy.n, ref_key.w, ref_key.n, (size_t)pool_size, pool);
  FZ_CHECK(memcmp(ss.pool, pool, (size_t)pool_size * 4) == 0, "pool differs from the reference mix_entropy");

  /* generate_state: stateless, prefix-stable, two views agree */
  n = fz_count(&p, MAX_STATE);
  m = (size_t)fz_range(&p, 0, n);
  check_generate(&ss, pool, n, m);

  /* a copy is the same sequence */
  FZ_CHECK(npr_seedsequence_copy(&copy, &ss, &err) == NPR_OK, "copy failed: %s", err.message);
  FZ_CHECK(same_seq(&copy, &ss), "copy differs");

  /* spawn(n) twice: keys parent.spawn_key + (n_children_spawned + i,) */
  n_spawn = fz_count(&p, MAX_SPAWN);
  for (sel = 0; sel < 2; sel++) {
    uint32_t before = ss.n_children_spawned;
    npr_seedsequence *kids = sel == 0 ? children : more;
    memset(&err, 0, sizeof err);
    st = npr_seedsequence_spawn(&ss, n_spawn, kids, &err);
    if ((uint64_t)before + n_spawn > UINT32_MAX) {
      FZ_CHECK(st == NPR_OVERFLOW_ERROR, "spawn(%zu) past 2**32 - 1 children accepted", n_spawn);
      FZ_CHECK(strcmp(err.message, "value too large to convert to uint32_t") == 0, "message '%s'", err.message);
      FZ_CHECK(ss.n_children_spawned == before && memcmp(ss.pool, pool, (size_t)pool_size * 4) == 0,
               "a refused spawn changed the parent");
      break;
    }
    FZ_CHECK(st == NPR_OK, "spawn(%zu) failed: %s", n_spawn, err.message);
    FZ_CHECK(ss.n_children_spawned == before + (uint32_t)n_spawn, "n_children_spawned %u after spawn(%zu) from %u",
             (unsigned)ss.n_children_spawned, n_spawn, (unsigned)before);
    for (i = 0; i < n_spawn; i++) {
      npr_seedsequence built;
      static uint32_t child_key[MAX_WORDS + 1], child_pool[MAX_POOL];
      memcpy(child_key, ref_key.w, ref_key.n * 4);
      child_key[ref_key.n] = before + (uint32_t)i;
      FZ_CHECK(npr_seedsequence_init(&built, ref_entropy.w, ref_entropy.n, child_key, ref_key.n + 1, pool_size, 0,
                                     &err) == NPR_OK,
               "child init failed: %s", err.message);
      FZ_CHECK(same_seq(&kids[i], &built), "spawn(%zu)[%zu] != SeedSequence(spawn_key=(..., %u))", n_spawn, i,
               (unsigned)(before + i));
      ref_pool(ref_entropy.w, ref_entropy.n, child_key, ref_key.n + 1, (size_t)pool_size, child_pool);
      FZ_CHECK(memcmp(kids[i].pool, child_pool, (size_t)pool_size * 4) == 0, "child pool != reference");
      npr_seedsequence_free(&built);
    }
    if (sel == 1) {
      for (i = 0; i < n_spawn; i++) npr_seedsequence_free(&more[i]);
    }
  }
  /* generate_state does not depend on n_children_spawned */
  check_generate(&ss, pool, n, m);

  /* the five bit generators, from the parent or from a child */
  {
    size_t draws = fz_count(&p, 40);
    const npr_seedsequence *src = &ss;
    if (fz_bool(&p) && ss.n_children_spawned != n_children && n_spawn > 0) src = &children[fz_choose(&p, n_spawn)];
    check_bitgens(src, draws);
  }

  if ((uint64_t)n_children + n_spawn <= UINT32_MAX) {
    for (i = 0; i < n_spawn; i++) npr_seedsequence_free(&children[i]);
  }
  npr_seedsequence_free(&copy);
  npr_seedsequence_free(&ss);
  FZ_CHECK(zeroed(&ss), "free does not zero");
  npr_seedsequence_free(&ss); /* twice is harmless */
  npr_seed_words_free(&entropy);
  npr_seed_words_free(&key);
  return 0;
}
