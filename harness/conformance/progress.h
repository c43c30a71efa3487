/* Progress of a long run (count, rate, time left) for a person watching a
 * terminal, without filling CI logs: a status line redrawn in place on a TTY,
 * an occasional plain line elsewhere (CI=true or output not a terminal),
 * nothing when asked for none. */
#ifndef NPRAND_HARNESS_PROGRESS_H
#define NPRAND_HARNESS_PROGRESS_H

#include <stdio.h>

typedef enum { NPR_PROGRESS_NONE, NPR_PROGRESS_TTY, NPR_PROGRESS_LINES } npr_progress_mode;

typedef struct npr_progress {
  npr_progress_mode mode;
  FILE *out;
  const char *label, *unit;
  long total;          /* items (files, cases) */
  double total_work;   /* the time-left estimate follows work (e.g. bytes), not items */
  double start, last_line;
  double line_interval; /* seconds between plain lines */
  int drawn;           /* a status line is on the terminal */
} npr_progress;

/* "auto", "tty", "lines" or "none"; returns -1 for anything else. auto is
 * lines when CI is set to anything but "" / "0" / "false" or out is not a
 * terminal, tty otherwise. */
int npr_progress_mode_from_name(const char *name, FILE *out, npr_progress_mode *mode);

/* Plain lines come every NPRAND_PROGRESS_INTERVAL seconds (default 30), so a
 * short run prints none. */
void npr_progress_start(npr_progress *p, npr_progress_mode mode, FILE *out, const char *label, const char *unit,
                        long total, double total_work);

/* Takes the status line off the terminal before other output is printed. */
void npr_progress_hide(npr_progress *p);

void npr_progress_update(npr_progress *p, long done, double work_done);

/* Takes the status line away for good. */
void npr_progress_end(npr_progress *p);

/* "label: 37/182 files (20%), 4.1 files/s, 0:35 left" into buf; exposed for
 * the tests. */
void npr_progress_format(char *buf, size_t size, const char *label, const char *unit, long done, long total,
                         double work_fraction, double elapsed);

#endif
