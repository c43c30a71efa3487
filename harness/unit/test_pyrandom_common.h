/* Checks shared by the CPython random.Random unit tests (include after
 * <cmocka.h>). */
#ifndef NPR_TEST_PYRANDOM_COMMON_H
#define NPR_TEST_PYRANDOM_COMMON_H

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "nprand/status.h"

/* Bit-exact double comparison (so -0.0 and 0.0 differ), NaN equal to NaN. */
#define CHECK_DOUBLE(got, want) check_double((got), (want), __LINE__)
static inline void check_double(double got, double want, int line) {
  uint64_t g, w;
  if (isnan(want)) {
    if (!isnan(got)) {
      fail_msg("line %d: got %a, want nan", line, got);
    }
    return;
  }
  memcpy(&g, &got, sizeof g);
  memcpy(&w, &want, sizeof w);
  if (g != w) {
    fail_msg("line %d: got %a, want %a", line, got, want);
  }
}

#define CHECK_ERR(st, e, want_status, want_msg) check_err((st), &(e), (want_status), (want_msg), __LINE__)
static inline void check_err(npr_status st, const npr_error *e, npr_status want_status, const char *want_msg, int line) {
  if (st != want_status || e->status != want_status || strcmp(e->message, want_msg) != 0) {
    fail_msg("line %d: got %s \"%s\" (returned %s), want %s \"%s\"", line, npr_status_name(e->status), e->message,
             npr_status_name(st), npr_status_name(want_status), want_msg);
  }
}

#define CHECK_OK(st, e)                                                                                                \
  do {                                                                                                                 \
    npr_status ok_st_ = (st);                                                                                          \
    if (ok_st_ != NPR_OK) {                                                                                            \
      fail_msg("line %d: %s: %s", __LINE__, npr_status_name(ok_st_), (e).message);                                     \
    }                                                                                                                  \
  } while (0)

#endif
