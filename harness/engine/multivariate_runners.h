/* Runners for the multivariate methods (outputs with a trailing vector
 * dimension), shared by the legacy and Generator family tables. */
#ifndef NPRAND_ENGINE_MULTIVARIATE_RUNNERS_H
#define NPRAND_ENGINE_MULTIVARIATE_RUNNERS_H

#include "engine.h"
#include "nprand/generator.h"
#include "nprand/randomstate.h"

npr_status npr_run_rs_dirichlet(npr_randomstate *rs, const npr_args *a, npr_values *out, npr_error *err);
npr_status npr_run_rs_multinomial(npr_randomstate *rs, const npr_args *a, npr_values *out, npr_error *err);
npr_status npr_run_gen_dirichlet(npr_generator *g, const npr_args *a, npr_values *out, npr_error *err);
npr_status npr_run_gen_multinomial(npr_generator *g, const npr_args *a, npr_values *out, npr_error *err);
npr_status npr_run_gen_mvhg(npr_generator *g, const npr_args *a, npr_values *out, npr_error *err);
/* multivariate_normal (mvnormal_runner.c): through nprand::linalg, or, in a
 * build without it, NotImplementedError before any draw. */
#define NPR_MVN_UNAVAILABLE                                                                                    \
  "multivariate_normal needs nprand's linear-algebra library (nprand::linalg), which this build does not have"
npr_status npr_run_rs_multivariate_normal(npr_randomstate *rs, const npr_args *a, npr_values *out,
                                          npr_error *err);
npr_status npr_run_gen_multivariate_normal(npr_generator *g, const npr_args *a, npr_values *out, npr_error *err);

#endif
