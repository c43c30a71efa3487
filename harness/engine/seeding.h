/* Request seeds turned into library seeds: SeedSequence entropy and spawn
 * keys (Python ints of any size, lists of them) for the Generator families
 * and the seedsequence family. */
#ifndef NPR_HARNESS_SEEDING_H
#define NPR_HARNESS_SEEDING_H

#include <cjson/cJSON.h>

#include "nprand/numpy_version.h"
#include "nprand/seedsequence.h"
#include "nprand/status.h"

/* Largest pool_size a request may ask for: SeedSequence's mixing is
 * pool_size**2 hash rounds (README: Limits per request). */
#define NPR_MAX_POOL_SIZE 4096

/* The request's "numpy" release (absent or null: NPR_NUMPY_DEFAULT):
 * TypeError when it is not a string, ValueError for an unmodelled release. */
npr_status npr_request_numpy(const cJSON *request, npr_numpy_version *numpy, npr_error *err);

/* SeedSequence(request["seed"], spawn_key=request["spawn_key"],
 * pool_size=request["pool_size"]) of the request's NumPy release; seed None
 * draws OS entropy. From 2.5.1 a list inside the entropy or spawn_key list
 * is TypeError "SeedSequence does not accept nested sequences."; before,
 * nested lists flatten. */
npr_status npr_seedseq_from_request(const cJSON *request, npr_seedsequence *ss, npr_error *err);

/* Magnitude words (little-endian 32-bit) and sign of a JSON integer; *words
 * is malloc'd. TypeError for anything but an integer. */
npr_status npr_json_int_words(const cJSON *item, uint32_t **words, size_t *n, bool *negative,
                              npr_error *err);

#endif
