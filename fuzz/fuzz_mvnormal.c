/* fuzz_mvnormal: multivariate_normal (nprand::linalg) on random small
 * matrices.
 *
 * Dimensions 1-5, covariances from edge values (NaN, inf, huge, tiny,
 * subnormal) or random symmetric/asymmetric/PSD-like small values, every
 * method and check_valid, small sizes, both APIs. Invariants: a known
 * status; the shape-only call (out NULL) reports the shape the real call
 * fills; on an error out is not written; two runs from the same state give
 * the same bits and the same stream afterwards; the caller's floating-point
 * flags survive the call. In a build without nprand::linalg the target is
 * empty. */
#include <fenv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifndef NPRAND_HAVE_LINALG

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  (void)data;
  (void)size;
  return 0;
}

#else

#include "nprand/multivariate_normal.h"

enum { MAX_N = 5, MAX_ROWS = 6, MAX_OUT = MAX_N * MAX_ROWS };

static double entry(fz_provider *p) {
  switch (fz_choose(p, 4)) {
  case 0: return fz_edge_double(p);
  case 1: return (double)(int8_t)fz_u8(p) / 16.0;
  default: return (double)fz_u8(p) / 64.0;
  }
}

static bool known_status(npr_status st) {
  return st == NPR_OK || st == NPR_VALUE_ERROR || st == NPR_LINALG_ERROR || st == NPR_NOT_IMPLEMENTED ||
         st == NPR_MEMORY_ERROR;
}

static npr_status call(bool legacy, npr_randomstate *rs, npr_generator *g, const double *mean, size_t n,
                       const double *cov, const npr_shape *size, npr_mvn_check check, double tol,
                       npr_mvn_method method, double *out, size_t cap, npr_shape *shape, npr_warnings *w,
                       npr_error *err) {
  return legacy ? npr_rs_multivariate_normal(rs, mean, n, cov, size, check, tol, out, cap, shape, w, err)
                : npr_gen_multivariate_normal(g, mean, n, cov, size, check, tol, method, out, cap, shape, w, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_provider p;
  npr_randomstate rs[2];
  npr_mt19937 mt[2];
  npr_generator g[2];
  double mean[MAX_N], cov[MAX_N * MAX_N], out[2][MAX_OUT];
  npr_shape shape_size, *size_p = NULL, shape = {0, {0}};
  npr_warnings w[2];
  npr_error err[2];
  npr_status st[2];
  const uint32_t seed = 0;
  size_t n, i, j, total;
  bool legacy, symmetric;
  npr_mvn_check check;
  npr_mvn_method method;
  double tol;
  int run;

  fz_init(&p, data, size);
  legacy = fz_bool(&p);
  n = 1 + fz_choose(&p, MAX_N);
  symmetric = fz_u8(&p) < 200;
  for (i = 0; i < n; i++) mean[i] = fz_u8(&p) < 240 ? (double)(int8_t)fz_u8(&p) : fz_edge_double(&p);
  for (i = 0; i < n; i++) {
    for (j = 0; j < n; j++) {
      if (symmetric && j < i) {
        cov[i * n + j] = cov[j * n + i];
      } else {
        cov[i * n + j] = entry(&p);
      }
    }
  }
  if (fz_bool(&p)) {
    shape_size.ndim = fz_choose(&p, 3);
    for (i = 0; i < shape_size.ndim; i++) shape_size.dims[i] = (int64_t)fz_choose(&p, 3) - (fz_u8(&p) == 255);
    size_p = &shape_size;
  }
  check = (npr_mvn_check)fz_choose(&p, 4);
  method = (npr_mvn_method)fz_choose(&p, 3);
  tol = fz_bool(&p) ? 1e-8 : fz_edge_double(&p);

  for (run = 0; run < 2; run++) {
    fexcept_t before;
    npr_mt19937_seed(&mt[run], seed);
    npr_randomstate_seed(&rs[run], npr_int128_from_i64(seed), NULL);
    npr_generator_init(&g[run], npr_mt19937_bitgen(&mt[run]), NPR_NUMPY_DEFAULT);
    memset(&w[run], 0, sizeof w[run]);
    for (i = 0; i < MAX_OUT; i++) out[run][i] = -7.25;
    st[run] = call(legacy, &rs[run], &g[run], mean, n, cov, size_p, check, tol, method, NULL, 0, &shape, NULL,
                   &err[run]);
    if (st[run] != NPR_OK) {
      FZ_CHECK(known_status(st[run]), "shape check: status %d (%s)", (int)st[run], err[run].message);
      return 0;
    }
    total = npr_shape_count(&shape);
    FZ_CHECK(shape.ndim >= 1 && shape.dims[shape.ndim - 1] == (int64_t)n, "shape does not end in n = %zu", n);
    if (total > MAX_OUT) return 0;
    feclearexcept(FE_ALL_EXCEPT);
    feraiseexcept(FE_DIVBYZERO);
    fegetexceptflag(&before, FE_ALL_EXCEPT);
    st[run] = call(legacy, &rs[run], &g[run], mean, n, cov, size_p, check, tol, method, out[run], MAX_OUT, NULL,
                   &w[run], &err[run]);
    FZ_CHECK(fetestexcept(FE_ALL_EXCEPT) == FE_DIVBYZERO, "the caller's floating-point flags changed");
    FZ_CHECK(known_status(st[run]), "status %d (%s)", (int)st[run], err[run].message);
    FZ_CHECK(w[run].count <= NPR_WARNINGS_MAX, "warnings overflow");
    if (st[run] != NPR_OK) {
      for (i = 0; i < MAX_OUT; i++) FZ_CHECK(out[run][i] == -7.25, "out written on error");
    } else {
      for (i = total; i < MAX_OUT; i++) FZ_CHECK(out[run][i] == -7.25, "out written beyond the shape");
    }
  }
  FZ_CHECK(st[0] == st[1], "two runs differ in status");
  FZ_CHECK(memcmp(out[0], out[1], sizeof out[0]) == 0, "two runs differ in values");
  FZ_CHECK(w[0].count == w[1].count, "two runs differ in warnings");
  FZ_CHECK(legacy ? memcmp(rs[0].mt.key, rs[1].mt.key, sizeof rs[0].mt.key) == 0 && rs[0].mt.pos == rs[1].mt.pos
                  : memcmp(mt[0].key, mt[1].key, sizeof mt[0].key) == 0 && mt[0].pos == mt[1].pos,
           "two runs leave different streams");
  return 0;
}

#endif
