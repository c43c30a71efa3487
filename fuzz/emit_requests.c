/* nprand-fuzz-requests: the inputs of fuzz_bounded and fuzz_legacy_seed as
 * `nprand --batch` requests (/work/shared/CONTRACT.md), for the
 * NumPy-differential test oracle/fuzz_differential.py.
 *
 *   nprand-fuzz-requests [--target NAME] [--requests-only] PATH...
 *
 * PATH is an input file or a folder of them (not recursive, sorted, dot-files
 * skipped, as the replay main reads them). The target is the name of the
 * folder (corpora/fuzz/fuzz_bounded/...) unless --target names it.
 *
 * Inputs are decoded by the targets' own decoders (request_decode.c), so a
 * request describes exactly the call the target made. One JSON object per
 * line on standard output:
 *
 *   {"target": T, "input": PATH}                                  an input starts
 *   {"target": T, "input": PATH, "step": k, "what": "...", "request": {...}}
 *   {"target": T, "input": PATH, "step": k, "skip": "reason"}     no Python call
 *
 * or, with --requests-only, just the requests (for `nprand --batch` or
 * `differential.py --requests`).
 *
 * Mapping. fuzz_bounded runs each call on MT19937 init_genrand(seed) started
 * at a fuzzed position; Python cannot start a stream mid-state, so a request
 * uses the same seed word from its beginning: masked calls as
 * RandomState(seed) (family legacy), Lemire calls as
 * Generator(MT19937(SeedSequence(seed))) (family mt19937). The call itself --
 * method, dtype, bounds, size or scalar form, endpoint -- is the target's.
 *   paths 0-1  npr_integers_fill: masked -> randint(low, high) (closed:
 *              randint(low, high + 1), the same draws); Lemire -> integers(low,
 *              high, endpoint=closed)
 *   path 2     randint(low, high, dtype=dt)               (scalar)
 *   paths 3-4  randint(low, high, size=n, dtype=dt)       (3: size 1)
 *   path 5     random_integers(low, high, size=n)
 *   paths 6-7  integers(low, high, size=n, dtype=dt, endpoint=closed)
 *   npr_random_interval(a)       randint(0, a + 1, dtype=uint64)   (scalar)
 *   npr_bounded_lemire_uint64(a) integers(0, a, endpoint=True, dtype=uint64)
 *                                (a >= 2**32; below, NumPy draws 32-bit words
 *                                and never calls it: skipped)
 *   npr_umulh_portable, npr_gen_mask: pure arithmetic, skipped.
 * fuzz_legacy_seed: RandomState(int seed) or RandomState([words]) followed by
 * the target's call sequence; set_state inputs are skipped (the contract has
 * no set_state). */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "request_decode.h"

/* --- a growing string ------------------------------------------------------------ */

typedef struct sbuf {
  char *s;
  size_t len, cap;
} sbuf;

static void sb_add(sbuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void sb_add(sbuf *b, const char *fmt, ...) {
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) abort();
  if (b->len + (size_t)n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    char *grown;
    while (b->len + (size_t)n + 1 > cap) cap *= 2;
    grown = realloc(b->s, cap);
    if (grown == NULL) abort();
    b->s = grown;
    b->cap = cap;
  }
  va_start(ap, fmt);
  vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

static void sb_clear(sbuf *b) {
  b->len = 0;
  if (b->s) b->s[0] = '\0';
}

static void sb_str(sbuf *b, const char *s) {
  sb_add(b, "\"");
  for (; *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == '"' || ch == '\\') sb_add(b, "\\%c", ch);
    else if (ch < 0x20) sb_add(b, "\\u%04x", ch);
    else sb_add(b, "%c", ch);
  }
  sb_add(b, "\"");
}

static void sb_i128(sbuf *b, fzd_i128 v) {
  fzd_u128 m = v < 0 ? -(fzd_u128)v : (fzd_u128)v;
  char tmp[48];
  int n = 0;
  do {
    tmp[n++] = (char)('0' + (int)(m % 10));
    m /= 10;
  } while (m);
  if (v < 0) sb_add(b, "-");
  while (n) sb_add(b, "%c", tmp[--n]);
}

