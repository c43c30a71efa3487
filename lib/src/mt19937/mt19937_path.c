/* Which MT19937 kernels run: the best the CPU has, or the one pinned by
 * NPRAND_MT19937_PATH. Asked afresh at each twist (every 624 words), so
 * there is no process-wide switch to initialise or race on. */
#include <stdlib.h>
#include <string.h>

#include "mt19937/mt19937_kernels.h"

static const char *const path_names[] = {"scalar", "sse2", "avx2"};

const char *npr_mt19937_path_name(npr_mt19937_path path) {
  return (unsigned)path < sizeof path_names / sizeof path_names[0] ? path_names[path] : "?";
}

bool npr_mt19937_path_available(npr_mt19937_path path) {
  switch (path) {
  case NPR_MT19937_PATH_SCALAR: return true;
#if NPR_MT_HAVE_X86
  case NPR_MT19937_PATH_SSE2: return true;
  case NPR_MT19937_PATH_AVX2: return __builtin_cpu_supports("avx2") != 0;
#endif
  default: return false;
  }
}

npr_mt19937_path npr_mt19937_best_path(void) {
  if (npr_mt19937_path_available(NPR_MT19937_PATH_AVX2)) return NPR_MT19937_PATH_AVX2;
  if (npr_mt19937_path_available(NPR_MT19937_PATH_SSE2)) return NPR_MT19937_PATH_SSE2;
  return NPR_MT19937_PATH_SCALAR;
}

npr_mt19937_path npr_mt19937_active_path(void) {
  const char *pinned = getenv("NPRAND_MT19937_PATH");
  if (pinned != NULL) {
    int p;
    for (p = 0; p < (int)(sizeof path_names / sizeof path_names[0]); p++) {
      if (strcmp(pinned, path_names[p]) == 0 && npr_mt19937_path_available((npr_mt19937_path)p)) {
        return (npr_mt19937_path)p;
      }
    }
  }
  return npr_mt19937_best_path();
}

void npr_mt19937_twist_path(npr_mt19937 *mt, npr_mt19937_path path) {
  switch (path) {
#if NPR_MT_HAVE_X86
  case NPR_MT19937_PATH_SSE2: npr_mt_twist_sse2(mt->key); break;
  case NPR_MT19937_PATH_AVX2: npr_mt_twist_avx2(mt->key); break;
#endif
  default: npr_mt_twist_range(mt->key, 0, NPR_MT19937_N); break;
  }
  mt->pos = 0;
}

static void temper_path(const uint32_t *key, size_t n, uint32_t *out, npr_mt19937_path path) {
  size_t i;
  switch (path) {
#if NPR_MT_HAVE_X86
  case NPR_MT19937_PATH_SSE2: npr_mt_temper_sse2(key, n, out); return;
  case NPR_MT19937_PATH_AVX2: npr_mt_temper_avx2(key, n, out); return;
#endif
  default:
    for (i = 0; i < n; i++) out[i] = npr_mt_temper(key[i]);
    return;
  }
}

void npr_mt19937_fill32_path(npr_mt19937 *mt, npr_mt19937_path path, size_t n, uint32_t *out) {
  size_t done = 0;
  while (done < n) {
    size_t k;
    if (mt->pos >= NPR_MT19937_N) npr_mt19937_twist_path(mt, path);
    k = (size_t)(NPR_MT19937_N - mt->pos);
    if (k > n - done) k = n - done;
    temper_path(mt->key + mt->pos, k, out + done, path);
    mt->pos += (int)k;
    done += k;
  }
}

void npr_mt19937_fill32(npr_mt19937 *mt, size_t n, uint32_t *out) {
  /* Short fills that need no twist are not worth asking for the path. */
  if (mt->pos < NPR_MT19937_N && n <= (size_t)(NPR_MT19937_N - mt->pos) && n < 16) {
    size_t i;
    for (i = 0; i < n; i++) out[i] = npr_mt_temper(mt->key[mt->pos++]);
    return;
  }
  npr_mt19937_fill32_path(mt, npr_mt19937_active_path(), n, out);
}
