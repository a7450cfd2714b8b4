"""A smaller ICU data library for the Linux bundle (libicudata.so.NN, ~32 MB -> ~4 MB).

QtCore links ICU (libicui18n, libicuuc, libicudata), so the libraries must be
there, but libicudata is nothing but one data package (a "CmnD" archive of
~3,900 items) in a read-only symbol, ``icudtNN_dat``. QtCore calls only these
ICU services (``nm -D --undefined-only libQt6Core.so.6 | grep _NN``):

- ``ucol_*``: QCollator / localeAwareCompare (the file dialog sorts with it):
  needs ``coll/`` (the root order and the tailorings of some languages);
- ``ucal_*``: QTimeZone's canonical IDs and display names: needs the
  time-zone tables (top level) and ``zone/`` + ``region/`` names;
- ``ucnv_*``: QStringConverter for encodings other than UTF-*/Latin-1:
  needs ``cnvalias.icu`` and the ``.cnv`` tables;
- ``u_strToUpper/Lower``: built into libicuuc, no data.

No break iterators, number or unit formatting, transliteration or display
names of languages and currencies: those trees go. Locale data is kept for
ICU_LANGUAGES (bundle_contents.py); any other locale falls back to ICU's root
(the Unicode default order; English or raw time-zone names), as ICU does for
any locale it has no data for. Single-byte code pages stay (all of Europe's,
Cyrillic, Greek, Turkish, Arabic, Hebrew ...), the multi-byte East Asian ones go.

``filter_library`` reads the package out of the wheel's libicudata, keeps the
items ``bundle_contents.keep_icu_item`` allows (the rule lives there), and builds a new library with
the same soname and symbol (a C compiler assembles it: ``.incbin``).
"""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path
from typing import Callable

_ALIGN = 16  # ICU aligns every item of a package on 16 bytes


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split a CmnD package into its header and (name, item) pairs, in TOC order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[4 + 4] != 0:
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(toc):
        start = header_size + name_offset
        name = data[start:data.index(b"\0", start)].decode("ascii")
        end = toc[index + 1][1] if index + 1 < count else len(data) - header_size
        items.append((name, data[header_size + data_offset:header_size + end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of read_package (names stay in their sorted TOC order)."""
    def pad(size: int) -> int:
        return -size % _ALIGN

    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = toc_size + len(names)
    data_start += pad(len(header) + data_start)
    toc, body, name_at, data_at = [struct.pack("<I", len(items))], [], toc_size, data_start
    for name, item in items:
        toc.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        chunk = item + b"\0" * pad(len(item))
        body.append(chunk)
        data_at += len(chunk)
    head = header + b"".join(toc) + names
    return head + b"\0" * pad(len(head)) + b"".join(body)


def _symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the icudtNN_dat symbol."""
    out = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)],
                         capture_output=True, text=True, check=True).stdout
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", out, re.M)
    if not match:
        raise ValueError(f"{library}: no icudtNN_dat symbol")
    address, size, name = int(match.group(1), 16), int(match.group(2), 16), match.group(3)
    sections = subprocess.run(["readelf", "-S", "-W", str(library)],
                              capture_output=True, text=True, check=True).stdout
    for line in sections.splitlines():
        fields = line.split("]", 1)[-1].split()
        if len(fields) >= 5 and fields[0] == ".rodata":
            return name, address - int(fields[2], 16) + int(fields[3], 16), size
    raise ValueError(f"{library}: no .rodata section")


def filter_library(library: Path, workdir: Path, keep: Callable[[str, bytes], bool],
                   cc: str = "cc") -> tuple[Path, int, int]:
    """Build workdir/<library's name> holding only the kept items.

    Returns (new library, items before, items after).
    """
    symbol, offset, size = _symbol(library)
    header, items = read_package(library.read_bytes()[offset:offset + size])
    kept = [(name, item) for name, item in items if keep(name, item)]
    workdir.mkdir(parents=True, exist_ok=True)
    package = workdir / f"{items[0][0].split('/')[0]}.dat"  # icudt73l.dat, as icupkg names it
    package.write_bytes(write_package(header, kept))
    source = workdir / f"{symbol}.S"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign {_ALIGN}\n"
        f"{symbol}:\n\t.incbin \"{package}\"\n\t.size {symbol}, . - {symbol}\n"
        "\t.section .note.GNU-stack,\"\",@progbits\n")
    out = workdir / library.name
    subprocess.run([cc, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}",
                    "-o", str(out), str(source)], check=True)
    return out, len(items), len(kept)