static fzd_i128 from_npr(npr_int128 v) { return (fzd_i128)v.hi * ((fzd_i128)1 << 64) + (fzd_i128)v.lo; }

/* A double that parses back to the same bits, always as a JSON float (a
 * trailing ".0" keeps -0.0 and integral values floats); non-finite values as
 * the contract's strings. */
static void sb_double(sbuf *b, double x) {
  char tmp[40];
  if (isnan(x)) {
    sb_add(b, "\"nan\"");
    return;
  }
  if (isinf(x)) {
    sb_add(b, x > 0 ? "\"inf\"" : "\"-inf\"");
    return;
  }
  snprintf(tmp, sizeof tmp, "%.17g", x);
  sb_add(b, "%s%s", tmp, strpbrk(tmp, ".e") ? "" : ".0");
}

/* --- records ------------------------------------------------------------------------- */

typedef struct emitter {
  const char *target, *input;
  bool requests_only;
  sbuf req; /* the request being built */
  sbuf line;
  unsigned long requests, skipped;
} emitter;

static void record_head(emitter *e, int step) {
  sb_clear(&e->line);
  sb_add(&e->line, "{\"target\": ");
  sb_str(&e->line, e->target);
  sb_add(&e->line, ", \"input\": ");
  sb_str(&e->line, e->input);
  if (step >= 0) sb_add(&e->line, ", \"step\": %d", step);
}

static void emit_input(emitter *e) {
  if (e->requests_only) return;
  record_head(e, -1);
  fprintf(stdout, "%s}\n", e->line.s);
}

static void emit_skip(emitter *e, int step, const char *reason) {
  e->skipped++;
  if (e->requests_only) return;
  record_head(e, step);
  sb_add(&e->line, ", \"skip\": ");
  sb_str(&e->line, reason);
  fprintf(stdout, "%s}\n", e->line.s);
}

/* Prints e->req, a complete request object. */
static void emit_request(emitter *e, int step, const char *what) {
  e->requests++;
  if (e->requests_only) {
    fprintf(stdout, "%s\n", e->req.s);
    return;
  }
  record_head(e, step);
  sb_add(&e->line, ", \"what\": ");
  sb_str(&e->line, what);
  fprintf(stdout, "%s, \"request\": %s}\n", e->line.s, e->req.s);
}

/* {"family": F, "seed": S, "calls": [  -- the caller adds calls and "]}". */
static void req_begin(emitter *e, const char *family, uint32_t seed) {
  sb_clear(&e->req);
  sb_add(&e->req, "{\"family\": \"%s\", \"seed\": %lu, \"calls\": [", family, (unsigned long)seed);
}

/* One call {"method": m, "args": [low, high], "kwargs": {...}}; size < 0 is
 * the scalar form; dtype NULL leaves it at the default. */
static void req_bounded_call(sbuf *b, const char *method, fzd_i128 low, fzd_i128 high, long size, const char *dtype,
                             int endpoint) {
  sb_add(b, "{\"method\": \"%s\", \"args\": [", method);
  sb_i128(b, low);
  sb_add(b, ", ");
  sb_i128(b, high);
  sb_add(b, "], \"kwargs\": {");
  if (size >= 0) sb_add(b, "\"size\": %ld%s", size, dtype || endpoint >= 0 ? ", " : "");
  if (dtype) sb_add(b, "\"dtype\": \"%s\"%s", dtype, endpoint >= 0 ? ", " : "");
  if (endpoint >= 0) sb_add(b, "\"endpoint\": %s", endpoint ? "true" : "false");
  sb_add(b, "}}");
}

/* --- fuzz_bounded -------------------------------------------------------------------------- */

