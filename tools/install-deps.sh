#!/bin/sh
# Installs what GramDesk needs to build, run and test on Debian 12 (run as root). Safe to run again.
set -eu
packages="cmake ninja-build g++ pkg-config ccache qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libqt6sql6-sqlite libgl-dev libsqlite3-dev libsodium-dev libicu-dev libqrencode-dev libm17n-dev m17n-db
  fonts-noto-core poppler-utils zbar-tools xvfb xauth desktop-file-utils appstream python3
  clang libclang-rt-14-dev nsis"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
fi
