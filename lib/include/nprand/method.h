/* A distribution method as data, and the one driver that runs every one.
 *
 * NumPy writes each distribution as a typed C kernel that never checks, plus
 * one cont()/disc() call naming its parameters and their constraints. nprand
 * does the same: an npr_method is that call's description, and
 * npr_method_call is cont()/disc() — NumPy's checks in NumPy's order and
 * wording, the output shape from the parameters' broadcast or `size`, and one
 * kernel call per output element in row-major order. Nothing is drawn and
 * nothing is written unless every check passed.
 *
 * The rows live in methods_generator.h and methods_legacy.h; the public
 * npr_gen_<name> / npr_rs_<name> functions, the CLI, `nprand --list --json`,
 * the oracle's method sets and the fuzz targets are all made from them. */
#ifndef NPRAND_METHOD_H
#define NPRAND_METHOD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/broadcast.h"
#include "nprand/constraints.h"
#include "nprand/dtype.h"
#include "nprand/numpy_version.h"
#include "nprand/status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One parameter value as the kernel receives it. */
typedef union npr_pval {
  double d;  /* float parameters (a float32 method's are already narrowed) */
  int64_t i; /* int64 parameters (binomial's n, hypergeometric's counts) */
} npr_pval;

typedef enum npr_ptype { NPR_PTYPE_DOUBLE, NPR_PTYPE_INT64 } npr_ptype;

typedef struct npr_param_desc {
  const char *name; /* as NumPy names it in messages */
  npr_ptype type;
  npr_constraint cons;
} npr_param_desc;

#define NPR_METHOD_MAX_PARAMS 3

typedef struct npr_method npr_method;

/* NumPy's hand-written checks (triangular's "left > mode", uniform's range,
 * hypergeometric's sums). A method with one checks its parameters'
 * constraints itself, in NumPy's order (npr_method_check_params,
 * npr_method_check_param); the driver checks them only for methods without
 * one. scalar is true when every parameter is 0-d. numpy is the NumPy
 * release the state reproduces (m->release): what a release accepts, and
 * where it never returns, can differ (beta's tiny a, b return from 1.26.0
 * on). A check never draws: it runs for out == NULL too. arg_shapes holds
 * the parameters' shapes as the broadcast will see them; a method that hands
 * NumPy's broadcast a derived array instead of a parameter (uniform's
 * high - low) sets that array's shape there, and one that broadcasts its
 * parameters in another order (binomial's p, n) reorders them, so mismatch
 * messages name what NumPy names; only messages depend on it. */
typedef npr_status (*npr_method_check_fn)(const npr_method *m, const npr_param *params, bool scalar,
                                          npr_numpy_version numpy, npr_shape *arg_shapes, npr_error *err);

struct npr_method {
  const char *name;      /* the Python method name */
  const char *signature; /* its Python signature without self */
  int id;                /* stable: never reused, never renumbered */
  npr_dtype out;         /* NPR_FLOAT64, NPR_FLOAT32 or NPR_INT64 */
  size_t n_params;
  npr_param_desc params[NPR_METHOD_MAX_PARAMS];
  npr_method_check_fn check; /* NULL when the constraints are all */
  /* Exactly one is set, by `out`. state is the npr_generator or the
   * npr_randomstate the method belongs to. A kernel clears *ok for an input
   * no NumPy version returns from (it then returns at once); the call fails
   * with NotImplementedError. */
  double (*kernel_f64)(void *state, const npr_pval *p, bool *ok);
  float (*kernel_f32)(void *state, const npr_pval *p, bool *ok);
  int64_t (*kernel_i64)(void *state, const npr_pval *p, bool *ok);
  /* The NumPy release state (an npr_generator or npr_randomstate)
   * reproduces, for the check: g->numpy, rs->numpy. */
  npr_numpy_version (*release)(const void *state);
};

/* Runs method m on state (cont()/disc()): params[0..m->n_params) hold the
 * parameters (0-d or arrays, double or int64_t elements as the method's
 * parameter types say), size is NumPy's size (NULL for None).
 * - Checks, in NumPy's order: every constraint (scalar wording when all
 *   parameters are 0-d, array wording otherwise) or m->check (given
 *   m->release(state); NPR_NUMPY_DEFAULT when state is NULL), what np.empty
 *   refuses of size, then the broadcast of size and the parameters
 *   ("shape mismatch: ..." / "Output size (3,) is not compatible with
 *   broadcast dimensions of inputs (2, 3).").
 * - *out_shape (may be NULL) receives the result's shape: size, or the
 *   parameters' broadcast shape, or () for 0-d parameters without size.
 * - With out == NULL nothing is drawn: the call only checks and reports the
 *   shape, so a caller can size its buffer. Otherwise out (elements of m->out)
 *   must hold out_cap >= prod(shape) values, or ValueError.
 * - A kernel that cannot return (where NumPy never does) ends the call with
 *   NotImplementedError; the values before it are written, its draws made. */
npr_status npr_method_call(const npr_method *m, void *state, const npr_param *params, const npr_shape *size,
                           void *out, size_t out_cap, npr_shape *out_shape, npr_error *err);

/* Every parameter of m against its row's constraint, in row order. */
npr_status npr_method_check_params(const npr_method *m, const npr_param *params, bool scalar, npr_error *err);

/* Parameter j of m against cons as npr_method_call checks it (scalar
 * wording when scalar, else array wording over all its elements): for
 * check functions whose NumPy code checks in another order. */
npr_status npr_method_check_param(const npr_method *m, const npr_param *params, size_t j, npr_constraint cons,
                                  bool scalar, npr_error *err);

/* The method of that name in a table, or NULL. */
const npr_method *npr_method_find(const npr_method *table, size_t n, const char *name);

/* Messages NumPy's broadcasting ufuncs (np.subtract, np.greater) give for
 * two arrays that do not broadcast: "operands could not be broadcast
 * together with shapes (3,) (2,) ". For methods' own checks. */
npr_status npr_method_pair_shape(const npr_param *a, const npr_param *b, npr_shape *out, npr_error *err);
/* Element i of a parameter as a double (int64 parameters converted). */
double npr_param_get_double(const npr_param *p, npr_ptype type, ptrdiff_t offset);

#ifdef __cplusplus
}
#endif
#endif
