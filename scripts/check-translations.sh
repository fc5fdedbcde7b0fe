#!/usr/bin/env bash
# Fails when the sources hold strings the committed translations do not have (new or changed
# tr() texts), when a translation is unfinished, or when a .ts file keeps strings the sources no
# longer use. Runs lupdate with the options of translations/CMakeLists.txt on copies, so the
# working tree is never changed. Fix with `ninja -C build update_translations`, then translate
# the entries Qt Linguist marks as unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" \
        "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            lupdate=$candidate
            break
        fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "check-translations: lupdate not found (install qt6-l10n-tools)" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same sources and options as translations/CMakeLists.txt, in a fixed order.
find app bridge storage widgets -type f \( -name '*.cpp' -o -name '*.h' \) | LC_ALL=C sort \
    >"$work/sources.txt"
options=(-no-obsolete -locations none -silent)

status=0
for committed in translations/calldock_*.ts; do
    name=$(basename "$committed")
    cp "$committed" "$work/$name"
    extra=()
    if [ "$name" = calldock_en.ts ]; then
        # English is the source language: its catalogue holds only plural forms.
        extra=(-pluralonly)
    fi
    "$lupdate" "${options[@]}" "${extra[@]}" "@$work/sources.txt" -ts "$work/$name"
    if ! python3 - "$committed" "$work/$name" <<'PY'; then
import sys
import xml.etree.ElementTree as ET

def messages(path):
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            translation = message.find("translation")
            found[key] = translation.get("type") if translation is not None else "unfinished"
    return found

committed, updated = messages(sys.argv[1]), messages(sys.argv[2])
problems = []
for key in sorted(set(updated) - set(committed)):
    problems.append(("new", key))
for key in sorted(set(committed) - set(updated)):
    problems.append(("no longer in the sources", key))
for key, state in sorted(updated.items()):
    if key in committed and state in ("unfinished", "vanished", "obsolete"):
        problems.append((state, key))
if problems:
    print(f"{sys.argv[1]}:")
for state, (context, source, comment) in problems:
    note = f" ({comment})" if comment else ""
    print(f"  {state}: [{context}] {source!r}{note}")
sys.exit(1 if problems else 0)
PY
        status=1
    fi
done
if [ "$status" -ne 0 ]; then
    echo "check-translations: update the .ts files (ninja update_translations) and translate" \
        "the new entries" >&2
else
    echo "translations: $(ls translations/calldock_*.ts | wc -l) catalogues complete and up to date"
fi
exit "$status"
