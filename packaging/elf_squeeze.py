"""Cut the zero-filled hole out of an ELF shared library whose segments are 2 MiB apart.

Pillow's wheel ships ``pillow.libs/libXau-*.so`` as 2.1 MB, of which 2.08 MB
are zeros: patchelf (auditwheel) appended a third LOAD segment at file offset
2 MiB to keep the 2 MiB ``p_align`` the library was linked with, and nothing
lies between the end of the second segment and it. The loader maps segments by
page (4 KiB on x86-64, and glibc checks only that ``p_offset`` and
``p_vaddr`` agree modulo the page size), so the file can carry the same bytes
without the hole: every offset after it moves down by a whole number of pages,
and the LOAD segments get a page-sized ``p_align``. Code, data, symbols and
addresses stay byte for byte what Pillow built; only where they sit in the file
changes. The smoke test loads the result (the PDF export imports Pillow).

Only a hole at least MIN_HOLE long between what the headers describe is cut;
a library without one is left alone (``squeeze`` returns None).
"""

from __future__ import annotations

import struct
from pathlib import Path

PAGE = 4096
MIN_HOLE = 1 << 20
_PT_LOAD, _SHT_NOBITS = 1, 8


def _headers(data: bytes):
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None  # only 64-bit little-endian (x86-64, aarch64)
    phoff, shoff = struct.unpack_from("<QQ", data, 0x20)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", data, 0x36)
    segments = [(phoff + i * phentsize, *struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize))
                for i in range(phnum)]
    sections = [(shoff + i * shentsize, *struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize))
                for i in range(shnum)]
    return phoff, phentsize * phnum, shoff, shentsize * shnum, segments, sections


def find_hole(data: bytes) -> tuple[int, int] | None:
    """The longest stretch of the file no header, segment or section claims: (start, end)."""
    headers = _headers(data)
    if headers is None:
        return None
    phoff, phsize, shoff, shsize, segments, sections = headers
    used = [(0, 64), (phoff, phoff + phsize), (shoff, shoff + shsize)]
    used += [(offset, offset + filesz)
             for _at, _type, _flags, offset, _va, _pa, filesz, _mem, _align in segments]
    used += [(offset, offset + size)
             for _at, _name, kind, _flags, _addr, offset, size in sections if kind != _SHT_NOBITS]
    best, end = None, 0
    for start, stop in sorted(used):
        if start > end and (best is None or start - end > best[1] - best[0]):
            best = (end, start)
        end = max(end, stop)
    return best


def squeeze(data: bytes) -> bytes | None:
    """``data`` without its hole (whole pages of it), or None if it has none worth cutting."""
    hole = find_hole(data)
    if hole is None or hole[1] - hole[0] < MIN_HOLE:
        return None
    start, end = hole
    if data[start:end].count(0) != end - start:
        return None  # not zeros after all: leave the file as it is
    delta = (end - start) // PAGE * PAGE
    out = bytearray(data)
    phoff, _phsize, shoff, _shsize, segments, sections = _headers(data)
    for at, kind, _flags, offset, _va, _pa, filesz, _mem, align in segments:
        if offset < start < offset + filesz:
            return None  # a segment spans the hole: not the layout this is for
        if offset >= end:
            struct.pack_into("<Q", out, at + 8, offset - delta)
        if kind == _PT_LOAD and align > PAGE:
            struct.pack_into("<Q", out, at + 48, PAGE)
    for at, _name, _kind, _flags, _addr, offset, _size in sections:
        if offset >= end:
            struct.pack_into("<Q", out, at + 24, offset - delta)
    if phoff >= end:
        struct.pack_into("<Q", out, 0x20, phoff - delta)
    if shoff >= end:
        struct.pack_into("<Q", out, 0x28, shoff - delta)
    return bytes(out[:end - delta] + out[end:])


def squeeze_file(source: Path, work: Path) -> Path | None:
    """A squeezed copy of ``source`` in ``work`` (same name), or None if it needs none."""
    smaller = squeeze(source.read_bytes())
    if smaller is None:
        return None
    work.mkdir(parents=True, exist_ok=True)
    target = work / source.name
    target.write_bytes(smaller)
    target.chmod(source.stat().st_mode)
    return target
