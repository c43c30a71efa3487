/* Which MT19937 kernels run: the best the CPU has, or the one pinned by
 * NPRAND_MT19937_PATH. The twists and fills use the path
 * npr_mt19937_active_path last found (it reads the environment on every
 * call; the first twist or fill calls it), kept in one atomic int: getenv
 * scans the whole environment, which per 512-word block cost a tenth of a
 * fill's time. Without C11 atomics every twist and fill asks afresh. */
#include <stdlib.h>
#include <string.h>

#include "mt19937/mt19937_kernels.h"

#if !defined(__STDC_NO_ATOMICS__)
#include <stdatomic.h>
#define HAVE_PATH_CACHE 1
static atomic_int cached_path = -1; /* -1: not looked up yet */
#else
#define HAVE_PATH_CACHE 0
#endif

static const char *const path_names[] = {"scalar", "sse2", "avx2", "avx512"};

const char *npr_mt19937_path_name(npr_mt19937_path path) {
  return (unsigned)path < sizeof path_names / sizeof path_names[0] ? path_names[path] : "?";
}

bool npr_mt19937_path_available(npr_mt19937_path path) {
  switch (path) {
  case NPR_MT19937_PATH_SCALAR: return true;
#if NPR_MT_HAVE_X86
  case NPR_MT19937_PATH_SSE2: return true;
  case NPR_MT19937_PATH_AVX2: return __builtin_cpu_supports("avx2") != 0;
  case NPR_MT19937_PATH_AVX512: return __builtin_cpu_supports("avx512f") != 0;
#endif
  default: return false;
  }
}

npr_mt19937_path npr_mt19937_best_path(void) {
  if (npr_mt19937_path_available(NPR_MT19937_PATH_AVX512)) return NPR_MT19937_PATH_AVX512;
  if (npr_mt19937_path_available(NPR_MT19937_PATH_AVX2)) return NPR_MT19937_PATH_AVX2;
  if (npr_mt19937_path_available(NPR_MT19937_PATH_SSE2)) return NPR_MT19937_PATH_SSE2;
  return NPR_MT19937_PATH_SCALAR;
}

static npr_mt19937_path path_from_environment(void) {
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

npr_mt19937_path npr_mt19937_active_path(void) {
  const npr_mt19937_path path = path_from_environment();
#if HAVE_PATH_CACHE
  atomic_store_explicit(&cached_path, (int)path, memory_order_relaxed);
#endif
  return path;
}

/* The path the twists and fills run on. */
static npr_mt19937_path fill_path(void) {
#if HAVE_PATH_CACHE
  const int path = atomic_load_explicit(&cached_path, memory_order_relaxed);
  if (path >= 0) return (npr_mt19937_path)path;
#endif
  return npr_mt19937_active_path();
}

void npr_mt19937_twist(npr_mt19937 *mt) { npr_mt19937_twist_path(mt, fill_path()); }

void npr_mt19937_twist_path(npr_mt19937 *mt, npr_mt19937_path path) {
  switch (path) {
#if NPR_MT_HAVE_X86
  case NPR_MT19937_PATH_SSE2: npr_mt_twist_sse2(mt->key); break;
  case NPR_MT19937_PATH_AVX2: npr_mt_twist_avx2(mt->key); break;
  case NPR_MT19937_PATH_AVX512: npr_mt_twist_avx512(mt->key); break;
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
  case NPR_MT19937_PATH_AVX512: npr_mt_temper_avx512(key, n, out); return;
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
  npr_mt19937_fill32_path(mt, fill_path(), n, out);
}
