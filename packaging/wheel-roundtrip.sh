#!/usr/bin/env bash
# The wheel is the product: build it, install it into a fresh venv in a temp folder and use the
# installed commands from there, away from the checkout (import, export, a window screenshot).
# Catches resources left out of the package data and imports that only work from the source tree.
#
#   bash packaging/wheel-roundtrip.sh            # uses python3 (PYTHON=... to choose)
#
# Fast on a second run: pip's cache holds setuptools and the dependencies' wheels. Needs no network
# but the package index (and none at all once the cache is warm).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/wheel-roundtrip.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
start=$SECONDS

step() { printf 'wheel-roundtrip: %s\n' "$*"; }
fail() { printf 'wheel-roundtrip: FAILED: %s\n' "$*" >&2; exit 1; }

step "building the wheel"
"$PYTHON" -m venv "$tmp/venv"
venv="$tmp/venv/bin"
# pip's own chatter goes to a log, shown when a step fails.
pip() { "$venv/python" -m pip --disable-pip-version-check "$@" >>"$tmp/pip.log" 2>&1 || { cat "$tmp/pip.log" >&2; fail "pip $*"; }; }
pip install -q --upgrade pip
# The build must not leave build/ or *.egg-info in the checkout: build from a copy of the tracked files.
mkdir "$tmp/src"
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
    (cd "$root" && git ls-files -z --cached --others --exclude-standard \
        | tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -C "$tmp/src" -xf -
else
    cp -a "$root/." "$tmp/src/"
fi
pip wheel -v --no-deps -w "$tmp/dist" "$tmp/src"  # -v: the build backend's warnings reach the log
if grep -i "deprecat" "$tmp/pip.log"; then
    fail "the build printed a deprecation warning"
fi
wheel="$(ls "$tmp"/dist/*.whl)"
resources=$("$venv/python" -c "import sys, zipfile; print(sum(n.startswith('workbench/resources/') for n in zipfile.ZipFile(sys.argv[1]).namelist()))" "$wheel")
[ "$resources" -ge 10 ] || fail "the wheel carries only $resources resource files"
step "$(basename "$wheel"): $resources resource files"

step "installing it into a fresh venv"
pip install "$wheel"

# Away from the checkout, with an empty home: nothing may come from the source tree.
mkdir "$tmp/work" "$tmp/home"
cd "$tmp/work"
export WORKBENCH_HOME="$tmp/home" QT_QPA_PLATFORM=offscreen
unset PYTHONPATH
"$venv/python" -c "import workbench, sys; sys.exit(0 if workbench.__file__.startswith(sys.argv[1]) else 1)" "$tmp/venv" \
    || fail "workbench is not imported from the venv"

version="$("$venv/workbench" --version)"
step "$version"
[ "$version" = "workbench $("$venv/python" -c 'import workbench; print(workbench.__version__)')" ] || fail "--version"
"$venv/workbench-gui" --version >/dev/null || fail "workbench-gui --version"

cat > article.txt <<'EOF'
Border crossing reopens after three days

BAGHDAD, March 3 (Wire) - The Trebil border crossing between Iraq and Jordan reopened on Tuesday after a three-day closure, the Iraqi interior ministry said. About 400 trucks were waiting on the Jordanian side, according to a customs official.
EOF
"$venv/workbench" new project.wbproj >/dev/null
"$venv/workbench" import project.wbproj article.txt >/dev/null
claims="$("$venv/workbench" claims project.wbproj --json | "$venv/python" -c 'import json, sys; print(len(json.load(sys.stdin)))')"
[ "$claims" -ge 1 ] || fail "no claims extracted"
# the report lists rated facts by default: rate the trucks claim as an analyst would
trucks="$("$venv/workbench" claims project.wbproj --search "400 trucks" --json | "$venv/python" -c 'import json, sys; rows = json.load(sys.stdin); print(rows[0]["id"] if rows else "")')"
[ -n "$trucks" ] || fail "no claim about the 400 trucks"
"$venv/workbench" tag project.wbproj "$trucks" --status verified --confidence moderate >/dev/null || fail "tag"
"$venv/workbench" export project.wbproj --format html -o report.html >/dev/null
"$venv/workbench" export project.wbproj --format md -o report.md >/dev/null
grep -q "400 trucks" report.html || fail "the HTML report lacks the article's claims"
grep -q "400 trucks" report.md || fail "the Markdown report lacks the article's claims"
step "import and export: $claims claims, report.html $(wc -c < report.html) bytes"

# The sample project, built from the package data; then the project just made. Qt's offscreen chatter
# goes to a log, shown when a step fails.
"$venv/workbench" gui --screenshot shot.png >/dev/null 2>>"$tmp/gui.log" || { cat "$tmp/gui.log" >&2; fail "gui --screenshot"; }
"$venv/workbench-gui" project.wbproj --screenshot shot2.png >/dev/null 2>>"$tmp/gui.log" \
    || { cat "$tmp/gui.log" >&2; fail "workbench-gui --screenshot"; }
for png in shot.png shot2.png; do
    "$venv/python" - "$png" <<'EOF' || fail "$png is no screenshot of the window"
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert (width, height) == (1480, 920), f"{width}x{height}"
print(f"wheel-roundtrip: {sys.argv[1]}: {width}x{height}, {len(data):,} bytes")
EOF
done
step "passed in $((SECONDS - start)) s"
echo "wheel-roundtrip: 1 passed, 0 failed"
