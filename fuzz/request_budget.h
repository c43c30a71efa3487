/* Keeps fuzzed engine requests cheap: the engine allows up to NPR_MAX_VALUES
 * (2**26) values per call, which is right for the CLI but makes a fuzzer
 * spend its time allocating. A request is "cheap" when a conservative
 * estimate of the values it asks for stays within a budget; targets skip
 * the rest, so the engine itself needs no fuzzing mode. */
#ifndef NPR_FUZZ_REQUEST_BUDGET_H
#define NPR_FUZZ_REQUEST_BUDGET_H

#include <cjson/cJSON.h>
#include <stdbool.h>

/* True when every call of request, with its arguments bound to the method's
 * signature as the engine binds them, is estimated to produce at most
 * budget values in all, and request-level loops ("jumped", "pool_size") are
 * small. Unknown families and methods are cheap (the engine refuses them). */
bool fz_request_is_cheap(const cJSON *request, double budget);

#endif
