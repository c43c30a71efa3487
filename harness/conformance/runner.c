/* nprand-conformance: replays oracle files (oracle/FORMAT.md) through the
 * engine and compares bit for bit.
 *
 *   nprand-conformance [--report-md FILE] [--max-seeds N] [--quiet]
 *                      [--progress auto|tty|lines|none] PATH...
 *
 * PATH is an oracle file or a folder searched recursively for *.jsonl.
 * Progress (files, rate, time left) goes to stderr: redrawn in place on a
 * terminal, a line every 30 s in CI or when stderr is not a terminal.
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
#include "progress.h"

#define USAGE "usage: nprand-conformance [--report-md FILE] [--max-seeds N] [--quiet] [--progress auto|tty|lines|none] PATH...\n"

/* The oracle files to run, found before any runs so progress knows the total. */
typedef struct {
  char **paths;
  double *bytes;
  size_t n, cap;
} file_list;

static void add_file(file_list *files, const char *path, double bytes) {
  char *copy = malloc(strlen(path) + 1);
  if (copy == NULL) return;
  if (files->n == files->cap) {
    size_t cap = files->cap ? 2 * files->cap : 64;
    char **paths = realloc(files->paths, cap * sizeof *paths);
    double *sizes = paths ? realloc(files->bytes, cap * sizeof *sizes) : NULL;
    if (paths) files->paths = paths;
    if (sizes) files->bytes = sizes;
    if (paths == NULL || sizes == NULL) {
      free(copy);
      return;
    }
    files->cap = cap;
  }
  strcpy(copy, path);
  files->paths[files->n] = copy;
  files->bytes[files->n++] = bytes;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Lists every *.jsonl under path, in sorted order. */
static void collect_path(const char *path, file_list *files, npr_oracle_stats *st) {
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
    add_file(files, path, (double)sb.st_size);
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
    collect_path(names[i], files, st);
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
  npr_progress_mode progress_mode;
  npr_progress progress;
  file_list files = {0};
  double bytes_total = 0, bytes_done = 0;
  size_t f;
  npr_oracle_stats st = {0};
  int i, n_paths = 0;
  npr_progress_mode_from_name("auto", stderr, &progress_mode);
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--report-md") == 0 && i + 1 < argc) {
      report_md = argv[++i];
    } else if (strcmp(argv[i], "--max-seeds") == 0 && i + 1 < argc) {
      max_seeds = strtol(argv[++i], NULL, 10);
    } else if (strcmp(argv[i], "--quiet") == 0) {
      quiet = true;
    } else if (strcmp(argv[i], "--progress") == 0 && i + 1 < argc) {
      if (npr_progress_mode_from_name(argv[++i], stderr, &progress_mode) != 0) {
        fputs(USAGE, stderr);
        return 2;
      }
    } else if (argv[i][0] == '-') {
      fputs(USAGE, stderr);
      return 2;
    } else {
      n_paths++;
    }
  }
  if (n_paths == 0) {
    fputs(USAGE, stderr);
    return 2;
  }
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--report-md") == 0 || strcmp(argv[i], "--max-seeds") == 0 ||
        strcmp(argv[i], "--progress") == 0) {
      i++;
    } else if (argv[i][0] != '-') {
      collect_path(argv[i], &files, &st);
    }
  }
  for (f = 0; f < files.n; f++) bytes_total += files.bytes[f];
  npr_progress_start(&progress, progress_mode, stderr, "conformance", "files", (long)files.n, bytes_total);
  for (f = 0; f < files.n; f++) {
    npr_progress_hide(&progress);
    npr_oracle_run_file(files.paths[f], max_seeds, quiet, &st);
    fflush(stdout);
    bytes_done += files.bytes[f];
    npr_progress_update(&progress, (long)f + 1, bytes_done);
    free(files.paths[f]);
  }
  npr_progress_end(&progress);
  free(files.paths);
  free(files.bytes);
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
