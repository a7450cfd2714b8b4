"""Decrypting SQLCipher 4 pages with the raw data key, for erasure tests.

SQLCipher encrypts each page with AES-256-CBC; with a raw key the data key
is the cipher key itself. Page 1 starts with the 16-byte salt; each page
ends with 80 reserved bytes (16-byte IV, then the HMAC). WAL frames carry a
24-byte frame header before the page. Reading pages (not rows) sees deleted
cells and free pages, which a logical dump would hide.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80


def _page(key: bytes, data: bytes, first: bool) -> bytes:
    iv = data[PAGE - RESERVE:PAGE - RESERVE + 16]
    body = data[16:PAGE - RESERVE] if first else data[:PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def database_plaintext(path: Path, key: bytes) -> bytes:
    data = Path(path).read_bytes()
    return b"".join(_page(key, data[i:i + PAGE], i == 0)
                    for i in range(0, len(data) - PAGE + 1, PAGE))


def wal_plaintext(path: Path, key: bytes) -> bytes:
    path = Path(path)
    if not path.exists():
        return b""
    data, out, offset = path.read_bytes(), [], 32
    while offset + 24 + PAGE <= len(data):
        page_no = int.from_bytes(data[offset:offset + 4], "big")
        out.append(_page(key, data[offset + 24:offset + 24 + PAGE], page_no == 1))
        offset += 24 + PAGE
    return b"".join(out)


def vault_plaintext(folder: Path, key: bytes) -> dict[str, bytes]:
    """Decrypted database and WAL pages, and the raw -shm, of a vault folder."""
    folder = Path(folder)
    shm = folder / "vault.db-shm"
    return {
        "vault.db": database_plaintext(folder / "vault.db", key),
        "vault.db-wal": wal_plaintext(folder / "vault.db-wal", key),
        "vault.db-shm": shm.read_bytes() if shm.exists() else b"",
    }


def hits(blobs: dict[str, bytes], markers: list[str]) -> list[tuple[str, str]]:
    found = []
    for name, data in blobs.items():
        for marker in markers:
            for encoded in (marker.encode("utf-8"), marker.encode("utf-16-le")):
                if encoded in data:
                    found.append((name, marker))
    return found
