"""Shared test setup: offscreen Qt, isolated user folders, real vaults in tmp_path.

Every test runs with HOME, the XDG folders and TMPDIR pointed into its own
tmp_path, so nothing a test does can reach (or be confused with) real user
data, and the no-plaintext checks can grep exactly the folders the app used.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from legato_desk.paths import AppPaths  # noqa: E402
from legato_desk.vault import Vault  # noqa: E402
from legato_desk.vault.keys import KdfParams  # noqa: E402

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "violet kettle under seven bridges"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Let background tasks finish before any fixture closes a vault under them."""
    workers = sys.modules.get("legato_desk.ui.workers")
    if workers is not None:
        assert workers.wait_for_all(timeout=30), "a background task did not finish"
    return (yield)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    home = tmp_path / "home"
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                      ("XDG_STATE_HOME", ".local/state")):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return home


@pytest.fixture
def kdf() -> KdfParams:
    """Cheap Argon2id parameters: real cipher, fast tests."""
    return KdfParams.cheap_for_tests()


@pytest.fixture
def app_paths(tmp_path) -> AppPaths:
    return AppPaths.under(tmp_path / "app")


@pytest.fixture
def vault_dir(tmp_path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir, kdf):
    v, _recovery = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    yield v
    v.close()


@pytest.fixture
def vault_with_recovery(vault_dir, kdf):
    v, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    yield v, recovery
    v.close()


@pytest.fixture
def speak(qapp):
    """Install a language for one test; English without translators afterwards."""
    from PySide6.QtCore import QLocale

    from legato_desk.ui import i18n

    default = QLocale()

    def install(language: str) -> None:
        i18n.install(qapp, None, override=language)

    yield install
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    i18n._state.language = "en"
    QLocale.setDefault(default)
