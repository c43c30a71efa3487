/* The 2^(i/32) table shared by expf and powf (glibc's __exp2f_data.tab). */
#ifndef NPR_LIBM_EXPF_TABLE_H
#define NPR_LIBM_EXPF_TABLE_H

#include <stdint.h>

#define NPR_LIBM_EXPF_TABLE_BITS 5
#define NPR_LIBM_EXPF_TABLE_SIZE (1 << NPR_LIBM_EXPF_TABLE_BITS)

extern const uint64_t npr_libm_expf_table[NPR_LIBM_EXPF_TABLE_SIZE];

#endif