static void emit_bounded(emitter *e, const uint8_t *data, size_t size) {
  fz_provider p;
  int step = 0;
  fz_init(&p, data, size);
  do {
    fzd_bounded_step s;
    const char *dtype;
    long count;
    char what[160];
    fzd_bounded_next(&p, &s);
    count = (long)s.n;
    dtype = npr_dtype_name(s.use_float && s.path != 5 ? s.float_dt : s.d->dt);

    switch (s.path) {
    case 0:
    case 1:
      if (s.masked) {
        req_begin(e, "legacy", s.seed);
        req_bounded_call(&e->req, "randint", s.low, s.closed ? s.high + 1 : s.high, count, dtype, -1);
        snprintf(what, sizeof what, "path %d: npr_integers_fill masked %s as RandomState.randint", s.path,
                 s.closed ? "closed (high + 1)" : "open");
      } else {
        req_begin(e, "mt19937", s.seed);
        req_bounded_call(&e->req, "integers", s.low, s.high, count, dtype, s.closed);
        snprintf(what, sizeof what, "path %d: npr_integers_fill Lemire as Generator.integers", s.path);
      }
      break;
    case 2:
    case 3:
    case 4:
      req_begin(e, "legacy", s.seed);
      req_bounded_call(&e->req, "randint", s.low, s.high, s.path == 2 ? -1 : count, dtype, -1);
      snprintf(what, sizeof what, "path %d: npr_rs_randint%s", s.path, s.path == 2 ? " (scalar)" : "_fill");
      break;
    case 5:
      req_begin(e, "legacy", s.seed);
      req_bounded_call(&e->req, "random_integers", s.low, s.high, count, NULL, -1);
      snprintf(what, sizeof what, "path 5: npr_rs_random_integers_fill");
      break;
    default:
      req_begin(e, "mt19937", s.seed);
      req_bounded_call(&e->req, "integers", s.low, s.high, count, dtype, s.closed);
      snprintf(what, sizeof what, "path %d: npr_gen_integers_fill", s.path);
      break;
    }
    sb_add(&e->req, "]}");
    emit_request(e, step, what);

    emit_skip(e, step, "npr_umulh_portable/npr_gen_mask: pure arithmetic, no Python call");
    if (s.raw_interval) {
      req_begin(e, "legacy", s.raw_seed);
      req_bounded_call(&e->req, "randint", 0, (fzd_i128)s.a + 1, -1, "uint64", -1);
      sb_add(&e->req, "]}");
      emit_request(e, step, "npr_random_interval(a) as RandomState.randint(0, a + 1, dtype=uint64)");
    } else if (s.a == UINT64_MAX) {
      /* the target makes no call */
    } else if (s.a > 0xFFFFFFFFULL) {
      req_begin(e, "mt19937", s.raw_seed);
      req_bounded_call(&e->req, "integers", 0, (fzd_i128)s.a, -1, "uint64", 1);
      sb_add(&e->req, "]}");
      emit_request(e, step, "npr_bounded_lemire_uint64(a) as Generator.integers(0, a, endpoint=True, dtype=uint64)");
    } else {
      emit_skip(e, step, "npr_bounded_lemire_uint64(a < 2**32): NumPy draws 32-bit words there, never calls it");
    }
    step++;
  } while (fz_remaining(&p) > 0);
}

/* --- fuzz_legacy_seed --------------------------------------------------------------------- */

