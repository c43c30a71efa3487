/* NumPy's array size checks (nprand/array_size.h). Expected answers from
 * NumPy 1.24.2 on x86-64 (/usr/bin/python3), the line beside each. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "nprand/array_size.h"

static void test_too_big(void **state) {
  npr_error e;
  (void)state;
  /* np.zeros(2**60, np.int64) -> ValueError: array is too big; ... */
  assert_int_equal(npr_array_size_check(INT64_C(1) << 60, 8, &e), NPR_VALUE_ERROR);
  assert_string_equal(e.message,
                      "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
  /* np.zeros(2**61, np.uint32) -> the same; np.zeros(2**60, np.uint32) -> MemoryError (4 EiB) */
  assert_int_equal(npr_array_size_check(INT64_C(1) << 61, 4, &e), NPR_VALUE_ERROR);
  assert_int_equal(npr_array_size_check(INT64_MAX, 1, &e), SIZE_MAX >= UINT64_MAX / 2 ? NPR_OK : NPR_MEMORY_ERROR);
  assert_int_equal(npr_array_size_check((INT64_C(1) << 60) - 1, 8, &e), SIZE_MAX >= UINT64_MAX / 2 ? NPR_OK : NPR_MEMORY_ERROR);
  /* a 32-bit size_t runs out first: 2**32 + 10 items never wrap to 10 */
  if (SIZE_MAX <= UINT32_MAX) {
    assert_int_equal(npr_array_size_check((INT64_C(1) << 32) + 10, 1, &e), NPR_MEMORY_ERROR);
    assert_string_equal(e.message, "Unable to allocate an array of 4294967306 values");
  }
  assert_int_equal(npr_array_size_check(0, 8, &e), NPR_OK);
}

static void test_arange_length(void **state) {
  (void)state;
  /* len(np.arange(n)) */
  assert_int_equal(npr_arange_length(-5), 0);
  assert_int_equal(npr_arange_length(0), 0);
  assert_int_equal(npr_arange_length(7), 7);
  /* np.arange(2**63 - 513) -> too big (the length is kept) */
  assert_int_equal(npr_arange_length(INT64_MAX - 512), INT64_MAX - 512);
  /* np.arange(2**63 - 512), np.arange(2**63 - 1) -> array([], dtype=int64) */
  assert_int_equal(npr_arange_length(INT64_MAX - 511), 0);
  assert_int_equal(npr_arange_length(INT64_MAX), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_too_big), cmocka_unit_test(test_arange_length)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
