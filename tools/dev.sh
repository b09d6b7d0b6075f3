#!/usr/bin/env bash
# RevAlign developer entry point. Two commands for a newcomer:
#   tools/dev.sh run    install packages, build, create the demo store if none, start the app
#   tools/dev.sh test   install packages, build, run every test through CTest
#   tools/dev.sh package  install packages, build, write build/revalign_<version>_amd64.deb
# Both are idempotent: with everything installed and built they only re-check.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${RA_BUILD_DIR:-$ROOT/build}
# ccache keys on relative paths below the checkout, so a fresh clone reuses the cache.
export CCACHE_BASEDIR="$ROOT"

PACKAGES=(cmake ninja-build ccache g++ pkg-config
          qt6-base-dev libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libgl-dev libboost-date-time-dev libsqlite3-dev sqlite3 libcsv-dev
          poppler-utils xvfb xauth clang
          qt6-svg-dev fonts-noto-cjk help2man file dpkg-dev lintian desktop-file-utils appstream tzdata
          postgresql libpq-dev)

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The team-store tests start a throw-away PostgreSQL server, which refuses to
# run as root: as root it runs as this unprivileged user.
PG_TEST_USER=revalign-pg
ensure_pg_test_user() {
    [ "$(id -u)" -ne 0 ] && return 0
    id -u "$PG_TEST_USER" >/dev/null 2>&1 && return 0
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_TEST_USER"
}

build() {
    if [ ! -f "$BUILD/build.ninja" ]; then
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
    fi
    cmake --build "$BUILD" -j"$(nproc)"
}

case "${1:-}" in
run)
    install_packages
    build
    DB="${RA_DEMO_DB:-$HOME/.local/share/RevAlign/revalign.db}"
    if [ ! -f "$DB" ]; then
        echo "Creating the demo store at $DB"
        "$BUILD/app/revalign" demo --db "$DB"
    fi
    exec "$BUILD/app/revalign" --db "$DB"
    ;;
test)
    install_packages
    ensure_pg_test_user
    build
    status=0
    (cd "$BUILD" && ctest --output-on-failure -j"$(nproc)" --timeout 600) | tee "$BUILD/ctest-summary.log" || status=1
    # Sanitizer build of the core tests and bounded fuzzing (RA_SKIP_EXTRA=1 skips).
    if [ "${RA_SKIP_EXTRA:-0}" != 1 ]; then
        "$ROOT/tools/ci-extra.sh" || status=1
    fi
    # Repeat the main suite's closing line last, so it is what a reader sees.
    summary=$(grep -E '^[0-9]+% tests passed' "$BUILD/ctest-summary.log" | tail -1)
    if [[ $summary =~ ([0-9]+)\ tests\ failed\ out\ of\ ([0-9]+) ]]; then
        failed=${BASH_REMATCH[1]}
        echo "ctest: $((BASH_REMATCH[2] - failed)) passed, $failed failed"
        [ "$failed" -eq 0 ] || status=1
    else
        echo "ctest: no summary line found"
        status=1
    fi
    exit $status
    ;;
package)
    install_packages
    build
    (cd "$BUILD" && cpack -G DEB)
    ;;
*)
    echo "usage: tools/dev.sh run|test|package" >&2
    exit 2
    ;;
esac
