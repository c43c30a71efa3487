/* The request engine: one request (a family, a seed, a list of calls) runs on
 * one stream and yields one flat list of values per call, or an error. The
 * CLI's single-call and batch modes and the conformance runner all go
 * through here, so a method exists for all three once it has an entry in
 * its family's method table. */
#ifndef NPR_HARNESS_ENGINE_H
#define NPR_HARNESS_ENGINE_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "json.h"
#include "nprand/bitgen.h"
#include "nprand/method.h"
#include "nprand/status.h"

/* --- values --------------------------------------------------------------- */

typedef enum npr_vkind {
  NPR_V_INT,   /* as.i */
  NPR_V_UINT,  /* as.u */
  NPR_V_BIG,   /* as.s: decimal text of an int of any size */
  NPR_V_FLOAT, /* as.f */
  NPR_V_BOOL,  /* as.b */
  NPR_V_BYTES, /* as.s: raw bytes */
  NPR_V_STR    /* as.s: UTF-8 text */
} npr_vkind;

typedef struct npr_value {
  npr_vkind kind;
  union {
    int64_t i;
    uint64_t u;
    double f;
    bool b;
    struct {
      char *p;
      size_t n;
    } s;
  } as;
} npr_value;

typedef struct npr_values {
  npr_value *v;
  size_t n, cap;
  bool failed; /* allocation failure: treat as MemoryError */
} npr_values;

void npr_values_int(npr_values *vs, int64_t x);
void npr_values_uint(npr_values *vs, uint64_t x);
void npr_values_float(npr_values *vs, double x);
void npr_values_bool(npr_values *vs, bool x);
void npr_values_big(npr_values *vs, const char *decimal);
void npr_values_bytes(npr_values *vs, const void *p, size_t n);
void npr_values_str(npr_values *vs, const char *p, size_t n);
/* An element of a JSON list echoed back (choice, shuffle of arbitrary lists);
 * a nested list contributes its items, flattened row-major. */
void npr_values_json(npr_values *vs, const cJSON *item);
void npr_values_free(npr_values *vs);

/* --- methods and families ---------------------------------------------- */

#define NPR_MAX_PARAMS 12

typedef struct npr_args {
  const cJSON *v[NPR_MAX_PARAMS]; /* bound in signature order; JSON null for None */
  bool given[NPR_MAX_PARAMS];     /* passed by the caller, not defaulted */
  /* NumPy checks parameters before it allocates the output, so a size that
   * np.empty refuses (a negative dimension, too many bytes) is reported only
   * once the method's own checks passed: npr_arg_size records it here and
   * the engine raises it after run() returns. */
  bool *negative_dims;
  npr_error *size_error;
  /* The request's warnings (the reply's "warnings"): a method that issues
   * Python warnings while returning values appends them here. */
  npr_warnings *warnings;
} npr_args;

/* A method the engine can run: a hand-written runner, or a row of the
 * library's method tables (spec), which the engine runs through
 * npr_method_call with NumPy's argument conversion and broadcasting. */
typedef struct npr_entry {
  const char *name;
  /* Python signature without self, e.g. "low, high=None, size=None,
   * dtype='int64'"; "*args" collects positionals into a list. */
  const char *params;
  npr_status (*run)(void *stream, const npr_args *args, npr_values *out, npr_error *err);
  const npr_method *spec; /* when run is NULL */
} npr_entry;

typedef struct npr_family {
  const char *name;      /* the contract's family name */
  const char *type_name; /* Python class, for AttributeError texts */
  bool cpython_errors;   /* argument errors worded like CPython functions, not Cython */
  size_t stream_size;
  /* Seeds a zeroed stream from the request ("seed", "spawn_key", ...). */
  npr_status (*open)(void *stream, const cJSON *request, npr_error *err);
  void (*close)(void *stream); /* may be NULL */
  const npr_entry *methods; /* hand-written runners */
  size_t n_methods;
  /* The library's method rows for this family (npr_generator_methods,
   * npr_legacy_methods), and the float32 variants dtype='float32' selects;
   * either may be NULL. */
  const npr_method *(*rows)(size_t *n);
  const npr_method *(*rows_f32)(size_t *n);
  /* The library object the rows take (npr_generator, npr_randomstate)
   * inside a stream; NULL: the stream is that object. */
  void *(*row_state)(void *stream);
  /* The bitgen inside a row state that the rows' kernels draw from, which
   * the engine meters (draw_meter.h); NULL: the rows are not metered. */
  npr_bitgen *(*row_bitgen)(void *row_state);
} npr_family;

const npr_family *npr_find_family(const char *name);
/* Every method of a family, hand-written first, then the rows: entry i of
 * npr_family_size(fam) is written to *out. */
size_t npr_family_size(const npr_family *fam);
void npr_family_entry(const npr_family *fam, size_t i, npr_entry *out);
/* The method called name; false when the family has none. */
bool npr_family_find(const npr_family *fam, const char *name, npr_entry *out);

