"""The rules for what the frozen bundle holds (packaging/bundle_contents.py).

Building the bundle is too slow for `make test` (`make bundle test-bundle`
does it); these tests check the rules themselves, and that they keep up with
the Qt modules the code imports.
"""

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load("bundle_contents")


def test_every_qt_module_the_app_imports_is_bundled():
    imported = set()
    for source in (ROOT / "legato_desk").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert imported, "the scan found no Qt imports at all"
    missing = imported - set(bundle.QT_MODULES)
    assert not missing, f"add {sorted(missing)} to QT_MODULES in packaging/bundle_contents.py"
    excluded = {name.removeprefix("PySide6.") for name in bundle.EXCLUDED_MODULES}
    assert not imported & excluded


@pytest.mark.parametrize("dest", [
    "PySide6/QtCore.abi3.so", "PySide6/QtSvg.pyd", "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6XcbQpa.so.6", "PySide6/Qt/lib/libicudata.so.73",
    "PySide6/Qt6Gui.dll", "PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore",
    "libQt6Core.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib", "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/plugins/imageformats/qsvg.dll",
    "PySide6/Qt/translations/qtbase_de.qm", "libpython3.11.so.1.0", "cryptography/x.so",
    "sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so", "libxkbcommon.so.0",
    "resources/legato-desk.svg",
])
def test_what_the_app_needs_is_kept(dest):
    assert bundle.keep(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/QtNetwork.abi3.so", "PySide6/QtQml.pyd", "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6",
    "PySide6/Qt6Network.dll", "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork",
    "libQt6Network.so.6", "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-egldevice-integration.so",
    "PySide6/Qt/translations/qt_help_de.qm", "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/opengl32sw.dll",
])
def test_what_the_app_does_not_use_is_dropped(dest):
    assert not bundle.keep(dest)


def test_the_smoke_test_flags_network_and_qml_files_in_a_built_bundle():
    built = ["_internal/PySide6/QtCore.abi3.so", "_internal/PySide6/Qt/lib/libQt6Gui.so.6",
             "_internal/PySide6/Qt/lib/libQt6Network.so.6", "_internal/libQt6Qml.so.6",
             "_internal/PySide6/Qt/plugins/tls/libqcertonlybackend.so",
             "_internal/PySide6/Qt/plugins/platforms/libqxcb.so"]
    assert bundle.forbidden_in(built) == [
        "_internal/PySide6/Qt/lib/libQt6Network.so.6",
        "_internal/PySide6/Qt/plugins/tls/libqcertonlybackend.so",
        "_internal/libQt6Qml.so.6"]


def test_prune_keeps_only_the_system_libraries_something_kept_needs():
    entries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("libfontconfig.so.1", "/usr/lib/libfontconfig.so.1", "BINARY"),
        ("libexpat.so.1", "/usr/lib/libexpat.so.1", "BINARY"),
        ("libpango-1.0.so.0", "/usr/lib/libpango-1.0.so.0", "BINARY"),
    ]
    links = {"/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
             "/src/libQt6Gui.so.6": ["libfontconfig.so.1"],
             "/usr/lib/libfontconfig.so.1": ["libexpat.so.1"],
             "/src/libqgtk3.so": ["libpango-1.0.so.0", "libQt6Gui.so.6"]}
    kept = bundle.prune(entries, lambda e: e[2] == "EXTENSION" or "/" in e[0],
                        lambda source: links.get(source, []))
    assert [e[0] for e in kept] == ["PySide6/QtGui.abi3.so", "PySide6/Qt/lib/libQt6Gui.so.6",
                                    "libfontconfig.so.1", "libexpat.so.1"]


def test_prune_refuses_a_kept_binary_that_needs_a_removed_qt_library():
    entries = [("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
               ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY")]
    with pytest.raises(ValueError, match="libQt6Network"):
        bundle.prune(entries, lambda e: True, lambda source: ["libQt6Network.so.6"])


def test_the_spec_and_the_scripts_are_valid_python_and_shell():
    compile((ROOT / "packaging" / "legato-desk.spec").read_text(), "legato-desk.spec", "exec")
    smoke = _load("smoke")
    assert smoke.main  # importable without building anything
    for script in ("build.sh", "install.sh"):
        text = (ROOT / "packaging" / script).read_text()
        assert text.startswith("#!/") and "set -eu" in text


def test_the_bundle_carries_the_metadata_of_every_package_help_about_lists():
    import ast

    from legato_desk.ui.about import PACKAGES

    tree = ast.parse((ROOT / "packaging" / "legato-desk.spec").read_text())
    [shipped] = [ast.literal_eval(node.value) for node in tree.body
                 if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "METADATA"]
    assert {dist for _name, dist, _fallback in PACKAGES} <= set(shipped)
