/* Result values and their three renderings: contract JSON, CLI text and the
 * oracle's canonical tokens. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "nprand/sha512.h"

static npr_value *push(npr_values *vs) {
  if (vs->failed) return NULL;
  if (vs->n == vs->cap) {
    size_t ncap = vs->cap ? 2 * vs->cap : 8;
    npr_value *grown = realloc(vs->v, ncap * sizeof *grown);
    if (grown == NULL) {
      vs->failed = true;
      return NULL;
    }
    vs->v = grown;
    vs->cap = ncap;
  }
  return &vs->v[vs->n++];
}

void npr_values_int(npr_values *vs, int64_t x) {
  npr_value *v = push(vs);
  if (v) { v->kind = NPR_V_INT; v->as.i = x; }
}

void npr_values_uint(npr_values *vs, uint64_t x) {
  npr_value *v = push(vs);
  if (v) { v->kind = NPR_V_UINT; v->as.u = x; }
}

void npr_values_float(npr_values *vs, double x) {
  npr_value *v = push(vs);
  if (v) { v->kind = NPR_V_FLOAT; v->as.f = x; }
}

void npr_values_bool(npr_values *vs, bool x) {
  npr_value *v = push(vs);
  if (v) { v->kind = NPR_V_BOOL; v->as.b = x; }
}

static void push_text(npr_values *vs, npr_vkind kind, const void *p, size_t n) {
  npr_value *v = push(vs);
  char *copy;
  if (v == NULL) return;
  copy = malloc(n + 1);
  if (copy == NULL) {
    vs->n--;
    vs->failed = true;
    return;
  }
  if (n) memcpy(copy, p, n);
  copy[n] = '\0';
  v->kind = kind;
  v->as.s.p = copy;
  v->as.s.n = n;
}

void npr_values_big(npr_values *vs, const char *decimal) {
  push_text(vs, NPR_V_BIG, decimal, strlen(decimal));
}

void npr_values_bytes(npr_values *vs, const void *p, size_t n) { push_text(vs, NPR_V_BYTES, p, n); }

void npr_values_str(npr_values *vs, const char *p, size_t n) { push_text(vs, NPR_V_STR, p, n); }

void npr_values_json(npr_values *vs, const cJSON *item) {
  if (cJSON_IsBool(item)) {
    npr_values_bool(vs, cJSON_IsTrue(item));
  } else if (npr_json_is_integer(item)) {
    npr_values_big(vs, npr_json_number_text(item));
  } else if (cJSON_IsNumber(item)) {
    double d = 0;
    npr_json_to_double(item, &d, NULL);
    npr_values_float(vs, d);
  } else if (cJSON_IsString(item)) {
    npr_values_str(vs, item->valuestring, strlen(item->valuestring));
  } else if (cJSON_IsArray(item)) {
    /* a reply is one flat list per call: nested lists flatten row-major */
    const cJSON *child;
    cJSON_ArrayForEach(child, item) npr_values_json(vs, child);
  } else {
    char *text = cJSON_PrintUnformatted(item);
    if (text == NULL) {
      vs->failed = true;
      return;
    }
    npr_values_str(vs, text, strlen(text));
    free(text);
  }
}

void npr_values_free(npr_values *vs) {
  size_t i;
  for (i = 0; i < vs->n; i++) {
    if (vs->v[i].kind == NPR_V_BIG || vs->v[i].kind == NPR_V_BYTES || vs->v[i].kind == NPR_V_STR) {
      free(vs->v[i].as.s.p);
    }
  }
  free(vs->v);
  memset(vs, 0, sizeof *vs);
}

static void put_hex(npr_buf *out, const char *p, size_t n) {
  static const char digits[] = "0123456789abcdef";
  size_t i;
  for (i = 0; i < n; i++) {
    char pair[2] = {digits[(unsigned char)p[i] >> 4], digits[(unsigned char)p[i] & 15]};
    npr_buf_put(out, pair, 2);
  }
}

/* Every NaN has the one token of NPR_NAN_TOKEN_BITS (oracle/FORMAT.md): the
 * contract prints NaN as "nan" whatever its sign and payload, and the sign
 * of a NaN made by an invalid operation is the hardware's (negative on x86,
 * positive on aarch64, s390x, ...), so it is no part of the value. */
static void put_float_bits(npr_buf *out, double f) {
  uint64_t bits;
  memcpy(&bits, &f, sizeof bits);
  if (f != f) bits = NPR_NAN_TOKEN_BITS;
  npr_buf_printf(out, "%016" PRIx64, bits);
}

