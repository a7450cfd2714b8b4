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
    "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/plugins/imageformats/qsvg.dll",
    "PySide6/Qt/translations/qtbase_de.qm", "libpython3.11.so.1.0", "cryptography/x.so",
    "sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so", "libxcb-cursor.so.0",
    "libxcb-icccm.so.4", "libX11-xcb.so.1", "libz.so.1", "libffi.so.8",
    "PySide6/Qt/lib/libQt6DBus.so.6", "resources/i18n/legato_desk_de.qm",
    "pillow.libs/libxcb-9065bb12.so.1.1.0", "resources/legato-desk.svg",
    "pillow-13.0.0.dist-info/licenses/LICENSE",
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
    "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/plugins/imageformats/qjpeg.dll",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-egldevice-integration.so",
    "PySide6/Qt/translations/qt_help_de.qm", "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/opengl32sw.dll",
    # left to the target system (SYSTEM_LIBRARIES)
    "libstdc++.so.6", "libgcc_s.so.1", "libglib-2.0.so.0", "libfontconfig.so.1",
    "libfreetype.so.6", "libX11.so.6", "libxkbcommon.so.0", "libdbus-1.so.3",
    "libsystemd.so.0", "libzstd.so.1",
    "pillow-13.0.0.dist-info/sboms/pillow-13.0.0.cdx.json",
    "PySide6/QtDBus.abi3.so", "resources/i18n/legato_desk_pseudo.qm",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6", "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
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
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libxcb-image.so.0", "/usr/lib/libxcb-image.so.0", "BINARY"),
        ("libpango-1.0.so.0", "/usr/lib/libpango-1.0.so.0", "BINARY"),
    ]
    links = {"/src/QtGui.abi3.so": ["libQt6XcbQpa.so.6"],
             "/src/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0"],
             "/usr/lib/libxcb-cursor.so.0": ["libxcb-image.so.0"],
             "/src/libqgtk3.so": ["libpango-1.0.so.0", "libQt6XcbQpa.so.6"]}
    kept = bundle.prune(entries, lambda e: e[2] == "EXTENSION" or "/" in e[0],
                        lambda source: links.get(source, []))
    assert [e[0] for e in kept] == ["PySide6/QtGui.abi3.so", "PySide6/Qt/lib/libQt6XcbQpa.so.6",
                                    "libxcb-cursor.so.0", "libxcb-image.so.0"]


def test_prune_leaves_the_desktop_libraries_to_the_system_even_when_needed():
    entries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libfontconfig.so.1", "/usr/lib/libfontconfig.so.1", "BINARY"),
        ("libexpat.so.1", "/usr/lib/libexpat.so.1", "BINARY"),
        ("libstdc++.so.6", "/usr/lib/libstdc++.so.6", "BINARY"),
        ("libz.so.1", "/usr/lib/libz.so.1", "BINARY"),
    ]
    # ldd's lists are transitive: Qt "needs" expat through fontconfig.
    needs = ["libQt6Gui.so.6", "libfontconfig.so.1", "libexpat.so.1", "libstdc++.so.6",
             "libz.so.1"]
    kept = bundle.prune(entries, lambda e: "/" in e[0], lambda source: needs)
    assert [e[0] for e in kept] == ["PySide6/QtGui.abi3.so", "PySide6/Qt/lib/libQt6Gui.so.6",
                                    "libz.so.1"]


def test_pillow_keeps_the_image_formats_a_pdf_can_carry():
    import PIL

    plugins = {p.name.removesuffix("ImagePlugin.py")
               for p in Path(PIL.__file__).parent.glob("*ImagePlugin.py")}
    excluded = {name.removeprefix("PIL.").removesuffix("ImagePlugin")
                for name in bundle.EXCLUDED_MODULES if name.endswith("ImagePlugin")}
    assert set(bundle.PIL_PLUGINS_KEPT) <= plugins
    assert not excluded & set(bundle.PIL_PLUGINS_KEPT)
    # a plugin a new Pillow adds is decided on here, not silently bundled
    assert plugins - excluded - set(bundle.PIL_PLUGINS_KEPT) == set()


def test_no_module_the_bundle_leaves_out_is_imported_by_the_app():
    excluded = {name for name in bundle.EXCLUDED_MODULES
                if not name.startswith(("PySide6.", "PIL.", "Py"))}
    imports = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)
    found = set()
    for source in (ROOT / "legato_desk").rglob("*.py"):
        for name in imports.findall(source.read_text(encoding="utf-8")):
            if any(name == x or name.startswith(f"{x}.") for x in excluded):
                found.add(f"{source.relative_to(ROOT)}: {name}")
        if "ProcessPoolExecutor" in source.read_text(encoding="utf-8"):
            found.add(f"{source.relative_to(ROOT)}: ProcessPoolExecutor (multiprocessing)")
    assert not found, f"the bundle excludes what these import: {sorted(found)}"


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


