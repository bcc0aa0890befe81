#!/bin/sh
# Installs what is missing, builds GramDesk with warnings as errors, and runs the whole test suite.
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGRAMDESK_WERROR=ON -DGRAMDESK_KEY_CHECKS=ON
cmake --build build-test -j2
cd build-test
QT_QPA_PLATFORM=offscreen ctest -j2 --output-on-failure --timeout 600
cd ..
# The fuzzers (clang, ASan + UBSan), 20 seconds each over their corpus.
sh tools/fuzz.sh
# The .deb installed on a clean Debian 12 (debootstrap) and used there.
sh tools/deb-check.sh build-test
