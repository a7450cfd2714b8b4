"""Smoke test of the frozen app (``make test-bundle``): does the built folder work?

    python packaging/smoke.py [dist/legato-desk]

Runs the bundle's own executable, headless (QT_QPA_PLATFORM=offscreen), with
HOME and the XDG folders in a scratch folder, and checks each step exits 0
with nothing on stderr:
  1. the bundle holds nothing the rules keep out (bundle_contents.forbidden_in);
  2. `init` creates a vault (passphrase on stdin), `check` opens it again;
  3. `demo` creates a vault and writes its two cases into it; `check` counts them;
  4. `--smoke` starts the GUI on each first window (welcome, unlock, the
     main window of the demo vault), draws it and quits; once more in German,
     which must load for both the app's texts and Qt's own buttons;
  5. install.sh puts a valid menu entry and icon into the scratch HOME.
  6. `export` writes the supervision PDF of the demo's main case (M., case 2;
     case 1 is the small release case), once plain (it must
     start with %PDF and carry the bundled font) and once AES-256 encrypted;
  7. the bundle's shrunk ICU data (Linux) still serves what QtCore asks of it:
     German and Turkish collation, German time-zone names, windows-1252;
  8. Pillow's libraries load (Linux; libXau is squeezed by elf_squeeze.py),
     and nothing the kept binaries link is missing (ldd: "not found").
"""

from __future__ import annotations

import ctypes
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_contents  # noqa: E402

ICU_DATA_MAX_MB = 8  # the wheel's libicudata is 32 MB; packaging/icu_data.py shrinks it

PASSPHRASE = "correct horse battery staple\n"
# The offscreen platform announces what it cannot do; that is Qt's, not ours.
QT_OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"


class SmokeFailed(Exception):
    pass