static void legacy_call(sbuf *b, const fzd_legacy_call *c) {
  static const char *const sized[] = {"random_sample", "standard_normal", NULL, "standard_exponential"};
  switch (c->op) {
  case FZD_OP_RANDOM_SAMPLE:
  case FZD_OP_STANDARD_NORMAL:
  case FZD_OP_STANDARD_EXPONENTIAL:
    sb_add(b, "{\"method\": \"%s\", \"kwargs\": {\"size\": %zu}}", sized[c->op], c->n);
    break;
  case FZD_OP_STANDARD_NORMAL_1: sb_add(b, "{\"method\": \"standard_normal\"}"); break;
  case FZD_OP_TOMAXINT: sb_add(b, "{\"method\": \"tomaxint\"}"); break;
  case FZD_OP_RANDINT:
    req_bounded_call(b, "randint", from_npr(c->lo), from_npr(c->hi), (long)c->n, npr_dtype_name(c->dt), -1);
    break;
  case FZD_OP_BYTES: sb_add(b, "{\"method\": \"bytes\", \"args\": [%lld]}", (long long)c->length); break;
  case FZD_OP_NORMAL:
  case FZD_OP_UNIFORM:
    sb_add(b, "{\"method\": \"%s\", \"args\": [", c->op == FZD_OP_NORMAL ? "normal" : "uniform");
    sb_double(b, c->x);
    sb_add(b, ", ");
    sb_double(b, c->y);
    sb_add(b, "], \"kwargs\": {\"size\": %zu}}", c->n);
    break;
  case FZD_OP_PERMUTATION: sb_add(b, "{\"method\": \"permutation\", \"args\": [%zu]}", c->k); break;
  default:
    sb_add(b, "{\"method\": \"exponential\", \"args\": [");
    sb_double(b, c->x);
    sb_add(b, "], \"kwargs\": {\"size\": %zu}}", c->n);
    break;
  }
}

static void emit_legacy_seed(emitter *e, const uint8_t *data, size_t size) {
  fzd_legacy_input *in = malloc(sizeof *in);
  fzd_legacy_call c;
  fz_provider p;
  size_t k, n_calls = 0;
  if (in == NULL) abort();
  fzd_legacy_decode(data, size, in);
  if (in->kind == FZD_SET_STATE) {
    emit_skip(e, 0, "set_state: the contract has no set_state call");
  } else {
    sb_clear(&e->req);
    sb_add(&e->req, "{\"family\": \"legacy\", \"seed\": ");
    if (in->kind == FZD_SEED_INT) {
      sb_i128(&e->req, from_npr(in->seed));
    } else {
      sb_add(&e->req, "[");
      for (k = 0; k < in->n_seeds; k++) sb_add(&e->req, "%s%lld", k ? ", " : "", (long long)in->seeds[k]);
      sb_add(&e->req, "]");
    }
    sb_add(&e->req, ", \"calls\": [");
    fz_init(&p, in->ops, in->n_ops);
    while (fzd_legacy_next_call(&p, &c)) {
      if (n_calls++) sb_add(&e->req, ", ");
      legacy_call(&e->req, &c);
    }
    sb_add(&e->req, "]}");
    emit_request(e, 0, in->kind == FZD_SEED_INT ? "RandomState(int) + call sequence"
                                                : "RandomState([words]) + call sequence");
  }
  fzd_legacy_free(in);
  free(in);
}

/* --- inputs ------------------------------------------------------------------------------------- */

typedef void (*emit_fn)(emitter *, const uint8_t *, size_t);

static const struct {
  const char *name;
  emit_fn fn;
} targets[] = {{"fuzz_bounded", emit_bounded}, {"fuzz_legacy_seed", emit_legacy_seed}};

static emit_fn find_target(const char *name) {
  size_t i;
  for (i = 0; i < sizeof targets / sizeof targets[0]; i++)
    if (strcmp(targets[i].name, name) == 0) return targets[i].fn;
  return NULL;
}

static int read_file(const char *path, uint8_t **data, size_t *size) {
  FILE *f = fopen(path, "rb");
  uint8_t *buf = NULL;
  size_t n = 0, cap = 0, got;
  if (f == NULL) return -1;
  do {
    if (n == cap) {
      uint8_t *grown = realloc(buf, cap = cap ? 2 * cap : 4096);
      if (grown == NULL) abort();
      buf = grown;
    }
    got = fread(buf + n, 1, cap - n, f);
    n += got;
  } while (got > 0);
  if (ferror(f)) {
    fclose(f);
    free(buf);
    return -1;
  }
  fclose(f);
  *data = buf;
  *size = n;
  return 0;
}

