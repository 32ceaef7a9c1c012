#!/usr/bin/env bash
# Smoke test of the standalone Linux build: unpack the archive into a temp folder, start the binary
# offscreen with --screenshot and an empty home, with no Python on PATH and no PYTHON* variables,
# and check the PNG (a PNG, not empty, the window's size).
#
#   bash packaging/smoke-test-linux.sh [dist/claim-workbench-VERSION-linux-ARCH.tar.gz]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
archive="${1:-$(ls -t "$root"/dist/claim-workbench-*-linux-*.tar.gz 2>/dev/null | head -1)}"
[ -f "$archive" ] || { echo "smoke-test: no archive; run packaging/build-linux.sh first" >&2; exit 1; }
tmp="$(mktemp -d "${TMPDIR:-/tmp}/smoke-test.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
tar -C "$tmp" -xzf "$archive"
mkdir "$tmp/home" "$tmp/work"
cd "$tmp/work"

start=$SECONDS
env -i PATH=/usr/bin:/bin HOME="$tmp/home" WORKBENCH_HOME="$tmp/home/wb" QT_QPA_PLATFORM=offscreen \
    "$tmp/claim-workbench/claim-workbench" --screenshot "$tmp/work/shot.png" >"$tmp/out.log" 2>&1 \
    || { cat "$tmp/out.log" >&2; echo "smoke-test: FAILED: the binary exited with an error" >&2; exit 1; }
seconds=$((SECONDS - start))
[ -s shot.png ] || { cat "$tmp/out.log" >&2; echo "smoke-test: FAILED: no screenshot" >&2; exit 1; }
# Read the PNG header with od: the check must not need Python either.
signature="$(od -An -tx1 -N8 shot.png | tr -d ' \n')"
[ "$signature" = "89504e470d0a1a0a" ] || { echo "smoke-test: FAILED: shot.png is no PNG" >&2; exit 1; }
width=$((16#$(od -An -tx1 -j16 -N4 shot.png | tr -d ' \n')))
height=$((16#$(od -An -tx1 -j20 -N4 shot.png | tr -d ' \n')))
[ "$width" = 1480 ] && [ "$height" = 920 ] \
    || { echo "smoke-test: FAILED: shot.png is ${width}x${height}, not 1480x920" >&2; exit 1; }
echo "smoke-test: $(basename "$archive"): screenshot ${width}x${height}, $(stat -c %s shot.png) bytes, in ${seconds} s"
