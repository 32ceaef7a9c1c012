#!/usr/bin/env bash
# Desktop integration into a prefix: the launcher (.desktop), the AppStream metainfo, the project
# file type (shared-mime-info) and the icon in the hicolor theme, then the desktop caches.
#
#   bash packaging/install-desktop.sh                     # into ~/.local (after `pip install --user .`)
#   bash packaging/install-desktop.sh /usr/local          # system-wide (as root)
#   EXEC=/opt/claim-workbench/claim-workbench bash packaging/install-desktop.sh   # the standalone build
#
# EXEC replaces the launcher's `workbench-gui` (default: found on PATH when the launcher runs).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${1:-$HOME/.local}"
id="io.github.claimworkbench.ClaimWorkbench"
share="$prefix/share"
icon="$here/../workbench/resources/icons/app.svg"

install -d "$share/applications" "$share/metainfo" "$share/mime/packages" "$share/icons/hicolor/scalable/apps"
if [ -n "${EXEC:-}" ]; then
    # Exec quotes the path (it may hold spaces); TryExec takes it as it is.
    sed -e "s|^Exec=workbench-gui |Exec=\"$EXEC\" |" -e "s|^TryExec=.*|TryExec=$EXEC|" \
        "$here/$id.desktop" > "$share/applications/$id.desktop"
    chmod 644 "$share/applications/$id.desktop"
else
    install -m 644 "$here/$id.desktop" "$share/applications/$id.desktop"
fi
install -m 644 "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -m 644 "$here/$id.mime.xml" "$share/mime/packages/$id.xml"
install -m 644 "$icon" "$share/icons/hicolor/scalable/apps/$id.svg"

# The caches: each tool is optional (a desktop rebuilds them at login anyway).
if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime"; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$share/applications"; fi
if command -v gtk-update-icon-cache >/dev/null && [ -f "$share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true
fi
echo "install-desktop: $id installed under $share"
