#!/usr/bin/env bash
# Reliability checks run after the main test suite (tools/dev.sh test):
#   1. the core tests (ctest -L core) built with AddressSanitizer + UBSan,
#      without the window (RA_BUILD_UI=OFF) to keep the build short;
#   2. the tests of the import's writer thread built with ThreadSanitizer
#      (in-process tests only: TSan does not follow QProcess's fork);
#   3. every libFuzzer harness of tests/fuzz for a bounded time each, from the
#      seed corpus in tests/data/fuzz (needs clang; skipped with a notice if
#      clang is missing).
# Budget on 2 cores: cold ~20-25 min (three extra builds of ra_core), warm
# with ccache a few minutes; fuzzing 6 x RA_FUZZ_SECONDS.
# Environment: RA_JOBS (default nproc), RA_FUZZ_SECONDS (default 25),
# RA_ASAN_BUILD_DIR, RA_TSAN_BUILD_DIR, RA_FUZZ_BUILD_DIR, RA_SKIP_ASAN=1,
# RA_SKIP_TSAN=1, RA_SKIP_FUZZ=1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JOBS=${RA_JOBS:-$(nproc)}
FUZZ_SECONDS=${RA_FUZZ_SECONDS:-25}
ASAN_DIR=${RA_ASAN_BUILD_DIR:-$ROOT/build-asan}
TSAN_DIR=${RA_TSAN_BUILD_DIR:-$ROOT/build-tsan}
FUZZ_DIR=${RA_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
TSAN_TESTS=(tst_writequeue tst_rowbatch tst_keyindex tst_import tst_bundleexport)
HARNESSES=(fuzz_period fuzz_values fuzz_csvreader fuzz_tablefile fuzz_bundle fuzz_jsonexport)

step() { printf '\n== %s ==\n' "$*"; }

if [ "${RA_SKIP_ASAN:-0}" != 1 ]; then
    step "core tests with AddressSanitizer + UBSan ($ASAN_DIR)"
    if [ ! -f "$ASAN_DIR/build.ninja" ]; then
        cmake -S "$ROOT" -B "$ASAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DRA_SANITIZE=ON -DRA_BUILD_UI=OFF -DRA_BUILD_BENCH=OFF
    fi
    cmake --build "$ASAN_DIR" -j"$JOBS"
    # Leak checking stays on: a leak is a failure like any other report.
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    (cd "$ASAN_DIR" && ctest -L core --output-on-failure -j"$JOBS" --timeout 900)
    unset ASAN_OPTIONS UBSAN_OPTIONS
fi

if [ "${RA_SKIP_TSAN:-0}" != 1 ]; then
    step "import tests with ThreadSanitizer ($TSAN_DIR)"
    if [ ! -f "$TSAN_DIR/build.ninja" ]; then
        cmake -S "$ROOT" -B "$TSAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DRA_TSAN=ON -DRA_BUILD_UI=OFF -DRA_BUILD_BENCH=OFF
    fi
    cmake --build "$TSAN_DIR" -j"$JOBS" --target "${TSAN_TESTS[@]}"
    export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$ROOT/tests/tsan.supp"
    (cd "$TSAN_DIR" && ctest --output-on-failure --timeout 600 -R "^($(IFS='|'; echo "${TSAN_TESTS[*]}"))\$")
    unset TSAN_OPTIONS
fi

if [ "${RA_SKIP_FUZZ:-0}" != 1 ]; then
    step "fuzzing, ${FUZZ_SECONDS}s per harness ($FUZZ_DIR)"
    if ! command -v clang++ >/dev/null; then
        echo "clang++ not found: fuzzing skipped (apt-get install clang)"
        exit 0
    fi
    if [ ! -f "$FUZZ_DIR/build.ninja" ]; then
        CC=clang CXX=clang++ cmake -S "$ROOT" -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DRA_FUZZ=ON -DRA_BUILD_UI=OFF -DRA_BUILD_TESTS=OFF -DRA_BUILD_BENCH=OFF
    fi
    cmake --build "$FUZZ_DIR" -j"$JOBS" --target "${HARNESSES[@]}"
    failed=()
    for h in "${HARNESSES[@]}"; do
        corpus="$FUZZ_DIR/corpus/$h"
        artifacts="$FUZZ_DIR/artifacts"
        mkdir -p "$corpus" "$artifacts"
        # New inputs go to the build's corpus; the seeds in the tree stay read-only.
        if ASAN_OPTIONS="detect_leaks=0" "$FUZZ_DIR/tests/fuzz/$h" "$corpus" "$ROOT/tests/data/fuzz/${h#fuzz_}" \
            -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -artifact_prefix="$artifacts/$h-" -print_final_stats=1 >"$FUZZ_DIR/$h.log" 2>&1; then
            printf '%-16s ok   %s\n' "$h" "$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$FUZZ_DIR/$h.log" | grep -o '[0-9]*$') runs"
        else
            printf '%-16s FAILED (see %s and %s)\n' "$h" "$FUZZ_DIR/$h.log" "$artifacts"
            tail -40 "$FUZZ_DIR/$h.log"
            failed+=("$h")
        fi
    done
    if [ ${#failed[@]} -gt 0 ]; then
        echo "fuzzing found problems in: ${failed[*]}; turn each artifact into a regression test"
        exit 1
    fi
fi
echo "reliability checks passed"
