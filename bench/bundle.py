"""Figure: size of the frozen one-folder bundle (target ≤ 100 MB, Linux; issue 17).

Reports ``dist/legato-desk`` as `make bundle` left it (it builds nothing:
building takes minutes), with its largest parts, so a change that pulls in
a new Qt module or library shows up here. Sizes are bytes on disk / 10^6.
"""

from __future__ import annotations

from pathlib import Path

from bench.common import PROJECT_ROOT

TARGET_MB = 100  # second round (issue 17); the first was 120
BUNDLE = PROJECT_ROOT / "dist" / "legato-desk"


def _size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def parts(bundle: Path) -> list[tuple[str, int]]:
    """The bundle's size split into the parts worth naming, largest first."""
    internal = bundle / "_internal"
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    named = {
        "ICU (needed by QtCore)": sorted(qt_lib.glob("libicu*")),
        "Qt libraries": [p for p in qt_lib.glob("libQt6*")],
        "Qt plugins + translations": [internal / "PySide6" / "Qt" / "plugins",
                                      internal / "PySide6" / "Qt" / "translations"],
        "PySide6 bindings": sorted((internal / "PySide6").glob("*.so*")),
        "cryptography (with OpenSSL)": [internal / "cryptography"],
        "sqlcipher3 (SQLCipher + OpenSSL)": [internal / "sqlcipher3"],
        "Pillow (for reportlab)": [internal / "PIL", internal / "pillow.libs"],
        "Python": sorted(internal.glob("libpython*")) + [internal / "python3.11",
                                                        internal / "base_library.zip"],
    }
    sizes = {name: sum(_size(p) for p in paths if p.exists()) for name, paths in named.items()}
    sizes["everything else"] = _size(bundle) - sum(sizes.values())
    return sorted(sizes.items(), key=lambda item: -item[1])


def run(_scratch: Path, bundle: Path = BUNDLE) -> None:
    print("\nbundle size (frozen one-folder app, target ≤ "
          f"{TARGET_MB} MB; a naive PyInstaller build ≈ 200 MB)")
    if not (bundle / "legato-desk").exists():
        print(f"  not measured: no bundle in {bundle} (run `make bundle` first)")
        return
    total = _size(bundle)
    shown = bundle.relative_to(PROJECT_ROOT) if bundle.is_relative_to(PROJECT_ROOT) else bundle
    print(f"  {shown}: {total / 1e6:.1f} MB = {total / 2**20:.1f} MiB "
          f"({total / 1e6 / TARGET_MB:.2f} x target)")
    for name, size in parts(bundle):
        print(f"    {size / 1e6:6.1f} MB  {name}")
