/* Reading and checking one oracle file (oracle/FORMAT.md): the per-file
 * logic of nprand-conformance, as a library so the fuzz target
 * fuzz_oracle_reader can drive it on bytes held in memory. */
#ifndef NPR_CONFORMANCE_ORACLE_READER_H
#define NPR_CONFORMANCE_ORACLE_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Per family and method: seeds run, values compared, failing cases, time. */
typedef struct npr_oracle_row {
  char family[32], method[48];
  long seeds, values, failed;
  double seconds;
} npr_oracle_row;

typedef struct npr_oracle_stats {
  npr_oracle_row *rows;
  size_t n_rows, cap_rows;
  long files, cases_failed, corrupt;
} npr_oracle_stats;

/* Returns the malloc'd contents of path (NUL-terminated, *len bytes before
 * the NUL), or NULL with errno set. */
typedef char *(*npr_oracle_read_fn)(void *ctx, const char *path, size_t *len);

typedef struct npr_oracle_io {
  FILE *out;                /* "ok"/"FAIL" lines and MISMATCH reports */
  FILE *err;                /* CORRUPT reports */
  npr_oracle_read_fn read;  /* how the seed list next to the file is read */
  void *ctx;
} npr_oracle_io;

/* The runner's I/O: stdout, stderr, files from disk. */
npr_oracle_io npr_oracle_default_io(void);
char *npr_oracle_read_file(void *ctx, const char *path, size_t *len);

/* Checks the oracle file at path (read from disk), adding to st. Returns
 * 0 when every case passes, 1 on a mismatch, -1 when the file is unreadable
 * or corrupt (reported on io->err as "CORRUPT <path>: <why>"). max_seeds < 0
 * runs every entry; quiet drops the "ok" line of a passing file. */
int npr_oracle_run_file(const char *path, long max_seeds, bool quiet, npr_oracle_stats *st);

/* Same, on len bytes already in memory (data[0..len) is modified in place
 * and not freed); path names the file in reports and locates its seed
 * list, which io->read supplies. */
int npr_oracle_run_data(const char *path, char *data, size_t len, long max_seeds, bool quiet,
                        const npr_oracle_io *io, npr_oracle_stats *st);

/* Records an unreadable or corrupt file; returns -1. */
int npr_oracle_corrupt(npr_oracle_stats *st, FILE *err, const char *path, const char *why);

#endif
