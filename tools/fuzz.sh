#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz and runs each one briefly over its corpus
# in tests/fuzz/corpus. FUZZ_SECONDS sets how long each runs (20 by default). Part of tools/test.sh.
set -eu
cd "$(dirname "$0")/.."
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DGRAMDESK_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGRAMDESK_FUZZ_SECONDS="${FUZZ_SECONDS:-20}"
cmake --build build-fuzz -j2
cd build-fuzz
ctest -j2 --output-on-failure
