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
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "oracle_reader.h"

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Runs every *.jsonl under path, in sorted order. */
static void run_path(const char *path, long max_seeds, bool quiet, npr_oracle_stats *st) {
  struct stat sb;
  DIR *dir;
  struct dirent *de;
  char **names = NULL;
  size_t n = 0, cap = 0, i;
  if (stat(path, &sb) != 0) {
    npr_oracle_corrupt(st, stderr, path, "no such file or folder");
    return;
  }
  if (!S_ISDIR(sb.st_mode)) {
    npr_oracle_run_file(path, max_seeds, quiet, st);
    return;
  }
  if ((dir = opendir(path)) == NULL) {
    npr_oracle_corrupt(st, stderr, path, "cannot open folder");
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

static void print_report(FILE *f, const npr_oracle_stats *st, bool markdown) {
  size_t i;
  long seeds = 0, values = 0, failed = 0;
  double secs = 0;
  if (markdown) {
    fprintf(f, "## nprand conformance\n\n| family | method | seeds | values | result | time (s) |\n|---|---|---:|---:|---|---:|\n");
  } else {
    fprintf(f, "\n%-14s %-24s %9s %11s %-6s %9s\n", "family", "method", "seeds", "values", "result", "time (s)");
  }
  for (i = 0; i < st->n_rows; i++) {
    const npr_oracle_row *r = &st->rows[i];
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
  const npr_oracle_row *x = a, *y = b;
  int c = strcmp(x->family, y->family);
  return c ? c : strcmp(x->method, y->method);
}

int main(int argc, char **argv) {
  const char *report_md = NULL;
  long max_seeds = -1;
  bool quiet = false;
  npr_oracle_stats st = {0};
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
