/* CPython's random.Random (3.11 through 3.14), bit for bit, on top of
 * npr_mt19937.
 *
 * Every function mirrors one method of random.Random and draws exactly the
 * 32-bit words CPython draws, in the same order, so a Python session and an
 * npr_pyrandom seeded alike stay in lock step across any mix of calls. The
 * streams are the same in every version; argument rules and exception texts
 * are each version's own (see npr_python).
 *
 * Arguments are C values: integers are int64_t, or npr_bigint (any size up
 * to 4096 bits) in the _big forms; floats are double. Python's own int
 * arithmetic (randrange's width, randint's b + 1, cumulative counts) is
 * done in npr_bigint and stays exact; a value past 4096 bits, or an int64
 * form's result past int64, is reported as NPR_NOT_IMPLEMENTED, never
 * wrapped. NPR_NOT_IMPLEMENTED is also what a
 * call returns where CPython itself has no reproducible answer (a NaN seed,
 * whose hash is the object's address since 3.10) or never returns at all
 * (gammavariate(nan, 1) loops forever): see each function.
 *
 * Errors carry CPython's exception class and exact message (ZeroDivisionError
 * as NPR_ZERO_DIVISION_ERROR). */
#ifndef NPRAND_PYRANDOM_H
#define NPRAND_PYRANDOM_H

#include <stddef.h>
#include <stdint.h>

#include "nprand/bigint.h"
#include "nprand/mt19937.h"
#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The CPython whose random module a stream reproduces. What differs:
 *   3.12  binomialvariate; expovariate(lambd=1.0); randrange's TypeError for
 *         non-integers (3.11: ValueError "non-integer arg 1 for randrange()",
 *         integral floats accepted) and its "empty range in randrange(a, b)"
 *         / "(a, b, step)" messages.
 *   3.13  seed()'s TypeError text ("The only supported seed types are:\nNone,
 *         int, float, str, bytes, and bytearray.").
 *   3.14  randint's own check ("empty range in randint(a, b)"); sample's
 *         counts may total 0 ("Counts must be non-negative" below); getrandbits
 *         and randbytes take a C uint64 ("Cannot convert negative int",
 *         "Python int too large for C uint64_t"); float division by zero is
 *         ZeroDivisionError "division by zero". */
typedef enum npr_python {
  NPR_PYTHON_3_11 = 311,
  NPR_PYTHON_3_12 = 312,
  NPR_PYTHON_3_13 = 313,
  NPR_PYTHON_3_14 = 314
} npr_python;

/* "3.11" ... "3.14" (also "3.13.5": the patch level does not matter).
 * Anything else: ValueError "unsupported Python version '...' (nprand has
 * 3.11, 3.12, 3.13, 3.14)". */
npr_status npr_python_parse(const char *text, npr_python *out, npr_error *err);

/* random.Random: the Twister (mt.pos is CPython's index), gauss()'s cached
 * second value and the CPython version. Plain data: copy it to fork a
 * stream. Seed it with one of the npr_pyrandom_seed_* calls before drawing. */
typedef struct npr_pyrandom {
  npr_mt19937 mt;
  int has_gauss_next; /* 0: gauss_next is None */
  double gauss_next;
  npr_python python;
} npr_pyrandom;

/* Makes r behave as `python`'s random.Random. The seed_* calls are
 * Random(a) and make a 3.11 Random, so call this after seeding (and again
 * after re-seeding). An unknown value is ValueError and changes nothing. */
npr_status npr_pyrandom_set_python(npr_pyrandom *r, npr_python python, npr_error *err);

/* What Random.getstate() returns: (version, (key[0], ..., key[623], pos),
 * gauss_next). */
typedef struct npr_pyrandom_state {
  long version; /* 3 from getstate */
  uint32_t key[NPR_MT19937_N];
  long pos;           /* 0..624 */
  int has_gauss_next; /* 0: None */
  double gauss_next;
} npr_pyrandom_state;

/* ---- seeding: Random.seed(a, version=2) ------------------------------- */

/* seed(None): 624 words of OS entropy through init_by_array. CPython falls
 * back to time and pid when urandom fails; nprand reports the OSError. */
npr_status npr_pyrandom_seed_entropy(npr_pyrandom *r, npr_error *err);

/* seed(int): the int is given as its sign and magnitude in little-endian
 * 32-bit words (any length; high zero words are ignored, no words means 0).
 * CPython seeds from the absolute value, so negative only documents intent:
 * seed(-5) and seed(5) are the same stream. */
