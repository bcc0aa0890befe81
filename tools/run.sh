#!/bin/sh
# Installs what is missing, builds GramDesk, and starts it on the default book.
set -eu
cd "$(dirname "$0")/.."
sh tools/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2 --target gramdesk gramdesk-cli
exec ./build/app/gramdesk "$@"
