# The CLI contract (../shared/CONTRACT.md) end to end: single calls, errors
# (one line on stderr, exit 2, nothing on stdout) and batch lines, including
# malformed ones. Expected values are NumPy's/CPython's outputs for the same
# Python (see examples/*.expected and the contract's own examples).
if(EMULATOR)
  separate_arguments(emulator UNIX_COMMAND "${EMULATOR}")
  set(NPRAND ${emulator} ${NPRAND})
endif()
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
# size=True: dirichlet and multinomial take operator.index(size), so one row
# np.random.RandomState(0).multinomial(3, [0.5, 0.5], size=True) -> [[2 1]]
expect_call("2\n1\n" "" 0 legacy --seed 0 multinomial 3 "[0.5, 0.5]" --size true)
# np.random.default_rng(0).dirichlet([1, 1], size=True)
expect_call("0.4000707853732506\n0.5999292146267494\n" "" 0 pcg64 --seed 0 dirichlet "[1, 1]" --size true)
# Array bounds where NumPy's result is not NumPy's to give (README, Known limits):
# bounds that broadcast to nothing with a size: NumPy reads past the bounds' memory
expect_call("" "NotImplementedError: the bounds broadcast to an empty array but size has 1 elements: NumPy reads past the bounds' memory here\n" 2
            pcg64 --seed 1 integers "[]" "[[1],[5]]" --size 1)
# NaN passes 1.24.2's comparisons and is cast by the CPU's instruction
expect_call("" "ValueError: bounds must be finite floats within 64-bit range\n" 2 pcg64 --seed 1 integers "[NaN]" 100 --dtype int8)
# np.random.default_rng(1).integers([np.nan], 100, dtype=np.int8, size=0) -> [] (before the bounds are read)
expect_call("" "" 0 pcg64 --seed 1 integers "[NaN]" 100 --dtype int8 --size 0)
# Python floats among ints past 64 bits make an object array, not modelled
expect_call("" "NotImplementedError: bounds mixing floats with integers beyond 64 bits (a NumPy object array) are not modelled\n" 2
            pcg64 --seed 1 integers "[1.5, 36893488147419103232]" 100)
# NumPy 1.25.0: np.random.default_rng(1).integers([2**63], [2**63 - 1]) -> ValueError: low is out of bounds for int64
expect_call("" "ValueError: low is out of bounds for int64\n" 2
            pcg64 --numpy 1.25.0 --seed 1 integers "[9223372036854775808]" "[9223372036854775807]")
# Where NumPy 1.24.2 never returns, nprand answers at once (README, Known limits).
expect_call("" "NotImplementedError: beta(a, b) with a + b this small: NumPy 1.24.2 does not return (its draws almost never escape underflow)\n" 2
            pcg64 --seed 1 beta 1e-300 "[0.5, 1e-300]")
expect_call("" "NotImplementedError: vonmises with kappa this large: NumPy 1.24.2's RandomState never returns (its rejection constant rounds to 1)\n" 2
            legacy --seed 1 vonmises 0 "[1, 1e100]")

# multivariate_normal (issue 10's done-when calls), NumPy 1.24.2 on Debian's
# reference BLAS/LAPACK; without nprand::linalg its documented error.
set(mvn_cov "[[1, 0.5], [0.5, 2]]")
if(LINALG)
  # np.random.RandomState(0).multivariate_normal([0, 0], cov, size=3)
  expect_call("1.3321070237398174\n2.284886535700439\n2.3999423077520747\n0.5797592871436927\n0.2577860155322935\n2.896325884045755\n"
              "" 0 legacy --seed 0 multivariate_normal "[0, 0]" "${mvn_cov}" --size 3)
  # np.random.Generator(np.random.PCG64(np.random.SeedSequence(0))).multivariate_normal([0, 0], cov, size=3)
  expect_call("-0.03719690185343287\n0.21758644341318018\n0.45039535880031445\n0.8432641373669744\n-0.0070712943907093595\n-0.8584477194452083\n"
              "" 0 pcg64 --seed 0 multivariate_normal "[0, 0]" "${mvn_cov}" --size 3)
  # check_valid='warn': the values, the warning on stderr, exit 0
  expect_call("-0.06057519880206258\n-0.24739968812406538\n-0.8585299408395953\n-0.7101787724672404\n"
              "RuntimeWarning: covariance is not symmetric positive-semidefinite.\n" 0
              pcg64 --seed 0 multivariate_normal "[0, 0]" "[[1, 2], [2, 1]]" --size 2)
  expect_call("" "ValueError: covariance is not symmetric positive-semidefinite.\n" 2
              legacy --seed 0 multivariate_normal "[0, 0]" "[[1, 2], [2, 1]]" --check_valid raise)
  expect_call("" "LinAlgError: Matrix is not positive definite\n" 2
              pcg64 --seed 0 multivariate_normal "[0, 0]" "[[1, 2], [2, 1]]" --method cholesky)
  expect_call("" "LinAlgError: SVD did not converge\n" 2 legacy --seed 0 multivariate_normal "[0, 0]" "[[\"nan\", 0], [0, 1]]")
