"""Shared set-up: a scratch folder, the machine description."""

from __future__ import annotations

import os
from pathlib import Path

PASSPHRASE = "amber lantern over quiet fields 42"
PROJECT_ROOT = Path(__file__).resolve().parents[1]


def filesystem_of(path: Path) -> str:
    """The mount point and file system type holding ``path`` (Linux), for fsync context."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return "unknown file system"
    path = Path(path).resolve()
    best = ("", "unknown")
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount, fstype = parts[1], parts[2]
        if (str(path) == mount or str(path).startswith(mount.rstrip("/") + "/")) \
                and len(mount) > len(best[0]):
            best = (mount, fstype)
    return f"{best[1]} (mounted at {best[0] or '?'})"


def child_env(home: Path) -> dict[str, str]:
    """Environment for child processes: user folders isolated under ``home``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                      ("XDG_STATE_HOME", ".local/state")):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    return env


def with_bytecode(env: dict[str, str], cache: Path) -> dict[str, str]:
    """``env`` for children that run from compiled bytecode, as an installed app does.

    pip compiles a package's .pyc files at install and PyInstaller bundles
    bytecode, so a counsellor's start never compiles legato_desk from source.
    A machine with PYTHONDONTWRITEBYTECODE set would (about 12 ms per start).
    The .pyc files go to ``cache`` (PYTHONPYCACHEPREFIX), never into the source
    tree; the first child run fills it.
    """
    env = dict(env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cache.mkdir(parents=True, exist_ok=True)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def scaled(repeat: int) -> int:
    """``repeat``, or a handful when BENCH_QUICK is set (the smoke run in make test)."""
    return max(2, repeat // 10) if os.environ.get("BENCH_QUICK") else repeat


def large_case_vault(scratch: Path, name: str = "large-vault"):
    """A vault (cheap KDF: unlocking is not what is measured) holding the large case.

    Generating it takes half a minute, so it is made once per run and each
    figure gets its own copy of the closed vault folder.
    """
    from legato_desk.largecase import LargeCaseSize, generate_large_case

    size = LargeCaseSize(persons=60, ties=150, snapshots=3, sessions=60,
                         safeguarding=10) if os.environ.get("BENCH_QUICK") else LargeCaseSize()
    vault = _copy_of_master(scratch, "large-case-master", name,
                            lambda v: generate_large_case(v, size=size))
    case = next(c for c in vault.cases.list() if c.pseudonym == "L.")
    return vault, case


def _copy_of_master(scratch: Path, master_name: str, name: str, fill):
    """Make the master vault once per run (``fill`` writes it), open a fresh copy."""
    import shutil

    from legato_desk.vault import Vault
    from legato_desk.vault.keys import KdfParams

    master = scratch / master_name
    if not master.exists():
        vault, _recovery = Vault.create(master, PASSPHRASE, kdf=KdfParams.cheap_for_tests())
        try:
            fill(vault)
        finally:
            vault.close()
    shutil.copytree(master, scratch / name)
    return Vault.open(scratch / name, PASSPHRASE)


def search_vault(scratch: Path, name: str = "search-vault"):
    """A vault of 200 light cases (``largecase.generate_search_vault``: 100
    records each, 20,000 notes), made once per run like the large case; each
    figure gets its own copy. Returns the open vault and its cases."""
    from legato_desk.largecase import SearchVaultSize, generate_search_vault

    size = (SearchVaultSize(cases=6, sessions=20) if os.environ.get("BENCH_QUICK")
            else SearchVaultSize())
    vault = _copy_of_master(scratch, "search-vault-master", name,
                            lambda v: generate_search_vault(v, size=size))
    return vault, vault.cases.list()
