#define _DEFAULT_SOURCE
#include "nprand/entropy.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#if defined(__linux__)
#include <sys/random.h>
#endif

npr_status npr_os_entropy(void *buf, size_t n, npr_error *err) {
  unsigned char *out = buf;
  size_t got = 0;
  FILE *f;
#if defined(__linux__)
  while (got < n) {
    ssize_t r = getrandom(out + got, n - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      break;
    }
    got += (size_t)r;
  }
  if (got == n) return NPR_OK;
#endif
  f = fopen("/dev/urandom", "rb");
  if (f == NULL) {
    return npr_fail(err, NPR_OS_ERROR, "no OS entropy source available: %s", strerror(errno));
  }
  got = fread(out, 1, n, f);
  fclose(f);
  if (got != n) {
    return npr_fail(err, NPR_OS_ERROR, "short read from /dev/urandom");
  }
  return NPR_OK;
}
