# The shared library's exported symbols against the committed list.
#
#   cmake -DMODE=check  -DLIBRARY=libnprand.so -DLIST=lib/abi/nprand.symbols -DNM=nm -P abi_symbols.cmake
#   cmake -DMODE=update ...   rewrites LIST from LIBRARY
#
# In a build tree the update is `cmake --build build --target update_abi_symbols`.
# EXTRA_EXPECTED (check mode) adds names to the expected list; the tests use
# it to prove that a symbol missing from the library is reported.
foreach(_var MODE LIBRARY LIST NM)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "abi_symbols.cmake needs -D${_var}=...")
  endif()
endforeach()

execute_process(COMMAND ${NM} -D --defined-only -P ${LIBRARY}
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _nm_out ERROR_VARIABLE _nm_err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${NM} -D failed on ${LIBRARY}: ${_nm_err}")
endif()
string(REPLACE "\n" ";" _nm_lines "${_nm_out}")
set(_exported "")
foreach(_line IN LISTS _nm_lines)
  if(_line MATCHES "^([^ ]+) ")
    set(_name ${CMAKE_MATCH_1})
    # Sanitizer builds add their runtime's hooks; they are not the API.
    if(NOT _name MATCHES "^__(asan|ubsan|lsan|sanitizer|odr_asan|sancov)")
      list(APPEND _exported ${_name})
    endif()
  endif()
endforeach()
list(REMOVE_DUPLICATES _exported)
list(SORT _exported)

if(MODE STREQUAL "update")
  list(LENGTH _exported _n)
  string(REPLACE ";" "\n" _body "${_exported}")
  file(WRITE ${LIST}
"# Symbols exported by libnprand.so: every function declared in
# lib/include/nprand/*.h, nothing else. unit.abi_symbols compares the built
# library with this list. After adding or removing a public function on
# purpose, regenerate it with
#   cmake --build build --target update_abi_symbols
# and commit the change together with the header change.
${_body}
")
  message(STATUS "wrote ${_n} symbols to ${LIST}")
  return()
endif()

file(STRINGS ${LIST} _expected REGEX "^[^#]")
list(APPEND _expected ${EXTRA_EXPECTED})
list(SORT _expected)
set(_extra ${_exported})
list(REMOVE_ITEM _extra ${_expected})
set(_missing ${_expected})
list(REMOVE_ITEM _missing ${_exported})
set(_problems "")
foreach(_name IN LISTS _extra)
  string(APPEND _problems "  exported but not in the list: ${_name}\n")
endforeach()
foreach(_name IN LISTS _missing)
  string(APPEND _problems "  in the list but not exported: ${_name}\n")
endforeach()
foreach(_name IN LISTS _exported)
  if(NOT _name MATCHES "^npr_")
    string(APPEND _problems "  exported without the npr_ prefix: ${_name}\n")
  endif()
endforeach()
if(_problems)
  message(FATAL_ERROR "${LIBRARY} does not export what ${LIST} lists:\n${_problems}"
    "A function that should be public is declared in lib/include/nprand/*.h; "
    "if the change is meant, run: cmake --build <build> --target update_abi_symbols")
endif()
list(LENGTH _exported _n)
message(STATUS "${_n} exported symbols, as listed")
