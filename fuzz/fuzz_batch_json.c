/* fuzz_batch_json: arbitrary bytes as one `nprand --batch` line.
 *
 * The bytes go through npr_json_parse (cJSON plus the number-text
 * attachment), npr_engine_run and npr_reply_to_json exactly as the CLI's
 * batch loop sends them, then through the oracle's token and digest
 * writers. Invariants: never a crash, leak or UB; every reply line is one
 * valid UTF-8 JSON object (read back by the same strict reader) holding "results" and/or "error" as the contract says;
 * a request that fails to parse gets a request error; running the same
 * request twice gives the same reply (when it is seeded).
 *
 * Requests estimated to ask for more than a few thousand values are
 * skipped (request_budget.h), so the engine needs no fuzzing mode. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "provider.h"
#include "request_budget.h"

enum { VALUE_BUDGET = 4096, LONG_DIGITS = 4300 };

static void reply_line(const npr_reply *reply, npr_buf *out) {
  npr_reply_to_json(reply, out);
  FZ_CHECK(!out->failed, "reply_to_json ran out of memory");
}

static void check_reply_shape(const npr_buf *line, const npr_reply *reply) {
  cJSON *back = npr_json_parse(line->data, line->len, NULL);
  const cJSON *results, *error;
  FZ_CHECK(cJSON_IsObject(back), "reply is not a JSON object: %.300s", line->data);
  FZ_CHECK(memchr(line->data, '\n', line->len) == NULL, "reply spans lines: %.300s", line->data);
  results = cJSON_GetObjectItemCaseSensitive(back, "results");
  error = cJSON_GetObjectItemCaseSensitive(back, "error");
  FZ_CHECK(reply->has_error == cJSON_IsString(error), "error field disagrees with the reply: %.300s", line->data);
  if (reply->request_error) {
    FZ_CHECK(results == NULL, "a request error carries results: %.300s", line->data);
  } else {
    FZ_CHECK(cJSON_IsArray(results) && (size_t)cJSON_GetArraySize(results) == reply->n_results,
             "results list does not match: %.300s", line->data);
  }
  cJSON_Delete(back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* An exact-size, unterminated copy: the parser must honour the length.
   * An input starting with byte 0x01 has every '~' widened to a run of 4301
   * digits (one past CPython's int_max_str_digits) and every '`' to 4300:
   * long digit strings that libFuzzer's input sizes would not reach. */
  const bool widen = size > 0 && data[0] == 0x01;
  size_t n_wide = 0, i, len = 0;
  char *line;
  npr_error err;
  npr_reply reply;
  npr_buf out = {0};
  cJSON *request;
  for (i = widen ? 1 : 0; i < size; i++) n_wide += data[i] == '~' || data[i] == '`';
  line = malloc(size + n_wide * LONG_DIGITS + 1);
  if (line == NULL) abort();
  for (i = widen ? 1 : 0; i < size; i++) {
    if (widen && (data[i] == '~' || data[i] == '`')) {
      const size_t run = data[i] == '~' ? LONG_DIGITS + 1 : LONG_DIGITS;
      memset(line + len, '7', run);
      len += run;
    } else {
      line[len++] = (char)data[i];
    }
  }
  size = len;
  npr_error_clear(&err);
  request = npr_json_parse(line, size, &err);
  if (request == NULL) {
    FZ_CHECK(err.status == NPR_VALUE_ERROR || err.status == NPR_UNICODE_DECODE_ERROR ||
                 err.status == NPR_NOT_IMPLEMENTED || err.status == NPR_MEMORY_ERROR,
             "parse failure as %s", npr_status_name(err.status));
    /* what the CLI replies for a line that is not JSON */
    memset(&reply, 0, sizeof reply);
    reply.has_error = reply.request_error = true;
    snprintf(reply.error, sizeof reply.error, "%s: %s", npr_status_name(err.status), err.message);
  } else {
    const cJSON *seed = cJSON_GetObjectItemCaseSensitive(request, "seed");
    const cJSON *call;
    bool seeded = seed != NULL && !cJSON_IsNull(seed);
    /* a "seed" call may reseed from OS entropy */
    cJSON_ArrayForEach(call, cJSON_GetObjectItemCaseSensitive(request, "calls")) {
      const cJSON *m = cJSON_GetObjectItemCaseSensitive(call, "method");
      if (cJSON_IsString(m) && strcmp(m->valuestring, "seed") == 0) seeded = false;
    }
    if (!fz_request_is_cheap(request, VALUE_BUDGET)) {
      cJSON_Delete(request);
      free(line);
      return 0;
    }
    npr_engine_run(request, &reply);
    if (seeded) { /* the same request, again: the same reply */
      npr_reply again;
      npr_buf a = {0}, b = {0};
      npr_engine_run(request, &again);
      reply_line(&reply, &a);
      reply_line(&again, &b);
      FZ_CHECK(a.len == b.len && memcmp(a.data, b.data, a.len) == 0, "same request, different replies:\n%.300s\n%.300s",
               a.data, b.data);
      npr_buf_free(&a);
      npr_buf_free(&b);
      npr_reply_free(&again);
    }
    cJSON_Delete(request);
  }
  reply_line(&reply, &out);
  check_reply_shape(&out, &reply);
  {
    /* the conformance runner's views of the same reply */
    npr_buf tokens = {0};
    char digest[17];
    npr_reply_tokens(&reply, &tokens);
    npr_reply_digest(&reply, digest);
    FZ_CHECK(strlen(digest) == 16, "digest '%s'", digest);
    if (reply.n_results > 0 && reply.results[0].n > 0) {
      npr_buf text = {0};
      npr_value_text(&reply.results[0].v[0], &text);
      npr_buf_free(&text);
    }
    npr_buf_free(&tokens);
  }
  npr_buf_free(&out);
  npr_reply_free(&reply);
  free(line);
  return 0;
}
