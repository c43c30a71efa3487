/* JSON in and out for the engine. Parsing is cJSON's; on top of it every
 * number item keeps its source text in valuestring, because seeds and
 * 64-bit values are Python ints of any size and a double cannot hold them. */
#ifndef NPR_HARNESS_JSON_H
#define NPR_HARNESS_JSON_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nprand/dtype.h"
#include "nprand/status.h"

/* Parses len bytes as Python's json.loads reads them (UTF-8; NaN, Infinity,
 * -Infinity; a repeated key keeps its last value; integer literals of at most
 * 4300 digits, CPython's int_max_str_digits); NULL on malformed JSON
 * (message in err: ValueError, UnicodeDecodeError, or NotImplementedError for
 * a NUL inside a string, which cJSON cannot hold). */
cJSON *npr_json_parse(const char *text, size_t len, npr_error *err);

/* Number items: the literal text ("-12", "1e3", "0.5"). */
const char *npr_json_number_text(const cJSON *item);
/* True for a number written without '.', 'e' or 'E'. */
bool npr_json_is_integer(const cJSON *item);

/* Python int() of a JSON value: integers of any size (clamped to 128 bits,
 * see npr_int128), floats truncated toward zero ("cannot convert float NaN
 * to integer" / "cannot convert float infinity to integer"), booleans 0/1.
 * what names the value in a TypeError. */
npr_status npr_json_to_int128(const cJSON *item, npr_int128 *out, npr_error *err);
/* Same, but ValueError/OverflowError unless it fits int64. */
npr_status npr_json_to_i64(const cJSON *item, int64_t *out, npr_error *err);
/* Python float(): numbers, booleans, and the strings "nan", "inf", "-inf"
 * (as the contract writes non-finite floats). */
npr_status npr_json_to_double(const cJSON *item, double *out, npr_error *err);

/* Decimal text of an integer literal as sign + magnitude words (32-bit, least
 * significant first); *n_words is 0 for zero. Returns false if the text is
 * not an integer literal. words must have room for npr_decimal_words_max(). */
bool npr_decimal_to_words(const char *text, bool *negative, uint32_t *words, size_t *n_words);
size_t npr_decimal_words_max(const char *text);

/* A growable output buffer. */
typedef struct npr_buf {
  char *data;
  size_t len, cap;
  bool failed; /* an allocation failed; contents are incomplete */
} npr_buf;

void npr_buf_put(npr_buf *b, const char *s, size_t n);
void npr_buf_puts(npr_buf *b, const char *s);
void npr_buf_printf(npr_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void npr_buf_json_string(npr_buf *b, const char *s, size_t n);
void npr_buf_free(npr_buf *b);

/* Length of the valid UTF-8 sequence at s (1..4), or 0 with *why set to
 * Python's reason ("invalid start byte", "invalid continuation byte",
 * "unexpected end of data"). len > 0. */
size_t npr_utf8_sequence_length(const unsigned char *s, size_t len, const char **why);
/* s as valid UTF-8: every byte that does not start a valid sequence becomes
 * U+FFFD, as Python's errors='replace' shows it. Result NUL-terminated in out. */
void npr_utf8_sanitize(const char *s, size_t n, npr_buf *out);

/* Shortest text that parses back to the same double, in Python's repr
 * style ("0.1", "1e-05", "1e+16", "100.0"); "nan", "inf", "-inf". */
void npr_format_double(double v, char out[40]);

#endif