def run(bundle: Path, env: dict, *args: str, stdin: str = "") -> str:
    began = time.perf_counter()
    result = subprocess.run([str(bundle / "legato-desk"), *args], input=stdin, env=env,
                            capture_output=True, text=True, timeout=120)
    noise = [line for line in result.stderr.splitlines() if line != QT_OFFSCREEN_NOTE]
    print(f"  legato-desk {' '.join(args)}: exit {result.returncode}, "
          f"{time.perf_counter() - began:.1f} s")
    if result.returncode != 0 or noise:
        raise SmokeFailed(f"legato-desk {' '.join(args)} exited {result.returncode}\n"
                          f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    return result.stdout


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailed(message)


def smoke(bundle: Path) -> None:
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    expect((bundle / "legato-desk").is_file(), f"no executable in {bundle}: run `make bundle`")
    bad = bundle_contents.forbidden_in(files)
    expect(not bad, f"the bundle holds what it must not: {bad}")
    for needed in ("_internal/resources/legato-desk.svg", "_internal/resources/licenses/SQLCipher.txt",
                   "_internal/resources/python/LICENSE.txt", "install.sh"):
        expect(needed in files, f"the bundle lacks {needed}")
    licences = [f for f in files if re.fullmatch(r"_internal/[^/]+\.dist-info/METADATA", f)]
    expect(len(licences) >= 10, f"Help > About needs the packages' metadata: {licences}")
    print(f"1. contents: {len(files)} files, none the rules keep out (Qt network/QML/OpenGL, "
          f"other Qt translations, pip records, Tk, TLS); "
          f"resources and {len(licences)} packages' metadata for Help > About")

    with tempfile.TemporaryDirectory(prefix="legato-smoke-") as tmp:
        scratch = Path(tmp)
        home = scratch / "home"
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
               "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
               "XDG_CONFIG_HOME": str(home / ".config"),
               "XDG_DATA_HOME": str(home / ".local/share"),
               "XDG_STATE_HOME": str(home / ".local/state"),
               "XDG_CACHE_HOME": str(home / ".cache"), "TMPDIR": str(scratch)}
        home.mkdir()

        empty = scratch / "empty"
        out = run(bundle, env, "init", "--vault", str(empty), stdin=PASSPHRASE)
        expect(re.search(r"([A-Z2-7]{4}-){7}[A-Z2-7]{4}", out) is not None,
               f"init printed no recovery key:\n{out}")
        out = run(bundle, env, "check", "--vault", str(empty), stdin=PASSPHRASE)
        expect("0 case(s)" in out and out.rstrip().endswith("ok"), f"check said:\n{out}")
        print("2. init + check: an empty encrypted vault")

        demo = scratch / "demo"
        run(bundle, env, "demo", "--vault", str(demo), stdin=PASSPHRASE)
        out = run(bundle, env, "check", "--vault", str(demo), stdin=PASSPHRASE)
        expect("2 case(s)" in out and out.rstrip().endswith("ok"), f"check said:\n{out}")
        expect(not (demo / "vault.db").read_bytes().startswith(b"SQLite format 3"),
               "the frozen app wrote a plaintext SQLite file")
        print(f"3. demo + check: {out.splitlines()[0]}")

        for args, window in ((["--vault", str(scratch / "nothing-yet")], "WelcomeDialog"),
                             (["--vault", str(empty)], "UnlockDialog"),
                             (["--demo"], "MainWindow")):
            out = run(bundle, env, "--smoke", *args)
            expect(f"smoke: {window} shown" in out, f"expected {window}, got:\n{out}")
        out = run(bundle, env, "--smoke", "--language", "de",
                  "--vault", str(scratch / "nothing-yet"))
        expect("Willkommen bei legato-desk | Abbrechen" in out,
               f"the German UI (ours and Qt's) did not load:\n{out}")
        print("4. GUI: welcome, unlock and main window drawn offscreen; German loads")

        install = bundle / "install.sh"
        subprocess.run(["sh", str(install)], env=env, check=True, capture_output=True)
        menu = home / ".local/share/applications/legato-desk.desktop"
        icon = home / ".local/share/icons/hicolor/scalable/apps/legato-desk.svg"
        expect(menu.is_file() and icon.is_file(), "install.sh made no menu entry or icon")
        expect(f'Exec="{bundle.resolve()}/legato-desk"' in menu.read_text(), menu.read_text())
        if shutil.which("desktop-file-validate"):
            subprocess.run(["desktop-file-validate", str(menu)], check=True)
        print("5. install.sh: menu entry and icon in the scratch HOME")

        pdf = scratch / "supervision.pdf"
        run(bundle, env, "export", "--vault", str(demo), "--case", "2", "--audience",
            "supervision", "--out", str(pdf), stdin=PASSPHRASE)
        data = pdf.read_bytes()
        expect(data.startswith(b"%PDF") and b"DejaVuSans" in data,
               "the export is not a PDF with the bundled font")
        locked = scratch / "locked.pdf"
        run(bundle, env, "export", "--vault", str(demo), "--case", "2", "--audience",
            "supervision", "--encrypt", "--out", str(locked),
            stdin=f"{PASSPHRASE}smoke pdf passphrase\n")
        expect(b"/Encrypt" in locked.read_bytes(), "the encrypted export has no /Encrypt")
        print(f"6. export: supervision PDF ({len(data) // 1024} KiB) and an encrypted one")
    check_icu(bundle)
    check_libraries(bundle)


def _utf16(text: str):
    raw = text.encode("utf-16-le")
    return ctypes.create_string_buffer(raw + b"\0\0"), len(raw) // 2


