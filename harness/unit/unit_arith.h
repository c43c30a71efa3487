/* Whether this build evaluates double and float arithmetic in their own
 * formats, as the reference does (x86-64 SSE2, where NumPy's oracle ran).
 *
 * x87 math (i686 -mfpmath=387, FLT_EVAL_METHOD 2) evaluates every expression
 * in extended precision and range: products and sums round once to 64 bits
 * and again at an assignment, decimal constants such as 1./3. and 0.0331 are
 * taken in extended precision, and an intermediate that overflows or
 * underflows a double inside an expression keeps its value. The samplers'
 * arithmetic itself gives other bits there, as NumPy built for x87 does, so
 * the checks that compare values with NumPy's bit for bit skip on such a
 * build (README: Portability) and report it; the rest of each program
 * (states, word counts, errors, integers) runs.
 * Include after <cmocka.h>. */
#ifndef NPR_UNIT_ARITH_H
#define NPR_UNIT_ARITH_H

#include <float.h>

#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 2
#define NPR_UNIT_REFERENCE_ARITHMETIC 0
#else
#define NPR_UNIT_REFERENCE_ARITHMETIC 1
#endif

/* SSE2 double arithmetic is the reference's own: a detection that skipped
 * there would silently drop every value-exact check on x86-64. */
#if defined(__SSE2_MATH__) && !NPR_UNIT_REFERENCE_ARITHMETIC
#error "value-exact checks must run with SSE2 double arithmetic"
#endif

#define NPR_UNIT_SKIP_UNLESS_REFERENCE_ARITHMETIC()                            \
  do {                                                                         \
    if (!NPR_UNIT_REFERENCE_ARITHMETIC) {                                      \
      print_message(                                                           \
          "value-exact check skipped: x87 extended-precision arithmetic "      \
          "(FLT_EVAL_METHOD 2) gives other bits, as NumPy built for x87 "      \
          "does\n");                                                           \
      skip();                                                                  \
    }                                                                          \
  } while (0)

#endif
