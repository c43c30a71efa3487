/* A counting bitgen: see draw_meter.h. */
#include "draw_meter.h"

uint64_t npr_call_draw_budget(size_t values) {
  const uint64_t cap = (UINT64_MAX - NPR_CALL_DRAWS_BASE) / NPR_CALL_DRAWS_PER_VALUE;
  return NPR_CALL_DRAWS_BASE + ((uint64_t)values < cap ? (uint64_t)values : cap) * NPR_CALL_DRAWS_PER_VALUE;
}

static void take(npr_draw_meter *m) {
  if (m->left == 0) longjmp(m->escape, 1);
  m->left--;
}

static uint64_t metered_uint64(void *state) {
  npr_draw_meter *m = state;
  take(m);
  return npr_next_uint64(&m->inner);
}

static uint32_t metered_uint32(void *state) {
  npr_draw_meter *m = state;
  take(m);
  return npr_next_uint32(&m->inner);
}

static double metered_double(void *state) {
  npr_draw_meter *m = state;
  take(m);
  return npr_next_double(&m->inner);
}

static uint64_t metered_raw(void *state) {
  npr_draw_meter *m = state;
  take(m);
  return npr_next_raw(&m->inner);
}

npr_bitgen npr_draw_meter_bitgen(npr_draw_meter *m) {
  npr_bitgen bg = {m, metered_uint64, metered_uint32, metered_double, metered_raw};
  return bg;
}

npr_status npr_draw_metered(npr_bitgen *source, size_t values, npr_metered_fn call, void *ctx, npr_error *err) {
  npr_draw_meter meter;
  npr_status st;
  meter.inner = *source;
  meter.left = npr_call_draw_budget(values);
  *source = npr_draw_meter_bitgen(&meter);
  if (setjmp(meter.escape) == 0) {
    st = call(ctx, err);
  } else {
    st = npr_fail(err, NPR_NOT_IMPLEMENTED,
                  "nprand limit: a call may draw at most %llu + %llu per value words from its bit generator "
                  "(README: Limits per request)",
                  (unsigned long long)NPR_CALL_DRAWS_BASE, (unsigned long long)NPR_CALL_DRAWS_PER_VALUE);
  }
  *source = meter.inner;
  return st;
}
