#!/usr/bin/env bash
# The standalone Linux build: a folder (dist/claim-workbench/) and an archive
# (dist/claim-workbench-VERSION-linux-ARCH.tar.gz) that run without Python installed.
#
#   bash packaging/build-linux.sh && bash packaging/smoke-test-linux.sh
#
# Builds in its own venv (build/linux-venv: the project, not editable, plus PyInstaller), so the
# development venv stays as it is. Slow (minutes on 2 cores): not part of .ci/run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
dist="${DIST:-$root/dist}"
venv="$root/build/linux-venv"
cd "$root"
start=$SECONDS

[ -x "$venv/bin/python" ] || "$PYTHON" -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
"$venv/bin/python" -m pip install -q --disable-pip-version-check "$root" "pyinstaller>=6.10,<7"
version="$("$venv/bin/python" -c 'import workbench; print(workbench.__version__)')"

"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$root/build/pyinstaller" packaging/claim-workbench.spec
archive="$dist/claim-workbench-$version-linux-$(uname -m).tar.gz"
tar -C "$dist" -czf "$archive" claim-workbench
echo "build-linux: $dist/claim-workbench ($(du -sh "$dist/claim-workbench" | cut -f1)), $archive ($(du -h "$archive" | cut -f1)) in $((SECONDS - start)) s"
