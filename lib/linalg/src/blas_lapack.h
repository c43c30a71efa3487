/* The BLAS and LAPACK entry points nprand::linalg calls, declared here
 * rather than through a vendor's cblas.h/lapack.h, so any LP64 library
 * with the reference interface links: the Fortran LAPACK routines
 * (trailing underscore, arguments by reference, 32-bit integers, the
 * hidden lengths of character arguments passed as gfortran expects) and
 * the CBLAS functions that Debian's libblas3 (and OpenBLAS, MKL) carry.
 * The enum values are CBLAS's own. */
#ifndef NPRAND_LINALG_BLAS_LAPACK_H
#define NPRAND_LINALG_BLAS_LAPACK_H

#include <stddef.h>

typedef int npr_fortran_int;

enum { NPR_CBLAS_ROW_MAJOR = 101, NPR_CBLAS_COL_MAJOR = 102 };
enum { NPR_CBLAS_NO_TRANS = 111, NPR_CBLAS_TRANS = 112 };

void cblas_dgemm(int order, int trans_a, int trans_b, int m, int n, int k, double alpha, const double *a, int lda,
                 const double *b, int ldb, double beta, double *c, int ldc);
void cblas_dgemv(int order, int trans, int m, int n, double alpha, const double *a, int lda, const double *x,
                 int incx, double beta, double *y, int incy);
void cblas_daxpy(int n, double alpha, const double *x, int incx, double *y, int incy);
double cblas_ddot(int n, const double *x, int incx, const double *y, int incy);

void dgesdd_(const char *jobz, const npr_fortran_int *m, const npr_fortran_int *n, double *a,
             const npr_fortran_int *lda, double *s, double *u, const npr_fortran_int *ldu, double *vt,
             const npr_fortran_int *ldvt, double *work, const npr_fortran_int *lwork, npr_fortran_int *iwork,
             npr_fortran_int *info, size_t jobz_len);
void dsyevd_(const char *jobz, const char *uplo, const npr_fortran_int *n, double *a, const npr_fortran_int *lda,
             double *w, double *work, const npr_fortran_int *lwork, npr_fortran_int *iwork,
             const npr_fortran_int *liwork, npr_fortran_int *info, size_t jobz_len, size_t uplo_len);
void dpotrf_(const char *uplo, const npr_fortran_int *n, double *a, const npr_fortran_int *lda,
             npr_fortran_int *info, size_t uplo_len);

#endif
