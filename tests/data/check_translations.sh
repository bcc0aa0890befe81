#!/bin/sh
# Fails when a user-visible string in the sources has no finished Hindi translation in gramdesk_hi.ts.
set -eu
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/gramdesk_hi.ts" "$tmp/gramdesk_hi.ts"
"$lupdate" -locations none -no-obsolete -silent "$src/core" "$src/ui" "$src/app" -ts "$tmp/gramdesk_hi.ts"
missing=$(grep -c 'type="unfinished"' "$tmp/gramdesk_hi.ts" || true)
if [ "$missing" -ne 0 ]; then
  echo "gramdesk_hi.ts lacks $missing Hindi translations (run the update_translations target and translate them):"
  grep -B3 'type="unfinished"' "$tmp/gramdesk_hi.ts" | grep '<source>' | head -20
  exit 1
fi
for ts in "$src"/translations/*.ts; do
  if grep -q '<numerusform></numerusform>' "$ts"; then
    echo "$(basename "$ts") has an empty plural form (fill every <numerusform>):"
    grep -B4 '<numerusform></numerusform>' "$ts" | grep '<source>' | head -10
    exit 1
  fi
done
if ! cmp -s "$tmp/gramdesk_hi.ts" "$src/translations/gramdesk_hi.ts"; then
  echo "gramdesk_hi.ts is out of date with the sources: run the update_translations target."
  diff "$src/translations/gramdesk_hi.ts" "$tmp/gramdesk_hi.ts" | head -20
  exit 1
fi
echo "every message has its Hindi"