static int emit_file(emitter *e, emit_fn fn, const char *path) {
  uint8_t *data = NULL;
  size_t size = 0;
  if (read_file(path, &data, &size) != 0) {
    fprintf(stderr, "nprand-fuzz-requests: cannot read %s\n", path);
    return -1;
  }
  e->input = path;
  emit_input(e);
  fn(e, data, size);
  free(data);
  return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The last component of path ("a/b/" -> "b"), or of its folder when
 * parent is set. */
static void path_name(const char *path, bool parent, char *out, size_t cap) {
  char tmp[4096];
  char *slash;
  snprintf(tmp, sizeof tmp, "%s", path);
  for (;;) {
    size_t len = strlen(tmp);
    while (len > 1 && tmp[len - 1] == '/') tmp[--len] = '\0';
    if (!parent) break;
    slash = strrchr(tmp, '/');
    if (slash == NULL) {
      snprintf(tmp, sizeof tmp, ".");
      break;
    }
    *slash = '\0';
    parent = false;
  }
  slash = strrchr(tmp, '/');
  snprintf(out, cap, "%s", slash ? slash + 1 : tmp);
}

static int emit_path(emitter *e, const char *target, const char *path) {
  struct stat st;
  char name[256];
  emit_fn fn;
  int rc = 0;
  if (stat(path, &st) != 0) {
    fprintf(stderr, "nprand-fuzz-requests: cannot open %s\n", path);
    return -1;
  }
  if (target == NULL) {
    path_name(path, !S_ISDIR(st.st_mode), name, sizeof name);
    target = name;
  }
  fn = find_target(target);
  if (fn == NULL) {
    fprintf(stderr, "nprand-fuzz-requests: %s: target '%s' has no request mapping (fuzz_bounded, fuzz_legacy_seed; "
                    "--target NAME)\n", path, target);
    return -1;
  }
  e->target = target;
  if (!S_ISDIR(st.st_mode)) return emit_file(e, fn, path);
  {
    DIR *dir = opendir(path);
    struct dirent *ent;
    char **names = NULL;
    size_t n = 0, cap = 0, i;
    if (dir == NULL) {
      fprintf(stderr, "nprand-fuzz-requests: cannot list %s\n", path);
      return -1;
    }
    while ((ent = readdir(dir)) != NULL) {
      if (ent->d_name[0] == '.') continue;
      if (n == cap) {
        char **grown = realloc(names, (cap = cap ? 2 * cap : 64) * sizeof *names);
        if (grown == NULL) abort();
        names = grown;
      }
      names[n] = malloc(strlen(path) + strlen(ent->d_name) + 2);
      if (names[n] == NULL) abort();
      sprintf(names[n], "%s/%s", path, ent->d_name);
      n++;
    }
    closedir(dir);
    if (n) qsort(names, n, sizeof *names, cmp_str);
    for (i = 0; i < n; i++) {
      struct stat fst;
      if (stat(names[i], &fst) == 0 && S_ISREG(fst.st_mode) && emit_file(e, fn, names[i]) != 0) rc = -1;
      free(names[i]);
    }
    free(names);
  }
  return rc;
}

int main(int argc, char **argv) {
  emitter e;
  const char *target = NULL;
  int i, rc = 0, paths = 0;
  memset(&e, 0, sizeof e);
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--requests-only") == 0) {
      e.requests_only = true;
    } else if (strcmp(argv[i], "--target") == 0 && i + 1 < argc) {
      target = argv[++i];
    } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      printf("usage: %s [--target fuzz_bounded|fuzz_legacy_seed] [--requests-only] PATH...\n", argv[0]);
      return 0;
    } else if (argv[i][0] == '-' && argv[i][1] == '-') {
      fprintf(stderr, "nprand-fuzz-requests: unknown option %s\n", argv[i]);
      return 2;
    } else {
      paths++;
      if (emit_path(&e, target, argv[i]) != 0) rc = 1;
    }
  }
  if (paths == 0) {
    fprintf(stderr, "usage: %s [--target fuzz_bounded|fuzz_legacy_seed] [--requests-only] PATH...\n", argv[0]);
    return 2;
  }
  fprintf(stderr, "nprand-fuzz-requests: %lu requests, %lu skipped\n", e.requests, e.skipped);
  free(e.req.s);
  free(e.line.s);
  if (fflush(stdout) != 0) rc = 1;
  return rc;
}
