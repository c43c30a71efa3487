/* nprand-conformance: replays oracle files (oracle/FORMAT.md) through the
 * engine and compares bit for bit.
 *
 *   nprand-conformance [--report-md FILE] [--max-seeds N] [--quiet] PATH...
 *
 * PATH is an oracle file or a folder searched recursively for *.jsonl.
 * Exit status: 0 all cases pass, 1 a mismatch, 2 an unreadable or corrupt
 * oracle file or bad usage. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "engine.h"
#include "nprand/sha512.h"

enum { MAX_MISMATCH_REPORTS = 10 };

typedef struct method_row {
  char family[32], method[48];
  long seeds, values, failed;
  double seconds;
} method_row;

typedef struct stats {
  method_row *rows;
  size_t n_rows, cap_rows;
  long files, cases_failed, corrupt;
} stats;

static method_row *row_for(stats *st, const char *family, const char *method) {
  size_t i;
  for (i = 0; i < st->n_rows; i++) {
    if (strcmp(st->rows[i].family, family) == 0 && strcmp(st->rows[i].method, method) == 0) {
      return &st->rows[i];
    }
  }
  if (st->n_rows == st->cap_rows) {
    size_t ncap = st->cap_rows ? 2 * st->cap_rows : 32;
    method_row *grown = realloc(st->rows, ncap * sizeof *grown);
    if (grown == NULL) return NULL;
    st->rows = grown;
    st->cap_rows = ncap;
  }
  memset(&st->rows[st->n_rows], 0, sizeof st->rows[0]);
  snprintf(st->rows[st->n_rows].family, sizeof st->rows[0].family, "%s", family);
  snprintf(st->rows[st->n_rows].method, sizeof st->rows[0].method, "%s", method);
  return &st->rows[st->n_rows++];
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *data = NULL;
  size_t cap = 0, n = 0;
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

static int corrupt(stats *st, const char *path, const char *why) {
  fprintf(stderr, "CORRUPT %s: %s\n", path, why);
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
                         const char *where, int *reports, int *bad_call) {
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
    const char *method = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(calls, (int)c), "method")->valuestring;
    if (c >= reply->n_results) {
      ok = false;
      *bad_call = (int)c;
      if ((*reports)++ < MAX_MISMATCH_REPORTS) {
        printf("MISMATCH %s call %zu (%s): expected a result, got error %s\n", where, c, method,
               reply->has_error ? reply->error : "(none)");
      }
      break;
    }
    if ((size_t)cJSON_GetArraySize(call_tokens) != reply->results[c].n) {
      ok = false;
      *bad_call = (int)c;
      if ((*reports)++ < MAX_MISMATCH_REPORTS) {
        printf("MISMATCH %s call %zu (%s): expected %d values, got %zu\n", where, c, method,
               cJSON_GetArraySize(call_tokens), reply->results[c].n);
      }
      break;
    }
    cJSON_ArrayForEach(want, call_tokens) {
      tok.len = 0;
      npr_value_token(&reply->results[c].v[k], &tok);
      if (!cJSON_IsString(want) || strcmp(want->valuestring, tok.data ? tok.data : "") != 0) {
        char a[128], b[128];
        describe_token(cJSON_IsString(want) ? want->valuestring : "?", a, sizeof a);
        describe_token(tok.data ? tok.data : "", b, sizeof b);
        ok = false;
        *bad_call = (int)c;
        if ((*reports)++ < MAX_MISMATCH_REPORTS) {
          printf("MISMATCH %s call %zu (%s) index %zu: expected %s got %s\n", where, c, method, k, a, b);
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
    if ((*reports)++ < MAX_MISMATCH_REPORTS) printf("MISMATCH %s: %zu calls succeeded, expected %zu\n", where, reply->n_results, c);
  }
  if (ok) {
    const char *want_err = cJSON_IsString(e) ? e->valuestring : NULL;
    const char *got_err = reply->has_error ? reply->error : NULL;
    if ((want_err == NULL) != (got_err == NULL) || (want_err && strcmp(want_err, got_err) != 0)) {
      ok = false;
      *bad_call = (int)c;
      if ((*reports)++ < MAX_MISMATCH_REPORTS) {
        printf("MISMATCH %s: expected error %s, got %s\n", where, want_err ? want_err : "(none)",
               got_err ? got_err : "(none)");
      }
    }
  }
  npr_buf_free(&tok);
  return ok;
}

static cJSON *load_seed_list(const char *oracle_path, const cJSON *header, stats *st) {
  const cJSON *name = cJSON_GetObjectItemCaseSensitive(header, "seed_list");
  const cJSON *sum = cJSON_GetObjectItemCaseSensitive(header, "seed_list_sha512");
  char path[4096], hex[33];
  const char *slash = strrchr(oracle_path, '/');
  size_t len = 0;
  char *text;
  cJSON *list;
  if (!cJSON_IsString(name) || !cJSON_IsString(sum) || strchr(name->valuestring, '/') != NULL) {
    corrupt(st, oracle_path, "header names no valid seed list");
    return NULL;
  }
  snprintf(path, sizeof path, "%.*s%s", slash ? (int)(slash - oracle_path + 1) : 0, oracle_path,
           name->valuestring);
  text = read_file(path, &len);
  if (text == NULL) {
    corrupt(st, oracle_path, "cannot read its seed list");
    return NULL;
  }
  sha512_hex32(text, len, hex);
  if (strcmp(hex, sum->valuestring) != 0) {
    free(text);
    corrupt(st, path, "seed list checksum does not match the oracle file's header");
    return NULL;
  }
  list = npr_json_parse(text, len, NULL);
  free(text);
  if (!cJSON_IsArray(list)) {
    cJSON_Delete(list);
    corrupt(st, path, "seed list is not a JSON list");
    return NULL;
  }
  return list;
}

static int run_file(const char *path, long max_seeds, bool quiet, stats *st) {
  size_t len = 0, off, line_len;
  char *data = read_file(path, &len);
  char *line, *last, hex[33];
  cJSON *header = NULL, *trailer = NULL, *seeds = NULL;
  const cJSON *family, *casename, *request, *calls, *call, *fmt, *sum, *entries;
  long n_entries = 0, n_failed = 0, n_values = 0;
  int reports = 0, rc = 0;
  clock_t t0 = clock();
  double secs;

  if (data == NULL) return corrupt(st, path, strerror(errno ? errno : EIO));
  st->files++;
  /* The trailer is the last line and checksums every byte before it. */
  if (len == 0 || data[len - 1] != '\n') {
    free(data);
    return corrupt(st, path, "truncated (no final newline)");
  }
  data[len - 1] = '\0';
  last = strrchr(data, '\n');
  if (last == NULL) {
    free(data);
    return corrupt(st, path, "no header or no trailer");
  }
  trailer = npr_json_parse(last + 1, strlen(last + 1), NULL);
  sum = cJSON_GetObjectItemCaseSensitive(trailer, "sha512");
  entries = cJSON_GetObjectItemCaseSensitive(trailer, "entries");
  if (!cJSON_IsString(sum) || !cJSON_IsNumber(entries)) {
    rc = corrupt(st, path, "last line is not a trailer (truncated file?)");
    goto out;
  }
  sha512_hex32(data, (size_t)(last - data + 1), hex);
  if (strcmp(hex, sum->valuestring) != 0) {
    rc = corrupt(st, path, "checksum mismatch: the file is corrupt or was edited by hand");
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
    rc = corrupt(st, path, "header is not an nprand-oracle/1 header");
    goto out;
  }
  cJSON_ArrayForEach(call, calls) {
    if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(call, "method"))) {
      rc = corrupt(st, path, "a call in the header has no method");
      goto out;
    }
  }
  if ((seeds = load_seed_list(path, header, st)) == NULL) {
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
    seed = cJSON_IsNumber(idx) ? cJSON_GetArrayItem(seeds, (int)idx->valuedouble) : NULL;
    digest = cJSON_GetObjectItemCaseSensitive(entry, "d");
    if (seed == NULL || (!cJSON_IsString(digest) && !cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(entry, "t")))) {
      cJSON_Delete(entry);
      rc = corrupt(st, path, "an entry has no valid seed index or expectation");
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
        printf("MISMATCH %s: digest expected %s got %s; nprand produced:\n%.600s%s\n", where, digest->valuestring,
               got, tokens.data ? tokens.data : "", tokens.len > 600 ? "..." : "");
        npr_buf_free(&tokens);
      }
    } else {
      ok = compare_full(entry, &reply, calls, where, &reports, &bad_call);
    }
    for (k = 0; k < reply.n_results; k++) n_values += (long)reply.results[k].n;
    n_entries++;
    if (!ok) n_failed++;
    /* Per-method rows: values per method; a failure counts against the
     * failing call's method, or every method of the case for a digest. */
    {
      int c = 0;
      cJSON_ArrayForEach(call, calls) {
        method_row *row = row_for(st, family->valuestring,
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
    rc = corrupt(st, path, "entry count does not match the trailer");
    goto out;
  }
  secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  {
    /* seeds and time are shared out over the methods the case calls */
    int n_calls = cJSON_GetArraySize(calls), c = 0;
    const char *seen[64];
    cJSON_ArrayForEach(call, calls) {
      const char *m = cJSON_GetObjectItemCaseSensitive(call, "method")->valuestring;
      method_row *row = row_for(st, family->valuestring, m);
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
    printf("%-4s %s/%s: %ld seeds, %ld values, %ld failed (%.2fs)\n", n_failed ? "FAIL" : "ok", family->valuestring,
           casename->valuestring, n_entries, n_values, n_failed, secs);
  }
  rc = n_failed ? 1 : 0;
out:
  cJSON_Delete(header);
  cJSON_Delete(trailer);
  cJSON_Delete(seeds);
  free(data);
  return rc;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Runs every *.jsonl under path, in sorted order. */
static void run_path(const char *path, long max_seeds, bool quiet, stats *st) {
  struct stat sb;
  DIR *dir;
  struct dirent *de;
  char **names = NULL;
  size_t n = 0, cap = 0, i;
  if (stat(path, &sb) != 0) {
    corrupt(st, path, "no such file or folder");
    return;
  }
  if (!S_ISDIR(sb.st_mode)) {
    run_file(path, max_seeds, quiet, st);
    return;
  }
  if ((dir = opendir(path)) == NULL) {
    corrupt(st, path, "cannot open folder");
    return;
  }
  while ((de = readdir(dir)) != NULL) {
    size_t nl = strlen(de->d_name);
    char *full;
    if (de->d_name[0] == '.') continue;
    full = malloc(strlen(path) + nl + 2);
    if (full == NULL) break;
    sprintf(full, "%s/%s", path, de->d_name);
    if (stat(full, &sb) == 0 && (S_ISDIR(sb.st_mode) || (nl > 6 && strcmp(de->d_name + nl - 6, ".jsonl") == 0))) {
      if (n == cap) {
        char **grown = realloc(names, (cap = cap ? 2 * cap : 64) * sizeof *grown);
        if (grown == NULL) {
          free(full);
          break;
        }
        names = grown;
      }
      names[n++] = full;
    } else {
      free(full);
    }
  }
  closedir(dir);
  if (names) qsort(names, n, sizeof *names, cmp_str);
  for (i = 0; i < n; i++) {
    run_path(names[i], max_seeds, quiet, st);
    free(names[i]);
  }
  free(names);
}

static void print_report(FILE *f, const stats *st, bool markdown) {
  size_t i;
  long seeds = 0, values = 0, failed = 0;
  double secs = 0;
  if (markdown) {
    fprintf(f, "## nprand conformance\n\n| family | method | seeds | values | result | time (s) |\n|---|---|---:|---:|---|---:|\n");
  } else {
    fprintf(f, "\n%-14s %-24s %9s %11s %-6s %9s\n", "family", "method", "seeds", "values", "result", "time (s)");
  }
  for (i = 0; i < st->n_rows; i++) {
    const method_row *r = &st->rows[i];
    char result[32];
    if (r->failed) snprintf(result, sizeof result, "FAIL %ld", r->failed);
    else snprintf(result, sizeof result, "pass");
    fprintf(f, markdown ? "| %s | %s | %ld | %ld | %s | %.2f |\n" : "%-14s %-24s %9ld %11ld %-6s %9.2f\n", r->family,
            r->method, r->seeds, r->values, result, r->seconds);
    seeds += r->seeds;
    values += r->values;
    failed += r->failed;
    secs += r->seconds;
  }
  fprintf(f, markdown ? "\n**%ld oracle files, %ld values compared bit for bit, %ld failing cases, %ld corrupt files.**\n"
                      : "\n%ld oracle files, %ld values compared bit for bit, %ld failing cases, %ld corrupt files.\n",
          st->files, values, st->cases_failed, st->corrupt);
  (void)seeds;
  (void)failed;
  (void)secs;
}

static int row_cmp(const void *a, const void *b) {
  const method_row *x = a, *y = b;
  int c = strcmp(x->family, y->family);
  return c ? c : strcmp(x->method, y->method);
}

int main(int argc, char **argv) {
  const char *report_md = NULL;
  long max_seeds = -1;
  bool quiet = false;
  stats st = {0};
  int i, n_paths = 0;
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--report-md") == 0 && i + 1 < argc) {
      report_md = argv[++i];
    } else if (strcmp(argv[i], "--max-seeds") == 0 && i + 1 < argc) {
      max_seeds = strtol(argv[++i], NULL, 10);
    } else if (strcmp(argv[i], "--quiet") == 0) {
      quiet = true;
    } else if (argv[i][0] == '-') {
      fprintf(stderr, "usage: nprand-conformance [--report-md FILE] [--max-seeds N] [--quiet] PATH...\n");
      return 2;
    } else {
      n_paths++;
    }
  }
  if (n_paths == 0) {
    fprintf(stderr, "usage: nprand-conformance [--report-md FILE] [--max-seeds N] [--quiet] PATH...\n");
    return 2;
  }
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--report-md") == 0 || strcmp(argv[i], "--max-seeds") == 0) {
      i++;
    } else if (argv[i][0] != '-') {
      run_path(argv[i], max_seeds, quiet, &st);
    }
  }
  if (st.n_rows) qsort(st.rows, st.n_rows, sizeof *st.rows, row_cmp);
  print_report(stdout, &st, false);
  if (report_md != NULL) {
    FILE *f = fopen(report_md, "w");
    if (f == NULL) {
      fprintf(stderr, "cannot write %s: %s\n", report_md, strerror(errno));
      return 2;
    }
    print_report(f, &st, true);
    fclose(f);
  }
  free(st.rows);
  if (st.corrupt || st.files == 0) {
    if (st.files == 0) fprintf(stderr, "no oracle files found\n");
    return 2;
  }
  return st.cases_failed ? 1 : 0;
}