void npr_pyrandom_seed_words(npr_pyrandom *r, int negative, const uint32_t *words, size_t nwords);

/* seed(int) for an int that fits int64_t. */
void npr_pyrandom_seed_i64(npr_pyrandom *r, int64_t seed);

/* seed(int) from a decimal literal of any length, as int(s) accepts it:
 * surrounding whitespace, an optional sign, digits with single underscores
 * between them. ValueError "invalid literal for int() with base 10: '...'"
 * otherwise. */
npr_status npr_pyrandom_seed_decimal(npr_pyrandom *r, const char *s, npr_error *err);

/* The parser behind npr_pyrandom_seed_decimal, for callers that need the
 * words themselves: fills *negative and words[0..*nwords) (little-endian,
 * no high zero words; 0 is one zero word). strlen(s) / 9 + 1 words always
 * suffice; a smaller capacity that turns out too small is NPR_VALUE_ERROR. */
npr_status npr_pyrandom_parse_decimal(const char *s, int *negative, uint32_t *words, size_t capacity, size_t *nwords,
                                      npr_error *err);

/* Any object CPython seeds by hash: the hash is reinterpreted as size_t, so
 * hash -2 seeds from 2**64 - 2. */
void npr_pyrandom_seed_hash(npr_pyrandom *r, int64_t hash);

/* seed(float): through hash(float) (npr_py_hash_double), so seed(5.0) is
 * seed(5) but seed(-5.0) is not seed(-5). NaN: NPR_NOT_IMPLEMENTED (CPython
 * 3.10+ hashes a NaN by its address, so the stream is not reproducible). */
npr_status npr_pyrandom_seed_double(npr_pyrandom *r, double a, npr_error *err);

/* seed(str, version): utf8/len is the str. version 2 hashes str.encode()
 * with SHA-512; version 1 is the old string hash over the code points.
 * Lone surrogates may be passed in their 3-byte (WTF-8) form: version 1
 * uses them, version 2 fails as str.encode() does (ValueError, CPython's
 * UnicodeEncodeError message). Other versions hash the str with CPython's
 * randomized string hash: NPR_NOT_IMPLEMENTED. Malformed UTF-8 is
 * NPR_VALUE_ERROR. */
npr_status npr_pyrandom_seed_str(npr_pyrandom *r, const char *utf8, size_t len, int version, npr_error *err);

/* seed(bytes, version): version 2 hashes with SHA-512, version 1 decodes as
 * latin-1 and uses the old string hash; other versions NPR_NOT_IMPLEMENTED. */
npr_status npr_pyrandom_seed_bytes(npr_pyrandom *r, const void *data, size_t len, int version, npr_error *err);

/* hash(float) of CPython 3.11 on a 64-bit build (modulus 2**61 - 1, inf
 * 314159, -1 mapped to -2). NaN: NPR_NOT_IMPLEMENTED (address-based). */
npr_status npr_py_hash_double(double v, int64_t *hash, npr_error *err);

/* ---- state ------------------------------------------------------------ */

void npr_pyrandom_getstate(const npr_pyrandom *r, npr_pyrandom_state *state);

/* setstate(state). Versions 3 and 2 are accepted (version 2 reduced its
 * signed words mod 2**32: do that before filling key); any other is
 * ValueError "state with version %s passed to Random.setstate() of version
 * 3". pos outside 0..624 is ValueError "invalid state" -- after gauss_next
 * has been taken over, as in CPython. CPython truncates key words that do
 * not fit 32 bits (OverflowError past 64 bits or below 0); key is already
 * uint32_t, so a caller holding Python ints applies those rules itself. */
npr_status npr_pyrandom_setstate(npr_pyrandom *r, const npr_pyrandom_state *state, npr_error *err);

/* ---- bits and bytes ----------------------------------------------------- */

/* random(): [0, 1) from two words, 53 bits. */
double npr_pyrandom_random(npr_pyrandom *r);

/* getrandbits(k) for 0 <= k <= 64 (k == 0 draws nothing and gives 0).
 * k outside C int: OverflowError "Python int too large to convert to C
 * int"; k < 0: ValueError "number of bits must be non-negative" (3.14:
 * see npr_pyrandom_getrandbits_big); 64 < k:
 * NPR_NOT_IMPLEMENTED (use npr_pyrandom_getrandbits_words). */
