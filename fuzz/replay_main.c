/* The replay driver linked into each fuzz target when libFuzzer is not used
 * (gcc, or NPRAND_FUZZ=OFF): runs LLVMFuzzerTestOneInput once on every file
 * named on the command line, and on every regular file in every folder named
 * there (not recursive, sorted, dot-files skipped). Any failed invariant
 * aborts inside the target, so the exit status is 0 only if every input
 * replayed cleanly; 1 if a path could not be read or nothing was replayed.
 *
 *   fuzz_bounded corpora/fuzz/fuzz_bounded/ crash-1234 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path) {
  FILE *f = fopen(path, "rb");
  uint8_t *buf = NULL;
  size_t n = 0, cap = 0, got;
  if (f == NULL) {
    fprintf(stderr, "replay: cannot open %s\n", path);
    return -1;
  }
  do {
    if (n == cap) {
      uint8_t *grown = realloc(buf, cap = cap ? 2 * cap : 4096);
      if (grown == NULL) {
        free(buf);
        fclose(f);
        fprintf(stderr, "replay: out of memory reading %s\n", path);
        return -1;
      }
      buf = grown;
    }
    got = fread(buf + n, 1, cap - n, f);
    n += got;
  } while (got > 0);
  fclose(f);
  /* An exact-size copy, so reading past the input trips ASan as it would
   * under libFuzzer. */
  {
    uint8_t *exact = malloc(n ? n : 1);
    if (exact == NULL) {
      free(buf);
      return -1;
    }
    if (n) memcpy(exact, buf, n);
    free(buf);
    LLVMFuzzerTestOneInput(n ? exact : NULL, n);
    free(exact);
  }
  return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
  long replayed = 0, failed = 0;
  int i;
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
    return 1;
  }
  for (i = 1; i < argc; i++) {
    struct stat sb;
    if (stat(argv[i], &sb) != 0) {
      fprintf(stderr, "replay: no such file or folder: %s\n", argv[i]);
      failed++;
    } else if (S_ISDIR(sb.st_mode)) {
      DIR *dir = opendir(argv[i]);
      struct dirent *de;
      char **names = NULL;
      size_t n = 0, cap = 0, k;
      if (dir == NULL) {
        fprintf(stderr, "replay: cannot open folder %s\n", argv[i]);
        failed++;
        continue;
      }
      while ((de = readdir(dir)) != NULL) {
        char *full;
        if (de->d_name[0] == '.') continue;
        full = malloc(strlen(argv[i]) + strlen(de->d_name) + 2);
        if (full == NULL) break;
        sprintf(full, "%s/%s", argv[i], de->d_name);
        if (stat(full, &sb) != 0 || !S_ISREG(sb.st_mode)) {
          free(full);
          continue;
        }
        if (n == cap) {
          char **grown = realloc(names, (cap = cap ? 2 * cap : 256) * sizeof *grown);
          if (grown == NULL) {
            free(full);
            break;
          }
          names = grown;
        }
        names[n++] = full;
      }
      closedir(dir);
      if (names != NULL) qsort(names, n, sizeof *names, cmp_str);
      for (k = 0; k < n; k++) {
        if (replay_file(names[k]) == 0) replayed++;
        else failed++;
        free(names[k]);
      }
      free(names);
    } else {
      if (replay_file(argv[i]) == 0) replayed++;
      else failed++;
    }
  }
  printf("%s: replayed %ld inputs, %ld unreadable\n", argv[0], replayed, failed);
  return failed || replayed == 0 ? 1 : 0;
}