icu = _load("icu_data")


def _cnv(max_bytes: int) -> bytes:
    """A .cnv item: a 32-byte data header, then UConverterStaticData."""
    header = (32).to_bytes(2, "little") + b"\xda\x27" + b"\0" * 28
    return header + b"\0" * (4 + 60 + 4) + bytes([0, 2, 1, max_bytes]) + b"\0" * 40


@pytest.mark.parametrize("name", [
    "icudt73l/root.res", "icudt73l/de.res", "icudt73l/de_AT.res", "icudt73l/coll/de.res",
    "icudt73l/coll/root.res", "icudt73l/coll/ucadata.icu", "icudt73l/coll/tr.res",
    "icudt73l/zone/de.res", "icudt73l/zone/root.res", "icudt73l/zone/pool.res",
    "icudt73l/region/en_GB.res", "icudt73l/res_index.res", "icudt73l/coll/res_index.res",
    "icudt73l/zoneinfo64.res", "icudt73l/metaZones.res", "icudt73l/timezoneTypes.res",
    "icudt73l/supplementalData.res", "icudt73l/cnvalias.icu", "icudt73l/nfkc.nrm",
    "icudt73l/pool.res", "icudt73l/coll/de__PHONEBOOK.res",
])
def test_icu_data_qtcore_reads_is_kept(name):
    assert bundle.keep_icu_item(name, b"")


@pytest.mark.parametrize("name", [
    "icudt73l/brkitr/cjdict.dict", "icudt73l/brkitr/de.res", "icudt73l/unit/de.res",
    "icudt73l/curr/de.res", "icudt73l/lang/de.res", "icudt73l/translit/root.res",
    "icudt73l/rbnf/de.res", "icudt73l/ja.res", "icudt73l/coll/zh.res", "icudt73l/zone/fr.res",
    "icudt73l/coll/es__TRADITIONAL.res", "icudt73l/sr_Latn_RS.res",
    "icudt73l/unames.icu", "icudt73l/confusables.cfu", "icudt73l/uts46.nrm",
    "icudt73l/rfc3491.spp",
])
def test_icu_data_qtcore_never_reads_is_dropped(name):
    assert not bundle.keep_icu_item(name, b"")


def test_icu_converters_keep_single_byte_code_pages_only():
    assert bundle.keep_icu_item("icudt73l/ibm-5348_P100-1997.cnv", _cnv(1))  # windows-1252
    assert not bundle.keep_icu_item("icudt73l/ibm-943_P15A-2003.cnv", _cnv(2))  # Shift_JIS


def test_an_icu_package_survives_reading_filtering_and_writing():
    items = [(f"icudt73l/{name}", bytes([n]) * (n * 7 + 1))
             for n, name in enumerate(["a.res", "coll/root.res", "de.res", "zz.res"], start=1)]
    header = (32).to_bytes(2, "little") + b"\xda\x27" + b"\x14\0\0\0" + b"\0\0\x02\0" + b"CmnD"
    header += b"\0" * (32 - len(header))
    package = icu.write_package(header, items)
    # An item read back carries its padding to 16 bytes, as in ICU's own packages.
    assert [(name, item.rstrip(b"\0")) for name, item in icu.read_package(package)[1]] == items
    smaller = icu.write_package(header, [items[0], items[2]])
    _header, kept = icu.read_package(smaller)
    assert [name for name, _ in kept] == ["icudt73l/a.res", "icudt73l/de.res"]
    assert all(package.index(item) % 16 == 0 for _, item in items)  # ICU aligns items


