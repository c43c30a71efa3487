/* fuzz_oracle_reader: arbitrary bytes as an oracle file, through the
 * conformance runner's reader (harness/conformance/oracle_reader.c).
 *
 * Input: an optional seed list, the line "=====", then the oracle file; with
 * no "=====" line the whole input is the oracle file and the seed list is
 * DEFAULT_SEEDS. A fuzzer cannot forge SHA-512 checksums, so before the
 * reader sees the bytes, every "@SEEDS@" becomes the seed list's checksum
 * and "@SHA@" on the last line becomes the checksum of the lines before it;
 * inputs without the placeholders exercise the checksum refusals as they
 * are. Invariants: never a crash, leak or UB; the reader returns -1, 0 or 1
 * and counts a corrupt file exactly when it returns -1.
 *
 * Headers whose request is estimated to cost more than a few hundred values
 * per entry, and files of more than MAX_LINES lines, are skipped. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "nprand/sha512.h"
#include "oracle_reader.h"
#include "provider.h" /* FZ_CHECK */
#include "request_budget.h"

enum { MAX_LINES = 200, VALUE_BUDGET = 256 };
static const char DEFAULT_SEEDS[] = "[0, 1, 4294967295, [1, 2, 3], -1, null]\n";
static const char SEPARATOR[] = "\n=====\n";

typedef struct seed_text {
  const char *p;
  size_t n;
} seed_text;

static char *read_seed_list(void *ctx, const char *path, size_t *len) {
  const seed_text *s = ctx;
  char *copy = malloc(s->n + 1);
  (void)path;
  if (copy == NULL) return NULL;
  if (s->n) memcpy(copy, s->p, s->n);
  copy[s->n] = '\0';
  *len = s->n;
  return copy;
}

static void hex32(const char *data, size_t n, char hex[33]) {
  unsigned char d[NPR_SHA512_DIGEST_SIZE];
  int i;
  npr_sha512_digest(data, n, d);
  for (i = 0; i < 16; i++) snprintf(hex + 2 * i, 3, "%02x", d[i]);
}

/* Replaces every `from` in [begin, len) of *buf with `to` (same or longer
 * text is fine: a new buffer is made). */
static void replace_all(char **buf, size_t *len, size_t begin, const char *from, const char *to) {
  const size_t nf = strlen(from), nt = strlen(to);
  size_t i, out = 0, count = 0;
  char *res;
  for (i = begin; i + nf <= *len; i++) {
    if (memcmp(*buf + i, from, nf) == 0) count++;
  }
  if (count == 0) return;
  res = malloc(*len + count * nt + 1);
  if (res == NULL) abort();
  memcpy(res, *buf, begin);
  out = begin;
  for (i = begin; i < *len;) {
    if (i + nf <= *len && memcmp(*buf + i, from, nf) == 0) {
      memcpy(res + out, to, nt);
      out += nt;
      i += nf;
    } else {
      res[out++] = (*buf)[i++];
    }
  }
  free(*buf);
  *buf = res;
  *len = out;
}

static FILE *null_stream(void) {
  static FILE *f;
  if (f == NULL) f = fopen("/dev/null", "w");
  if (f == NULL) abort();
  return f;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *)data;
  const char *sep = NULL;
  seed_text seeds = {DEFAULT_SEEDS, sizeof DEFAULT_SEEDS - 1};
  size_t i, len, lines = 0, last_start;
  char *file, hex[33];
  npr_oracle_stats st;
  npr_oracle_io io;
  int rc;

  for (i = 0; i + sizeof SEPARATOR - 1 <= size; i++) {
    if (memcmp(text + i, SEPARATOR, sizeof SEPARATOR - 1) == 0) {
      sep = text + i;
      break;
    }
  }
  if (sep != NULL) {
    seeds.p = text;
    seeds.n = (size_t)(sep - text);
    text = sep + sizeof SEPARATOR - 1;
    size -= seeds.n + sizeof SEPARATOR - 1;
  }
  for (i = 0; i < size; i++) lines += text[i] == '\n';
  if (lines > MAX_LINES) return 0;

  len = size;
  file = malloc(len ? len : 1);
  if (file == NULL) abort();
  if (len) memcpy(file, text, len);

  /* checksum placeholders */
  hex32(seeds.p, seeds.n, hex);
  replace_all(&file, &len, 0, "@SEEDS@", hex);
  if (len >= 1) {
    size_t end = file[len - 1] == '\n' ? len - 1 : len;
    last_start = end;
    while (last_start > 0 && file[last_start - 1] != '\n') last_start--;
    hex32(file, last_start, hex);
    replace_all(&file, &len, last_start, "@SHA@", hex);
  }

  /* keep the engine's work per entry small */
  {
    size_t hl = 0;
    cJSON *header;
    while (hl < len && file[hl] != '\n') hl++;
    header = npr_json_parse(file, hl, NULL);
    if (header != NULL && !fz_request_is_cheap(cJSON_GetObjectItemCaseSensitive(header, "request"), VALUE_BUDGET)) {
      cJSON_Delete(header);
      free(file);
      return 0;
    }
    cJSON_Delete(header);
  }

  /* an exact-size copy, so any read past the end is caught */
  {
    char *exact = malloc(len ? len : 1);
    if (exact == NULL) abort();
    if (len) memcpy(exact, file, len);
    free(file);
    file = exact;
  }
  memset(&st, 0, sizeof st);
  io.out = null_stream();
  io.err = null_stream();
  io.read = read_seed_list;
  io.ctx = &seeds;
  /* now and then --max-seeds 2, which skips the trailer's entry count */
  rc = npr_oracle_run_data("fuzz/oracle.jsonl", file, len, lines % 8 == 5 ? 2 : -1, true, &io, &st);
  FZ_CHECK(rc == -1 || rc == 0 || rc == 1, "reader returned %d", rc);
  FZ_CHECK((rc == -1) == (st.corrupt > 0), "rc %d with %ld corrupt", rc, st.corrupt);
  FZ_CHECK(st.files == 1, "files %ld", st.files);
  free(st.rows);
  free(file);
  return 0;
}
