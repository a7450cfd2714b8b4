"""The promises of shared/docs/security.md that can be checked from outside.

(a) no plaintext on disk: marker strings saved in the vault appear in no file
    the app could have written (vault, sidecars, backups, TMPDIR, HOME);
(b) no network: a scripted session under ``strace -f -e trace=network`` opens
    no AF_INET/AF_INET6 socket;
(c) no network modules: importing the app never loads QtNetwork & co.;
(d) layering: ``lint-imports`` passes;
(e) no stderr noise: failed opens print nothing on stderr.

Each check has a positive control that shows the probe would see the problem.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from legato_desk.vault import Vault
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

PROJECT_ROOT = Path(__file__).resolve().parents[1]
STRACE = shutil.which("strace") or ("/usr/bin/strace" if Path("/usr/bin/strace").exists() else None)


def child_env(**extra: str) -> dict[str, str]:
    """This test's isolated environment, with the project importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def run_python(code: str, *, timeout: float = 120, wrapper: list[str] | None = None,
               **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*(wrapper or []), sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True, text=True, env=child_env(**env), timeout=timeout,
        cwd=os.environ.get("TMPDIR"),
    )


# -- (a) no plaintext on disk --------------------------------------------------------

def needles(secret: str | bytes) -> list[bytes]:
    if isinstance(secret, bytes):
        return [secret]
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]


def scan(files: list[Path], secrets_: list[str | bytes]) -> list[tuple[str, str]]:
    """(file, secret) for every secret found in any of its encodings."""
    hits = []
    for path in files:
        data = path.read_bytes()
        for secret in secrets_:
            if any(n in data for n in needles(secret)):
                hits.append((str(path), secret if isinstance(secret, str) else secret.hex()))
    return hits


def files_under(*roots: Path) -> list[Path]:
    found: set[Path] = set()
    for root in roots:
        if root.is_file():
            found.add(root)
        elif root.is_dir():
            found.update(p for p in root.rglob("*") if p.is_file())
    return sorted(found)