def check_icu(bundle: Path) -> None:
    """Call the ICU services QtCore uses, in the bundle's own ICU libraries."""
    lib = bundle / "_internal" / "PySide6" / "Qt" / "lib"
    data = sorted(lib.glob("libicudata.so.*"))
    if not data:
        print("7. ICU: none in this bundle (not Linux)")
        return
    size = data[0].stat().st_size / 1e6
    expect(size < ICU_DATA_MAX_MB, f"{data[0].name} is {size:.0f} MB: not the filtered one")
    version = data[0].name.rsplit(".", 1)[1]
    ctypes.CDLL(str(data[0]), mode=ctypes.RTLD_GLOBAL)
    uc = ctypes.CDLL(str(lib / f"libicuuc.so.{version}"), mode=ctypes.RTLD_GLOBAL)
    i18n = ctypes.CDLL(str(lib / f"libicui18n.so.{version}"))

    def icu(library, name, *args, restype=ctypes.c_int):
        status = ctypes.c_int(0)
        function = getattr(library, f"{name}_{version}")
        function.restype = restype
        result = function(*args, ctypes.byref(status))
        expect(status.value <= 0, f"ICU {name}{args[:1]} failed with status {status.value}")
        return result

    def collated(locale: bytes, words: list[str]) -> list[str]:
        collator = ctypes.c_void_p(icu(i18n, "ucol_open", locale, restype=ctypes.c_void_p))
        key = functools.cmp_to_key(lambda a, b: getattr(i18n, f"ucol_strcoll_{version}")(
            collator, *_utf16(a), *_utf16(b)))
        try:
            return sorted(words, key=key)
        finally:
            getattr(i18n, f"ucol_close_{version}")(collator)

    words = ["Zebra", "Ärger", "Oase", "Ölig", "apfel", "Çay", "cem", "ıslak", "isim"]
    expect(collated(b"de_DE", words) == ["apfel", "Ärger", "Çay", "cem", "isim", "ıslak",
                                         "Oase", "Ölig", "Zebra"], "German collation")
    expect(collated(b"tr_TR", words) == ["apfel", "Ärger", "cem", "Çay", "ıslak", "isim",
                                         "Oase", "Ölig", "Zebra"], "Turkish collation")
    calendar = ctypes.c_void_p(icu(i18n, "ucal_open", *_utf16("Europe/Berlin"), b"de", 1,
                                   restype=ctypes.c_void_p))
    name = ctypes.create_string_buffer(256)
    length = icu(i18n, "ucal_getTimeZoneDisplayName", calendar, 0, b"de", name, 128)
    getattr(i18n, f"ucal_close_{version}")(calendar)
    zone = name.raw[:2 * length].decode("utf-16-le")
    expect(zone == "Mitteleuropäische Normalzeit", f"Europe/Berlin in German: {zone!r}")
    converter = ctypes.c_void_p(icu(uc, "ucnv_open", b"windows-1252", restype=ctypes.c_void_p))
    text = ctypes.create_string_buffer(64)
    length = icu(uc, "ucnv_toUChars", converter, text, 32, b"\xe4\xdf\x80", 3)
    getattr(uc, f"ucnv_close_{version}")(converter)
    expect(text.raw[:2 * length].decode("utf-16-le") == "äß€", "windows-1252 decoding")
    print(f"7. ICU: {data[0].name} {size:.1f} MB; collation de/tr, zone names, windows-1252")


def check_libraries(bundle: Path) -> None:
    """Pillow's squeezed libXau still loads and works; no kept binary misses a library."""
    if not sys.platform.startswith("linux"):
        return
    [xau] = (bundle / "_internal" / "pillow.libs").glob("libXau-*.so*")
    library = ctypes.CDLL(str(xau))
    library.XauFileName.restype = ctypes.c_char_p
    expect(library.XauFileName() is not None, f"{xau.name}: XauFileName failed")
    missing = []
    for path in sorted((bundle / "_internal").rglob("*.so*")):
        if path.is_file() and not path.is_symlink():
            out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
            missing += [f"{path.name}: {line.split()[0]}" for line in out.splitlines()
                        if "not found" in line]
    expect(not missing, f"libraries neither bundled nor on this system: {missing}")
    print(f"8. libraries: {xau.name} ({xau.stat().st_size // 1024} KiB) loads; "
          "every bundled binary finds what it links (ldd)")


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else "dist/legato-desk")
    began = time.perf_counter()
    try:
        smoke(bundle)
    except SmokeFailed as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke test passed in {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
