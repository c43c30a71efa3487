# The man page and --help come from one source (harness/cli/nprand.1.txt);
# this checks that the source still covers the command: every option the CLI
# parses and every family it serves is named, `--help` prints, and the page
# renders without groff warnings.
# Under a cross build, ctest passes the emulator (qemu-user) in EMULATOR.
if(EMULATOR)
  separate_arguments(_emulator UNIX_COMMAND "${EMULATOR}")
  set(NPRAND ${_emulator} ${NPRAND})
endif()
execute_process(COMMAND ${NPRAND} --help RESULT_VARIABLE _rc OUTPUT_VARIABLE _help)
if(NOT _rc EQUAL 0 OR NOT _help MATCHES "^SYNOPSIS\n +nprand FAMILY")
  message(FATAL_ERROR "nprand --help exited ${_rc} and printed:\n${_help}")
endif()
file(READ ${SOURCE} _manual)
file(READ ${CLI_SOURCE} _cli)

set(_unnamed "")
string(REGEX MATCHALL "\"--[a-z][a-z-]*\"" _options "${_cli}")
foreach(_quoted IN LISTS _options)
  string(REPLACE "\"" "" _option ${_quoted})
  if(NOT _manual MATCHES "${_option}[^a-z-]")
    string(APPEND _unnamed " option ${_option};")
  endif()
endforeach()
execute_process(COMMAND ${NPRAND} --list OUTPUT_VARIABLE _list)
string(REGEX MATCHALL "(^|\n)[a-z0-9]+ " _families "${_list}")
foreach(_family IN LISTS _families)
  string(STRIP "${_family}" _family)
  if(NOT _manual MATCHES "[ ,]${_family}[ ,\n]")
    string(APPEND _unnamed " family ${_family};")
  endif()
endforeach()
if(_unnamed)
  message(FATAL_ERROR "harness/cli/nprand.1.txt does not describe:${_unnamed}")
endif()

if(GROFF)
  execute_process(COMMAND ${GROFF} -man -Tutf8 -ww -z ${MAN_PAGE}
    RESULT_VARIABLE _rc ERROR_VARIABLE _warnings)
  if(NOT _rc EQUAL 0 OR _warnings)
    message(FATAL_ERROR "groff -man -ww on ${MAN_PAGE}:\n${_warnings}")
  endif()
endif()
