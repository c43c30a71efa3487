/* OS entropy, for the seed=None forms (Python seeds from os.urandom too). */
#ifndef NPRAND_ENTROPY_H
#define NPRAND_ENTROPY_H

#include <stddef.h>

#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Fills buf with n bytes from the OS (getrandom, else /dev/urandom).
 * OSError if neither is available. */
npr_status npr_os_entropy(void *buf, size_t n, npr_error *err);

#ifdef __cplusplus
}
#endif
#endif
