#include "request_budget.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "engine.h"

/* Parameters whose value is a count of values, or an int n standing for
 * arange(n). Every family's method tables use these names (NumPy's and
 * CPython's own). */
static const char *const count_params[] = {"size", "length", "x", "a", "n", "k", "n_words", "n_children", NULL};

static bool is_count_param(const char *name) {
  size_t i;
  for (i = 0; count_params[i] != NULL; i++) {
    if (strcmp(count_params[i], name) == 0) return true;
  }
  return false;
}

/* A number's weight is its magnitude. A list's is, for a shape (size,
 * *args), the product of its items' weights, else its length (a
 * population, already bounded by the input's size). Others weigh 1. */
static double raw_weight(const cJSON *v, bool shape, int depth) {
  if (cJSON_IsNumber(v)) {
    double d = fabs(v->valuedouble);
    return isnan(d) ? 1.0 : fmax(d, 1.0);
  }
  if (cJSON_IsArray(v)) {
    const cJSON *item;
    double prod = 1.0;
    if (!shape || depth >= 4) return fmax((double)cJSON_GetArraySize(v), 1.0);
    cJSON_ArrayForEach(item, v) prod *= raw_weight(item, true, depth + 1);
    return prod;
  }
  return 1.0;
}

/* A count or shape beyond the engine's per-call cap is refused before any
 * work (MemoryError, or NumPy's "array is too big"), so huge counts are
 * cheap to fuzz: they weigh 1. */
static double weight(const cJSON *v, bool shape, int depth) {
  const double w = raw_weight(v, shape, depth);
  return w > (double)NPR_MAX_VALUES ? 1.0 : w;
}

/* The i-th parameter name of a signature such as "low, high=None, size=None";
 * "*args" gives "*". */
static bool param_name(const char *sig, int i, char *out, size_t cap) {
  int k = 0;
  while (*sig) {
    size_t n = 0;
    while (*sig == ' ' || *sig == ',') sig++;
    if (!*sig) break;
    if (k == i) {
      if (*sig == '*') {
        snprintf(out, cap, "*");
        return true;
      }
      while (*sig && *sig != '=' && *sig != ',' && n + 1 < cap) out[n++] = *sig++;
      out[n] = '\0';
      return true;
    }
    while (*sig && *sig != ',') sig++;
    k++;
  }
  return false;
}


bool fz_request_is_cheap(const cJSON *request, double budget) {
  const cJSON *family = cJSON_GetObjectItemCaseSensitive(request, "family");
  const cJSON *calls = cJSON_GetObjectItemCaseSensitive(request, "calls");
  const cJSON *call;
  const npr_family *fam;
  double total = 0.0;
  /* MT19937's jumps cost 20 ms each up to the engine's bound of 256; any k
   * is cheap for the others (an advance) */
  if (raw_weight(cJSON_GetObjectItemCaseSensitive(request, "jumped"), false, 0) > 8.0 &&
      (!cJSON_IsString(family) || strcmp(family->valuestring, "mt19937") == 0)) {
    return false;
  }
  /* pool_size beyond the engine's bound (4096) is refused before mixing */
  {
    const double pool = raw_weight(cJSON_GetObjectItemCaseSensitive(request, "pool_size"), false, 0);
    if (pool > 64.0 && pool <= 4096.0) return false;
  }
  if (!cJSON_IsString(family) || (fam = npr_find_family(family->valuestring)) == NULL || fam->methods == NULL) {
    return true;
  }
  cJSON_ArrayForEach(call, calls) {
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(call, "method");
    const cJSON *args = cJSON_GetObjectItemCaseSensitive(call, "args");
    const cJSON *kwargs = cJSON_GetObjectItemCaseSensitive(call, "kwargs");
    const cJSON *item;
    npr_entry entry;
    const npr_entry *m = &entry;
    double cost = 1.0;
    int i = 0;
    char pname[40];
    if (!cJSON_IsString(name) || !npr_family_find(fam, name->valuestring, &entry)) continue;
    cJSON_ArrayForEach(item, args) {
      if (param_name(m->params, i, pname, sizeof pname)) {
        if (strcmp(pname, "*") == 0) {
          cost *= weight(args, true, 0);
          break;
        }
        if (is_count_param(pname)) cost *= weight(item, strcmp(pname, "size") == 0, 0);
      }
      i++;
    }
    cJSON_ArrayForEach(item, kwargs) {
      if (item->string != NULL && is_count_param(item->string)) {
        cost *= weight(item, strcmp(item->string, "size") == 0, 0);
      }
    }
    total += cost + 1.0;
    if (!(total <= budget)) return false;
  }
  return true;
}
