/* nprand: the command-line face of the engine (../shared/CONTRACT.md).
 *
 *   nprand FAMILY [SEED OPTION] METHOD [ARG ...] [--KEY VALUE ...]
 *   nprand --batch < requests.jsonl > replies.jsonl
 *
 * A single call is turned into the same JSON request a batch line carries,
 * so both modes share one code path. */
#define _POSIX_C_SOURCE 200809L
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/engine.h"
#include "../engine/families.h"

enum { EXIT_FAILED_CALL = 2, EXIT_OUTPUT_FAILED = 3 };

/* True once everything written to stdout has reached it: a CI job piping
 * nprand into a full disk must not see exit status 0. */
static bool stdout_ok(void) { return fflush(stdout) == 0 && !ferror(stdout); }

static void report_output_failure(void) { fputs("OSError: cannot write standard output\n", stderr); }

/* Error text on stderr is valid UTF-8 even if an argument was not. */
static void print_error_line(const char *text) {
  npr_buf clean = {0};
  npr_utf8_sanitize(text, strlen(text), &clean);
  fprintf(stderr, "%s\n", clean.data != NULL ? clean.data : text);
  npr_buf_free(&clean);
}

static void usage(FILE *f) {
/* Generated at build time from nprand.1.txt, the source of the man page too,
 * so --help and `man nprand` say the same thing. */
#include "nprand_usage.h"
  size_t i;
  for (i = 0; nprand_usage_lines[i] != NULL; i++) {
    fputs(nprand_usage_lines[i], f);
    fputc('\n', f);
  }
}

/* A command-line value as JSON: JSON literals and lists as written, Python's
 * None/True/False, "a,b,c" of numbers as a list, anything else a string. */
static cJSON *value_from_arg(const char *text) {
  cJSON *v;
  if (strcmp(text, "None") == 0) return cJSON_CreateNull();
  if (strcmp(text, "True") == 0) return cJSON_CreateTrue();
  if (strcmp(text, "False") == 0) return cJSON_CreateFalse();
  v = npr_json_parse(text, strlen(text), NULL);
  if (v != NULL) {
    if (!cJSON_IsString(v) || text[0] == '"') return v;
    cJSON_Delete(v);
  }
  if (strchr(text, ',') != NULL) {
    size_t n = strlen(text);
    char *bracketed = malloc(n + 3);
    if (bracketed != NULL) {
      sprintf(bracketed, "[%s]", text);
      v = npr_json_parse(bracketed, n + 2, NULL);
      free(bracketed);
      if (v != NULL) return v;
    }
  }
  return cJSON_CreateString(text);
}

static int fail(const char *cls, const char *message) {
  fprintf(stderr, "%s: %s\n", cls, message);
  return EXIT_FAILED_CALL;
}

/* Request fields a single call may set before METHOD, besides the seed. */
static const struct {
  const char *option, *field;
} request_options[] = {
    {"--spawn-key", "spawn_key"}, {"--pool-size", "pool_size"}, {"--jumped", "jumped"},
    {"--advance", "advance"},     {"--counter", "counter"},     {"--key", "key"},
    {"--python", "python"}, /* the python family's CPython version, "3.13" */
    {"--numpy", "numpy"},
};

static int seed_option(const char *opt, const char *val, cJSON *request) {
  cJSON *seed = NULL;
  if (strcmp(opt, "--seed") == 0) {
    npr_error parse_err;
    npr_error_clear(&parse_err);
    seed = npr_json_parse(val, strlen(val), &parse_err);
    if (seed == NULL && strncmp(parse_err.message, "Exceeds the limit", 17) == 0) {
      /* CPython's int() refuses it the same way */
      return fail(npr_status_name(parse_err.status), parse_err.message);
    }
    if (seed == NULL || !npr_json_is_integer(seed)) {
      cJSON_Delete(seed);
      return fail("ValueError", "--seed takes a decimal integer");
    }
  } else if (strcmp(opt, "--seed-array") == 0) {
    seed = value_from_arg(val);
    if (!cJSON_IsArray(seed)) {
      cJSON *list = cJSON_CreateArray();
      cJSON_AddItemToArray(list, seed);
      seed = list;
    }
  } else if (strcmp(opt, "--seed-str") == 0) {
    seed = cJSON_CreateObject();
    cJSON_AddStringToObject(seed, "str", val);
  } else if (strcmp(opt, "--seed-bytes") == 0) {
    seed = cJSON_CreateObject();
    cJSON_AddStringToObject(seed, "bytes", val);
  } else if (strcmp(opt, "--seed-float") == 0) {
    cJSON *f = value_from_arg(val);
    if (!cJSON_IsNumber(f) && !cJSON_IsString(f)) {
      cJSON_Delete(f);
      return fail("ValueError", "--seed-float takes a number");
    }
    seed = cJSON_CreateObject();
    cJSON_AddItemToObject(seed, "float", f);
  } else {
    return -1;
  }
  cJSON_DeleteItemFromObjectCaseSensitive(request, "seed");
  cJSON_AddItemToObject(request, "seed", seed);
  return 0;
}

