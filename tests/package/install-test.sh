#!/usr/bin/env bash
# install-test.sh BUILD_DIR: builds the .deb with cpack, unpacks it into a
# temporary root with dpkg-deb -x and runs the unpacked program from there;
# checks the installed file list, the desktop entry, the AppStream metadata,
# the computed dependencies and lintian. A missing tool is a failure.
set -euo pipefail
BUILD=$(cd "$1" && pwd)
for tool in cpack dpkg-deb desktop-file-validate appstreamcli lintian pdfinfo; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (tools/dev.sh installs it)"; exit 1; }
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
ok() { echo "ok: $*"; }

(cd "$BUILD" && cpack -G DEB -B "$WORK/pkg" >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; fail "cpack"; }
VERSION=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD/CPackConfig.cmake")
[ -n "$VERSION" ] || fail "no CPACK_PACKAGE_VERSION in $BUILD/CPackConfig.cmake"
DEB="$WORK/pkg/revalign_${VERSION}_amd64.deb"
[ -f "$DEB" ] || fail "expected $DEB; cpack wrote: $(ls "$WORK/pkg")"
ok "built $(basename "$DEB")"

ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"
expected="./usr/bin/revalign
./usr/share/applications/org.revalign.RevAlign.desktop
./usr/share/doc/revalign/changelog.gz
./usr/share/doc/revalign/copyright
./usr/share/icons/hicolor/128x128/apps/revalign.png
./usr/share/icons/hicolor/256x256/apps/revalign.png
./usr/share/icons/hicolor/48x48/apps/revalign.png
./usr/share/icons/hicolor/scalable/apps/revalign.svg
./usr/share/man/man1/revalign.1.gz
./usr/share/metainfo/org.revalign.RevAlign.metainfo.xml"
actual=$(cd "$ROOT" && find . -type f | LC_ALL=C sort)
[ "$actual" = "$expected" ] || fail "installed files differ:
$(diff <(echo "$expected") <(echo "$actual") || true)"
ok "installed file list"
for size in 48 128 256; do
    kind=$(file "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/revalign.png")
    grep -q "PNG image data, $size x $size" <<<"$kind" || fail "the ${size} px icon is not a ${size}x${size} PNG"
done
man=$(zcat "$ROOT/usr/share/man/man1/revalign.1.gz")
grep -q '^\.SS "revalign report"' <<<"$man" || fail "man page lacks the report verb"
ok "icons and man page"

BIN="$ROOT/usr/bin/revalign"
[ "$("$BIN" --version)" = "revalign $VERSION" ] || fail "--version printed '$("$BIN" --version)'"
"$BIN" demo --db "$WORK/demo.db" --leads 2000 --end 2026-11-20 >/dev/null || fail "demo --leads 2000"
"$BIN" kpis --db "$WORK/demo.db" --period 2026-10 --json >"$WORK/kpis.json" || fail "kpis --json"
grep -q '"bookings.total"' "$WORK/kpis.json" || fail "kpis --json has no bookings.total"
"$BIN" report --db "$WORK/demo.db" --period 2026-10 --out "$WORK/report.pdf" >/dev/null || fail "report"
info=$(pdfinfo "$WORK/report.pdf")
grep -q '^Pages: *7$' <<<"$info" || fail "report is not a 7-page PDF"
# The translations are embedded in the binary: the unpacked one speaks Swedish and Chinese.
# (Output captured first: grep -q would end the pipe early, and pipefail counts that.)
sv=$("$BIN" --lang sv kpis --db "$WORK/demo.db" --period 2026-10)
grep -q 'Nettointäktsbehållning (NRR)' <<<"$sv" || fail "the installed binary has no Swedish translation"
zh=$("$BIN" --lang zh_CN kpis --db "$WORK/demo.db" --period 2026-10)
grep -q '净收入留存率（NRR）' <<<"$zh" || fail "the installed binary has no Chinese translation"
ok "the unpacked binary: --version, demo, kpis --json, report, Swedish and Chinese tables"

desktop-file-validate "$ROOT/usr/share/applications/org.revalign.RevAlign.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$ROOT/usr/share/metainfo/org.revalign.RevAlign.metainfo.xml" || fail "appstreamcli validate"
ok "desktop entry and metainfo validate"

# No placeholder domain in what a user installs (the project has no web site yet; see docs/decisions/packaging.md).
placeholders=$( (dpkg-deb -I "$DEB"; grep -rI 'example\.\(org\|com\)' "$ROOT/usr/share" || true) | grep 'example\.\(org\|com\)' || true)
[ -z "$placeholders" ] || fail "placeholder addresses in the package: $placeholders"
maintainer=$(dpkg-deb -f "$DEB" Maintainer)
ok "no placeholder addresses; Maintainer: $maintainer"

depends=$(dpkg-deb -f "$DEB" Depends)
for lib in libqt6charts6 libqt6widgets6 libsqlite3-0 libcsv3 libqt6svg6 libqt6sql6-sqlite; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
recommends=$(dpkg-deb -f "$DEB" Recommends)
grep -q fonts-noto-cjk <<<"$recommends" || fail "Recommends lacks fonts-noto-cjk"
ok "Depends: $depends"

lintian --fail-on error "$DEB" >"$WORK/lintian.log" 2>&1 || { cat "$WORK/lintian.log"; fail "lintian reports errors"; }
grep '^E:' "$WORK/lintian.log" && fail "lintian reports errors"
ok "lintian: $(grep -c '^W:' "$WORK/lintian.log" || true) warnings, no errors"
