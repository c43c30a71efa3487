/* multivariate_normal of both APIs: nprand::linalg, the one part of nprand
 * that needs a linear-algebra library (BLAS and LAPACK). libnprand itself
 * stays dependency-free; link nprand::linalg (libnprand_linalg) for these.
 *
 * NumPy 1.24.2 factorises cov with LAPACK (numpy.linalg: dgesdd, dsyevd,
 * dpotrf through umath_linalg) and multiplies with BLAS (np.dot's
 * cblasfuncs.c, matmul.c.src); nprand makes the same calls with the same
 * arguments, so its values are bit-identical to NumPy's when both run on
 * the same BLAS/LAPACK. NumPy's own results depend on which one it loads
 * (reference LAPACK, OpenBLAS and MKL give different last bits).
 *
 * mean holds n values, cov n*n in row-major order (C order, as np.array
 * gives it). The output has shape size + (n,) (size NULL is None: just
 * (n,)), written row-major. out == NULL only checks the shape and reports
 * it in *out_shape (may be NULL); otherwise out must hold out_cap >=
 * prod(shape) values, or ValueError.
 *
 * As in NumPy, the standard normals are drawn before cov is factorised,
 * so a LinAlgError or a check_valid error comes after the draws (out is
 * not written then). Errors, in NumPy's order: what np.empty refuses of
 * the shape (ValueError), LinAlgError "SVD did not converge" (svd),
 * "Eigenvalues did not converge" (eigh), "Matrix is not positive
 * definite" (cholesky), ValueError "check_valid must equal 'warn',
 * 'raise', or 'ignore'" (never for cholesky), ValueError "covariance is
 * not symmetric positive-semidefinite." (check_valid 'raise').
 *
 * warnings (may be NULL) receives what Python would show: "RuntimeWarning:
 * covariance is not symmetric positive-semidefinite." (check_valid 'warn'),
 * and NumPy's floating-point warnings of the ufuncs involved ("RuntimeWarning:
 * invalid value encountered in matmul", "... overflow encountered in add"). */
#ifndef NPRAND_MULTIVARIATE_NORMAL_H
#define NPRAND_MULTIVARIATE_NORMAL_H

#include <stddef.h>

#include "nprand/broadcast.h"
#include "nprand/generator.h"
#include "nprand/randomstate.h"
#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Generator's method: the factorisation of cov. */
typedef enum npr_mvn_method { NPR_MVN_SVD, NPR_MVN_EIGH, NPR_MVN_CHOLESKY } npr_mvn_method;

/* check_valid. NumPy tests the value only after factorising (and not at
 * all with method='cholesky'); NPR_MVN_CHECK_OTHER stands for any other
 * value, which then raises. */
typedef enum npr_mvn_check {
  NPR_MVN_CHECK_WARN,
  NPR_MVN_CHECK_RAISE,
  NPR_MVN_CHECK_IGNORE,
  NPR_MVN_CHECK_OTHER
} npr_mvn_check;

/* RandomState.multivariate_normal(mean, cov, size, check_valid, tol):
 * legacy standard normals, svd(cov), the PSD test np.allclose(
 * np.dot(v.T * s, v), cov, rtol=tol, atol=tol), then
 * np.dot(x, np.sqrt(s)[:, None] * v) + mean. */
npr_status npr_rs_multivariate_normal(npr_randomstate *rs, const double *mean, size_t n, const double *cov,
                                      const npr_shape *size, npr_mvn_check check_valid, double tol, double *out,
                                      size_t out_cap, npr_shape *out_shape, npr_warnings *warnings,
                                      npr_error *err);

/* Generator.multivariate_normal(mean, cov, size, check_valid, tol, method):
 * ziggurat normals, then svd (PSD test as above, factor u * sqrt(s)), eigh
 * (PSD when no eigenvalue is below -tol, factor u * sqrt(abs(s))) or
 * cholesky (factor L, no PSD test); mean + x @ factor.T. */
npr_status npr_gen_multivariate_normal(npr_generator *g, const double *mean, size_t n, const double *cov,
                                       const npr_shape *size, npr_mvn_check check_valid, double tol,
                                       npr_mvn_method method, double *out, size_t out_cap, npr_shape *out_shape,
                                       npr_warnings *warnings, npr_error *err);

#ifdef __cplusplus
}
#endif
#endif