def test_scan_finds_markers_in_an_unkeyed_database(tmp_path_factory):
    """Positive control: the same probe sees plaintext in a database without a key."""
    import sqlcipher3.dbapi2 as sqlcipher

    folder = tmp_path_factory.mktemp("plain")
    marker = f"MARKER-{secrets.token_hex(8)}"
    conn = sqlcipher.connect(str(folder / "plain.db"), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (a TEXT, b BLOB)")
    conn.execute("INSERT INTO t VALUES (?, ?)", (marker, f"x{marker}y".encode("utf-16-le")))
    files = files_under(folder)
    assert {p.name for p in files} >= {"plain.db", "plain.db-wal"}
    hits = scan(files, [marker])
    conn.close()
    assert hits, "the scanner failed to see a plaintext marker"


def test_no_plaintext_anywhere_while_open_and_after_close(tmp_path, vault_dir, kdf,
                                                          isolated_user_dirs):
    token = secrets.token_hex(8)
    pseudonym_marker = f"MARKER-p-{token}"
    summary_marker = f"MARKER-s-{token}"
    renamed_marker = f"MARKER-r-{token}"
    unicode_marker = f"Märker-ü-{token}-Ωμέγα"

    vault, recovery_key = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    data_key = vault._key
    try:
        for i in range(25):
            case = vault.cases.create(f"{pseudonym_marker}-{i}")
            vault.cases.set_summary(
                case.id, f"{summary_marker} {unicode_marker} note {i} " + "lorem " * 200)
        first = vault.cases.list()[-1]
        vault.cases.rename(first.id, renamed_marker)
        vault.cases.rename(first.id, "A.")  # the old value lingered in freed pages
        vault.cases.list()
        backup = vault.backup()

        sensitive: list[str | bytes] = [
            pseudonym_marker, summary_marker, renamed_marker, unicode_marker,
            token, PASSPHRASE, recovery_key, recovery_key.replace("-", ""),
            data_key, data_key.hex(), data_key.hex().upper(),
        ]
        # The vault really holds the markers (or the check below proves nothing).
        assert any(c.pseudonym.startswith(pseudonym_marker) for c in vault.cases.list())

        wal = vault_dir / "vault.db-wal"
        shm = vault_dir / "vault.db-shm"
        assert wal.exists() and wal.stat().st_size > 0, "expected a live WAL while open"
        assert shm.exists()

        roots = [vault_dir, Path(os.environ["TMPDIR"]), isolated_user_dirs,
                 Path(os.environ["XDG_CONFIG_HOME"]), Path(os.environ["XDG_DATA_HOME"]),
                 Path(os.environ["XDG_CACHE_HOME"]), tmp_path]
        files = files_under(*roots)
        names = {str(p.relative_to(vault_dir)) for p in files if vault_dir in p.parents}
        assert {"vault.db", "vault.db-wal", "vault.db-shm", "vault.header",
                f"backups/{backup.name}/vault.db",
                f"backups/{backup.name}/vault.header"} <= names, names
        assert scan(files, sensitive) == []
    finally:
        vault.close()

    files = files_under(vault_dir, tmp_path, isolated_user_dirs)
    assert any(p.name == "vault.db" for p in files)
    assert scan(files, sensitive) == []


# -- (b) no network: strace ------------------------------------------------------------

SOCKET_CALL = re.compile(r"\b(socket|socketpair)\((AF_\w+|PF_\w+|\d+)")
INET_ADDRESS = re.compile(r"sa_family=AF_INET6?\b")


def trace_network(tmp_path: Path, code: str) -> tuple[subprocess.CompletedProcess, dict]:
    log = tmp_path / "strace.log"
    result = run_python(code, wrapper=[STRACE, "-f", "-e", "trace=network", "-o", str(log)],
                        timeout=300)
    calls: dict[str, list[str]] = {"inet": [], "unix": [], "other": []}
    for line in log.read_text(errors="replace").splitlines():
        match = SOCKET_CALL.search(line)
        if match:
            family = match.group(2)
            if family in ("AF_INET", "AF_INET6", "PF_INET", "PF_INET6", "2", "10"):
                calls["inet"].append(line)
            elif family in ("AF_UNIX", "AF_LOCAL", "PF_UNIX", "PF_LOCAL", "1"):
                calls["unix"].append(line)
            else:
                calls["other"].append(line)
        elif INET_ADDRESS.search(line):
            calls["inet"].append(line)
    return result, calls


needs_strace = pytest.mark.skipif(STRACE is None, reason="strace is not installed "
                                  "(apt-get install strace) - cannot trace syscalls")


@needs_strace
def test_strace_probe_sees_an_inet_socket(tmp_path):
    """Positive control: a child that makes (but never uses) an AF_INET socket is caught."""
    result, calls = trace_network(tmp_path, """
        import socket
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()
        print("done")
    """)
    assert result.returncode == 0, result.stderr
    assert calls["inet"], "the strace parser missed an AF_INET socket"


SESSION = """
    import sys, tempfile
    from pathlib import Path
    from legato_desk.vault import Vault
    from legato_desk.vault.keys import KdfParams
    from legato_desk.paths import AppPaths

    root = Path(tempfile.mkdtemp(prefix="session-"))
    vault, _ = Vault.create(root / "vault", {passphrase!r}, kdf=KdfParams.cheap_for_tests())
    for i in range(10):
        case = vault.cases.create(f"Case {{i}}")
        vault.cases.set_summary(case.id, "a session note " * 50)
        vault.cases.rename(case.id, f"Renamed {{i}}")
    vault.backup()
    vault.close()
    Vault.open(root / "vault", {passphrase!r}).close()

    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
    app = QApplication(sys.argv)
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.addWidget(QLabel("Unlock"))
    layout.addWidget(QLineEdit())
    widget.show()
    app.processEvents()
    shown = ["QWidget"]

    try:
        from legato_desk.app import build_start_window
    except ImportError:
        build_start_window = None
    if build_start_window is not None:
        window = build_start_window(AppPaths.under(root / "app"), root / "vault")
        window.show()
        app.processEvents()
        shown.append(type(window).__name__)
        window.close()
    widget.close()
    app.processEvents()
    print("done", ",".join(shown))
"""


@needs_strace
def test_a_scripted_session_opens_no_inet_socket(tmp_path, record_property):
    result, calls = trace_network(tmp_path, SESSION.format(passphrase=PASSPHRASE))

    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("done"), result.stdout
    record_property("windows_shown", result.stdout.strip())
    record_property("af_unix_sockets", len(calls["unix"]))
    print(f"{result.stdout.strip()}; AF_UNIX sockets (allowed): {len(calls['unix'])}")
    for line in calls["unix"] + calls["other"]:
        print("  ", line)
    assert calls["inet"] == []
    assert calls["other"] == [], "unexpected socket family (netlink, packet...)"


# -- (c) no network modules -------------------------------------------------------------

FORBIDDEN_QT = [
    "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtWebSockets", "PySide6.QtWebChannel",
]

IMPORT_PROBE = """
    import importlib, importlib.util, json, sys
    required = ["legato_desk.__main__", "legato_desk.cli", "legato_desk.vault",
                "legato_desk.demo"] + {extra!r}
    optional = ["legato_desk.app", "legato_desk.ui.main_window"]
    imported = []
    for name in required:
        importlib.import_module(name)
        imported.append(name)
    for name in optional:
        try:
            found = importlib.util.find_spec(name) is not None
        except ModuleNotFoundError:
            found = False
        if found:
            importlib.import_module(name)
            imported.append(name)
    loaded = sorted(m for m in {forbidden!r} if m in sys.modules)
    print(json.dumps({{"imported": imported, "forbidden_loaded": loaded,
                       "qt_loaded": sorted(m for m in sys.modules if m.startswith("PySide6."))}}))
"""


def import_probe(extra: list[str] = ()) -> dict:
    result = run_python(IMPORT_PROBE.format(extra=list(extra), forbidden=FORBIDDEN_QT))
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_import_probe_sees_a_network_module():
    """Positive control: importing QtNetwork would be reported."""
    report = import_probe(["PySide6.QtNetwork"])
    assert report["forbidden_loaded"] == ["PySide6.QtNetwork"]


def test_importing_the_app_loads_no_network_modules():
    report = import_probe()
    print("imported:", report["imported"], "qt:", report["qt_loaded"])
    assert {"legato_desk.__main__", "legato_desk.cli", "legato_desk.vault",
            "legato_desk.demo"} <= set(report["imported"])
    assert report["forbidden_loaded"] == []


# -- (d) layering ------------------------------------------------------------------------

def test_import_layers_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    assert lint.exists(), f"{lint} missing: pip install -e '.[test]'"
    result = subprocess.run([str(lint), "--no-cache"], capture_output=True, text=True,
                            cwd=PROJECT_ROOT, env=child_env(), timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "Contracts: " in result.stdout and " 0 broken" in result.stdout, result.stdout


# -- (e) no stderr noise ------------------------------------------------------------------

@pytest.fixture
def damaged_copy(tmp_path, vault_dir, kdf) -> tuple[Path, Path]:
    """A good closed vault and a copy of it with one byte flipped mid-file."""
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    for i in range(40):
        vault.cases.set_summary(vault.cases.create(f"C{i}").id, "words " * 150)
    vault.close()
    damaged = tmp_path / "damaged"
    shutil.copytree(vault_dir, damaged)
    db = damaged / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))
    return vault_dir, damaged


