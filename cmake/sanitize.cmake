# Sanitizer and fuzzing builds (issue 7). Included before any target is defined, so every
# library, test and program of the build is instrumented alike.
#   -DPARKGRAPH_SANITIZE=address,undefined   the whole build under ASan + UBSan
#   -DPARKGRAPH_FUZZ=ON                      also the libFuzzer targets of tests/fuzz (clang)
# scripts/test-sanitize configures build-asan/ with both.
set(PARKGRAPH_SANITIZE "" CACHE STRING "Sanitizers for the whole build, e.g. address,undefined")
option(PARKGRAPH_FUZZ "Build the libFuzzer targets under tests/fuzz (needs clang)" OFF)

if(PARKGRAPH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PARKGRAPH_FUZZ=ON needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
  endif()
  if(NOT PARKGRAPH_SANITIZE)
    set(PARKGRAPH_SANITIZE "address,undefined" CACHE STRING "" FORCE)
  endif()
  # Coverage feedback for libFuzzer in all code; only the fuzz targets link libFuzzer itself.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(PARKGRAPH_SANITIZE)
  # Any finding is fatal, so a test under the sanitizers fails instead of printing and going on.
  add_compile_options(-fsanitize=${PARKGRAPH_SANITIZE} -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${PARKGRAPH_SANITIZE} -fno-sanitize-recover=all)
endif()
