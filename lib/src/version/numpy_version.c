/* NumPy releases from 1.24.2 to 2.5.2, the ones a stream can reproduce. */
#include "nprand/numpy_version.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* Every final release tag of NumPy's repository in the modelled range: a
 * version string names one of them or is refused (no "2.9.9"). */
static const npr_numpy_version modelled_releases[] = {
    NPR_NUMPY_VERSION(1, 24, 2), NPR_NUMPY_VERSION(1, 24, 3), NPR_NUMPY_VERSION(1, 24, 4),
    NPR_NUMPY_VERSION(1, 25, 0), NPR_NUMPY_VERSION(1, 25, 1), NPR_NUMPY_VERSION(1, 25, 2),
    NPR_NUMPY_VERSION(1, 26, 0), NPR_NUMPY_VERSION(1, 26, 1), NPR_NUMPY_VERSION(1, 26, 2),
    NPR_NUMPY_VERSION(1, 26, 3), NPR_NUMPY_VERSION(1, 26, 4), NPR_NUMPY_VERSION(1, 26, 5),
    NPR_NUMPY_VERSION(2, 0, 0),  NPR_NUMPY_VERSION(2, 0, 1),  NPR_NUMPY_VERSION(2, 0, 2),
    NPR_NUMPY_VERSION(2, 1, 0),  NPR_NUMPY_VERSION(2, 1, 1),  NPR_NUMPY_VERSION(2, 1, 2),
    NPR_NUMPY_VERSION(2, 1, 3),  NPR_NUMPY_VERSION(2, 2, 0),  NPR_NUMPY_VERSION(2, 2, 1),
    NPR_NUMPY_VERSION(2, 2, 2),  NPR_NUMPY_VERSION(2, 2, 3),  NPR_NUMPY_VERSION(2, 2, 4),
    NPR_NUMPY_VERSION(2, 2, 5),  NPR_NUMPY_VERSION(2, 2, 6),  NPR_NUMPY_VERSION(2, 3, 0),
    NPR_NUMPY_VERSION(2, 3, 1),  NPR_NUMPY_VERSION(2, 3, 2),  NPR_NUMPY_VERSION(2, 3, 3),
    NPR_NUMPY_VERSION(2, 3, 4),  NPR_NUMPY_VERSION(2, 3, 5),  NPR_NUMPY_VERSION(2, 4, 0),
    NPR_NUMPY_VERSION(2, 4, 1),  NPR_NUMPY_VERSION(2, 4, 2),  NPR_NUMPY_VERSION(2, 4, 3),
    NPR_NUMPY_VERSION(2, 4, 4),  NPR_NUMPY_VERSION(2, 4, 5),  NPR_NUMPY_VERSION(2, 4, 6),
    NPR_NUMPY_VERSION(2, 5, 0),  NPR_NUMPY_VERSION(2, 5, 1),  NPR_NUMPY_VERSION(2, 5, 2),
};

int npr_numpy_version_is_modelled(npr_numpy_version v) {
  for (size_t i = 0; i < sizeof modelled_releases / sizeof modelled_releases[0]; i++) {
    if (modelled_releases[i] == v) return 1;
  }
  return 0;
}

/* One decimal component without sign or leading zeros; returns the text
 * after it, or NULL. */
static const char *read_component(const char *p, unsigned *value) {
  unsigned v = 0;
  const char *start = p;
  while (*p >= '0' && *p <= '9' && p - start < 4) v = v * 10 + (unsigned)(*p++ - '0');
  if (p == start || (*start == '0' && p - start > 1) || (*p >= '0' && *p <= '9')) return NULL;
  *value = v;
  return p;
}

npr_status npr_numpy_version_parse(const char *text, npr_numpy_version *out, npr_error *err) {
  unsigned major = 0, minor = 0, patch = 0;
  const char *p = read_component(text, &major);
  if (p != NULL && *p == '.') p = read_component(p + 1, &minor);
  else p = NULL;
  if (p != NULL && *p == '.') p = read_component(p + 1, &patch);
  else p = NULL;
  if (p == NULL || *p != '\0' || minor > 99 || patch > 99) {
    return npr_fail(err, NPR_VALUE_ERROR, "numpy version must be a release 'X.Y.Z', got '%.40s'", text);
  }
  npr_numpy_version v = NPR_NUMPY_VERSION(major, minor, patch);
  if (!npr_numpy_version_is_modelled(v)) {
    return npr_fail(err, NPR_VALUE_ERROR, "NumPy %u.%u.%u is not a modelled release (1.24.2 to 2.5.2)",
                    major, minor, patch);
  }
  *out = v;
  return NPR_OK;
}
