#!/bin/sh
# Put this legato-desk folder into the current user's menu and PATH:
#   ./install.sh              command ~/.local/bin/legato-desk, menu entry, icon
#   ./install.sh --uninstall  remove those three again (never touches vaults)
# Copied into the top of the bundle by packaging/build.sh. The folder itself
# stays where you unpacked it (e.g. ~/Apps/legato-desk or /opt/legato-desk).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=${LEGATO_BIN_DIR:-$HOME/.local/bin}
MENU="$DATA/applications/legato-desk.desktop"
ICON="$DATA/icons/hicolor/scalable/apps/legato-desk.svg"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$BIN/legato-desk" "$MENU" "$ICON"
    echo "legato-desk removed from the menu; $HERE and your vaults are untouched."
    exit 0
fi

mkdir -p "$BIN" "$(dirname "$MENU")" "$(dirname "$ICON")"
ln -sf "$HERE/legato-desk" "$BIN/legato-desk"
cp "$HERE/_internal/resources/legato-desk.svg" "$ICON"
sed -e "s|^Exec=legato-desk|Exec=\"$HERE/legato-desk\"|" \
    -e "s|^TryExec=legato-desk|TryExec=$HERE/legato-desk|" \
    "$HERE/_internal/resources/legato-desk.desktop" > "$MENU"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$(dirname "$MENU")" || true
fi
echo "legato-desk installed: menu entry $MENU, command $BIN/legato-desk"