else()
  expect_call("" "NotImplementedError: multivariate_normal needs nprand's linear-algebra library (nprand::linalg), which this build does not have\n" 2
              legacy --seed 0 multivariate_normal "[0, 0]" "${mvn_cov}" --size 3)
endif()

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

# --- issue 13: huge counts, bad input, CI gating ------------------------------------
# NumPy 1.24.2 (64-bit): np.random.RandomState(1).choice(2**62, 1, replace=False),
# .permutation(2**62), Generator(PCG64(1)).permutation(2**62)
set(too_big "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\n")
expect_call("" "${too_big}" 2 legacy --seed 1 choice 4611686018427387904 --size 1 --replace False)
expect_call("" "${too_big}" 2 legacy --seed 1 permutation 4611686018427387904)
expect_call("" "${too_big}" 2 pcg64 --seed 1 permutation 1152921504606846976)
# np.arange(2**63 - 1) is empty in NumPy 1.24 (its double length overflows npy_intp):
# permutation(2**63 - 1) -> [], choice(2**63 - 1, 1, replace=False) cannot reshape it
expect_call("" "" 0 legacy --seed 1 permutation 9223372036854775807)
expect_call("" "" 0 pcg64 --seed 1 permutation 9223372036854775807)
expect_call("" "ValueError: cannot reshape array of size 0 into shape (1,)\n" 2
            legacy --seed 1 choice 9223372036854775807 --size 1 --replace False)
# 2**32 + 10: MemoryError on every target (a 32-bit size_t must not wrap it)
expect_call("" "MemoryError: Unable to allocate an array of 4294967306 values\n" 2 legacy --seed 1 permutation 4294967306)
expect_call("" "MemoryError: Unable to allocate an array of 4294967306 values\n" 2
            legacy --seed 1 choice 4294967306 --size 3 --replace False)
# SeedSequence(1).generate_state(2**61), generate_state(2**62, np.uint64),
# SeedSequence(1, pool_size=2**61), SeedSequence(None, pool_size=2**62)
expect_call("" "${too_big}" 2 seedsequence --seed 1 generate_state 2305843009213693952)
expect_call("" "${too_big}" 2 seedsequence --seed 1 generate_state 1152921504606846976 --dtype uint64)
expect_call("" "ValueError: Maximum allowed dimension exceeded\n" 2
            seedsequence --seed 1 generate_state 4611686018427387904 --dtype uint64)
expect_call("" "${too_big}" 2 seedsequence --seed 1 --pool-size 2305843009213693952 generate_state 1)
expect_call("" "OverflowError: Python int too large to convert to C ssize_t\n" 2
            seedsequence --pool-size 4611686018427387904 generate_state 1)
expect_call("" "NotImplementedError: pool_size above 4096 is beyond nprand's per-request work bound (README: Limits per request)\n" 2
            seedsequence --seed 1 --pool-size 4097 generate_state 1)