bool npr_token_is_nan(const char *token) {
  uint64_t bits = 0;
  int i;
  if (token[0] != 'f' || token[1] != ':') return false;
  for (i = 0; i < 16; i++) {
    char c = token[2 + i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (d < 0) return false;
    bits = bits << 4 | (uint64_t)d;
  }
  if (token[18] != '\0') return false;
  return (bits & UINT64_C(0x7ff0000000000000)) == UINT64_C(0x7ff0000000000000) &&
         (bits & UINT64_C(0x000fffffffffffff)) != 0;
}

void npr_value_token(const npr_value *v, npr_buf *out) {
  switch (v->kind) {
  case NPR_V_INT: npr_buf_printf(out, "i:%" PRId64, v->as.i); break;
  case NPR_V_UINT: npr_buf_printf(out, "i:%" PRIu64, v->as.u); break;
  case NPR_V_BIG:
    npr_buf_puts(out, "i:");
    /* "-0" never reaches here; strip a "+" the JSON text may carry */
    npr_buf_puts(out, v->as.s.p[0] == '+' ? v->as.s.p + 1 : v->as.s.p);
    break;
  case NPR_V_FLOAT: npr_buf_puts(out, "f:"); put_float_bits(out, v->as.f); break;
  case NPR_V_BOOL: npr_buf_puts(out, v->as.b ? "b:1" : "b:0"); break;
  case NPR_V_BYTES: npr_buf_puts(out, "x:"); put_hex(out, v->as.s.p, v->as.s.n); break;
  case NPR_V_STR: npr_buf_puts(out, "s:"); npr_buf_put(out, v->as.s.p, v->as.s.n); break;
  }
}

void npr_value_text(const npr_value *v, npr_buf *out) {
  char num[40];
  switch (v->kind) {
  case NPR_V_INT: npr_buf_printf(out, "%" PRId64, v->as.i); break;
  case NPR_V_UINT: npr_buf_printf(out, "%" PRIu64, v->as.u); break;
  case NPR_V_BIG: npr_buf_puts(out, v->as.s.p); break;
  case NPR_V_FLOAT: npr_format_double(v->as.f, num); npr_buf_puts(out, num); break;
  case NPR_V_BOOL: npr_buf_puts(out, v->as.b ? "True" : "False"); break;
  case NPR_V_BYTES: put_hex(out, v->as.s.p, v->as.s.n); break;
  case NPR_V_STR: npr_buf_put(out, v->as.s.p, v->as.s.n); break;
  }
}

static void value_json(const npr_value *v, npr_buf *out) {
  char num[40];
  switch (v->kind) {
  case NPR_V_FLOAT:
    npr_format_double(v->as.f, num);
    if (num[0] == 'n' || num[0] == 'i' || num[1] == 'i') {
      npr_buf_json_string(out, num, strlen(num));
    } else {
      npr_buf_puts(out, num);
    }
    break;
  case NPR_V_BOOL: npr_buf_puts(out, v->as.b ? "true" : "false"); break;
  case NPR_V_BYTES: npr_buf_puts(out, "\""); put_hex(out, v->as.s.p, v->as.s.n); npr_buf_puts(out, "\""); break;
  case NPR_V_STR: npr_buf_json_string(out, v->as.s.p, v->as.s.n); break;
  default: npr_value_text(v, out); break;
  }
}

void npr_reply_to_json(const npr_reply *reply, npr_buf *out) {
  size_t c, i;
  npr_buf_puts(out, "{");
  if (!reply->request_error) {
    npr_buf_puts(out, "\"results\": [");
    for (c = 0; c < reply->n_results; c++) {
      const npr_values *vs = &reply->results[c];
      npr_buf_puts(out, c ? ", [" : "[");
      for (i = 0; i < vs->n; i++) {
        if (i) npr_buf_puts(out, ", ");
        value_json(&vs->v[i], out);
      }
      npr_buf_puts(out, "]");
    }
    npr_buf_puts(out, "]");
    /* nprand's extension of the contract: Python warnings the calls issued */
    if (reply->warnings.count > 0) {
      npr_buf_puts(out, ", \"warnings\": [");
      for (i = 0; i < reply->warnings.count; i++) {
        if (i) npr_buf_puts(out, ", ");
        npr_buf_json_string(out, reply->warnings.text[i], strlen(reply->warnings.text[i]));
      }
      npr_buf_puts(out, "]");
    }
    if (reply->has_error) npr_buf_puts(out, ", ");
  }
  if (reply->has_error) {
    npr_buf_puts(out, "\"error\": ");
    npr_buf_json_string(out, reply->error, strlen(reply->error));
  }
  npr_buf_puts(out, "}");
}

void npr_reply_tokens(const npr_reply *reply, npr_buf *out) {
  size_t c, i;
  for (c = 0; c < reply->n_results; c++) {
    npr_buf_puts(out, "#\n");
    for (i = 0; i < reply->results[c].n; i++) {
      npr_value_token(&reply->results[c].v[i], out);
      npr_buf_puts(out, "\n");
    }
  }
  for (i = 0; i < reply->warnings.count; i++) {
    npr_buf_puts(out, "?");
    npr_buf_puts(out, reply->warnings.text[i]);
    npr_buf_puts(out, "\n");
  }
  if (reply->has_error) {
    npr_buf_puts(out, "!");
    npr_buf_puts(out, reply->error);
    npr_buf_puts(out, "\n");
  }
}

void npr_reply_digest(const npr_reply *reply, char hex[17]) {
  npr_buf tokens = {0};
  unsigned char digest[NPR_SHA512_DIGEST_SIZE];
  int i;
  npr_reply_tokens(reply, &tokens);
  npr_sha512_digest(tokens.data ? tokens.data : "", tokens.len, digest);
  for (i = 0; i < 8; i++) sprintf(hex + 2 * i, "%02x", digest[i]);
  hex[16] = '\0';
  npr_buf_free(&tokens);
}
