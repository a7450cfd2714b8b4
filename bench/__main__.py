"""``python -m bench [unlock storage save startup]``: print the figures."""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path

from bench import (
    bundle,
    mapdiff,
    opencase,
    pdf,
    save,
    scale,
    sessions,
    startup,
    storage,
    unlock,
)
from bench.common import filesystem_of

FIGURES = {"unlock": unlock.run, "storage": storage.run, "save": save.run,
           "startup": startup.run, "sessions": sessions.run, "mapdiff": mapdiff.run,
           "pdf": pdf.run, "opencase": opencase.run, "scale": scale.run,
           "bundle": bundle.run}  # bundle: size of dist/legato-desk, if `make bundle` made one


def machine() -> None:
    cores = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    print(f"nproc: {usable} (os.cpu_count() = {cores})")
    print(f"python {platform.python_version()} on {platform.platform()}")
    try:
        import sqlcipher3.dbapi2 as sqlcipher

        conn = sqlcipher.connect(":memory:")
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        conn.close()
        print(f"SQLite {sqlcipher.sqlite_version}, SQLCipher {cipher[0] if cipher else '?'}")
    except Exception as exc:  # a bench reports, it does not stop
        print(f"SQLCipher: unavailable ({exc})")
    try:
        import PySide6

        print(f"PySide6 {PySide6.__version__}, QT_QPA_PLATFORM="
              f"{os.environ.get('QT_QPA_PLATFORM', '(unset)')}")
    except ImportError:
        print("PySide6: not installed")


def main(argv: list[str]) -> int:
    chosen = argv or list(FIGURES)
    unknown = [name for name in chosen if name not in FIGURES]
    if unknown:
        print(f"unknown figure(s) {unknown}; choose from {list(FIGURES)}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    machine()
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="legato-bench-") as tmp:
        scratch = Path(tmp)
        print(f"scratch folder: {scratch} on {filesystem_of(scratch)}")
        print("all figures: median and spread over repeated runs; ratios against a "
              "floor measured in this same run")
        for name in chosen:
            try:
                FIGURES[name](scratch)
            except Exception:
                print(f"\n{name}: the benchmark itself failed:")
                traceback.print_exc(file=sys.stdout)
            sys.stdout.flush()
    print(f"\nbench finished in {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
