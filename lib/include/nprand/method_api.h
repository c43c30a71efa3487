/* The public functions every method row declares (methods_generator.h,
 * methods_legacy.h), for API prefix P (npr_gen_, npr_rs_) and state type S:
 *
 *   P<name>(S, params..., out, err)           size=None, scalar parameters: one value
 *   P<name>_fill(S, params..., count, out, err) size=(count,), scalar parameters
 *   P<name>_bcast(S, param arrays..., size, out, out_cap, out_shape, err)
 *                                             any 0-d or array parameters, size or
 *                                             NULL (None); see npr_method_call
 *
 * All three run the same driver, so a fill is exactly `count` scalar calls
 * and a broadcast is exactly the per-element scalar calls. */
#ifndef NPRAND_METHOD_API_H
#define NPRAND_METHOD_API_H

#include "nprand/method.h"

#define NPR_CTYPE_F64 double
#define NPR_CTYPE_F32 float
#define NPR_CTYPE_I64 int64_t
#define NPR_CTYPE_I64OK int64_t /* an int64 kernel that can refuse an input */
#define NPR_CTYPE_D double
#define NPR_CTYPE_I int64_t

#define NPR_API_BCAST_TAIL(otype)                                                                        \
  const npr_shape *size, NPR_CTYPE_##otype *out, size_t out_cap, npr_shape *out_shape, npr_error *err

#define NPR_API_DECL0(P, S, name, id, sig, otype, via, kernel, check)                                   \
  npr_status P##name(S st, NPR_CTYPE_##otype *out, npr_error *err);                                    \
  npr_status P##name##_fill(S st, size_t count, NPR_CTYPE_##otype *out, npr_error *err);               \
  npr_status P##name##_bcast(S st, NPR_API_BCAST_TAIL(otype));

#define NPR_API_DECL1(P, S, name, id, sig, otype, via, kernel, check, a, ta, ca)                        \
  npr_status P##name(S st, NPR_CTYPE_##ta a, NPR_CTYPE_##otype *out, npr_error *err);                  \
  npr_status P##name##_fill(S st, NPR_CTYPE_##ta a, size_t count, NPR_CTYPE_##otype *out, npr_error *err); \
  npr_status P##name##_bcast(S st, const npr_param *a, NPR_API_BCAST_TAIL(otype));

#define NPR_API_DECL2(P, S, name, id, sig, otype, via, kernel, check, a, ta, ca, b, tb, cb)             \
  npr_status P##name(S st, NPR_CTYPE_##ta a, NPR_CTYPE_##tb b, NPR_CTYPE_##otype *out, npr_error *err); \
  npr_status P##name##_fill(S st, NPR_CTYPE_##ta a, NPR_CTYPE_##tb b, size_t count,                    \
                            NPR_CTYPE_##otype *out, npr_error *err);                                   \
  npr_status P##name##_bcast(S st, const npr_param *a, const npr_param *b, NPR_API_BCAST_TAIL(otype));

#define NPR_API_DECL3(P, S, name, id, sig, otype, via, kernel, check, a, ta, ca, b, tb, cb, c, tc, cc)  \
  npr_status P##name(S st, NPR_CTYPE_##ta a, NPR_CTYPE_##tb b, NPR_CTYPE_##tc c, NPR_CTYPE_##otype *out, \
                     npr_error *err);                                                                  \
  npr_status P##name##_fill(S st, NPR_CTYPE_##ta a, NPR_CTYPE_##tb b, NPR_CTYPE_##tc c, size_t count,  \
                            NPR_CTYPE_##otype *out, npr_error *err);                                   \
  npr_status P##name##_bcast(S st, const npr_param *a, const npr_param *b, const npr_param *c,         \
                             NPR_API_BCAST_TAIL(otype));

#endif
