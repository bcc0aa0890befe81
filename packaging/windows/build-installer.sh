#!/bin/sh
# Builds GramDesk for Windows and its installer, in an MSYS2 UCRT64 shell on a Windows PC:
#   1. Install MSYS2 (https://www.msys2.org) and open "MSYS2 UCRT64".
#   2. pacman -S --needed git mingw-w64-ucrt-x86_64-{gcc,cmake,ninja,pkgconf,qt6-base,qt6-tools,qt6-translations,
#                           sqlite3,libsodium,icu,libqrencode,nsis}
#   3. sh packaging/windows/build-installer.sh        (from the source folder)
# The result is build-windows/GramDesk-<version>-setup.exe: GramDesk, gramdesk-cli, the Qt libraries and
# plugins windeployqt picks, the MinGW and library DLLs they need, a Start-menu entry and an uninstaller.
set -eu
cd "$(dirname "$0")/../.."
build=build-windows
stage=$build/stage
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build "$build" -j"$(nproc)"
rm -rf "$stage"
mkdir -p "$stage"
cp "$build/app/gramdesk.exe" "$build/app/gramdesk-cli.exe" "$stage/"
# Qt's own libraries, the platform, style, image-format, print-support and SQLite driver plugins.
windeployqt6 --release --no-translations --compiler-runtime --dir "$stage" "$stage/gramdesk.exe"
# Every other DLL the programs and plugins load from the MSYS2 prefix (libsodium, ICU, SQLite, qrencode, ...).
for pass in 1 2 3; do
  find "$stage" -name '*.exe' -o -name '*.dll' | while read -r f; do
    ldd "$f" | awk '/\/ucrt64\/bin\// {print $3}'
  done | sort -u | while read -r dll; do
    [ -f "$stage/$(basename "$dll")" ] || cp "$dll" "$stage/"
  done
done
cp LICENSE "$stage/LICENSE.txt"
cp resources/fonts/OFL.txt "$stage/fonts-OFL.txt"
version=$(sed -n 's/^project(GramDesk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
makensis -DVERSION="$version" -DSTAGE="$(cygpath -w "$PWD/$stage")" -DOUTFILE="$(cygpath -w "$PWD/$build")\\GramDesk-$version-setup.exe" \
  -DICON="$(cygpath -w "$PWD/packaging/windows/gramdesk.ico")" packaging/windows/gramdesk.nsi
echo "Installer: $build/GramDesk-$version-setup.exe"