# PCG64(1).jumped(2**70).random_raw(), Philox, PCG64DXSM; PCG64(1).jumped(2**128 + 5);
# MT19937(1).jumped(2**70) -> OverflowError
expect_call("16254006076912003908\n" "" 0 pcg64 --seed 1 --jumped 1180591620717411303424 random_raw)
expect_call("2754023364504623853\n" "" 0 philox --seed 1 --jumped 1180591620717411303424 random_raw)
expect_call("14692457221542551425\n" "" 0 pcg64dxsm --seed 1 --jumped 1180591620717411303424 random_raw)
expect_call("6488063684007021608\n" "" 0 pcg64 --seed 1 --jumped 340282366920938463463374607431768211461 random_raw)
expect_call("" "OverflowError: Python int too large to convert to C long\n" 2
            mt19937 --seed 1 --jumped 1180591620717411303424 random_raw)
# random.Random(1).betavariate(float('inf'), 2) never returns in CPython: refused at once
expect_call("" "NotImplementedError: gammavariate() never returns for these arguments in CPython\n" 2
            python --seed 1 betavariate inf 2)
# str(random.Random(1).getrandbits(16000)) -> ValueError (int_max_str_digits)
set(str_digits "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n")
expect_call("" "${str_digits}" 2 python --seed 1 getrandbits 16000)
expect_call("" "${str_digits}" 2 python --seed 1 getrandbits 2147483648)
# a 4301-digit literal: json.loads / int() refuse it in CPython 3.11
string(REPEAT "7" 4301 long_int)
expect_call("" "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit\n" 2
            python --seed ${long_int} random)
# CLI gating: --batch takes no arguments; a full stdout is a failure
execute_process(COMMAND ${NPRAND} --batch extra INPUT_FILE ${WORK}/requests.jsonl RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_QUIET)
if(NOT rc EQUAL 2 OR NOT out STREQUAL "")
  message(FATAL_ERROR "nprand --batch extra: exit ${rc}, stdout [${out}] (want exit 2, nothing)")
endif()
if(EXISTS /dev/full)
  execute_process(COMMAND ${NPRAND} legacy --seed 1 rand 3 OUTPUT_FILE /dev/full RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 3 OR NOT err STREQUAL "OSError: cannot write standard output\n")
    message(FATAL_ERROR "nprand > /dev/full: exit ${rc} [${err}] (want 3)")
  endif()
  execute_process(COMMAND ${NPRAND} --batch INPUT_FILE ${WORK}/requests.jsonl OUTPUT_FILE /dev/full RESULT_VARIABLE rc ERROR_QUIET)
  if(NOT rc EQUAL 3)
    message(FATAL_ERROR "nprand --batch > /dev/full: exit ${rc} (want 3)")
  endif()
endif()

# Batch lines as Python's json reads them. Expected values: NumPy 1.24.2 /
# CPython 3.11 (SeedSequence([[1]]) is SeedSequence([1]); json.loads keeps
# the last of repeated keys; NaN/Infinity are floats; '01' and invalid UTF-8
# are refused; every reply line is valid UTF-8).
string(ASCII 255 byte_ff)
string(REPEAT "é" 60 long_name)
set(long_name "a${long_name}") # the message's 100-byte cut falls inside a character
file(WRITE ${WORK}/requests13.jsonl
  "{\"family\": \"legacy\\u0000x\", \"seed\": 1, \"calls\": [{\"method\": \"rand\"}]}\n"
  "{\"family\": \"legacy\", \"seed\": 01, \"calls\": []}\n"
  "{\"family\": \"legacy\", \"seed\": 1, \"seed\": 2, \"calls\": [{\"method\": \"rand\"}]}\n"
  "{\"family\": \"seedsequence\", \"seed\": [[1], [2, 3]], \"calls\": [{\"method\": \"generate_state\", \"args\": [2]}]}\n"
  "{\"family\": \"pcg64\", \"seed\": [[1]], \"calls\": [{\"method\": \"random_raw\"}]}\n"
  "{\"family\": \"legacy\", \"seed\": 1, \"calls\": [{\"method\": \"normal\", \"args\": [NaN, 1]}, {\"method\": \"normal\", \"args\": [-Infinity, 1]}]}\n"
  "{\"family\": \"leg${byte_ff}acy\"}\n"
  "{\"family\": \"${long_name}\"}\n"
  "{\"family\": \"legacy\", \"seed\": 1, \"calls\": [{\"method\": \"rand\"}, {\"method\": \"randint\", \"args\": [0, 2], \"kwargs\": {\"size\": 16777216}}]}\n"
  "{\"family\": \"python\", \"seed\": ${long_int}, \"calls\": []}\n"
  "{\"family\": \"legacy\", \"seed\": 2, \"calls\": [{\"method\": \"rand\"}]}\n")