/* --- argument helpers for method implementations ------------------------ */

bool npr_arg_is_none(const npr_args *a, int i);
/* size: None -> *scalar = true, *count = 1; an int or a list of ints -> the
 * product. A size np.empty refuses (negative dimension, too big) gives
 * *count = 1 (0 if another dimension is 0), as NumPy's np.prod(size) != 0
 * tests see it, and the engine then fails the call with NumPy's message. */
npr_status npr_arg_size(const npr_args *a, int i, bool *scalar, size_t *count, npr_error *err);
/* size as a shape: *none = true for None. TypeError for what is not an int
 * or a sequence of ints, ValueError "Maximum allowed dimension exceeded"
 * beyond int64 and for more than NPR_MAXDIMS dimensions; negative
 * dimensions are passed on (npr_method_call refuses them in NumPy's order). */
npr_status npr_arg_shape(const npr_args *a, int i, bool *none, npr_shape *shape, npr_error *err);
/* np.prod(size) when size is None (1) or integer dimensions whose product
 * fits int64 without a negative one; false otherwise. */
bool npr_arg_size_product(const npr_args *a, int i, int64_t *total);
/* size given with a zero dimension (and no negative one): the calls that
 * return np.empty(size) before they read another argument. */
bool npr_arg_size_is_empty(const npr_args *a, int i);
npr_status npr_arg_int128(const npr_args *a, int i, npr_int128 *out, npr_error *err);
npr_status npr_arg_i64(const npr_args *a, int i, int64_t *out, npr_error *err);
npr_status npr_arg_double(const npr_args *a, int i, double *out, npr_error *err);
npr_status npr_arg_bool(const npr_args *a, int i, bool *out, npr_error *err);
/* dtype names and the Python type names int, float, bool. */
npr_status npr_arg_dtype(const npr_args *a, int i, npr_dtype *out, npr_error *err);
/* A JSON list of numbers as doubles (malloc'd; *out NULL for None). */
npr_status npr_arg_double_list(const npr_args *a, int i, double **out, size_t *n, npr_error *err);
/* Largest value count one call may produce. */
#define NPR_MAX_VALUES ((size_t)1 << 26)

/* Allocates count elements of size bytes, or MemoryError. */
void *npr_alloc_values(size_t count, size_t size, npr_error *err);
/* The same for a count still in int64 (so a 32-bit size_t cannot wrap it
 * below the bound first); count <= 0 allocates one element. */
void *npr_alloc_count(int64_t count, size_t size, npr_error *err);

/* Per request (README: Limits per request): the values all its calls' replies
 * hold together, and the bytes of their byte-string, str and big-int values. */
#define NPR_MAX_REQUEST_VALUES ((size_t)1 << 24)
#define NPR_MAX_REQUEST_BYTES ((size_t)1 << 28)
/* CPython 3.11's int_max_str_digits: the longest int Python prints. */
#define NPR_INT_MAX_STR_DIGITS 4300

/* --- running requests ----------------------------------------------------- */

typedef struct npr_reply {
  npr_values *results; /* one per call that completed */
  size_t n_results;
  bool has_error;
  bool request_error; /* the request itself was bad: reply has no "results" */
  char error[NPR_ERROR_MESSAGE_MAX + 32]; /* "ValueError: ..." */
  npr_warnings warnings; /* issued by the calls, in order ("RuntimeWarning: ...") */
} npr_reply;

/* Whether this build has nprand::linalg: without it multivariate_normal
 * answers NotImplementedError (harness/engine/mvnormal_runner.c). */
bool npr_engine_has_linalg(void);

/* Runs request; never fails: problems land in reply->error. */
void npr_engine_run(const cJSON *request, npr_reply *reply);
void npr_reply_free(npr_reply *reply);

/* The contract's reply line (no newline). */
void npr_reply_to_json(const npr_reply *reply, npr_buf *out);
/* The oracle's canonical token text of a reply, and its digest. */
void npr_reply_tokens(const npr_reply *reply, npr_buf *out);
void npr_reply_digest(const npr_reply *reply, char hex[17]);
/* One value as an oracle token ("i:5", "f:3ff0000000000000", ...). Every
 * NaN, whatever its sign and payload, is the token of NPR_NAN_TOKEN_BITS
 * (Python's float('nan')). */
#define NPR_NAN_TOKEN_BITS UINT64_C(0x7ff8000000000000)
void npr_value_token(const npr_value *v, npr_buf *out);
/* Whether token is a float token ("f:" and 16 hex digits) of any NaN: an
 * oracle file written before NaN tokens were canonical may hold another. */
bool npr_token_is_nan(const char *token);
/* One value as the CLI prints it. */
void npr_value_text(const npr_value *v, npr_buf *out);

#endif
