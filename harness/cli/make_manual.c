/* make_manual: turns harness/cli/nprand.1.txt into the man page nprand.1 and
 * the usage text of `nprand --help` (a generated header), so the two are one
 * source and cannot drift apart.
 *
 *   make_manual SOURCE VERSION MAN_OUT USAGE_HEADER_OUT
 *
 * The source is plain text laid out by indentation, which is also exactly how
 * --help prints it:
 *   column 0      a section heading; "HEADING [help]" puts the section in --help
 *   2 spaces      a term (an option, a family), described by the lines below it
 *   4 spaces      running text, filled by man; a blank line ends a paragraph
 *   6+ spaces     a verbatim line (synopsis, examples)
 * Anything else (tabs, odd indents, non-ASCII) is refused with its line
 * number, so a slip in the source fails the build instead of the page. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LINE_MAX_LEN = 400 };
static const char HELP_MARK[] = " [help]";

typedef enum { KIND_BLANK, KIND_HEADING, KIND_TERM, KIND_TEXT, KIND_VERBATIM } line_kind;

typedef struct {
  FILE *man, *usage;
  int in_help_section;
  int in_verbatim;
  int paragraph_pending; /* a blank line or a verbatim block ended the last paragraph */
  int usage_blank_lines; /* blank help lines held back until more help text follows */
  int usage_has_text;
} writer;

static int classify(const char *line, line_kind *kind, const char **body) {
  size_t indent = strspn(line, " ");
  const char *p;
  for (p = line; *p; p++) {
    if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e) return -1;
  }
  *body = line + indent;
  if (line[indent] == '\0') {
    *kind = KIND_BLANK;
  } else if (indent == 0) {
    *kind = KIND_HEADING;
  } else if (indent == 2) {
    *kind = KIND_TERM;
  } else if (indent == 4) {
    *kind = KIND_TEXT;
  } else if (indent >= 6) {
    *kind = KIND_VERBATIM;
    *body = line + 6; /* keep deeper indentation inside the block */
  } else {
    return -1;
  }
  return 0;
}

/* roff: a backslash is \e, a hyphen \- (so options paste as ASCII), and a
 * line may not start with a control character. */
static void man_text(FILE *f, const char *s) {
  if (*s == '.' || *s == '\'') fputs("\\&", f);
  for (; *s; s++) {
    if (*s == '\\') {
      fputs("\\e", f);
    } else if (*s == '-') {
      fputs("\\-", f);
    } else {
      fputc(*s, f);
    }
  }
  fputc('\n', f);
}

static void usage_line(writer *w, const char *line) {
  const char *s;
  if (line[0] == '\0') {
    if (w->usage_has_text) w->usage_blank_lines++;
    return;
  }
  for (; w->usage_blank_lines > 0; w->usage_blank_lines--) fputs("    \"\",\n", w->usage);
  fputs("    \"", w->usage);
  for (s = line; *s; s++) {
    if (*s == '\\' || *s == '"') fputc('\\', w->usage);
    fputc(*s, w->usage);
  }
  fputs("\",\n", w->usage);
  w->usage_has_text = 1;
}

static void end_verbatim(writer *w) {
  if (!w->in_verbatim) return;
  fputs(".fi\n.RE\n", w->man);
  w->in_verbatim = 0;
  w->paragraph_pending = 1;
}

static void man_line(writer *w, line_kind kind, const char *body) {
  switch (kind) {
    case KIND_BLANK:
      if (!w->in_verbatim) w->paragraph_pending = 1;
      return;
    case KIND_HEADING:
      end_verbatim(w);
      fputs(".SH ", w->man);
      man_text(w->man, body);
      w->paragraph_pending = 0;
      return;
    case KIND_TERM:
      end_verbatim(w);
      fputs(".TP\n", w->man);
      man_text(w->man, body);
      w->paragraph_pending = 0;
      return;
    case KIND_TEXT:
      end_verbatim(w);
      if (w->paragraph_pending) fputs(".PP\n", w->man);
      w->paragraph_pending = 0;
      man_text(w->man, body);
      return;
    case KIND_VERBATIM:
      if (!w->in_verbatim) {
        fputs(".RS 4\n.nf\n", w->man);
        w->in_verbatim = 1;
      }
      man_text(w->man, body);
      return;
  }
}

int main(int argc, char **argv) {
  FILE *src;
  char line[LINE_MAX_LEN + 2];
  writer w = {0};
  int lineno = 0, rc = 0;

  if (argc != 5) {
    fputs("usage: make_manual SOURCE VERSION MAN_OUT USAGE_HEADER_OUT\n", stderr);
    return 2;
  }
  src = fopen(argv[1], "r");
  w.man = fopen(argv[3], "w");
  w.usage = fopen(argv[4], "w");
  if (src == NULL || w.man == NULL || w.usage == NULL) {
    perror("make_manual");
    return 1;
  }
  fprintf(w.man,
          ".\\\" Generated from harness/cli/nprand.1.txt by make_manual: edit that file.\n"
          ".TH NPRAND 1 \"\" \"nprand %s\" \"User Commands\"\n"
          ".\\\" Names and options read better unhyphenated and unjustified.\n"
          ".nh\n.ad l\n",
          argv[2]);
  fputs("/* Generated from harness/cli/nprand.1.txt by make_manual: edit that file.\n"
        " * The sections marked [help] there, one string per line. */\n"
        "static const char *const nprand_usage_lines[] = {\n",
        w.usage);

  while (fgets(line, sizeof line, src) != NULL) {
    size_t len = strlen(line);
    line_kind kind;
    const char *body;
    lineno++;
    if (len > 0 && line[len - 1] == '\n') {
      line[--len] = '\0';
    } else if (!feof(src)) {
      fprintf(stderr, "%s:%d: line longer than %d characters\n", argv[1], lineno, LINE_MAX_LEN);
      rc = 1;
      break;
    }
    if (classify(line, &kind, &body) != 0) {
      fprintf(stderr, "%s:%d: indent must be 0, 2, 4 or 6+ spaces, in printable ASCII\n", argv[1], lineno);
      rc = 1;
      break;
    }
    if (kind == KIND_HEADING) {
      size_t n = strlen(body), mark = sizeof HELP_MARK - 1;
      w.in_help_section = n > mark && strcmp(body + n - mark, HELP_MARK) == 0;
      if (w.in_help_section) line[n - mark] = '\0';
      if (w.in_help_section && w.usage_has_text) w.usage_blank_lines = 1;
    }
    if (w.in_help_section) usage_line(&w, line);
    man_line(&w, kind, body);
  }
  end_verbatim(&w);
  fputs("    NULL,\n};\n", w.usage);
  if (ferror(src) || fclose(w.man) != 0 || fclose(w.usage) != 0) rc = 1;
  fclose(src);
  if (rc != 0) {
    remove(argv[3]);
    remove(argv[4]);
  }
  return rc;
}
