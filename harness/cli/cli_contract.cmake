# The CLI contract (../shared/CONTRACT.md) end to end: single calls, errors
# (one line on stderr, exit 2, nothing on stdout) and batch lines, including
# malformed ones. Expected values are NumPy's/CPython's outputs for the same
# Python (see examples/*.expected and the contract's own examples).
if(EMULATOR)
  separate_arguments(emulator UNIX_COMMAND "${EMULATOR}")
  set(NPRAND ${emulator} ${NPRAND})
endif()
function(expect_call want_out want_err want_rc)
  execute_process(COMMAND ${NPRAND} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL ${want_rc} OR NOT out STREQUAL "${want_out}" OR NOT err STREQUAL "${want_err}")
    message(FATAL_ERROR "nprand ${ARGN}\n  exit ${rc} (want ${want_rc})\n  stdout [${out}] (want [${want_out}])\n  stderr [${err}] (want [${want_err}])")
  endif()
endfunction()

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
