/* The per-call draw bound (README: Limits per request).
 *
 * A distribution call of the Generator families runs with its bit
 * generator wrapped in a meter that counts every word the kernels draw.
 * When a call has drawn its budget, the meter leaves the call with
 * longjmp and the call fails with NotImplementedError: a rejection loop
 * that NumPy would run for minutes or years (zipf just above 1, beta with
 * a + b near 1e-12) cannot hold a batch line, and the answer is the same on
 * every machine, unlike a time limit.
 *
 * Metered are the library's method rows and the Generator's dirichlet (its
 * small-alpha betas are beta's rejection loop): they hold no allocation
 * while they draw (npr_method_call checks and allocates nothing on its
 * drawing pass; dirichlet keeps its sums in the output), so leaving one
 * mid-draw leaks nothing. The stream is left mid-call, which is harmless
 * because a failed call ends its request. */
#ifndef NPRAND_ENGINE_DRAW_METER_H
#define NPRAND_ENGINE_DRAW_METER_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/bitgen.h"
#include "nprand/status.h"

/* Words one call may draw: a fixed allowance of 16M words (a fraction of a
 * second for the cheapest draws, a few seconds for the dearest, such as two
 * pow() calls a word) plus a generous allowance per value: NumPy's samplers
 * draw a handful of words per value on average, and only pathological
 * parameters need more. */
#define NPR_CALL_DRAWS_BASE ((uint64_t)1 << 24)
#define NPR_CALL_DRAWS_PER_VALUE ((uint64_t)1 << 8)

uint64_t npr_call_draw_budget(size_t values);

typedef struct npr_draw_meter {
  npr_bitgen inner; /* the generator's own bitgen */
  uint64_t left;    /* words still allowed */
  jmp_buf escape;   /* where a call that runs out lands */
} npr_draw_meter;

/* A bitgen drawing from m->inner that longjmps to m->escape (value 1) on
 * the first draw past m->left. */
npr_bitgen npr_draw_meter_bitgen(npr_draw_meter *m);

/* Runs call(ctx, err) with *source metered for a call of `values` values
 * (npr_call_draw_budget) and puts *source back afterwards; the call's
 * status, or NotImplementedError "nprand limit: ..." when it ran out. call
 * must hold no resource while it draws. */
typedef npr_status (*npr_metered_fn)(void *ctx, npr_error *err);
npr_status npr_draw_metered(npr_bitgen *source, size_t values, npr_metered_fn call, void *ctx, npr_error *err);

#endif