static int single_call(int argc, char **argv) {
  cJSON *request = cJSON_CreateObject();
  cJSON *calls = cJSON_CreateArray(), *call = cJSON_CreateObject();
  cJSON *args = cJSON_CreateArray(), *kwargs = cJSON_CreateObject();
  npr_reply reply;
  npr_buf text = {0};
  int i = 2, rc = 0;
  size_t c, k;

  cJSON_AddStringToObject(request, "family", argv[1]);
  for (; i < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
    int r;
    if (i + 1 >= argc) {
      rc = fail("TypeError", "an option is missing its value");
      goto done;
    }
    r = seed_option(argv[i], argv[i + 1], request);
    if (r > 0) {
      rc = r;
      goto done;
    }
    if (r == 0) continue;
    for (k = 0; k < sizeof request_options / sizeof request_options[0]; k++) {
      if (strcmp(argv[i], request_options[k].option) == 0) break;
    }
    if (k == sizeof request_options / sizeof request_options[0]) {
      fprintf(stderr, "TypeError: unknown option %s before the method\n", argv[i]);
      rc = EXIT_FAILED_CALL;
      goto done;
    }
    {
      /* a release is text even where it reads as a number ("2.5") */
      cJSON *v = strcmp(request_options[k].field, "numpy") == 0 ? cJSON_CreateString(argv[i + 1])
                                                                 : value_from_arg(argv[i + 1]);
      /* a spawn key of one int is still a list */
      if (strcmp(request_options[k].field, "spawn_key") == 0 && !cJSON_IsArray(v)) {
        cJSON *list = cJSON_CreateArray();
        cJSON_AddItemToArray(list, v);
        v = list;
      }
      cJSON_AddItemToObject(request, request_options[k].field, v);
    }
  }
  if (i >= argc) {
    rc = fail("TypeError", "no METHOD given (see nprand --help)");
    goto done;
  }
  cJSON_AddStringToObject(call, "method", argv[i++]);
  for (; i < argc; i++) {
    const char *a = argv[i];
    /* "--name value" is a keyword; "-5" or "-1.5" is a negative number. */
    if (strncmp(a, "--", 2) == 0 && a[2] != '\0' && !isdigit((unsigned char)a[2])) {
      if (i + 1 >= argc) {
        fprintf(stderr, "TypeError: keyword %s is missing its value\n", a);
        rc = EXIT_FAILED_CALL;
        goto done;
      }
      cJSON_DeleteItemFromObjectCaseSensitive(kwargs, a + 2);
      cJSON_AddItemToObject(kwargs, a + 2, value_from_arg(argv[++i]));
    } else {
      cJSON_AddItemToArray(args, value_from_arg(a));
    }
  }
  cJSON_AddItemToObject(call, "args", args);
  cJSON_AddItemToObject(call, "kwargs", kwargs);
  args = kwargs = NULL;
  cJSON_AddItemToArray(calls, call);
  call = NULL;
  cJSON_AddItemToObject(request, "calls", calls);
  calls = NULL;

  npr_engine_run(request, &reply);
  /* Python shows a warning on stderr as it is issued, values or not. */
  for (k = 0; k < reply.warnings.count; k++) fprintf(stderr, "%s\n", reply.warnings.text[k]);
  if (reply.has_error) {
    print_error_line(reply.error);
    rc = EXIT_FAILED_CALL;
  } else {
    /* Written out in blocks of about a megabyte: one write call per block,
     * and the text of a huge reply never held in memory at once. */
    enum { FLUSH_AT = 1 << 20 };
    for (c = 0; c < reply.n_results && !text.failed; c++) {
      for (k = 0; k < reply.results[c].n; k++) {
        npr_value_text(&reply.results[c].v[k], &text);
        npr_buf_puts(&text, "\n");
        if (text.len >= FLUSH_AT && !text.failed) {
          fwrite(text.data, 1, text.len, stdout);
          text.len = 0;
        }
      }
    }
    if (text.failed) {
      rc = fail("MemoryError", "out of memory");
    } else if (text.len) {
      fwrite(text.data, 1, text.len, stdout);
    }
    if (rc == 0 && !stdout_ok()) {
      report_output_failure();
      rc = EXIT_OUTPUT_FAILED;
    }
  }
  npr_reply_free(&reply);
  npr_buf_free(&text);
done:
  cJSON_Delete(args);
  cJSON_Delete(kwargs);
  cJSON_Delete(call);
  cJSON_Delete(calls);
  cJSON_Delete(request);
  return rc;
}