OPEN_PROBE = """
    import sys
    {prelude}
    from legato_desk.vault import Vault
    from legato_desk.errors import KnownError
    try:
        Vault.{method}(*{args!r}).close()
    except KnownError as exc:
        print(type(exc).__name__)
    else:
        print("opened")
"""


@pytest.mark.parametrize("which, method, args, expected", [
    ("good", "open", (OTHER_PASSPHRASE,), "WrongPassphrase"),
    ("good", "recover", ("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", OTHER_PASSPHRASE),
     "WrongRecoveryKey"),
    ("damaged", "open", (PASSPHRASE,), "VaultDamaged"),
])
def test_failed_opens_print_nothing_on_stderr(damaged_copy, which, method, args, expected):
    good, damaged = damaged_copy
    folder = good if which == "good" else damaged
    result = run_python(OPEN_PROBE.format(prelude="", method=method,
                                          args=(str(folder), *args)))
    assert result.stdout.strip() == expected, result.stderr
    assert result.stderr == ""


def test_stderr_probe_sees_sqlcipher_logging(damaged_copy):
    """Positive control: with SQLCipher logging on, the damaged open is noisy."""
    _good, damaged = damaged_copy
    prelude = """
    import sqlcipher3.dbapi2 as s
    s.connect(":memory:").execute("PRAGMA cipher_log_level = WARN").fetchall()
    import legato_desk.vault.connection as c
    real = c.connect
    def noisy(*a, **k):
        conn = real(*a, **k)
        conn.execute("PRAGMA cipher_log_level = WARN").fetchall()
        return conn
    c.connect = noisy
    """
    result = run_python(OPEN_PROBE.format(prelude=textwrap.dedent(prelude).replace(
        "\n", "\n    "), method="open", args=(str(damaged), PASSPHRASE)))
    assert result.stdout.strip() == "VaultDamaged", result.stderr
    assert "hmac check failed" in result.stderr