npr_status npr_pyrandom_getrandbits(npr_pyrandom *r, int64_t k, uint64_t *out, npr_error *err);

/* getrandbits(k) for any k: the result's little-endian 32-bit words, all
 * (k + 31) / 32 of them (zero words for k == 0, meaning 0), into words;
 * *nwords gets that count. Errors as npr_pyrandom_getrandbits; a capacity
 * below the count is NPR_VALUE_ERROR and draws nothing. */
npr_status npr_pyrandom_getrandbits_words(npr_pyrandom *r, int64_t k, uint32_t *words, size_t capacity, size_t *nwords,
                                          npr_error *err);

/* randbytes(n): n bytes into out. n * 8 must fit C int (else OverflowError
 * "Python int too large to convert to C int"); n < 0 is ValueError "number
 * of bits must be non-negative". */
npr_status npr_pyrandom_randbytes(npr_pyrandom *r, int64_t n, unsigned char *out, npr_error *err);

/* ---- integers ----------------------------------------------------------- */

/* _randbelow(n) (getrandbits(n.bit_length()) with rejection) for
 * 1 <= n <= 2**64 - 1. n == 0: NPR_VALUE_ERROR, since CPython loops
 * forever. */
npr_status npr_pyrandom_randbelow(npr_pyrandom *r, uint64_t n, uint64_t *out, npr_error *err);

/* randrange(start, stop, step); stop == NULL is randrange(start) (or
 * randrange(start, None, step): TypeError "Missing a non-None stop
 * argument" unless step == 1). Exact for all int64 arguments. */
npr_status npr_pyrandom_randrange(npr_pyrandom *r, int64_t start, const int64_t *stop, int64_t step, int64_t *out,
                                  npr_error *err);

/* randint(a, b) = randrange(a, b + 1), b + 1 computed wide (3.14: its own
 * check and message). */
npr_status npr_pyrandom_randint(npr_pyrandom *r, int64_t a, int64_t b, int64_t *out, npr_error *err);

/* ---- integers of any size ------------------------------------------------ */
/* The same methods on npr_bigint, exactly as Python's unbounded ints: the
 * range may be 2**200 wide, results as large. out may alias an argument. */

/* _randbelow(n), n >= 1 (n <= 0: ValueError, CPython would loop or fail
 * inside getrandbits). */
npr_status npr_pyrandom_randbelow_big(npr_pyrandom *r, const npr_bigint *n, npr_bigint *out, npr_error *err);

/* randrange(start, stop, step); stop == NULL is stop=None, step == NULL the
 * default step (an explicit 1 is the same object in CPython). */
npr_status npr_pyrandom_randrange_big(npr_pyrandom *r, const npr_bigint *start, const npr_bigint *stop,
                                      const npr_bigint *step, npr_bigint *out, npr_error *err);

npr_status npr_pyrandom_randint_big(npr_pyrandom *r, const npr_bigint *a, const npr_bigint *b, npr_bigint *out,
                                    npr_error *err);

/* getrandbits(k) for k of any size: words as npr_pyrandom_getrandbits_words;
 * k's own checks are the version's (3.11-3.13: C int; 3.14: C uint64). */
npr_status npr_pyrandom_getrandbits_big(npr_pyrandom *r, const npr_bigint *k, uint32_t *words, size_t capacity,
                                        size_t *nwords, npr_error *err);

/* randbytes(n) for n of any size (n * 8 goes through getrandbits' checks). */
npr_status npr_pyrandom_randbytes_big(npr_pyrandom *r, const npr_bigint *n, unsigned char *out, size_t capacity,
                                      npr_error *err);

/* sample(population, k, counts=counts) with integer counts of any size;
 * len(population) == n. The count total must fit Py_ssize_t (else
 * OverflowError "Python int too large to convert to C ssize_t", as CPython
 * takes len(range(total))). k beyond int64 is the "Sample larger" error. */
npr_status npr_pyrandom_sample_counts_big(npr_pyrandom *r, size_t n, const npr_bigint *k, const npr_bigint *counts,
                                          size_t n_counts, size_t *out, npr_error *err);

/* ---- sequences: results are indices into the caller's population ------- */

/* choice(seq) with len(seq) == n: *index is the element to take. n == 0:
 * IndexError "Cannot choose from an empty sequence". */
npr_status npr_pyrandom_choice(npr_pyrandom *r, size_t n, size_t *index, npr_error *err);

