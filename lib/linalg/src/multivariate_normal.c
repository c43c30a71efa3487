/* multivariate_normal of both APIs, NumPy 1.24.2's sequence (mtrand.pyx,
 * _generator.pyx) with its linear algebra made the way NumPy makes it:
 *
 * - factorisations as numpy/linalg/umath_linalg.cpp calls LAPACK: the
 *   matrix copied into a Fortran-order buffer, a workspace query (lwork =
 *   -1) then a buffer of exactly the size LAPACK asked for (the blocked
 *   and unblocked paths give different last bits, so the size matters),
 *   dgesdd jobz='A', dsyevd jobz='V' uplo='L', dpotrf uplo='L' with the
 *   upper triangle zeroed afterwards; info != 0 is LinAlgError;
 * - np.dot as numpy/core/src/common/cblasfuncs.c dispatches it (a scalar
 *   product, daxpy, dgemv or dgemm by the operands' shapes and memory
 *   order), and @ as numpy/core/src/umath/matmul.c.src does (ddot, a plain
 *   loop, dgemv or dgemm);
 * - the elementwise steps as NumPy's ufuncs compute them, each followed by
 *   NumPy's floating-point check (the RuntimeWarnings a ufunc issues when
 *   its loop raised divide-by-zero, overflow or invalid; np.dot is no ufunc
 *   and issues none, matmul is one and does).
 *
 * The values are NumPy's exactly when nprand::linalg links the BLAS/LAPACK
 * that NumPy loads (Debian: libblas.so.3 and liblapack.so.3 of the
 * alternatives system). */
#include <fenv.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "blas_lapack.h"
#include "nprand/multivariate_normal.h"

static const char NOT_PSD[] = "covariance is not symmetric positive-semidefinite.";

/* --- NumPy's floating-point checks around one ufunc ------------------------ */

static void fp_clear(void) { feclearexcept(FE_ALL_EXCEPT); }

/* PyUFunc_handlefperr under the default np.seterr: divide, overflow and
 * invalid warn (in that order), underflow is ignored. ignore_invalid:
 * np.errstate(invalid='ignore') around the ufunc (isclose's within_tol). */
static void fp_report(npr_warnings *w, const char *ufunc, bool ignore_invalid) {
  const int raised = fetestexcept(FE_DIVBYZERO | FE_OVERFLOW | FE_INVALID);
  if (raised & FE_DIVBYZERO) npr_warn(w, "RuntimeWarning: divide by zero encountered in %s", ufunc);
  if (raised & FE_OVERFLOW) npr_warn(w, "RuntimeWarning: overflow encountered in %s", ufunc);
  if ((raised & FE_INVALID) && !ignore_invalid) npr_warn(w, "RuntimeWarning: invalid value encountered in %s", ufunc);
  feclearexcept(FE_ALL_EXCEPT);
}

/* --- shapes and buffers ------------------------------------------------------ */

/* final_shape = list(size) + [n]; standard_normal(final_shape) then refuses
 * what np.empty refuses. */
static npr_status output_shape(const npr_shape *size, size_t n, npr_shape *shape, npr_error *err) {
  if (size == NULL) {
    *shape = npr_shape_1d(n);
  } else {
    if (size->ndim + 1 > NPR_MAXDIMS) {
      return npr_fail(err, NPR_VALUE_ERROR, "maximum supported dimension for an ndarray is %d, found %zu",
                      NPR_MAXDIMS, size->ndim + 1);
    }
    *shape = *size;
    shape->dims[shape->ndim++] = (int64_t)n;
  }
  return npr_shape_check_alloc(shape, sizeof(double), err);
}

/* Every buffer of one call, in one allocation. */
typedef struct mvn_work {
  double *block;
  double *x;    /* the standard normals, rows of n */
  double *prod; /* x times the factor */
  double *u, *vt, *factor, *check; /* n*n each */
  double *scratch;                  /* 2*n*n: allclose's temporaries */
  double *s;                        /* n */
} mvn_work;

