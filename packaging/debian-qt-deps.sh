#!/usr/bin/env bash
# The Debian/Ubuntu libraries PySide6 (Qt 6) needs to start, plus the tools the tests use
# (xvfb for a virtual screen, poppler-utils to read PDFs back, the desktop-file, AppStream and
# shared-mime-info validators for the packaging tests). Installs them when run as
# root; otherwise names them so a user can install them.
set -euo pipefail
PACKAGES=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxrender1 libxi6 libsm6 libice6 fonts-dejavu-core
  xvfb xauth poppler-utils desktop-file-utils appstream shared-mime-info
)
if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "note: not a Debian-like system; make sure Qt 6's X11/EGL libraries are installed" >&2
  exit 0
fi
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "installing Qt's system libraries: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Qt needs these Debian packages; install them with:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
