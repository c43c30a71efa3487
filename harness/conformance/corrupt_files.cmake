# Damages copies of one oracle file in several ways and checks that the
# runner reports each as corrupt (exit 2, a CORRUPT line), never crashes and
# never passes it. A pristine copy must still pass.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(READ ${ORACLE_DIR}/seed_article.jsonl pristine)
file(COPY ${ORACLE_DIR}/seeds.json DESTINATION ${WORK})

function(expect_exit name content code pattern)
  file(WRITE ${WORK}/${name}.jsonl "${content}")
  execute_process(COMMAND ${RUNNER} --quiet ${WORK}/${name}.jsonl
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL ${code})
    message(FATAL_ERROR "${name}: exit ${rc}, expected ${code}\n${out}\n${err}")
  endif()
  if(NOT "${out}${err}" MATCHES "${pattern}")
    message(FATAL_ERROR "${name}: output does not match '${pattern}':\n${out}\n${err}")
  endif()
  file(REMOVE ${WORK}/${name}.jsonl)
endfunction()

expect_exit(pristine "${pristine}" 0 "0 failing cases")
string(LENGTH "${pristine}" n)
math(EXPR half "${n} / 2")
string(SUBSTRING "${pristine}" 0 ${half} truncated)
expect_exit(truncated "${truncated}" 2 "CORRUPT")
string(REPLACE "\"d\":\"" "\"d\":\"0" edited "${pristine}")
expect_exit(edited "${edited}" 2 "checksum mismatch")
expect_exit(empty "" 2 "CORRUPT")
expect_exit(garbage "not json at all\n{]\n" 2 "CORRUPT")
file(WRITE ${WORK}/seeds.json "[1,2,3]\n")
expect_exit(bad_seed_list "${pristine}" 2 "seed list checksum")
