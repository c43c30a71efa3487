# The CLI contract (../shared/CONTRACT.md) end to end: single calls, errors
# (one line on stderr, exit 2, nothing on stdout) and batch lines, including
# malformed ones. Expected values are NumPy's/CPython's outputs for the same
# Python (see examples/*.expected and the contract's own examples).
function(expect_call want_out want_err want_rc)
  execute_process(COMMAND ${NPRAND} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 20)
  if(NOT rc EQUAL ${want_rc} OR NOT out STREQUAL "${want_out}" OR NOT err STREQUAL "${want_err}")
    message(FATAL_ERROR "nprand ${ARGN}\n  exit ${rc} (want ${want_rc})\n  stdout [${out}] (want [${want_out}])\n  stderr [${err}] (want [${want_err}])")
  endif()
endfunction()

# Distributions and array parameters (issue 8's done-when calls), NumPy 1.24.2's output:
# np.random.seed(0); np.random.gamma(2, 3, size=3)
expect_call("15.416488729020733\n6.715442735377604\n16.28139682319624\n" "" 0 legacy --seed 0 gamma 2 3 --size 3)
# np.random.default_rng(42).beta(0.5, 0.5, size=4)
expect_call("0.7566840941053092\n0.009232118044248207\n0.07485660069290462\n0.1379900752243652\n" "" 0
            pcg64 --seed 42 beta 0.5 0.5 --size 4)
# np.random.seed(1); np.random.normal([0, 10, 100], 1)
expect_call("1.6243453636632417\n9.388243586349924\n99.47182824773654\n" "" 0 legacy --seed 1 normal "[0, 10, 100]" 1)
# Where NumPy 1.24.2 never returns, nprand answers at once (README, Known limits).
expect_call("" "NotImplementedError: beta(a, b) with a + b this small: NumPy 1.24.2 does not return (its draws almost never escape underflow)\n" 2
            pcg64 --seed 1 beta 1e-300 "[0.5, 1e-300]")
expect_call("" "NotImplementedError: vonmises with kappa this large: NumPy 1.24.2's RandomState never returns (its rejection constant rounds to 1)\n" 2
            legacy --seed 1 vonmises 0 "[1, 1e100]")

# np.random.seed(101); np.random.randint(1, 10, size=5) -> [2 7 8 9 5]
expect_call("2\n7\n8\n9\n5\n" "" 0 legacy --seed 101 randint 1 10 --size 5)
# np.random.seed(4); np.random.randint(1, 10, size=10)
expect_call("8\n6\n2\n9\n8\n9\n3\n8\n8\n8\n" "" 0 legacy --seed 4 randint 1 10 --size 10)
# random.seed(10); [random.randint(1, 100) for _ in range(5)]
expect_call("74\n5\n55\n62\n74\n" "" 0 python --seed 10 randint 1 100 --size 5)
# np.random.seed(0); np.random.rand(2) (shortest round-trip floats)
expect_call("0.5488135039273248\n0.7151893663724195\n" "" 0 legacy --seed 0 rand 2)
# errors: NumPy's class and message, exit 2, nothing on stdout
expect_call("" "ValueError: low >= high\n" 2 legacy --seed 1 randint 5 5)
expect_call("" "ValueError: Seed must be between 0 and 2**32 - 1\n" 2 legacy --seed 4294967296 rand)
expect_call("" "AttributeError: 'RandomState' object has no attribute 'nope'\n" 2 legacy --seed 1 nope)
expect_call("" "ValueError: unknown family 'nofamily'\n" 2 nofamily --seed 1 rand)

# batch: one reply per line, in order; bad lines get {"error": ...} and the
# next line is served
file(WRITE ${WORK}/requests.jsonl
  "{\"family\": \"legacy\", \"seed\": 101, \"calls\": [{\"method\": \"randint\", \"args\": [1, 10], \"kwargs\": {\"size\": 5}}]}\n"
  "not json\n"
  "{\"family\": \"legacy\", \"seed\": 1, \"calls\": []} 5\n"
  "{\"family\": \"legacy\", \"seed\": 101, \"calls\": [{\"method\": \"randint\", \"args\": [1, 10], \"kwargs\": {\"size\": 2}}, {\"method\": \"randint\", \"args\": [3, 3]}]}\n")
execute_process(COMMAND ${NPRAND} --batch INPUT_FILE ${WORK}/requests.jsonl RESULT_VARIABLE rc OUTPUT_VARIABLE out)
set(want "{\"results\": [[2, 7, 8, 9, 5]]}
{\"error\": \"ValueError: malformed JSON near byte 0\"}
{\"error\": \"ValueError: malformed JSON: extra data at byte 45\"}
{\"results\": [[2, 7]], \"error\": \"ValueError: low >= high\"}
")
if(NOT rc EQUAL 0 OR NOT out STREQUAL want)
  message(FATAL_ERROR "nprand --batch: exit ${rc}\n--- got\n${out}--- want\n${want}")
endif()

# NumPy-version streams (issue 15): values from NumPy 2.5.2's own C code
# (tests/data/numpy2/*.jsonl), and the same calls without --numpy stay 1.24.2's.
expect_call("0.8819256238274968\n0.53261603971697\n1.6980207091897372\n" "" 0
            pcg64 --numpy 2.5.2 --seed 0 wald 1 1 --size 3)
expect_call("0.8819256238274968\n0.53261603971697\n1.6980207091897375\n" "" 0
            pcg64 --numpy 2.3.3 --seed 0 wald 1 1 --size 3)
expect_call("11\n8\n5\n" "" 0 pcg64 --numpy 2.5.2 --seed 0 binomial 1000000000000000000 1e-17 --size 3)
expect_call("0\n0\n0\n" "" 0 pcg64 --seed 0 binomial 1000000000000000000 1e-17 --size 3)
expect_call("20175\n1\n12905830\n" "" 0 pcg64 --numpy 2.5.2 --seed 0 zipf 1.1 --size 3)
expect_call("25146\n1\n22303169\n" "" 0 pcg64 --seed 0 zipf 1.1 --size 3)
expect_call("6799319039689096192\n9223372036854775807\n198066625890553536\n" "" 0
            pcg64 --numpy 1.25.0 --seed 0 geometric 1e-19 --size 3)
expect_call("6799319039689096192\n-9223372036854775808\n198066625890553536\n" "" 0
            pcg64 --numpy 1.24.4 --seed 0 geometric 1e-19 --size 3)
expect_call("" "ValueError: NumPy 2.9.9 is not a modelled release (1.24.2 to 2.5.2)\n" 2
            pcg64 --numpy 2.9.9 --seed 0 wald 1 1)