execute_process(COMMAND ${NPRAND} --batch INPUT_FILE ${WORK}/requests13.jsonl RESULT_VARIABLE rc OUTPUT_VARIABLE out)
string(REPEAT "é" 49 cut_name)
set(cut_name "a${cut_name}")
set(want "{\"error\": \"NotImplementedError: a NUL character (\\\\u0000) in a JSON string is not supported by nprand\"}
{\"error\": \"ValueError: malformed JSON near byte 30\"}
{\"results\": [[0.43599490214200376]]}
{\"results\": [[3822189696, 3026158655]]}
{\"results\": [[9441442522235856127]]}
{\"results\": [[\"nan\"], [\"-inf\"]]}
{\"error\": \"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 15: invalid start byte\"}
{\"error\": \"ValueError: unknown family '${cut_name}\\ufffd'\"}
{\"results\": [[0.417022004702574]], \"error\": \"MemoryError: nprand limit: a request's replies hold at most 16777216 values and 268435456 bytes of text (README: Limits per request)\"}
{\"error\": \"ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit\"}
{\"results\": [[0.43599490214200376]]}
")
if(NOT rc EQUAL 0 OR NOT out STREQUAL want)
  message(FATAL_ERROR "nprand --batch (issue 13 lines): exit ${rc}\n--- got\n${out}--- want\n${want}")
endif()
# The per-call draw bound (issue 9) is a count of words, the same on every
# machine; it is checked natively only, as 2**24 pow-heavy draws take a
# minute under qemu.
if(NOT EMULATOR)
# The per-call draw bound (issue 9): beta(1e-12, 1e-12) needs about 10**9
# words a value in NumPy (seconds to minutes); the line gets an error after
# 2**24 words (so does dirichlet's stick-breaking beta), and the next lines,
# zipf(inf)/zipf(nan) among them, are served.
file(WRITE ${WORK}/requests9.jsonl
  "{\"family\": \"pcg64\", \"seed\": 0, \"calls\": [{\"method\": \"random\"}, {\"method\": \"beta\", \"args\": [1e-12, 1e-12], \"kwargs\": {\"size\": 3}}]}\n"
  "{\"family\": \"sfc64\", \"seed\": 0, \"calls\": [{\"method\": \"dirichlet\", \"args\": [[1e-12, 1e-12]], \"kwargs\": {\"size\": 2}}]}\n"
  "{\"family\": \"pcg64\", \"seed\": 0, \"calls\": [{\"method\": \"zipf\", \"args\": [Infinity]}]}\n"
  "{\"family\": \"legacy\", \"seed\": 0, \"calls\": [{\"method\": \"zipf\", \"args\": [Infinity]}]}\n"
  "{\"family\": \"legacy\", \"seed\": 0, \"calls\": [{\"method\": \"zipf\", \"args\": [NaN]}]}\n"
  "{\"family\": \"pcg64\", \"seed\": 0, \"calls\": [{\"method\": \"random\"}]}\n")
execute_process(COMMAND ${NPRAND} --batch INPUT_FILE ${WORK}/requests9.jsonl RESULT_VARIABLE rc OUTPUT_VARIABLE out TIMEOUT 60)
set(want "{\"results\": [[0.6369616873214543]], \"error\": \"NotImplementedError: nprand limit: a call may draw at most 16777216 + 256 per value words from its bit generator (README: Limits per request)\"}
{\"results\": [], \"error\": \"NotImplementedError: nprand limit: a call may draw at most 16777216 + 256 per value words from its bit generator (README: Limits per request)\"}
{\"results\": [[1]]}
{\"results\": [], \"error\": \"NotImplementedError: zipf: NumPy never returns for these parameters\"}
{\"results\": [], \"error\": \"ValueError: a <= 1 or a is NaN\"}
{\"results\": [[0.6369616873214543]]}
")
if(NOT rc EQUAL 0 OR NOT out STREQUAL want)
  message(FATAL_ERROR "nprand --batch (draw bound): exit ${rc}\n--- got\n${out}--- want\n${want}")
endif()
endif()
expect_call("" "NotImplementedError: jumped above 256 is beyond nprand's per-request work bound for MT19937 (README: Limits per request)\n" 2
            mt19937 --seed 1 --jumped 257 random_raw)
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
# dirichlet (1.26.0 / 2.1.0 Johnk betas; zeros accepted from 1.25.0), Generator
# multinomial (2.4.0 / 2.5.0 binomial) and RandomState.multinomial (2.5.0: a
# zero p before the last draws one double): NumPy 2.5.2's vectors.
expect_call("1.0\n0.0\n0.0\n1.0\n1.1419112694704828e-70\n1.0\n2.6085213683738505e-149\n1.0\n7.529898980533542e-251\n1.0\n" "" 0
            pcg64 --numpy 2.5.2 --seed 0 dirichlet "[0.001,0.002]" --size 5)
expect_call("1.0\n0.0\n1.1419112694704828e-70\n1.0\n2.6085213683738505e-149\n1.0\n7.529898980533542e-251\n1.0\n1.0\n0.0\n" "" 0
            pcg64 --seed 0 dirichlet "[0.001,0.002]" --size 5)
expect_call("0.9961613119976317\n0.0\n0.0038386880023682166\n0.7193352360257332\n0.0\n0.2806647639742667\n0.22962251764034858\n0.0\n0.7703774823596514\n0.6609164418254395\n0.0\n0.3390835581745606\n0.9361866462425655\n0.0\n0.06381335375743437\n" "" 0
            pcg64 --numpy 2.5.2 --seed 0 dirichlet "[0.5,0.0,0.5]" --size 5)
expect_call("" "ValueError: alpha <= 0\n" 2 pcg64 --seed 0 dirichlet "[0.5,0.0,0.5]" --size 5)
expect_call("13\n499999988742657\n500000011257330\n9\n499999982806999\n500000017192992\n5\n500000004322429\n499999995677566\n17\n499999999084681\n500000000915302\n11\n500000016489378\n499999983510611\n" "" 0
            pcg64 --numpy 2.5.2 --seed 5 multinomial 1000000000000000 "[1e-14,0.5,0.49999999999999]" --size 5)
expect_call("13\n499999988742657\n500000011257330\n9\n499999982806999\n500000017192992\n5\n500000004322429\n499999995677566\n16\n499999999084682\n500000000915302\n11\n500000016489378\n499999983510611\n" "" 0
            pcg64 --seed 5 multinomial 1000000000000000 "[1e-14,0.5,0.49999999999999]" --size 5)
expect_call("0\n6\n4\n0\n5\n5\n0\n6\n4\n0\n7\n3\n0\n5\n5\n" "" 0
            legacy --numpy 2.5.2 --seed 0 multinomial 10 "[0.0,0.5,0.5]" --size 5)
expect_call("0\n5\n5\n0\n6\n4\n0\n5\n5\n0\n5\n5\n0\n5\n5\n" "" 0
            legacy --seed 0 multinomial 10 "[0.0,0.5,0.5]" --size 5)
# Inputs NumPy 2.x accepts or refuses differently (issue 15), batch lines:
# nested seed lists flatten until 2.5.0 (NumPy 1.24.2's answer) and are
# TypeError from 2.5.1; spawn(-1) is ValueError from 2.5.0; choice with
# size=() and rows of a raises before 2.0.0 (NumPy 1.24.2) and returns
# a[idx] from 2.0.0; np.random.seed keeps a RandomState's release
# (multinomial at 2.5.2: NumPy 2.5.2's vector for seed 0).
file(WRITE ${WORK}/requests15.jsonl
  "{\"family\": \"seedsequence\", \"seed\": [[1], [2, 3]], \"calls\": [{\"method\": \"generate_state\", \"args\": [2]}]}\n"
  "{\"family\": \"seedsequence\", \"seed\": [[1], [2, 3]], \"numpy\": \"2.5.0\", \"calls\": [{\"method\": \"generate_state\", \"args\": [2]}]}\n"
  "{\"family\": \"seedsequence\", \"seed\": [[1], [2, 3]], \"numpy\": \"2.5.1\", \"calls\": [{\"method\": \"generate_state\", \"args\": [2]}]}\n"
  "{\"family\": \"pcg64\", \"seed\": [1], \"spawn_key\": [[2]], \"numpy\": \"2.5.2\", \"calls\": [{\"method\": \"random_raw\"}]}\n"
  "{\"family\": \"seedsequence\", \"seed\": 1, \"numpy\": \"2.4.6\", \"calls\": [{\"method\": \"spawn\", \"args\": [-1]}]}\n"
  "{\"family\": \"seedsequence\", \"seed\": 1, \"numpy\": \"2.5.0\", \"calls\": [{\"method\": \"spawn\", \"args\": [-1]}]}\n"
  "{\"family\": \"pcg64\", \"seed\": 1, \"calls\": [{\"method\": \"choice\", \"args\": [[[1, 2], [3, 4]]], \"kwargs\": {\"size\": []}}]}\n"
  "{\"family\": \"pcg64\", \"seed\": 1, \"numpy\": \"1.26.5\", \"calls\": [{\"method\": \"choice\", \"args\": [[[1, 2], [3, 4]]], \"kwargs\": {\"size\": []}}]}\n"
  "{\"family\": \"pcg64\", \"seed\": 1, \"numpy\": \"2.0.0\", \"calls\": [{\"method\": \"choice\", \"args\": [[[1, 2], [3, 4]]], \"kwargs\": {\"size\": []}}]}\n"
  "{\"family\": \"pcg64\", \"seed\": 1, \"calls\": [{\"method\": \"choice\", \"args\": [[[1.5], [2.5]]], \"kwargs\": {\"size\": []}}]}\n"
  "{\"family\": \"legacy\", \"seed\": 0, \"numpy\": \"2.5.2\", \"calls\": [{\"method\": \"seed\", \"args\": [0]}, {\"method\": \"multinomial\", \"args\": [10, [0.0, 0.5, 0.5]], \"kwargs\": {\"size\": 2}}]}\n"
)
execute_process(COMMAND ${NPRAND} --batch INPUT_FILE ${WORK}/requests15.jsonl RESULT_VARIABLE rc OUTPUT_VARIABLE out)
set(want "{\"results\": [[3822189696, 3026158655]]}
{\"results\": [[3822189696, 3026158655]]}
{\"results\": [], \"error\": \"TypeError: SeedSequence does not accept nested sequences.\"}
{\"results\": [], \"error\": \"TypeError: SeedSequence does not accept nested sequences.\"}
{\"results\": [], \"error\": \"OverflowError: can't convert negative value to uint32_t\"}
{\"results\": [], \"error\": \"ValueError: n_children must be non-negative\"}
{\"results\": [], \"error\": \"ValueError: setting an array element with a sequence.\"}
{\"results\": [], \"error\": \"ValueError: setting an array element with a sequence.\"}
{\"results\": [[1, 2]]}
{\"results\": [[1.5]]}
{\"results\": [[], [0, 6, 4, 0, 5, 5]]}
")
if(NOT rc EQUAL 0 OR NOT out STREQUAL want)
  message(FATAL_ERROR "nprand --batch (issue 15 lines): exit ${rc}\n--- got\n${out}--- want\n${want}")
endif()
# beta(a, b) this small never returns in NumPy before 1.26.0 (refused), and
# gives (a + b) * U < a from 1.26.0 on (NumPy 2.5.2's vector for seed 3)
expect_call("1.0\n1.0\n0.0\n0.0\n1.0\n1.0\n" "" 0 pcg64 --numpy 2.5.2 --seed 3 beta 1e-110 1e-110 --size 6)
expect_call("" "NotImplementedError: beta(a, b) with a + b this small: NumPy 1.24.2 does not return (its draws almost never escape underflow)\n" 2
            pcg64 --numpy 1.25.2 --seed 3 beta 1e-110 1e-110 --size 6)

