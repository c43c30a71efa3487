#include "nprand/status.h"

#include <stdarg.h>
#include <stdio.h>

const char *npr_status_name(npr_status status) {
  switch (status) {
  case NPR_OK: return "OK";
  case NPR_VALUE_ERROR: return "ValueError";
  case NPR_TYPE_ERROR: return "TypeError";
  case NPR_INDEX_ERROR: return "IndexError";
  case NPR_OVERFLOW_ERROR: return "OverflowError";
  case NPR_KEY_ERROR: return "KeyError";
  case NPR_MEMORY_ERROR: return "MemoryError";
  case NPR_OS_ERROR: return "OSError";
  case NPR_NOT_IMPLEMENTED: return "NotImplementedError";
  case NPR_ZERO_DIVISION_ERROR: return "ZeroDivisionError";
  case NPR_AXIS_ERROR: return "AxisError";
  case NPR_ATTRIBUTE_ERROR: return "AttributeError";
  case NPR_UNICODE_DECODE_ERROR: return "UnicodeDecodeError";
  case NPR_ASSERTION_ERROR: return "AssertionError";
  case NPR_LINALG_ERROR: return "LinAlgError";
  }
  return "UnknownError";
}

npr_status npr_fail(npr_error *err, npr_status status, const char *fmt, ...) {
  if (err != NULL) {
    va_list ap;
    err->status = status;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
  }
  return status;
}

void npr_error_clear(npr_error *err) {
  if (err != NULL) {
    err->status = NPR_OK;
    err->message[0] = '\0';
  }
}

void npr_warn(npr_warnings *w, const char *fmt, ...) {
  va_list ap;
  if (w == NULL || w->count >= NPR_WARNINGS_MAX) return;
  va_start(ap, fmt);
  vsnprintf(w->text[w->count], sizeof w->text[w->count], fmt, ap);
  va_end(ap);
  w->count++;
}
