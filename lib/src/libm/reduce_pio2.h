/* Reduction of a huge argument modulo pi/2 (glibc's __branred). */
#ifndef NPR_LIBM_REDUCE_PIO2_H
#define NPR_LIBM_REDUCE_PIO2_H

/* x = n*pi/2 + (*a + *aa) with |*a + *aa| < pi/4, for finite |x| >=
 * 105414350; returns n mod 4. */
int npr_libm_reduce_pio2(double x, double *a, double *aa);

#endif
