"""Where files live. Tests build an AppPaths of their own under tmp_path."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from legato_desk import APP_NAME


def resources_dir() -> Path:
    """The read-only resources/ folder: icon, .desktop file, licence texts.

    From the source tree it sits beside the package; in a PyInstaller bundle
    the spec puts it at the top of the bundle's data folder (sys._MEIPASS).
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES = resources_dir()


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path     # default home of the vault
    config_dir: Path   # settings.ini: window geometry, language, vault path only
    log_dir: Path      # content-free error log

    @property
    def default_vault_dir(self) -> Path:
        return self.data_dir / "vault"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "errors.log"

    @classmethod
    def for_user(cls) -> "AppPaths":
        import platformdirs

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> "AppPaths":
        root = Path(root)
        return cls(root / "data", root / "config", root / "log")
