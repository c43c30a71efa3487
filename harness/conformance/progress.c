/* Progress lines for long harness runs (progress.h). */
#define _POSIX_C_SOURCE 200809L
#include "progress.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { DEFAULT_LINE_INTERVAL_S = 30 };

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int running_in_ci(void) {
  const char *ci = getenv("CI");
  return ci != NULL && ci[0] != '\0' && strcmp(ci, "0") != 0 && strcmp(ci, "false") != 0;
}

int npr_progress_mode_from_name(const char *name, FILE *out, npr_progress_mode *mode) {
  if (strcmp(name, "auto") == 0) {
    *mode = running_in_ci() || !isatty(fileno(out)) ? NPR_PROGRESS_LINES : NPR_PROGRESS_TTY;
  } else if (strcmp(name, "tty") == 0) {
    *mode = NPR_PROGRESS_TTY;
  } else if (strcmp(name, "lines") == 0) {
    *mode = NPR_PROGRESS_LINES;
  } else if (strcmp(name, "none") == 0) {
    *mode = NPR_PROGRESS_NONE;
  } else {
    return -1;
  }
  return 0;
}

static void format_duration(char *buf, size_t size, double seconds) {
  long s = seconds < 0 ? 0 : (long)(seconds + 0.5);
  if (s >= 3600) {
    snprintf(buf, size, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  } else {
    snprintf(buf, size, "%ld:%02ld", s / 60, s % 60);
  }
}

void npr_progress_format(char *buf, size_t size, const char *label, const char *unit, long done, long total,
                         double work_fraction, double elapsed) {
  char left[32];
  int percent = total > 0 ? (int)(100.0 * (double)done / (double)total) : 100;
  if (work_fraction > 0 && elapsed > 0) {
    format_duration(left, sizeof left, elapsed * (1.0 - work_fraction) / work_fraction);
  } else {
    snprintf(left, sizeof left, "?");
  }
  snprintf(buf, size, "%s: %ld/%ld %s (%d%%), %.1f %s/s, %s left", label, done, total, unit, percent,
           elapsed > 0 ? (double)done / elapsed : 0.0, unit, left);
}

void npr_progress_start(npr_progress *p, npr_progress_mode mode, FILE *out, const char *label, const char *unit,
                        long total, double total_work) {
  const char *interval = getenv("NPRAND_PROGRESS_INTERVAL");
  memset(p, 0, sizeof *p);
  p->mode = mode;
  p->out = out;
  p->label = label;
  p->unit = unit;
  p->total = total;
  p->total_work = total_work;
  p->start = p->last_line = now_seconds();
  p->line_interval = interval != NULL ? atof(interval) : DEFAULT_LINE_INTERVAL_S;
}

void npr_progress_hide(npr_progress *p) {
  if (p->mode == NPR_PROGRESS_TTY && p->drawn) {
    fputs("\r\033[K", p->out);
    fflush(p->out);
    p->drawn = 0;
  }
}

void npr_progress_update(npr_progress *p, long done, double work_done) {
  char line[256];
  double t = now_seconds();
  double fraction = p->total_work > 0 ? work_done / p->total_work : (p->total > 0 ? (double)done / (double)p->total : 1);
  if (p->mode == NPR_PROGRESS_NONE) return;
  if (p->mode == NPR_PROGRESS_LINES && t - p->last_line < p->line_interval) return;
  npr_progress_format(line, sizeof line, p->label, p->unit, done, p->total, fraction, t - p->start);
  if (p->mode == NPR_PROGRESS_TTY) {
    fprintf(p->out, "\r\033[K%s", line);
    p->drawn = 1;
  } else {
    fprintf(p->out, "%s\n", line);
    p->last_line = t;
  }
  fflush(p->out);
}

void npr_progress_end(npr_progress *p) { npr_progress_hide(p); }