def test_the_smoke_test_flags_what_else_the_rules_keep_out():
    built = ["_internal/PySide6/Qt/translations/qtbase_de.qm",
             "_internal/PySide6/Qt/translations/qtbase_fr.qm",
             "_internal/PySide6/Qt/translations/qt_help_de.qm",
             "_internal/reportlab-5.1.0.dist-info/METADATA",
             "_internal/reportlab-5.1.0.dist-info/RECORD",
             "_internal/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
             "_internal/python3.11/lib-dynload/_tkinter.cpython-311-x86_64-linux-gnu.so",
             "_internal/_tcl_data/init.tcl", "_internal/PIL/_imaging.cpython-311-x86_64-linux-gnu.so",
             "_internal/PIL/_webp.cpython-311-x86_64-linux-gnu.so",
             "_internal/legato_desk/i18n/legato_de.qm",
             "_internal/PySide6/Qt/plugins/imageformats/libqsvg.so",
             "_internal/PySide6/Qt/plugins/imageformats/libqjpeg.so",
             "_internal/libstdc++.so.6", "_internal/libxcb-cursor.so.0",
             "_internal/python3.11/lib-dynload/_codecs_jp.cpython-311-x86_64-linux-gnu.so",
             "_internal/python3.11/lib-dynload/_sqlite3.cpython-311-x86_64-linux-gnu.so",
             "_internal/sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so",
             "_internal/pillow-13.0.0.dist-info/sboms/auditwheel.cdx.json"]
    assert bundle.forbidden_in(built) == [
        "_internal/PIL/_webp.cpython-311-x86_64-linux-gnu.so",
        "_internal/PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "_internal/PySide6/Qt/translations/qt_help_de.qm",
        "_internal/PySide6/Qt/translations/qtbase_fr.qm",
        "_internal/_tcl_data/init.tcl",
        "_internal/libstdc++.so.6",
        "_internal/pillow-13.0.0.dist-info/sboms/auditwheel.cdx.json",
        "_internal/python3.11/lib-dynload/_codecs_jp.cpython-311-x86_64-linux-gnu.so",
        "_internal/python3.11/lib-dynload/_sqlite3.cpython-311-x86_64-linux-gnu.so",
        "_internal/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
        "_internal/python3.11/lib-dynload/_tkinter.cpython-311-x86_64-linux-gnu.so",
        "_internal/reportlab-5.1.0.dist-info/RECORD"]


def test_pip_records_stay_out_and_metadata_stays_in():
    assert not bundle.keep("reportlab-5.1.0.dist-info/RECORD")
    assert bundle.keep("reportlab-5.1.0.dist-info/METADATA")
    assert bundle.keep("reportlab-5.1.0.dist-info/licenses/LICENSE")


squeezer = _load("elf_squeeze")


def _elf_with_hole(hole: int) -> bytes:
    """A 64-bit ELF: a LOAD at 0, a LOAD after `hole` zero bytes, section headers at the end."""
    import struct
    PAGE = 4096
    ehdr = bytearray(64)
    ehdr[:6] = b"\x7fELF\x02\x01"
    first, second = PAGE, PAGE + hole  # file offsets of the two segments' data
    shoff = second + PAGE
    struct.pack_into("<QQ", ehdr, 0x20, 64, shoff)
    struct.pack_into("<HHHH", ehdr, 0x36, 56, 2, 64, 2)
    phdrs = struct.pack("<IIQQQQQQ", 1, 5, 0, 0, 0, first + 16, first + 16, 0x200000)
    phdrs += struct.pack("<IIQQQQQQ", 1, 6, second, 0x400000 + second, 0x400000 + second,
                         16, 16, 0x200000)
    data = bytearray(shoff + 128)
    data[:64], data[64:64 + len(phdrs)] = ehdr, phdrs
    data[first:first + 16], data[second:second + 16] = b"A" * 16, b"B" * 16
    data[shoff:shoff + 64] = struct.pack("<IIQQQQ", 0, 1, 2, 0, first, 16) + bytes(24)
    data[shoff + 64:] = struct.pack("<IIQQQQ", 0, 1, 2, 0x400000 + second, second, 16) + bytes(24)
    return bytes(data)


def test_elf_squeeze_cuts_whole_pages_of_the_hole_and_moves_what_follows():
    import struct
    original = _elf_with_hole(2 << 20)
    smaller = squeezer.squeeze(original)
    shoff = struct.unpack_from("<Q", smaller, 0x28)[0]
    moved = struct.unpack_from("<Q", smaller, 64 + 56 + 8)[0]  # second segment's p_offset
    assert smaller[moved:moved + 16] == b"B" * 16
    assert (moved - (0x400000 + 4096 + (2 << 20))) % 4096 == 0  # offset = vaddr mod page
    assert struct.unpack_from("<Q", smaller, shoff + 64 + 24)[0] == moved  # its section
    assert struct.unpack_from("<Q", smaller, 64 + 48)[0] == 4096  # p_align: a page
    assert len(smaller) == 3 * 4096 + 128  # the hole less its last partial page
    assert squeezer.squeeze(smaller) is None  # nothing left to cut
    assert squeezer.squeeze(_elf_with_hole(64 << 10)) is None  # a small hole stays
