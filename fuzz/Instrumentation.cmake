# SPDX-License-Identifier: GPL-3.0-or-later
# Included from the top CMakeLists.txt before any target when GATEHOUSE_BUILD_FUZZERS is ON:
# every Gatehouse target gets libFuzzer's coverage instrumentation plus ASan and UBSan, so the
# fuzzers in fuzz/ see inside gatehouse_core and gatehouse_apimsim. Qt itself is not instrumented.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "GATEHOUSE_BUILD_FUZZERS needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++ "
                        "(or use `./dev fuzz`), not ${CMAKE_CXX_COMPILER_ID}")
endif()
if(GATEHOUSE_BUILD_GUI OR GATEHOUSE_BUILD_TESTS)
    message(STATUS "Fuzzing build: consider -DGATEHOUSE_BUILD_GUI=OFF -DGATEHOUSE_BUILD_TESTS=OFF (fewer instrumented targets)")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -gline-tables-only)
add_link_options(-fsanitize=address,undefined)
