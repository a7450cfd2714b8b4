"""What the frozen bundle may contain: one rule, read by the spec and the tests.

The app uses QtCore, QtGui, QtWidgets and QtSvg (and reportlab for PDFs).
PyInstaller's Qt hooks collect far more: every plugin family, QtNetwork (with
its TLS and network-information plugins), OpenGL, EGL device integrations and
~100 translation catalogues. ``keep(dest)`` decides for each file by its path
inside the bundle, for Linux, Windows and macOS names alike; ``prune`` then
drops the system libraries that only the removed files needed.

Adding a screen that imports another Qt module: add it to QT_MODULES (and
tests/packaging/test_bundle_contents.py will remind you if you forget).

This folder has no __init__.py on purpose: a package named ``packaging``
would shadow the PyPI ``packaging`` library. Import this file by path.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

# Python bindings the bundle carries (what legato_desk imports).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg")
# Qt libraries beyond those: the X11 platform support, and QtDBus: libQt6Gui
# links it (Qt's accessibility bridge, AT-SPI, talks D-Bus, a local bus). Its
# Python binding (PySide6.QtDBus) stays out: nothing imports it, only
# PyInstaller's QtGui hook adds it because the library is linked.
# No Wayland (libQt6WaylandClient and its plugins, 1.5 MB): Qt tries the
# platforms "wayland;xcb" in turn, so on a Wayland session the app runs through
# XWayland, which GNOME and KDE start for X11 apps (packaging/README.md).
QT_PLATFORM_LIBRARIES = ("XcbQpa", "DBus")

# Plugins by folder, by name without "lib" prefix and file extension.
PLUGINS = {
    "platforms": {"qoffscreen", "qxcb", "qwindows", "qcocoa"},
    # PNG is built into QtGui; the app reads and writes no JPEG (nor TIFF, WebP ...).
    "imageformats": {"qsvg"},
    "iconengines": {"qsvgicon"},
    # Windows and macOS draw their native look through style plugins.
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
    # Dead keys and compose sequences (é, ñ, ç ...) on X11.
    "platforminputcontexts": {"composeplatforminputcontextplugin"},
}
# Qt's own strings (dialog buttons, context menus) for the German UI.
TRANSLATIONS = {"qtbase_de.qm"}
# Windows: Qt's software OpenGL fallback (~20 MB); a widgets app draws without GL.
# The pseudo locale (packaging/i18n.py) is a developer's check of layouts and
# untranslated strings (`--language pseudo`, not offered in Settings); in the
# bundle that option falls back to English, as for a missing catalogue.
DROPPED = {"opengl32sw.dll", "legato_desk_pseudo.qm"}

# Linux libraries that PyInstaller copies from the build machine but that the
# target desktop's own copies serve better. Every supported desktop (Debian 12+,
# Ubuntu 24.04+, Fedora 37+) installs them, the PySide6 wheel itself leaves them
# all to the system (it bundles none), and a build machine's older copy loaded in
# their place breaks what the system loads beside it. Listed with what only they
# link (PyInstaller's dependency lists are transitive). libxcb and libwayland-*
# PyInstaller already leaves out; the xcb helper libraries (libxcb-cursor,
# -icccm, -keysyms ...) stay bundled: desktops often lack them.
SYSTEM_LIBRARIES = {
    # The C++ runtime (the manylinux policy lets every wheel assume it): an older
    # bundled libstdc++ makes a system library loaded later (Mesa's GL driver,
    # an input method) fail with "GLIBCXX_3.4.3x not found". Qt needs <= 3.4.29;
    # Debian 12 has 3.4.30.
    "libstdc++.so.6", "libgcc_s.so.1",
    # GLib (manylinux) for QtCore's event loop, with its regex library.
    "libglib-2.0.so.0", "libgthread-2.0.so.0", "libpcre2-8.so.0",
    # libX11 (manylinux) and what the system's libxcb links (X11 auth).
    "libX11.so.6", "libXau.so.6", "libXdmcp.so.6", "libbsd.so.0", "libmd.so.0",
    # Fonts: a bundled fontconfig parses the host's /etc/fonts, which may be newer
    # than it understands (PyInstaller's classic "Fontconfig error", no fonts);
    # freetype pairs with it; png, brotli and expat only they link here.
    "libfontconfig.so.1", "libfreetype.so.6", "libpng16.so.16", "libbrotlidec.so.1",
    "libbrotlicommon.so.1", "libexpat.so.1",
    # Keyboard: xkbcommon reads the host's keymaps and compose tables (dead keys).
    "libxkbcommon.so.0", "libxkbcommon-x11.so.0",
    # D-Bus (libQt6DBus links libdbus-1): every desktop session runs a bus and
    # has its library; libdbus-1 links libsystemd and that its crypto/compression.
    "libdbus-1.so.3", "libsystemd.so.0", "libgcrypt.so.20", "libgpg-error.so.0",
    "liblz4.so.1", "libcap.so.2",
    # zstd (QtCore links it) and xz: apt/dpkg and rpm link them, so every system has them.
    "libzstd.so.1", "liblzma.so.5",
}

# ICU data (Linux: libicudata, 32 MB; packaging/icu_data.py says what QtCore
# uses of it). Trees QtCore never reads: break iterators, units, currencies,
# language names, transliteration, spelled-out numbers.
ICU_DROPPED_TREES = {"brkitr", "unit", "curr", "lang", "translit", "rbnf"}
# Top-level items of services QtCore never calls (no u_charName, usprep_, uspoof_
# or uidna_ in its imports): character names, StringPrep profiles, spoof
# detection, IDNA (QUrl has its own).
ICU_DROPPED_ITEMS = {"unames.icu", "confusables.cfu", "uts46.nrm"}
# Locale data (collation order, time-zone names) for the UI's languages and the
# ones counsellors' desktops most likely run in; others fall back to ICU's root.
ICU_LANGUAGES = {"de", "en", "tr", "ru", "uk", "pl", "ar", "fa"}
# "de.res", "de_AT.res", "sr_Latn_RS.res", "de__PHONEBOOK.res" (an alias).
_ICU_LOCALE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")

# Python modules PyInstaller must not even analyse: the unused Qt bindings
# (so their libraries and hooks never come in) and stdlib/dev-only weight.
EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in (
        "QtNetwork", "QtNetworkAuth", "QtQml", "QtQuick", "QtQuickControls2",
        "QtQuickWidgets", "QtQuickTest", "QtQuick3D", "QtWebEngineCore",
        "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets",
        "QtOpenGL", "QtOpenGLWidgets", "QtPrintSupport", "QtSql", "QtTest", "QtXml",
        "QtConcurrent", "QtDesigner", "QtHelp", "QtUiTools", "QtSvgWidgets",
        "QtMultimedia", "QtPdf", "QtBluetooth", "QtPositioning", "QtSerialPort",
        "QtLabsStyleKit", "QtQmlFeatures", "QtDBus")),
    "PyQt5", "PyQt6", "PySide2", "tkinter", "_tkinter", "pytest", "hypothesis",
    "IPython", "pydoc_data", "lib2to3", "idlelib", "readline",
    # No TLS in an offline app, and no third OpenSSL: without these the stdlib
    # falls back to its built-in hashes (sha256, blake2 ...), which is all we use.
    "ssl", "_ssl", "_hashlib",
    # reportlab needs Pillow's core (PNG/JPEG into PDFs), not AVIF/WebP, colour
    # management, its own fonts, or its bridges to Tk/Qt.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
    "PIL.ImageCms", "PIL._imagingcms", "PIL.ImageFont", "PIL._imagingft",
    "PIL.ImageTk", "PIL._imagingtk", "PIL.ImageQt", "PIL.ImageShow",
    # Image formats beyond PNG, JPEG, GIF, BMP, TIFF, PPM (PIL_PLUGINS_KEPT):
    # Pillow imports each plugin inside try/except ImportError.
    *(f"PIL.{name}ImagePlugin" for name in (
        "Blp", "BufrStub", "Cur", "Dcx", "Dds", "Eps", "Fits", "Fli", "Fpx", "Ftex",
        "Gbr", "GribStub", "Hdf5Stub", "Icns", "Ico", "Im", "Imt", "Iptc", "Jpeg2K",
        "McIdas", "Mic", "Mpeg", "Msp", "Palm", "Pcd", "Pcx", "Pdf", "Pixar", "Psd",
        "Qoi", "Sgi", "Spider", "Sun", "Tga", "Wmf", "XVThumb", "Xbm", "Xpm")),
    # security.md: vault files are opened only through sqlcipher3, never the
    # stdlib's plaintext sqlite3 (sqlcipher3's own module is sqlcipher3._sqlite3).
    "sqlite3", "_sqlite3",
    # Nothing the app, reportlab, pypdf or Pillow runs imports these; PyInstaller
    # finds them only through test and debugging helpers (doctest in reportlab's
    # `__main__` blocks, unittest.async_case -> asyncio, pydoc/xmlrpc.server ->
    # http.server, ProcessPoolExecutor -> multiprocessing, never created here).
    "asyncio", "multiprocessing", "concurrent.futures.process", "unittest", "doctest",
    "pdb", "pydoc", "xmlrpc", "http.server",
    # urllib.request (reportlab imports it) and shutil import these inside the
    # functions for cookies, FTP URLs and tar archives, none of which an offline
    # app with vault files and PDFs meets.
    "http.cookiejar", "ftplib", "netrc", "tarfile",
    # reportlab.lib.rparsexml's smartDecode (RML, not platypus) is the only user.
    "charset_normalizer",
    # decimal falls back to the pure-Python _pydecimal (same results): pypdf parses
    # XMP dates with it, nothing does arithmetic in bulk.
    "_decimal",
    # shutil, zipfile and tarfile import these inside try/except ImportError; no
    # archive the app reads or writes is bzip2/xz (the vault transfer uses zlib).
    "bz2", "_bz2", "lzma", "_lzma",
    # The East Asian multi-byte codecs (Shift_JIS, GB18030, Big5, EUC-*): as for
    # ICU's converters, opening one fails as for an unknown encoding name.
    "_multibytecodec", "_codecs_jp", "_codecs_kr", "_codecs_cn", "_codecs_tw",
    "_codecs_hk", "_codecs_iso2022",
]

# What reportlab can put into a PDF (drawImage, platypus Image) as Pillow reads it.
PIL_PLUGINS_KEPT = ("Png", "Jpeg", "Mpo", "Gif", "Bmp", "Tiff", "Ppm")

_PYTHON_BINDING = re.compile(r"^PySide6/(Qt\w+)\.(?:abi3\.so|pyd)$")
# libQt6Core.so.6, Qt6Core.dll, QtCore.framework/...
_QT_LIBRARY = re.compile(r"^(?:lib)?Qt6?(\w+?)(?:\.so(?:\.\d+)*|\.dll|\.framework|\.dylib)$")


def _plugin_name(filename: str) -> str:
    name = filename.split(".")[0]
    return name[3:] if name.startswith("lib") else name


def keep(dest: str) -> bool:
    """Whether a file at ``dest`` (relative to the bundle's data folder) belongs."""
    path = PurePosixPath(dest.replace("\\", "/"))
    parts = path.parts
    if path.name in DROPPED:
        return False
    if len(parts) == 1 and path.name in SYSTEM_LIBRARIES:
        return False
    if parts[0].endswith(".dist-info") and (path.name == "RECORD" or "sboms" in parts):
        # pip's install manifest (0.4 MB) and the wheels' software bills of
        # materials (0.6 MB); Help > About reads METADATA and the licences.
        return False
    binding = _PYTHON_BINDING.match(path.as_posix())
    if binding:
        return binding.group(1) in QT_MODULES
    if "plugins" in parts and parts[0] == "PySide6":
        rest = parts[parts.index("plugins") + 1:]
        if len(rest) < 2:
            return False
        return _plugin_name(rest[-1]) in PLUGINS.get(rest[0], ())
    if "translations" in parts and parts[0] == "PySide6":
        return path.name in TRANSLATIONS
    if parts[0] in ("PySide6", "shiboken6") or len(parts) == 1:
        for part in parts:
            library = _QT_LIBRARY.match(part)
            if library:
                name = library.group(1)
                return f"Qt{name}" in QT_MODULES or name in QT_PLATFORM_LIBRARIES
    return True


def keep_icu_item(name: str, item: bytes) -> bool:
    """Whether an item of ICU's data package ("icudt73l/coll/de.res") stays."""
    _package, *tree, item_name = name.split("/")
    if tree and tree[0] in ICU_DROPPED_TREES:
        return False
    if not tree and (item_name in ICU_DROPPED_ITEMS or item_name.endswith(".spp")):
        return False
    if item_name.endswith(".cnv"):
        return _single_byte_code_page(item)
    locale = _ICU_LOCALE.match(item_name)
    if locale and item_name not in ("root.res", "res_index.res"):
        return locale.group(1) in ICU_LANGUAGES
    return True  # root, pool, res_index, time-zone tables, aliases, properties


def _single_byte_code_page(cnv: bytes) -> bool:
    """A .cnv table (UConverterStaticData after the data header) of one byte per character."""
    header_size = int.from_bytes(cnv[:2], "little")
    # structSize(4) name(60) codepage(4) platform, conversionType, minBytes (1 each), maxBytes
    return cnv[header_size + 4 + 60 + 4 + 3] == 1


def prune(binaries, is_root, needs):
    """Keep what ``keep`` allows, then only the libraries something kept needs.

    ``binaries`` are (dest, source, typecode) entries; ``is_root(entry)`` says
    which are wanted for their own sake (extension modules, Qt's own libraries
    and plugins); ``needs(source)`` lists the library names a binary links to.
    A kept binary that needs a removed Qt library is a mistake in the rules
    above, so it raises rather than build a bundle that cannot start.
    """
    allowed = [entry for entry in binaries if keep(entry[0])]
    removed = {PurePosixPath(dest).name for dest, _src, _kind in binaries if not keep(dest)}
    by_name = {PurePosixPath(entry[0]).name: entry for entry in allowed}
    wanted, todo = {}, [entry for entry in allowed if is_root(entry)]
    while todo:
        entry = todo.pop()
        if entry[0] in wanted:
            continue
        wanted[entry[0]] = entry
        for name in needs(entry[1]):
            base = PurePosixPath(name).name
            if base in by_name:
                todo.append(by_name[base])
            elif base in removed and _QT_LIBRARY.match(base):
                raise ValueError(f"{entry[0]} needs {base}, which the bundle rules remove")
    return [entry for entry in allowed if entry[0] in wanted]


def forbidden_in(files) -> list[str]:
    """Files of a built bundle that the rules should have kept out (for the smoke test)."""
    pattern = re.compile(r"Qt6?(Network|Qml|Quick|WebEngine|OpenGL|Pdf|Multimedia|Wayland)"
                         r"|/(tls|networkinformation|egldeviceintegrations|wayland-[\w-]+)/"
                         r"|/imageformats/(?!(lib)?qsvg\.)"
                         r"|/translations/(?!qtbase_de\.qm$)"  # Qt's catalogues but German
                         r"|\.dist-info/RECORD$"
                         r"|\.dist-info/sboms/"
                         r"|(^|/)(_tkinter|_ssl|_hashlib)\.|(^|/)_?(tcl|tk)(\d|_data|/)"
                         r"|/lib-dynload/(_sqlite3|_decimal|_bz2|_lzma|_multibytecodec"
                         r"|_codecs_\w+|_asyncio|_multiprocessing)\."
                         r"|(^|/)libsqlite3\.|/charset_normalizer/"
                         r"|/legato_desk_pseudo\.qm$|/PySide6/QtDBus\.(abi3\.so|pyd)$"
                         r"|/PIL/_(avif|webp|imagingcms|imagingft|imagingtk)\.")
    return sorted(f for f in files
                  if pattern.search(f) or PurePosixPath(f).name in SYSTEM_LIBRARIES)
