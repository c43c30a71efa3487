# ctest bench.quick: runs `nprand-bench --quick --json` and checks that the
# output parses as JSON and holds, for every expected operation, exactly one
# entry with a positive ns_per_value and a non-empty head of first values.
# Speed itself is never asserted.
#
#   cmake -DBENCH=<nprand-bench> -DEXPECTED=legacy.random_sample,... -P check_quick.cmake

cmake_minimum_required(VERSION 3.25)

if(NOT BENCH OR NOT EXPECTED)
  message(FATAL_ERROR "usage: cmake -DBENCH=<exe> -DEXPECTED=<id,id,...> -P check_quick.cmake")
endif()

execute_process(COMMAND ${BENCH} --quick --json
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 30)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "nprand-bench --quick --json exited with ${rc}\n${err}\n${out}")
endif()

string(JSON n_ops ERROR_VARIABLE jerr LENGTH "${out}" ops)
if(jerr)
  message(FATAL_ERROR "output is not the expected JSON: ${jerr}\n${out}")
endif()

set(seen)
math(EXPR last "${n_ops} - 1")
if(n_ops GREATER 0)
  foreach(i RANGE ${last})
    string(JSON id GET "${out}" ops ${i} id)
    string(JSON has_error ERROR_VARIABLE none TYPE "${out}" ops ${i} error)
    if(NOT none)
      string(JSON msg GET "${out}" ops ${i} error)
      message(SEND_ERROR "${id}: failed: ${msg}")
      continue()
    endif()
    string(JSON ns GET "${out}" ops ${i} ns_per_value)
    string(JSON ns_type TYPE "${out}" ops ${i} ns_per_value)
    if(NOT ns_type STREQUAL "NUMBER" OR NOT ns GREATER 0)
      message(SEND_ERROR "${id}: ns_per_value is not a positive number: ${ns}")
    endif()
    string(JSON n_head LENGTH "${out}" ops ${i} head)
    if(NOT n_head GREATER 0)
      message(SEND_ERROR "${id}: no head values")
    endif()
    if(id IN_LIST seen)
      message(SEND_ERROR "${id}: reported twice")
    endif()
    list(APPEND seen ${id})
  endforeach()
endif()

string(REPLACE "," ";" expected "${EXPECTED}")
foreach(id ${expected})
  if(NOT id IN_LIST seen)
    message(SEND_ERROR "no entry for ${id}")
  endif()
endforeach()
list(LENGTH expected n_expected)
message(STATUS "nprand-bench --quick: ${n_ops} operations, ${n_expected} expected, JSON ok")
