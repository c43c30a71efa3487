/* The asin/acos table of glibc's IBM-derived e_asin.c. */
#ifndef NPR_LIBM_ASINCOS_TABLE_H
#define NPR_LIBM_ASINCOS_TABLE_H

#define NPR_LIBM_ASINCOS_TABLE_SIZE 2568

extern const double npr_libm_asincos_table[NPR_LIBM_ASINCOS_TABLE_SIZE];

#endif