/* choices(population, weights, cum_weights=, k=) with len(population) == n.
 * weights / cum_weights == NULL means None (an empty list is a non-NULL
 * pointer with length 0). out receives max(k, 0) indices (a negative k
 * gives an empty list, as itertools.repeat does). Float weights; int
 * weights are exact too while every cumulative sum stays below 2**53. An
 * index past the population (no weights, n == 0, or n beyond 2**53) is
 * IndexError "list index out of range", as a list population raises. */
npr_status npr_pyrandom_choices(npr_pyrandom *r, size_t n, const double *weights, size_t n_weights,
                                const double *cum_weights, size_t n_cum_weights, int64_t k, size_t *out,
                                npr_error *err);

/* shuffle(x) for n elements of size bytes each, in place. */
void npr_pyrandom_shuffle(npr_pyrandom *r, void *base, size_t n, size_t size);

/* sample(population, k, counts=counts) with len(population) == n; out
 * receives k indices into the population (into the population itself, not
 * into its count-expanded form). counts == NULL means None; an empty list
 * is a non-NULL pointer with length 0. Counts are summed exactly (the
 * version's rules: npr_pyrandom_sample_counts_big). Allocates (MemoryError
 * if that fails). */
npr_status npr_pyrandom_sample(npr_pyrandom *r, size_t n, int64_t k, const int64_t *counts, size_t n_counts,
                               size_t *out, npr_error *err);

/* sample(range(n), k): the values themselves. */
npr_status npr_pyrandom_sample_range(npr_pyrandom *r, int64_t n, int64_t k, int64_t *out, npr_error *err);

/* ---- real-valued distributions ------------------------------------------ */
/* Python float semantics throughout: math.log/exp/sqrt/cos/acos domain and
 * range errors (ValueError "math domain error", OverflowError "math range
 * error"), float ** (ZeroDivisionError "0.0 cannot be raised to a negative
 * power", OverflowError "(34, 'Numerical result out of range')"), division
 * by zero (ZeroDivisionError "float division by zero"). */

double npr_pyrandom_uniform(npr_pyrandom *r, double a, double b);

/* mode == NULL is mode=None. */
npr_status npr_pyrandom_triangular(npr_pyrandom *r, double low, double high, const double *mode, double *out,
                                   npr_error *err);

npr_status npr_pyrandom_normalvariate(npr_pyrandom *r, double mu, double sigma, double *out, npr_error *err);

/* Uses and refills r->gauss_next. */
npr_status npr_pyrandom_gauss(npr_pyrandom *r, double mu, double sigma, double *out, npr_error *err);

npr_status npr_pyrandom_lognormvariate(npr_pyrandom *r, double mu, double sigma, double *out, npr_error *err);

npr_status npr_pyrandom_expovariate(npr_pyrandom *r, double lambd, double *out, npr_error *err);

/* kappa NaN never returns in CPython: NPR_NOT_IMPLEMENTED. */
npr_status npr_pyrandom_vonmisesvariate(npr_pyrandom *r, double mu, double kappa, double *out, npr_error *err);

/* ValueError "gammavariate: alpha and beta must be > 0.0". Arguments for
 * which CPython's rejection loop never ends (alpha NaN or infinite) give
 * NPR_NOT_IMPLEMENTED after a bounded number of tries. */
npr_status npr_pyrandom_gammavariate(npr_pyrandom *r, double alpha, double beta, double *out, npr_error *err);

npr_status npr_pyrandom_betavariate(npr_pyrandom *r, double alpha, double beta, double *out, npr_error *err);

npr_status npr_pyrandom_paretovariate(npr_pyrandom *r, double alpha, double *out, npr_error *err);

npr_status npr_pyrandom_weibullvariate(npr_pyrandom *r, double alpha, double beta, double *out, npr_error *err);

/* binomialvariate(n, p), 3.12+: random() < p counted n times, by the
 * geometric method (n * p < 10) or BTRS, with CPython's own math.lgamma.
 * ValueError "n must be non-negative" / "p must be in the range 0.0 <= p
 * <= 1.0"; a NaN p is CPython's AssertionError (no message), here
 * NPR_ASSERTION_ERROR. On a 3.11 stream: AttributeError "'Random' object
 * has no attribute 'binomialvariate'". */
npr_status npr_pyrandom_binomialvariate(npr_pyrandom *r, int64_t n, double p, int64_t *out, npr_error *err);

#ifdef __cplusplus
}
#endif
#endif
