#!/usr/bin/env bash
# Compares the KPI output of two revalign builds on one store: every KPI of
# `kpis --json` and of `trend --json` (all keys) over a matrix of periods,
# grains, filters and as_of values. Run it before and after a change to the
# engine; any difference is printed and the exit status is 1.
#   tools/engine-compare.sh OLD_REVALIGN NEW_REVALIGN STORE [OUT_DIR]
# The store is opened read-only (its snapshot cache may be written beside it).
# Filter values are those of the demo store (revalign demo).
set -euo pipefail
[ $# -ge 3 ] || { sed -n 2,9p "$0" >&2; exit 2; }
old=$1 new=$2 db=$3
out=${4:-$(mktemp -d)}
mkdir -p "$out/old" "$out/new"

periods=(2026-11 2026-10 2026-Q3 2025 2026-W47 2025-02-10..2025-05-03 2024-11)
filters=("" "--persona CFO" "--persona Unassigned" "--persona Founder --segment SMB" "--segment Enterprise"
         "--channel paid" "--persona CTO --channel web" "--segment SMB --channel email")
asofs=("" "--as-of 2026-03-15T12:00:00Z")
trends=("--grain month --last 24" "--grain week --last 30" "--grain quarter --last 9")

keys=$("$old" kpis --db "$db" --period 2026-11 --json |
       python3 -c 'import json,sys; print(",".join(json.load(sys.stdin)["kpis"].keys()))')

n=0
run() { # name, then the arguments
    local name=$1
    shift
    "$old" "$@" --db "$db" --json >"$out/old/$name.json"
    "$new" "$@" --db "$db" --json >"$out/new/$name.json"
    n=$((n + 1))
}
for a in "${!asofs[@]}"; do
    for f in "${!filters[@]}"; do
        for p in "${!periods[@]}"; do
            # shellcheck disable=SC2086
            run "kpis-$a-$f-$p" kpis --period "${periods[$p]}" ${filters[$f]} ${asofs[$a]}
        done
        for t in "${!trends[@]}"; do
            # shellcheck disable=SC2086
            run "trend-$a-$f-$t" trend "$keys" ${trends[$t]} ${filters[$f]} ${asofs[$a]}
        done
    done
done
for by in persona segment channel; do
    run "breakdown-$by" breakdown --period 2026-11 --by "$by"
done

if diff -r "$out/old" "$out/new" >"$out/diff.txt"; then
    echo "engine-compare: $n outputs identical ($out)"
else
    echo "engine-compare: outputs differ, see $out/diff.txt" >&2
    head -40 "$out/diff.txt" >&2
    exit 1
fi
