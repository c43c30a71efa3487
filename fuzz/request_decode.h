/* How fuzz_bounded and fuzz_legacy_seed read their inputs: the bytes -> values
 * step of each target, in one place. The targets decode with these functions
 * and then run and check what they decoded; nprand-fuzz-requests
 * (emit_requests.c) decodes the same inputs with the same functions and
 * prints them as `nprand --batch` requests for the NumPy-differential test
 * (oracle/fuzz_differential.py). Reads are sequenced left to right (never two
 * provider reads in one expression), so every compiler decodes an input the
 * same way. */
#ifndef NPR_FUZZ_REQUEST_DECODE_H
#define NPR_FUZZ_REQUEST_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/dtype.h"
#include "nprand/mt19937.h"
#include "provider.h"

#if !defined(__SIZEOF_INT128__)
#error "the fuzz targets' references need __int128"
#endif
__extension__ typedef __int128 fzd_i128;
__extension__ typedef unsigned __int128 fzd_u128;

/* --- fuzz_bounded ------------------------------------------------------------ */

typedef struct fzd_dtype {
  npr_dtype dt;
  int width; /* draw width: 64, 32, 16, 8, 1 */
  bool is_signed;
  fzd_i128 lo, hi;
} fzd_dtype;

#define FZD_N_DTYPES 9
extern const fzd_dtype fzd_dtypes[FZD_N_DTYPES]; /* bool, int8..int64, uint8..uint64 */

/* One iteration of fuzz_bounded: a bounded-integer call, then the raw helpers. */
typedef struct fzd_bounded_step {
  int path;            /* 0-1 npr_integers_fill, 2 npr_rs_randint, 3-4 npr_rs_randint_fill,
                          5 npr_rs_random_integers_fill, 6-7 npr_gen_integers_fill */
  const fzd_dtype *d;  /* the integer dtype the bounds were drawn for */
  bool use_float;      /* pass a float dtype instead of d (paths 0-4, 6-7) */
  npr_dtype float_dt;  /* NPR_FLOAT32 or NPR_FLOAT64 when use_float */
  bool closed, masked; /* as decoded; paths 2-7 fix them as their API does */
  size_t n;            /* values; 1 on paths 2 and 3 (the scalar forms) */
  uint32_t seed;       /* the stream: npr_mt19937_seed(seed), then pos */
  int pos;
  fzd_i128 low, high;
  uint64_t a, b;       /* raw helpers: umulh(a, b), gen_mask(a), and ... */
  uint32_t raw_seed;   /* ... on a fresh stream (raw_seed, raw_pos): */
  int raw_pos;
  bool raw_interval;   /* npr_random_interval(a), else npr_bounded_lemire_uint64(a) */
} fzd_bounded_step;

/* Reads one iteration. The target calls it first unconditionally, then again
 * while fz_remaining(p) > 0. */
void fzd_bounded_next(fz_provider *p, fzd_bounded_step *s);

/* --- fuzz_legacy_seed -------------------------------------------------------------- */

enum { FZD_SEED_INT, FZD_SEED_ARRAY, FZD_SET_STATE };

typedef struct fzd_legacy_input {
  /* The state before seeding (init_genrand + pos + cache), kept on errors. */
  uint32_t start_seed;
  int start_pos;
  bool start_has_gauss;
  bool use_err; /* pass an npr_error (else NULL) */
  int kind;     /* FZD_SEED_INT, FZD_SEED_ARRAY, FZD_SET_STATE */
  npr_int128 seed;        /* FZD_SEED_INT: any 128-bit value */
  int64_t *seeds;         /* FZD_SEED_ARRAY: n_seeds words, malloc'd */
  size_t n_seeds;
  bool seeds_bad;         /* a word outside 0..2**32-1 */
  uint32_t key[NPR_MT19937_N]; /* FZD_SET_STATE (never all zero) */
  int pos, has_gauss;
  double gauss;
  const uint8_t *ops;     /* the call sequence (at most 512 bytes), read */
  size_t n_ops;           /* with fzd_legacy_next_call */
} fzd_legacy_input;

void fzd_legacy_decode(const uint8_t *data, size_t size, fzd_legacy_input *in);
void fzd_legacy_free(fzd_legacy_input *in);

enum {
  FZD_OP_RANDOM_SAMPLE,        /* random_sample(size=n) */
  FZD_OP_STANDARD_NORMAL,      /* standard_normal(size=n) */
  FZD_OP_STANDARD_NORMAL_1,    /* standard_normal() */
  FZD_OP_STANDARD_EXPONENTIAL, /* standard_exponential(size=n) */
  FZD_OP_TOMAXINT,             /* tomaxint() */
  FZD_OP_RANDINT,              /* randint(lo, hi, size=n, dtype=dt) */
  FZD_OP_BYTES,                /* bytes(length) */
  FZD_OP_NORMAL,               /* normal(x, y, size=n) */
  FZD_OP_PERMUTATION,          /* permutation(k) */
  FZD_OP_UNIFORM,              /* uniform(x, y, size=n) */
  FZD_OP_EXPONENTIAL           /* exponential(x, size=n) */
};

typedef struct fzd_legacy_call {
  int op;   /* FZD_OP_* */
  size_t n; /* 1..8 */
  npr_dtype dt;
  npr_int128 lo, hi;
  int64_t length;
  double x, y;
  size_t k;
} fzd_legacy_call;

/* Reads the next call of the sequence; false when it is over. */
bool fzd_legacy_next_call(fz_provider *p, fzd_legacy_call *c);

#endif
