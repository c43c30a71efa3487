/* The per-file logic of nprand-conformance (see oracle_reader.h). */
#define _POSIX_C_SOURCE 200809L
#include "oracle_reader.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "engine.h"
#include "nprand/sha512.h"

enum { MAX_MISMATCH_REPORTS = 10 };

static npr_oracle_row *row_for(npr_oracle_stats *st, const char *family, const char *method) {
  size_t i;
  for (i = 0; i < st->n_rows; i++) {
    if (strcmp(st->rows[i].family, family) == 0 && strcmp(st->rows[i].method, method) == 0) {
      return &st->rows[i];
    }
  }
  if (st->n_rows == st->cap_rows) {
    size_t ncap = st->cap_rows ? 2 * st->cap_rows : 32;
    npr_oracle_row *grown = realloc(st->rows, ncap * sizeof *grown);
    if (grown == NULL) return NULL;
    st->rows = grown;
    st->cap_rows = ncap;
  }
  memset(&st->rows[st->n_rows], 0, sizeof st->rows[0]);
  snprintf(st->rows[st->n_rows].family, sizeof st->rows[0].family, "%s", family);
  snprintf(st->rows[st->n_rows].method, sizeof st->rows[0].method, "%s", method);
  return &st->rows[st->n_rows++];
}

char *npr_oracle_read_file(void *ctx, const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *data = NULL;
  size_t cap = 0, n = 0;
  (void)ctx;
  if (f == NULL) return NULL;
  for (;;) {
    size_t got;
    if (n + 65536 + 1 > cap) {
      char *grown;
      cap = cap ? 2 * cap : 1 << 20;
      grown = realloc(data, cap);
      if (grown == NULL) {
        free(data);
        fclose(f);
        return NULL;
      }
      data = grown;
    }
    got = fread(data + n, 1, 65536, f);
    n += got;
    if (got < 65536) break;
  }
  fclose(f);
  data[n] = '\0';
  *len = n;
  return data;
}

static void sha512_hex32(const char *data, size_t n, char hex[33]) {
  unsigned char d[NPR_SHA512_DIGEST_SIZE];
  int i;
  npr_sha512_digest(data, n, d);
  for (i = 0; i < 16; i++) sprintf(hex + 2 * i, "%02x", d[i]);
  hex[32] = '\0';
}

int npr_oracle_corrupt(npr_oracle_stats *st, FILE *err, const char *path, const char *why) {
  fprintf(err, "CORRUPT %s: %s\n", path, why);
  st->corrupt++;
  return -1;
}

/* "f:<bits>" and "i:<n>" tokens shown in hex and decimal. */
static void describe_token(const char *tok, char *out, size_t n) {
  if (strncmp(tok, "f:", 2) == 0 && strlen(tok) == 18) {
    unsigned long long bits = strtoull(tok + 2, NULL, 16);
    double d;
    char num[40];
    memcpy(&d, &bits, sizeof d);
    npr_format_double(d, num);
    snprintf(out, n, "%s (%s)", tok, num);
  } else if (strncmp(tok, "i:", 2) == 0) {
    long long v = strtoll(tok + 2, NULL, 10);
    snprintf(out, n, "%s (0x%llx)", tok, (unsigned long long)v);
  } else {
    snprintf(out, n, "%s", tok);
  }
}

