"""The Linux menu entry and icon, and finding resources/ from source and bundle."""

import configparser
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from legato_desk import paths

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "legato-desk.desktop"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_installed_command_with_the_shipped_icon():
    entry = _entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"] in scripts and entry["TryExec"] == entry["Exec"]
    assert (ROOT / "resources" / f"{entry['Icon']}.svg").is_file()
    assert entry["Categories"].endswith(";") and entry["Name"] == "legato-desk"
    assert entry["Comment[de]"] and entry["GenericName[de]"]  # the office works in German too
    # The window is matched to its menu entry by this class / Wayland app id.
    assert entry["StartupWMClass"] == "legato-desk"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"),
                    reason="desktop-file-validate not installed (apt: desktop-file-utils)")
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_resources_are_found_in_the_source_tree():
    assert paths.resources_dir() == ROOT / "resources"
    assert (paths.RESOURCES / "legato-desk.svg").is_file()
    assert (paths.RESOURCES / "licenses" / "SQLCipher.txt").is_file()


def test_resources_are_found_in_a_frozen_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.resources_dir() == tmp_path / "_internal" / "resources"


def test_install_script_makes_a_menu_entry_that_points_into_the_bundle(tmp_path):
    bundle = tmp_path / "opt" / "legato desk"  # a space, as in many real folders
    (bundle / "_internal" / "resources").mkdir(parents=True)
    for name in ("legato-desk.desktop", "legato-desk.svg"):
        shutil.copy(ROOT / "resources" / name, bundle / "_internal" / "resources" / name)
    shutil.copy(ROOT / "packaging" / "install.sh", bundle / "install.sh")
    (bundle / "legato-desk").write_text("#!/bin/sh\n")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"),
           "XDG_DATA_HOME": str(tmp_path / "home" / "share")}
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True,
                   capture_output=True)
    menu = tmp_path / "home" / "share" / "applications" / "legato-desk.desktop"
    assert f'Exec="{bundle}/legato-desk"' in menu.read_text()
    assert (tmp_path / "home" / ".local" / "bin" / "legato-desk").resolve() \
        == bundle / "legato-desk"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(menu)], capture_output=True,
                                text=True)
        assert result.stdout == "", result.stdout
    subprocess.run(["sh", str(bundle / "install.sh"), "--uninstall"], env=env, check=True,
                   capture_output=True)
    assert not menu.exists() and bundle.exists()