static npr_status work_alloc(mvn_work *w, size_t total, size_t n, npr_error *err) {
  const size_t nn = n * n;
  size_t doubles;
  memset(w, 0, sizeof *w);
  if (n != 0 && nn / n != n) return npr_fail(err, NPR_MEMORY_ERROR, "cov of %zu rows is too big", n);
  doubles = 2 * total + 6 * nn + n + 1;
  if (doubles > SIZE_MAX / sizeof(double) || doubles < total) {
    return npr_fail(err, NPR_MEMORY_ERROR, "cov of %zu rows is too big", n);
  }
  w->block = malloc(doubles * sizeof(double));
  if (w->block == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
  w->x = w->block;
  w->prod = w->x + total;
  w->u = w->prod + total;
  w->vt = w->u + nn;
  w->factor = w->vt + nn;
  w->check = w->factor + nn;
  w->scratch = w->check + nn;
  w->s = w->scratch + 2 * nn;
  return NPR_OK;
}

static bool fits_fortran_int(size_t n) { return n <= (size_t)0x7fffffff / 8; }

/* linearize_matrix: column j of the Fortran buffer is column j of the
 * C-order matrix, so LAPACK sees the same matrix. */
static void to_fortran(const double *c_order, size_t n, double *fortran) {
  size_t i, j;
  for (j = 0; j < n; j++) {
    for (i = 0; i < n; i++) fortran[j * n + i] = c_order[i * n + j];
  }
}

/* delinearize_matrix: the C-order array NumPy's gufunc returns. */
static void from_fortran(const double *fortran, size_t n, double *c_order) {
  size_t i, j;
  for (i = 0; i < n; i++) {
    for (j = 0; j < n; j++) c_order[i * n + j] = fortran[j * n + i];
  }
}

/* --- factorisations (umath_linalg.cpp) ------------------------------------- */

/* np.linalg.svd(cov): u, s, vh with full_matrices=True (dgesdd jobz='A'). */
static npr_status svd(const double *cov, size_t n, double *u, double *s, double *vt, npr_error *err) {
  const npr_fortran_int fn = (npr_fortran_int)n, ld = fn > 1 ? fn : 1;
  npr_fortran_int lwork = -1, info = 0, work_count;
  double query = 0, *a, *uf, *vtf, *work;
  npr_fortran_int *iwork;
  npr_status st = NPR_OK;
  size_t i;
  /* Reference LAPACK's dgesdd (3.11, Debian's) loops forever on some
   * matrices with an infinite entry from 3 rows on (every 2x2 pattern of
   * inf, -inf and finite values returns): NumPy never answers those, so
   * nprand refuses them all rather than hang. */
  for (i = 0; n >= 3 && i < n * n; i++) {
    if (isinf(cov[i])) {
      return npr_fail(err, NPR_NOT_IMPLEMENTED,
                      "nprand refuses svd of a covariance with infinite entries and 3 or more rows: "
                      "LAPACK's dgesdd may never return there, and NumPy with it");
    }
  }
  a = malloc(3 * n * n * sizeof *a);
  iwork = malloc(8 * n * sizeof *iwork);
  if (a == NULL || iwork == NULL) {
    free(a);
    free(iwork);
    return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
  }
  uf = a + n * n;
  vtf = uf + n * n;
  /* the workspace query, before the matrix is copied in (as NumPy) */
  dgesdd_("A", &fn, &fn, a, &ld, s, uf, &ld, vtf, &ld, &query, &lwork, iwork, &info, 1);
  work_count = (npr_fortran_int)query;
  if (work_count == 0) work_count = 1; /* LAPACK 3.0.0 answered 0 */
  work = malloc((size_t)work_count * sizeof *work);
  /* A failed query (never seen for n >= 1) leaves NumPy's output
   * uninitialised without an error; nprand reports the failure instead. */
  if (info != 0 || work == NULL) {
    free(work);
    free(iwork);
    free(a);
    return info != 0 ? npr_fail(err, NPR_LINALG_ERROR, "SVD did not converge")
                     : npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
  }
  to_fortran(cov, n, a);
  lwork = work_count;
  dgesdd_("A", &fn, &fn, a, &ld, s, uf, &ld, vtf, &ld, work, &lwork, iwork, &info, 1);
  if (info != 0) {
    st = npr_fail(err, NPR_LINALG_ERROR, "SVD did not converge");
  } else {
    from_fortran(uf, n, u);
    from_fortran(vtf, n, vt);
  }
  free(work);
  free(iwork);
  free(a);
  return st;
}

/* np.linalg.eigh(cov): ascending eigenvalues w, eigenvectors in the
 * columns of v (dsyevd jobz='V' uplo='L'). */
static npr_status eigh(const double *cov, size_t n, double *w, double *v, npr_error *err) {
  const npr_fortran_int fn = (npr_fortran_int)n, lda = fn > 1 ? fn : 1;
  npr_fortran_int lwork = -1, liwork = -1, info = 0, query_iwork = 0, iwork_count;
  npr_fortran_int *iwork;
  double query = 0, *a, *work;
  npr_status st = NPR_OK;
  a = malloc(n * n * sizeof *a);
  if (a == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
  dsyevd_("V", "L", &fn, a, &lda, w, &query, &lwork, &query_iwork, &liwork, &info, 1, 1);
  if (info != 0) {
    free(a);
    return npr_fail(err, NPR_LINALG_ERROR, "Eigenvalues did not converge");
  }
  lwork = (npr_fortran_int)query;
  iwork_count = query_iwork;
  work = malloc((size_t)(lwork > 0 ? lwork : 1) * sizeof *work);
  iwork = malloc((size_t)(iwork_count > 0 ? iwork_count : 1) * sizeof *iwork);
  if (work == NULL || iwork == NULL) {
    free(work);
    free(iwork);
    free(a);
    return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
  }
  to_fortran(cov, n, a);
  liwork = iwork_count;
  dsyevd_("V", "L", &fn, a, &lda, w, work, &lwork, iwork, &liwork, &info, 1, 1);
  if (info != 0) {
    st = npr_fail(err, NPR_LINALG_ERROR, "Eigenvalues did not converge");
  } else {
    from_fortran(a, n, v);
  }
  free(work);
  free(iwork);
  free(a);
  return st;
}

/* np.linalg.cholesky(cov): the lower factor (dpotrf uplo='L', then
 * triu_matrix zeroes what LAPACK left above the diagonal). */
static npr_status cholesky(const double *cov, size_t n, double *l, npr_error *err) {
  const npr_fortran_int fn = (npr_fortran_int)n, lda = fn > 1 ? fn : 1;
  npr_fortran_int info = 0;
  double *a = malloc(n * n * sizeof *a);
  size_t i, j;
  if (a == NULL) return npr_fail(err, NPR_MEMORY_ERROR, "out of memory");
  to_fortran(cov, n, a);
  dpotrf_("L", &fn, a, &lda, &info, 1);
  if (info != 0) {
    free(a);
    return npr_fail(err, NPR_LINALG_ERROR, "Matrix is not positive definite");
  }
  for (j = 1; j < n; j++) {
    for (i = 0; i < j; i++) a[j * n + i] = 0.0;
  }
  from_fortran(a, n, l);
  free(a);
  return NPR_OK;
}

/* --- products ------------------------------------------------------------------ */

/* np.dot(x, b) of cblasfuncs.c for x (m, n) and b (n, n), both C-contiguous
 * and freshly allocated (so never F-contiguous unless a dimension is 1).
 * The result starts zeroed (NumPy's memset); which BLAS routine runs
 * follows _select_matrix_shape: with n == 1 b is a "scalar" (one product,
 * or daxpy down the column x), with m == 1 x is a "row" (dgemv with b
 * transposed), otherwise dgemm. */
static void legacy_dot(const double *x, size_t m, size_t n, const double *b, double *out) {
  memset(out, 0, m * n * sizeof *out);
  if (m * n == 0) return;
  if (n == 1) {
    if (m == 1) {
      out[0] = x[0] * b[0];
    } else {
      cblas_daxpy((int)m, b[0], x, 1, out, 1);
    }
  } else if (m == 1) {
    cblas_dgemv(NPR_CBLAS_ROW_MAJOR, NPR_CBLAS_TRANS, (int)n, (int)n, 1.0, b, (int)n, x, 1, 0.0, out, 1);
  } else {
    cblas_dgemm(NPR_CBLAS_ROW_MAJOR, NPR_CBLAS_NO_TRANS, NPR_CBLAS_NO_TRANS, (int)m, (int)n, (int)n, 1.0, x, (int)n,
                b, (int)n, 0.0, out, (int)n);
  }
}

/* np.dot(vh.T * s, vh), the PSD test's product. vh.T * s is a new array in
 * Fortran order (the ufunc keeps its first operand's order), here handed
 * over as its C-order transpose d (d[j][i] = vh[j][i] * s[j]): for n > 1
 * cblasfuncs.c passes it to dgemm as Trans; a 1x1 pair is two scalars. */
static void psd_dot(const double *d, const double *vt, size_t n, double *out) {
  memset(out, 0, n * n * sizeof *out);
  if (n == 1) {
    out[0] = d[0] * vt[0];
  } else {
    cblas_dgemm(NPR_CBLAS_ROW_MAJOR, NPR_CBLAS_TRANS, NPR_CBLAS_NO_TRANS, (int)n, (int)n, (int)n, 1.0, d, (int)n, vt,
                (int)n, 0.0, out, (int)n);
  }
}

/* x @ factor.T of matmul.c.src: x (m, n) C-contiguous, factor (n, n)
 * C-contiguous, so factor.T has strides (8, 8n). A zero dimension runs
 * the plain loop over nothing; a 1 in the core dimensions takes the
 * special cases (1x1 output: ddot into a double sum; n == 1: the plain
 * loop; m == 1: vector @ matrix through dgemv, column-major, transposed);
 * matrix @ matrix is dgemm(RowMajor, NoTrans, Trans). */
static void generator_matmul(const double *x, size_t m, size_t n, const double *factor, double *out) {
  size_t i;
  if (m == 0) return;
  if (m == 1 && n == 1) {
    double sum = 0.;
    sum += cblas_ddot(1, x, 1, factor, 1);
    out[0] = sum;
  } else if (n == 1) {
    for (i = 0; i < m; i++) {
      double acc = 0;
      acc += x[i] * factor[0];
      out[i] = acc;
    }
  } else if (m == 1) {
    cblas_dgemv(NPR_CBLAS_COL_MAJOR, NPR_CBLAS_TRANS, (int)n, (int)n, 1.0, factor, (int)n, x, 1, 0.0, out, 1);
  } else {
    cblas_dgemm(NPR_CBLAS_ROW_MAJOR, NPR_CBLAS_NO_TRANS, NPR_CBLAS_TRANS, (int)m, (int)n, (int)n, 1.0, x, (int)n,
                factor, (int)n, 0.0, out, (int)n);
  }
}

/* --- the PSD test ------------------------------------------------------------ */

/* np.allclose(a, b, rtol=tol, atol=tol): isclose's within_tol,
 * abs(a - b) <= tol + tol * abs(b), under errstate(invalid='ignore'), on
 * the pairs where both are finite (all of them, or the finite subset when
 * one is not); the others compare with ==. Each ufunc of within_tol is
 * checked on its own (subtract, multiply, add), in that order. */
static bool allclose(const double *a, const double *b, size_t count, double tol, double *scratch,
                     npr_warnings *w) {
  double *diff = scratch, *bound = scratch + count;
  bool all_finite = true, close = true;
  size_t i;
  for (i = 0; i < count; i++) all_finite &= isfinite(a[i]) && isfinite(b[i]);
#define NPR_FINITE_PAIR(i) (all_finite || (isfinite(a[i]) && isfinite(b[i])))
  fp_clear();
  for (i = 0; i < count; i++) {
    if (NPR_FINITE_PAIR(i)) diff[i] = a[i] - b[i];
  }
  fp_report(w, "subtract", true);
  for (i = 0; i < count; i++) {
    if (NPR_FINITE_PAIR(i)) bound[i] = tol * fabs(b[i]);
  }
  fp_report(w, "multiply", true);
  for (i = 0; i < count; i++) {
    if (NPR_FINITE_PAIR(i)) bound[i] = tol + bound[i];
  }
  fp_report(w, "add", true);
  for (i = 0; i < count; i++) {
    if (NPR_FINITE_PAIR(i)) {
      close &= fabs(diff[i]) <= bound[i];
    } else {
      close &= a[i] == b[i];
    }
  }
#undef NPR_FINITE_PAIR
  fp_clear();
  return close;
}

/* np.allclose(np.dot(vh.T * s, vh), cov, rtol=tol, atol=tol) */
static bool svd_is_psd(const double *cov, const double *s, const double *vt, size_t n, double tol, mvn_work *wk,
                       npr_warnings *w) {
  size_t i, j;
  fp_clear();
  for (i = 0; i < n; i++) {
    for (j = 0; j < n; j++) wk->factor[i * n + j] = vt[i * n + j] * s[i];
  }
  fp_report(w, "multiply", false);
  psd_dot(wk->factor, vt, n, wk->check);
  fp_clear(); /* np.dot checks no floating-point flags */
  return allclose(wk->check, cov, n * n, tol, wk->scratch, w);
}

/* check_valid after the factorisation: ValueError for an unknown value,
 * then the RuntimeWarning or the ValueError when the test failed. */
static npr_status apply_check(npr_mvn_check check_valid, bool psd, npr_warnings *w, npr_error *err) {
  if (psd) return NPR_OK;
  if (check_valid == NPR_MVN_CHECK_RAISE) return npr_fail(err, NPR_VALUE_ERROR, "%s", NOT_PSD);
  npr_warn(w, "RuntimeWarning: %s", NOT_PSD);
  return NPR_OK;
}

static npr_status check_valid_value(npr_mvn_check check_valid, npr_error *err) {
  if (check_valid == NPR_MVN_CHECK_OTHER) {
    return npr_fail(err, NPR_VALUE_ERROR, "check_valid must equal 'warn', 'raise', or 'ignore'");
  }
  return NPR_OK;
}

/* --- the two methods ------------------------------------------------------ */

/* What both share before any draw: the shape, the room, the sizes. */
static npr_status prepare(size_t n, const npr_shape *size, size_t out_cap, double *out, npr_shape *out_shape,
                          size_t *total, npr_error *err) {
  npr_shape shape;
  npr_status st;
  /* mean of shape (0,): x.reshape(-1, 0) refuses, in NumPy's words */
  if (n == 0) return npr_fail(err, NPR_VALUE_ERROR, "cannot reshape array of size 0 into shape (0)");
  if ((st = output_shape(size, n, &shape, err)) != NPR_OK) return st;
  if (out_shape != NULL) *out_shape = shape;
  *total = npr_shape_count(&shape);
  if (out == NULL) return NPR_OK;
  if (*total > out_cap) {
    return npr_fail(err, NPR_VALUE_ERROR, "out has room for %zu values; the result has %zu", out_cap, *total);
  }
  if (!fits_fortran_int(n) || *total / n > (size_t)0x7fffffff) {
    return npr_fail(err, NPR_MEMORY_ERROR, "multivariate_normal: %zu rows of cov or %zu draws are beyond BLAS's int",
                    n, *total / n);
  }
  return NPR_OK;
}

static npr_status rs_multivariate_normal(npr_randomstate *rs, const double *mean, size_t n, const double *cov,
                                        const npr_shape *size, npr_mvn_check check_valid, double tol, double *out,
                                        size_t out_cap, npr_shape *out_shape, npr_warnings *warnings,
                                        npr_error *err) {
  mvn_work wk;
  size_t total = 0, m, i, j;
  npr_status st;
  if ((st = prepare(n, size, out_cap, out, out_shape, &total, err)) != NPR_OK || out == NULL) return st;
  if ((st = work_alloc(&wk, total, n, err)) != NPR_OK) return st;
  m = total / n;
  npr_rs_standard_normal_fill(rs, total, wk.x);
  st = svd(cov, n, wk.u, wk.s, wk.vt, err);
  if (st == NPR_OK && check_valid != NPR_MVN_CHECK_IGNORE && (st = check_valid_value(check_valid, err)) == NPR_OK) {
    st = apply_check(check_valid, svd_is_psd(cov, wk.s, wk.vt, n, tol, &wk, warnings), warnings, err);
  }
  if (st == NPR_OK) {
    /* np.sqrt(s)[:, None] * v */
    fp_clear();
    for (i = 0; i < n; i++) wk.check[i] = sqrt(wk.s[i]);
    fp_report(warnings, "sqrt", false);
    for (i = 0; i < n; i++) {
      for (j = 0; j < n; j++) wk.factor[i * n + j] = wk.check[i] * wk.vt[i * n + j];
    }
    fp_report(warnings, "multiply", false);
    legacy_dot(wk.x, m, n, wk.factor, wk.prod);
    /* x += mean, written straight to out */
    fp_clear();
    for (i = 0; i < m; i++) {
      for (j = 0; j < n; j++) out[i * n + j] = wk.prod[i * n + j] + mean[j];
    }
    fp_report(warnings, "add", false);
  }
  free(wk.block);
  return st;
}

static npr_status gen_multivariate_normal(npr_generator *g, const double *mean, size_t n, const double *cov,
                                         const npr_shape *size, npr_mvn_check check_valid, double tol,
                                         npr_mvn_method method, double *out, size_t out_cap, npr_shape *out_shape,
                                         npr_warnings *warnings, npr_error *err) {
  mvn_work wk;
  size_t total = 0, m, i, j;
  npr_status st;
  if ((st = prepare(n, size, out_cap, out, out_shape, &total, err)) != NPR_OK || out == NULL) return st;
  if ((st = work_alloc(&wk, total, n, err)) != NPR_OK) return st;
  m = total / n;
  if ((st = npr_gen_standard_normal_fill(g, NPR_FLOAT64, total, wk.x, err)) != NPR_OK) {
    free(wk.block);
    return st;
  }
  switch (method) {
  case NPR_MVN_SVD: st = svd(cov, n, wk.u, wk.s, wk.vt, err); break;
  case NPR_MVN_EIGH: st = eigh(cov, n, wk.s, wk.u, err); break;
  case NPR_MVN_CHOLESKY: st = cholesky(cov, n, wk.factor, err); break;
  }
  if (st == NPR_OK && check_valid != NPR_MVN_CHECK_IGNORE && method != NPR_MVN_CHOLESKY &&
      (st = check_valid_value(check_valid, err)) == NPR_OK) {
    bool psd = true;
    if (method == NPR_MVN_SVD) {
      psd = svd_is_psd(cov, wk.s, wk.vt, n, tol, &wk, warnings);
    } else {
      /* not np.any(s < -tol) */
      for (i = 0; i < n; i++) psd &= !(wk.s[i] < -tol);
    }
    st = apply_check(check_valid, psd, warnings, err);
  }
  if (st == NPR_OK && method != NPR_MVN_CHOLESKY) {
    /* svd: u * np.sqrt(s); eigh: u * np.sqrt(abs(s)) */
    fp_clear();
    for (i = 0; i < n; i++) wk.check[i] = sqrt(method == NPR_MVN_EIGH ? fabs(wk.s[i]) : wk.s[i]);
    fp_report(warnings, "sqrt", false);
    for (i = 0; i < n; i++) {
      for (j = 0; j < n; j++) wk.factor[i * n + j] = wk.u[i * n + j] * wk.check[j];
    }
    fp_report(warnings, "multiply", false);
  }
  if (st == NPR_OK) {
    fp_clear();
    generator_matmul(wk.x, m, n, wk.factor, wk.prod);
    fp_report(warnings, "matmul", false);
    /* mean + (x @ factor.T), written straight to out (NumPy's operand order) */
    for (i = 0; i < m; i++) {
      for (j = 0; j < n; j++) out[i * n + j] = mean[j] + wk.prod[i * n + j];
    }
    fp_report(warnings, "add", false);
  }
  free(wk.block);
  return st;
}

/* The public calls leave the caller's floating-point flags as they were:
 * NumPy's checks clear and test them around each step. */
npr_status npr_rs_multivariate_normal(npr_randomstate *rs, const double *mean, size_t n, const double *cov,
                                      const npr_shape *size, npr_mvn_check check_valid, double tol, double *out,
                                      size_t out_cap, npr_shape *out_shape, npr_warnings *warnings,
                                      npr_error *err) {
  fexcept_t saved_flags;
  npr_status st;
  fegetexceptflag(&saved_flags, FE_ALL_EXCEPT);
  st = rs_multivariate_normal(rs, mean, n, cov, size, check_valid, tol, out, out_cap, out_shape, warnings, err);
  fesetexceptflag(&saved_flags, FE_ALL_EXCEPT);
  return st;
}

npr_status npr_gen_multivariate_normal(npr_generator *g, const double *mean, size_t n, const double *cov,
                                       const npr_shape *size, npr_mvn_check check_valid, double tol,
                                       npr_mvn_method method, double *out, size_t out_cap, npr_shape *out_shape,
                                       npr_warnings *warnings, npr_error *err) {
  fexcept_t saved_flags;
  npr_status st;
  fegetexceptflag(&saved_flags, FE_ALL_EXCEPT);
  st = gen_multivariate_normal(g, mean, n, cov, size, check_valid, tol, method, out, out_cap, out_shape, warnings,
                               err);
  fesetexceptflag(&saved_flags, FE_ALL_EXCEPT);
  return st;
}