/* Compares full expected tokens with a reply; reports the first difference. */
static bool compare_full(const cJSON *entry, const npr_reply *reply, const cJSON *calls,
                         const char *where, int *reports, int *bad_call, FILE *out) {
  const cJSON *t = cJSON_GetObjectItemCaseSensitive(entry, "t");
  const cJSON *e = cJSON_GetObjectItemCaseSensitive(entry, "e");
  size_t c = 0;
  const cJSON *call_tokens;
  npr_buf tok = {0};
  bool ok = true;
  *bad_call = -1;
  cJSON_ArrayForEach(call_tokens, t) {
    const cJSON *want;
    size_t k = 0;
    /* an entry may list more calls than the header has */
    const cJSON *m = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(calls, (int)c), "method");
    const char *method = cJSON_IsString(m) ? m->valuestring : "?";
    if (c >= reply->n_results) {
      ok = false;
      *bad_call = (int)c;
      if ((*reports)++ < MAX_MISMATCH_REPORTS) {
        fprintf(out, "MISMATCH %s call %zu (%s): expected a result, got error %s\n", where, c, method,
               reply->has_error ? reply->error : "(none)");
      }
      break;
    }
    if ((size_t)cJSON_GetArraySize(call_tokens) != reply->results[c].n) {
      ok = false;
      *bad_call = (int)c;
      if ((*reports)++ < MAX_MISMATCH_REPORTS) {
        fprintf(out, "MISMATCH %s call %zu (%s): expected %d values, got %zu\n", where, c, method,
               cJSON_GetArraySize(call_tokens), reply->results[c].n);
      }
      break;
    }
    cJSON_ArrayForEach(want, call_tokens) {
      tok.len = 0;
      npr_value_token(&reply->results[c].v[k], &tok);
      /* Any NaN matches any NaN (oracle/FORMAT.md): ours is canonical already,
       * a file's may carry the oracle machine's sign. */
      if (!cJSON_IsString(want) ||
          (strcmp(want->valuestring, tok.data ? tok.data : "") != 0 &&
           !(npr_token_is_nan(want->valuestring) && npr_token_is_nan(tok.data ? tok.data : "")))) {
        char a[128], b[128];
        describe_token(cJSON_IsString(want) ? want->valuestring : "?", a, sizeof a);
        describe_token(tok.data ? tok.data : "", b, sizeof b);
        ok = false;
        *bad_call = (int)c;
        if ((*reports)++ < MAX_MISMATCH_REPORTS) {
          fprintf(out, "MISMATCH %s call %zu (%s) index %zu: expected %s got %s\n", where, c, method, k, a, b);
        }
        break;
      }
      k++;
    }
    if (!ok) break;
    c++;
  }
  if (ok && c != reply->n_results) {
    ok = false;
    *bad_call = (int)c;
    if ((*reports)++ < MAX_MISMATCH_REPORTS) fprintf(out, "MISMATCH %s: %zu calls succeeded, expected %zu\n", where, reply->n_results, c);
  }
  if (ok) {
    const char *want_err = cJSON_IsString(e) ? e->valuestring : NULL;
    const char *got_err = reply->has_error ? reply->error : NULL;
    if ((want_err == NULL) != (got_err == NULL) || (want_err && strcmp(want_err, got_err) != 0)) {
      ok = false;
      *bad_call = (int)c;
      if ((*reports)++ < MAX_MISMATCH_REPORTS) {
        fprintf(out, "MISMATCH %s: expected error %s, got %s\n", where, want_err ? want_err : "(none)",
               got_err ? got_err : "(none)");
      }
    }
  }
  if (ok) {
    /* "w": the warnings the calls issued (nprand's extension; none when absent) */
    const cJSON *w = cJSON_GetObjectItemCaseSensitive(entry, "w");
    unsigned want_n = cJSON_IsArray(w) ? (unsigned)cJSON_GetArraySize(w) : 0, k;
    bool same = want_n == reply->warnings.count;
    for (k = 0; same && k < want_n; k++) {
      const cJSON *item = cJSON_GetArrayItem(w, (int)k);
      same = cJSON_IsString(item) && strcmp(item->valuestring, reply->warnings.text[k]) == 0;
    }
    if (!same) {
      ok = false;
      *bad_call = (int)c;
      if ((*reports)++ < MAX_MISMATCH_REPORTS) {
        fprintf(out, "MISMATCH %s: expected %u warnings (first %s), got %u (first %s)\n", where, want_n,
                want_n && cJSON_IsString(cJSON_GetArrayItem(w, 0)) ? cJSON_GetArrayItem(w, 0)->valuestring : "-",
                reply->warnings.count,
                reply->warnings.count ? reply->warnings.text[0] : "-");
      }
    }
  }
  npr_buf_free(&tok);
  return ok;
}

static cJSON *load_seed_list(const char *oracle_path, const cJSON *header, const npr_oracle_io *io,
                             npr_oracle_stats *st) {
  const cJSON *name = cJSON_GetObjectItemCaseSensitive(header, "seed_list");
  const cJSON *sum = cJSON_GetObjectItemCaseSensitive(header, "seed_list_sha512");
  char path[4096], hex[33];
  const char *slash = strrchr(oracle_path, '/');
  size_t len = 0;
  char *text;
  cJSON *list;
  if (!cJSON_IsString(name) || !cJSON_IsString(sum) || strchr(name->valuestring, '/') != NULL) {
    npr_oracle_corrupt(st, io->err, oracle_path, "header names no valid seed list");
    return NULL;
  }
  snprintf(path, sizeof path, "%.*s%s", slash ? (int)(slash - oracle_path + 1) : 0, oracle_path,
           name->valuestring);
  text = io->read(io->ctx, path, &len);
  if (text == NULL) {
    npr_oracle_corrupt(st, io->err, oracle_path, "cannot read its seed list");
    return NULL;
  }
  sha512_hex32(text, len, hex);
  if (strcmp(hex, sum->valuestring) != 0) {
    free(text);
    npr_oracle_corrupt(st, io->err, path, "seed list checksum does not match the oracle file's header");
    return NULL;
  }
  list = npr_json_parse(text, len, NULL);
  free(text);
  if (!cJSON_IsArray(list)) {
    cJSON_Delete(list);
    npr_oracle_corrupt(st, io->err, path, "seed list is not a JSON list");
    return NULL;
  }
  return list;
}

