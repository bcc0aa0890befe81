#!/bin/sh
# Installs GramDesk's .deb on a clean Debian 12 made with debootstrap (nothing but the minimal base system) and
# uses it there: the package's dependencies are enough; the menu entry, AppStream data and icons are where a
# desktop looks for them; gramdesk-cli makes a demo book, verifies it and prints its monthly report as a PDF;
# and the program starts on that book and is still running after some seconds (offscreen, or on the X display
# in $DISPLAY when one is given: then a screenshot shows it).
# Usage, as root, with a Debian mirror reachable:  sh tools/deb-check.sh [BUILD_DIR]   (default: build-test)
# GRAMDESK_DEB_ROOT names the folder of the clean system (default /var/tmp/gramdesk-debroot; made afresh).
set -eu
cd "$(dirname "$0")/.."
build=${1:-build-test}
root=${GRAMDESK_DEB_ROOT:-/var/tmp/gramdesk-debroot}
mirror=${GRAMDESK_DEB_MIRROR:-http://deb.debian.org/debian}
fail() { echo "deb-check: $*" >&2; exit 1; }

command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" -j2 --target gramdesk gramdesk-cli
(cd "$build" && rm -f gramdesk_*.deb && cpack -G DEB >/dev/null) || fail "cpack could not make the package"
deb=$(ls "$build"/gramdesk_*_amd64.deb) || fail "no .deb in $build"
echo "deb-check: package $deb ($(du -h "$deb" | cut -f1))"

unmount() {
  for m in tmp/.X11-unix dev proc; do
    mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
  done
  return 0
}
trap unmount EXIT
unmount
rm -rf "$root"
echo "deb-check: debootstrap bookworm (minbase) into $root"
# A mirror that drops a connection now and then should not fail the check: a second try from scratch.
tries=0
until debootstrap --variant=minbase bookworm "$root" "$mirror" > "$root.log" 2>&1; do
  tries=$((tries + 1))
  [ "$tries" -lt 2 ] || { tail -20 "$root.log"; fail "debootstrap failed twice"; }
  echo "deb-check: debootstrap failed; trying again"
  rm -rf "$root"
  sleep 10
done
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/gramdesk.deb"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "deb-check: apt-get install ./gramdesk.deb (with what it depends on)"
in_root apt-get -o Acquire::Retries=3 update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Retries=3 install -y -qq --no-install-recommends /tmp/gramdesk.deb > "$root.apt.log" 2>&1 \
  || { tail -20 "$root.apt.log"; fail "the package did not install"; }

for f in /usr/bin/gramdesk /usr/bin/gramdesk-cli /usr/share/applications/gramdesk.desktop \
         /usr/share/metainfo/in.gov.gramdesk.GramDesk.metainfo.xml /usr/share/icons/hicolor/scalable/apps/gramdesk.svg \
         /usr/share/icons/hicolor/128x128/apps/gramdesk.png; do
  [ -f "$root$f" ] || fail "$f is not installed"
done
grep -q '^Exec=gramdesk' "$root/usr/share/applications/gramdesk.desktop" || fail "the menu entry does not start gramdesk"

echo "deb-check: gramdesk-cli in the clean system"
in_root gramdesk-cli --version
in_root env GRAMDESK_PASSWORD=demo1234 gramdesk-cli --book /root/demo.gramdesk demo --years 1 > /dev/null
in_root env GRAMDESK_PASSWORD=demo1234 gramdesk-cli --book /root/demo.gramdesk --user admin verify
in_root env GRAMDESK_PASSWORD=demo1234 gramdesk-cli --book /root/demo.gramdesk --user admin report monthly --month 2026-10 --pdf /root/october.pdf
[ -s "$root/root/october.pdf" ] && head -c 5 "$root/root/october.pdf" | grep -q '%PDF-' || fail "no monthly report PDF"

echo "deb-check: gramdesk starts on the book"
if [ -n "${DISPLAY:-}" ] && [ -d /tmp/.X11-unix ]; then
  mkdir -p "$root/tmp/.X11-unix"
  mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
  platform="DISPLAY=$DISPLAY"
else
  platform="QT_QPA_PLATFORM=offscreen"
fi
set +e
in_root mkdir -p -m 700 /root/run
in_root env "$platform" XDG_RUNTIME_DIR=/root/run timeout "${GRAMDESK_DEB_SECONDS:-10}" gramdesk --book /root/demo.gramdesk > "$root.run.log" 2>&1
status=$?
set -e
cat "$root.run.log"
# timeout's 124: still running when stopped, that is, started and waiting at the login.
[ "$status" -eq 124 ] || fail "gramdesk ended with status $status instead of running"
if grep -Eq 'error while loading shared libraries|Could not load the Qt platform plugin|could not find or load' "$root.run.log"; then
  fail "gramdesk could not load what it needs"
fi
echo "deb-check: the package installs on a clean Debian 12 and GramDesk starts there"
