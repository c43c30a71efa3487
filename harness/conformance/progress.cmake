# The runner's progress: line mode names every file count up to N/N with a
# rate and time left; none and a short automatic run in CI print no progress.
file(GLOB _files ${ORACLE_DIR}/*.jsonl)
list(LENGTH _files _n)
execute_process(COMMAND ${CMAKE_COMMAND} -E env NPRAND_PROGRESS_INTERVAL=0
                        ${RUNNER} --quiet --max-seeds 20 --progress lines ${ORACLE_DIR}
  RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "runner exited ${_rc}: ${_err}")
endif()
foreach(_k 1 ${_n})
  if(NOT _err MATCHES "conformance: ${_k}/${_n} files \\([0-9]+%\\), [0-9.]+ files/s, [0-9]+:[0-9][0-9] left\n")
    message(FATAL_ERROR "no progress line for ${_k}/${_n} files in:\n${_err}")
  endif()
endforeach()
if(NOT _err MATCHES "${_n}/${_n} files \\(100%\\), [0-9.]+ files/s, 0:00 left\n$")
  message(FATAL_ERROR "the last progress line is not ${_n}/${_n}, 100%, 0:00 left:\n${_err}")
endif()
foreach(_args "--progress;none" "--progress;auto")
  # a sample of seeds: a run under ASan must still end before the 30 s line
  execute_process(COMMAND ${CMAKE_COMMAND} -E env CI=true ${RUNNER} --quiet --max-seeds 20 ${_args} ${ORACLE_DIR}
    RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0 OR NOT _err STREQUAL "")
    message(FATAL_ERROR "${_args} with CI=true: exit ${_rc}, stderr:\n${_err}")
  endif()
endforeach()
