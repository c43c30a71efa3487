# CPack: `cpack --config build/CPackConfig.cmake` (or `cmake --build build
# --target package`) makes build/nprand_<version>_<arch>.deb holding what
# `cmake --install` installs: libnprand.a and libnprand.so, the headers,
# nprand.pc, the CMake package files, the nprand command and its man page.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nprand)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "NumPy's and CPython's random streams in C, bit for bit")
set(CPACK_PACKAGE_DESCRIPTION
  "nprand reproduces the random streams of NumPy 1.24.2 (RandomState and Generator with its five bit generators, SeedSequence) and of CPython 3.11's random module: the same seed gives the same numbers. The package holds the C library (static and shared), its headers, pkg-config and CMake files, and the nprand command.")
set(CPACK_PACKAGE_CONTACT "nprand maintainers <nprand@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION libdevel)
# The package's Depends line comes from the binaries themselves (libc, and
# libcjson for the command) when dpkg-shlibdeps is there to read them.
find_program(NPRAND_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(NPRAND_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6, libcjson1")
  if(TARGET nprand_linalg)
    # the command's multivariate_normal (nprand::linalg)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libblas3 | libblas.so.3, liblapack3 | liblapack.so.3")
  endif()
endif()
if(TARGET nprand_linalg)
  # libnprand_linalg.a's users link BLAS/LAPACK themselves (nprand::linalg names them)
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libblas-dev, liblapack-dev")
endif()
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_STRIP_FILES OFF)
include(CPack)