static int batch(void) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, stdin)) >= 0) {
    npr_error err;
    npr_reply reply;
    npr_buf out = {0};
    cJSON *request;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
    request = npr_json_parse(line, (size_t)len, &err);
    if (request == NULL) {
      memset(&reply, 0, sizeof reply);
      reply.has_error = reply.request_error = true;
      snprintf(reply.error, sizeof reply.error, "%s: %s", npr_status_name(err.status), err.message);
    } else {
      npr_engine_run(request, &reply);
      cJSON_Delete(request);
    }
    npr_reply_to_json(&reply, &out);
    if (out.failed) {
      fputs("{\"error\": \"MemoryError: out of memory\"}\n", stdout);
    } else {
      fwrite(out.data, 1, out.len, stdout);
      fputc('\n', stdout);
    }
    npr_buf_free(&out);
    npr_reply_free(&reply);
    if (!stdout_ok()) {
      /* no reader will see later replies either */
      free(line);
      report_output_failure();
      return EXIT_OUTPUT_FAILED;
    }
  }
  free(line);
  if (ferror(stdin)) {
    fputs("OSError: cannot read standard input\n", stderr);
    return EXIT_OUTPUT_FAILED;
  }
  return 0;
}

static void list_methods(void) {
  size_t f, m;
  for (f = 0; npr_families[f] != NULL; f++) {
    const npr_family *fam = npr_families[f];
    printf("%s (%s)%s\n", fam->name, fam->type_name, fam->methods ? "" : ": not yet supported");
    for (m = 0; m < npr_family_size(fam); m++) {
      npr_entry e;
      npr_family_entry(fam, m, &e);
      printf("  %s(%s)\n", e.name, e.params);
    }
  }
}

/* --list --json: every family's methods, and for the distribution rows
 * their parameters with type and NumPy constraint kind, for the oracle's
 * method sets, the random-request generator and anyone else's tooling. */
static cJSON *row_json(const npr_family *fam, const npr_method *spec) {
  cJSON *o = cJSON_CreateObject(), *params = cJSON_CreateArray();
  size_t j, n32 = 0;
  cJSON_AddNumberToObject(o, "id", spec->id);
  cJSON_AddStringToObject(o, "out", npr_dtype_name(spec->out));
  for (j = 0; j < spec->n_params; j++) {
    cJSON *p = cJSON_CreateObject();
    cJSON_AddStringToObject(p, "name", spec->params[j].name);
    cJSON_AddStringToObject(p, "type", spec->params[j].type == NPR_PTYPE_INT64 ? "int64" : "float64");
    cJSON_AddStringToObject(p, "constraint", npr_constraint_name(spec->params[j].cons));
    cJSON_AddItemToArray(params, p);
  }
  cJSON_AddItemToObject(o, "params", params);
  if (fam->rows_f32 != NULL) {
    const npr_method *rows = fam->rows_f32(&n32);
    cJSON_AddBoolToObject(o, "float32", npr_method_find(rows, n32, spec->name) != NULL);
  }
  return o;
}

static int list_json(void) {
  cJSON *root = cJSON_CreateObject(), *fams = cJSON_CreateArray();
  char *text;
  size_t f, m;
  for (f = 0; npr_families[f] != NULL; f++) {
    const npr_family *fam = npr_families[f];
    cJSON *o = cJSON_CreateObject(), *methods = cJSON_CreateArray();
    cJSON_AddStringToObject(o, "name", fam->name);
    cJSON_AddStringToObject(o, "type", fam->type_name);
    for (m = 0; m < npr_family_size(fam); m++) {
      npr_entry e;
      cJSON *mo;
      npr_family_entry(fam, m, &e);
      mo = e.spec != NULL ? row_json(fam, e.spec) : cJSON_CreateObject();
      cJSON_AddStringToObject(mo, "name", e.name);
      cJSON_AddStringToObject(mo, "signature", e.params);
      cJSON_AddStringToObject(mo, "kind", e.spec != NULL ? "distribution" : "runner");
      cJSON_AddItemToArray(methods, mo);
    }
    cJSON_AddItemToObject(o, "methods", methods);
    cJSON_AddItemToArray(fams, o);
  }
  cJSON_AddItemToObject(root, "families", fams);
  text = cJSON_PrintUnformatted(root);
  cJSON_Delete(root);
  if (text == NULL) return fail("MemoryError", "out of memory");
  puts(text);
  free(text);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return EXIT_FAILED_CALL;
  }
  if (argv[1][0] == '-' && argv[1][1] == '-' && argc > 2 &&
      !(argc == 3 && strcmp(argv[1], "--list") == 0 && strcmp(argv[2], "--json") == 0)) {
    /* --batch, --help, --list (but for --json) and --version take no arguments */
    fprintf(stderr, "TypeError: %s takes no further arguments\n", argv[1]);
    usage(stderr);
    return EXIT_FAILED_CALL;
  }
  if (strcmp(argv[1], "--batch") == 0) return batch();
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    usage(stdout);
    return stdout_ok() ? 0 : EXIT_OUTPUT_FAILED;
  }
  if (strcmp(argv[1], "--list") == 0) {
    if (argc > 2 && strcmp(argv[2], "--json") == 0) return list_json();
    list_methods();
    return stdout_ok() ? 0 : EXIT_OUTPUT_FAILED;
  }
  if (strcmp(argv[1], "--version") == 0) {
    puts("nprand " NPRAND_VERSION);
    return stdout_ok() ? 0 : EXIT_OUTPUT_FAILED;
  }
  return single_call(argc, argv);
}
