# nprand_reference_libm(OUT): OUT is TRUE when the platform libm is the one
# nprand's numbers are defined by -- x86-64 glibc 2.36 -- and, unless
# cross-compiling, the configuring CPU has FMA and AVX2 so glibc takes its FMA
# code paths. (A binary moved to a CPU without FMA gets other last bits from
# glibc: build with -DNPRAND_PORTABLE_LIBM=ON for such machines.)
include(CheckCSourceCompiles)

function(nprand_reference_libm out)
  set(CMAKE_REQUIRED_QUIET ON)
  check_c_source_compiles([=[
#include <stdio.h>
#if !defined(__x86_64__) || !defined(__GLIBC__) || __GLIBC__ != 2 || __GLIBC_MINOR__ != 36
#error not x86-64 glibc 2.36
#endif
int main(void) { return 0; }
]=] NPRAND_X86_64_GLIBC_2_36)
  if(NOT NPRAND_X86_64_GLIBC_2_36)
    set(${out} FALSE PARENT_SCOPE)
    return()
  endif()
  if(CMAKE_CROSSCOMPILING)
    set(${out} TRUE PARENT_SCOPE)
    return()
  endif()
  if(NOT DEFINED NPRAND_CPU_HAS_FMA)
    file(WRITE ${CMAKE_BINARY_DIR}/CMakeFiles/nprand_cpu_fma.c [=[
int main(void) {
  __builtin_cpu_init();
  return __builtin_cpu_supports("fma") && __builtin_cpu_supports("avx2") ? 0 : 1;
}
]=])
    try_run(_run _compiled ${CMAKE_BINARY_DIR}/CMakeFiles/nprand_cpu_fma ${CMAKE_BINARY_DIR}/CMakeFiles/nprand_cpu_fma.c)
    if(_compiled AND _run EQUAL 0)
      set(NPRAND_CPU_HAS_FMA TRUE CACHE INTERNAL "configuring CPU has FMA and AVX2")
    else()
      set(NPRAND_CPU_HAS_FMA FALSE CACHE INTERNAL "configuring CPU has FMA and AVX2")
    endif()
  endif()
  set(${out} ${NPRAND_CPU_HAS_FMA} PARENT_SCOPE)
endfunction()