int npr_oracle_run_file(const char *path, long max_seeds, bool quiet, npr_oracle_stats *st) {
  const npr_oracle_io io = npr_oracle_default_io();
  size_t len = 0;
  char *data;
  int rc;
  errno = 0;
  data = npr_oracle_read_file(NULL, path, &len);
  if (data == NULL) return npr_oracle_corrupt(st, io.err, path, strerror(errno ? errno : EIO));
  rc = npr_oracle_run_data(path, data, len, max_seeds, quiet, &io, st);
  free(data);
  return rc;
}

int npr_oracle_run_data(const char *path, char *data, size_t len, long max_seeds, bool quiet,
                        const npr_oracle_io *io, npr_oracle_stats *st) {
  size_t off, line_len;
  char *line, *last, hex[33];
  cJSON *header = NULL, *trailer = NULL, *seeds = NULL;
  const cJSON *family, *casename, *request, *calls, *call, *fmt, *sum, *entries;
  long n_entries = 0, n_failed = 0, n_values = 0;
  int reports = 0, rc = 0;
  clock_t t0 = clock();
  double secs;

  st->files++;
  /* The trailer is the last line and checksums every byte before it. */
  if (len == 0 || data[len - 1] != '\n') {
    return npr_oracle_corrupt(st, io->err, path, "truncated (no final newline)");
  }
  data[len - 1] = '\0';
  last = strrchr(data, '\n');
  if (last == NULL) {
    return npr_oracle_corrupt(st, io->err, path, "no header or no trailer");
  }
  trailer = npr_json_parse(last + 1, strlen(last + 1), NULL);
  sum = cJSON_GetObjectItemCaseSensitive(trailer, "sha512");
  entries = cJSON_GetObjectItemCaseSensitive(trailer, "entries");
  if (!cJSON_IsString(sum) || !cJSON_IsNumber(entries)) {
    rc = npr_oracle_corrupt(st, io->err, path, "last line is not a trailer (truncated file?)");
    goto out;
  }
  sha512_hex32(data, (size_t)(last - data + 1), hex);
  if (strcmp(hex, sum->valuestring) != 0) {
    rc = npr_oracle_corrupt(st, io->err, path, "checksum mismatch: the file is corrupt or was edited by hand");
    goto out;
  }
  *last = '\0';
  line = data;
  line_len = strcspn(line, "\n");
  header = npr_json_parse(line, line_len, NULL);
  fmt = cJSON_GetObjectItemCaseSensitive(header, "format");
  family = cJSON_GetObjectItemCaseSensitive(header, "family");
  casename = cJSON_GetObjectItemCaseSensitive(header, "case");
  request = cJSON_GetObjectItemCaseSensitive(header, "request");
  calls = cJSON_GetObjectItemCaseSensitive(request, "calls");
  if (!cJSON_IsString(fmt) || strcmp(fmt->valuestring, "nprand-oracle/1") != 0 || !cJSON_IsString(family) ||
      !cJSON_IsString(casename) || !cJSON_IsObject(request) || !cJSON_IsArray(calls)) {
    rc = npr_oracle_corrupt(st, io->err, path, "header is not an nprand-oracle/1 header");
    goto out;
  }
  cJSON_ArrayForEach(call, calls) {
    if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(call, "method"))) {
      rc = npr_oracle_corrupt(st, io->err, path, "a call in the header has no method");
      goto out;
    }
  }
  /* A build without nprand::linalg answers multivariate_normal with its
   * documented NotImplementedError: the files that need it are skipped. */
  if (!npr_engine_has_linalg()) {
    cJSON_ArrayForEach(call, calls) {
      if (strcmp(cJSON_GetObjectItemCaseSensitive(call, "method")->valuestring, "multivariate_normal") == 0) {
        if (!quiet) fprintf(io->out, "skip %s: multivariate_normal needs nprand::linalg (NPRAND_LINALG)\n", path);
        goto out;
      }
    }
  }
  if ((seeds = load_seed_list(path, header, io, st)) == NULL) {
    rc = -1;
    goto out;
  }
  for (off = line_len + 1; off < (size_t)(last - data) && (max_seeds < 0 || n_entries < max_seeds);) {
    cJSON *entry, *req;
    const cJSON *idx, *seed, *digest;
    npr_reply reply;
    char where[512];
    int bad_call = -1;
    bool ok;
    size_t k;
    line = data + off;
    line_len = strcspn(line, "\n");
    off += line_len + 1;
    entry = npr_json_parse(line, line_len, NULL);
    idx = cJSON_GetObjectItemCaseSensitive(entry, "i");
    /* range-checked before the cast: (int)1e300 is undefined behaviour */
    seed = cJSON_IsNumber(idx) && idx->valuedouble >= 0 && idx->valuedouble <= INT_MAX
               ? cJSON_GetArrayItem(seeds, (int)idx->valuedouble)
               : NULL;
    digest = cJSON_GetObjectItemCaseSensitive(entry, "d");
    if (seed == NULL || (!cJSON_IsString(digest) && !cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(entry, "t")))) {
      cJSON_Delete(entry);
      rc = npr_oracle_corrupt(st, io->err, path, "an entry has no valid seed index or expectation");
      goto out;
    }
    req = cJSON_Duplicate(request, true);
    cJSON_AddItemToObject(req, "seed", cJSON_Duplicate(seed, true));
    npr_engine_run(req, &reply);
    {
      char *seed_text = cJSON_PrintUnformatted(seed);
      snprintf(where, sizeof where, "%s/%s seed=%.200s", family->valuestring, casename->valuestring,
               seed_text ? seed_text : "?");
      free(seed_text);
    }
    if (cJSON_IsString(digest)) {
      char got[17];
      npr_reply_digest(&reply, got);
      ok = strcmp(got, digest->valuestring) == 0;
      if (!ok && reports++ < MAX_MISMATCH_REPORTS) {
        npr_buf tokens = {0};
        npr_reply_tokens(&reply, &tokens);
        fprintf(io->out, "MISMATCH %s: digest expected %s got %s; nprand produced:\n%.600s%s\n", where, digest->valuestring,
               got, tokens.data ? tokens.data : "", tokens.len > 600 ? "..." : "");
        npr_buf_free(&tokens);
      }
    } else {
      ok = compare_full(entry, &reply, calls, where, &reports, &bad_call, io->out);
    }
    for (k = 0; k < reply.n_results; k++) n_values += (long)reply.results[k].n;
    n_entries++;
    if (!ok) n_failed++;
    /* Per-method rows: values per method; a failure counts against the
     * failing call's method, or every method of the case for a digest. */
    {
      int c = 0;
      cJSON_ArrayForEach(call, calls) {
        npr_oracle_row *row = row_for(st, family->valuestring,
                                  cJSON_GetObjectItemCaseSensitive(call, "method")->valuestring);
        if (row != NULL) {
          if ((size_t)c < reply.n_results) row->values += (long)reply.results[c].n;
          if (!ok && (bad_call < 0 || bad_call == c)) row->failed++;
        }
        c++;
      }
    }
    npr_reply_free(&reply);
    cJSON_Delete(req);
    cJSON_Delete(entry);
  }
  if ((double)n_entries != entries->valuedouble && max_seeds < 0) {
    rc = npr_oracle_corrupt(st, io->err, path, "entry count does not match the trailer");
    goto out;
  }
  secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  {
    /* seeds and time are shared out over the methods the case calls */
    int n_calls = cJSON_GetArraySize(calls), c = 0;
    const char *seen[64];
    cJSON_ArrayForEach(call, calls) {
      const char *m = cJSON_GetObjectItemCaseSensitive(call, "method")->valuestring;
      npr_oracle_row *row = row_for(st, family->valuestring, m);
      int s, dup = 0;
      for (s = 0; s < c && s < 64; s++) dup |= strcmp(seen[s], m) == 0;
      if (c < 64) seen[c] = m;
      c++;
      if (row == NULL) continue;
      row->seconds += secs / (n_calls ? n_calls : 1);
      if (!dup) row->seeds += n_entries;
    }
  }
  if (n_failed) st->cases_failed++;
  if (!quiet || n_failed) {
    fprintf(io->out, "%-4s %s/%s: %ld seeds, %ld values, %ld failed (%.2fs)\n", n_failed ? "FAIL" : "ok", family->valuestring,
           casename->valuestring, n_entries, n_values, n_failed, secs);
  }
  rc = n_failed ? 1 : 0;
out:
  cJSON_Delete(header);
  cJSON_Delete(trailer);
  cJSON_Delete(seeds);
  return rc;
}

npr_oracle_io npr_oracle_default_io(void) {
  npr_oracle_io io;
  io.out = stdout;
  io.err = stderr;
  io.read = npr_oracle_read_file;
  io.ctx = NULL;
  return io;
}
