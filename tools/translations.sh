#!/usr/bin/env bash
# The Swedish and Chinese translations (resources/translations/*.ts).
#   tools/translations.sh update   lupdate: add new source strings (unfinished), drop removed ones
#   tools/translations.sh check    fail on any unfinished, vanished or obsolete entry
#                                  (run by CTest as translations_complete)
# After `update`, translate the entries lupdate marked unfinished (Qt Linguist,
# or by hand in the .ts) with the terms of docs/translations.md, then `check`.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
[ -x "$LUPDATE" ] || { echo "lupdate not found (package qt6-l10n-tools)" >&2; exit 1; }
TS=(resources/translations/revalign_sv.ts resources/translations/revalign_zh_CN.ts)
# No source locations in the .ts: they change with every edit elsewhere and
# would make each merge a conflict; the context and the text identify a string.
run_lupdate() {
    local opts=()
    [ "${1:-}" = -no-obsolete ] && { opts=(-no-obsolete); shift; }
    "$LUPDATE" -silent -locations none "${opts[@]}" -extensions cpp,h app ui models -ts "$@"
}

case "${1:-}" in
update)
    run_lupdate -no-obsolete "${TS[@]}"
    ;;
check)
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    status=0
    for ts in "${TS[@]}"; do
        copy="$tmp/$(basename "$ts")"
        cp "$ts" "$copy"
        run_lupdate "$copy"
        if ! cmp -s "$ts" "$copy"; then
            echo "$ts is not what lupdate writes for the current sources (run tools/translations.sh update):"
            diff -u "$ts" "$copy" | head -40
            status=1
        fi
        bad=$(grep -c -E 'type="(unfinished|vanished|obsolete)"' "$copy" || true)
        if [ "$bad" -ne 0 ]; then
            echo "$ts: $bad unfinished, vanished or obsolete entries:"
            grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$copy" | grep '<source>' | head -20
            status=1
        fi
    done
    [ $status -eq 0 ] && echo "translations complete: ${TS[*]}"
    exit $status
    ;;
*)
    echo "usage: tools/translations.sh update|check" >&2
    exit 2
    ;;
esac
