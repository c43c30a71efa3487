# NumPy's order for a size np.empty refuses (a dimension beyond int64, more
# than 32 of them, not integers): the method's parameter checks come first
# (cont()/disc()), and choice without replacement compares np.prod(size)
# with the population before it allocates; the multivariate methods build
# their shapes their own ways (operator.index/tuple, np.zeros of a tuple).
# Each line of REQUESTS is a batch
# request; the same line of EXPECTED is NumPy 1.24.2's error for it
# (made by oracle/nprand_oracle/execute.py on the live NumPy).
if(EMULATOR)
  separate_arguments(_emulator UNIX_COMMAND "${EMULATOR}")
  set(NPRAND ${_emulator} ${NPRAND})
endif()
execute_process(COMMAND ${NPRAND} --batch INPUT_FILE ${REQUESTS} RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "nprand --batch exited ${rc}")
endif()
file(STRINGS ${REQUESTS} requests)
file(STRINGS ${EXPECTED} expected)
string(REGEX REPLACE "\n$" "" out "${out}")
# the replies hold no ';' (cmake's list separator) or '[' issues: read line by line
string(REPLACE ";" "\\;" out "${out}")
string(REPLACE "\n" ";" replies "${out}")
list(LENGTH requests n)
list(LENGTH replies n_replies)
if(NOT n EQUAL n_replies)
  message(FATAL_ERROR "${n} requests, ${n_replies} replies")
endif()
math(EXPR last "${n} - 1")
set(bad 0)
foreach(i RANGE ${last})
  list(GET replies ${i} reply)
  list(GET expected ${i} want)
  string(JSON got ERROR_VARIABLE json_err GET "${reply}" error)
  # a build without nprand::linalg answers multivariate_normal with its documented error
  if(got MATCHES "^NotImplementedError: multivariate_normal needs nprand's linear-algebra library")
    continue()
  endif()
  if(NOT got STREQUAL want)
    list(GET requests ${i} request)
    message(SEND_ERROR "${request}\n  NumPy:  ${want}\n  nprand: ${reply}")
    math(EXPR bad "${bad} + 1")
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "${bad} of ${n} size-error replies differ from NumPy's")
endif()
