/* The 2^(i/N) table shared by exp and pow (glibc's __exp_data.tab). */
#ifndef NPR_LIBM_EXP_TABLE_H
#define NPR_LIBM_EXP_TABLE_H

#include <stdint.h>

#define NPR_LIBM_EXP_TABLE_BITS 7
#define NPR_LIBM_EXP_TABLE_SIZE (1 << NPR_LIBM_EXP_TABLE_BITS)

extern const uint64_t npr_libm_exp_table[2 * NPR_LIBM_EXP_TABLE_SIZE];

#endif
