#!/usr/bin/env bash
# Build the one-folder Linux bundle: dist/legato-desk/ (run by `make bundle`).
# Needs the dev extra (PyInstaller) in the Python given as $PYTHON.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
rm -rf dist/legato-desk
# zlib level 9 for the modules archive (PyInstaller's default is 6): -0.06 MB.
PYINSTALLER_ZLIB_COMPRESSION_LEVEL=9 "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/legato-desk.spec
cp packaging/install.sh dist/legato-desk/install.sh
# bytes / 10^6 with the folders' own entries (`python -m bench bundle` counts files only)
echo "bundle: dist/legato-desk, $(du -sb dist/legato-desk | awk '{printf "%.1f", $1 / 1e6}') MB"
