"""Compressed inputs, recognised by their first bytes whatever their names.

gzip is read with the standard library (several members in a row, as crawl
files are written, read as one stream); zstd with the ``zstandard`` package
where it is installed (``pip install "webpage-cleaner[zstd]"``).

>>> import gzip, io
>>> compression_of(gzip.compress(b"Hello"))
'gzip'
>>> decompressing(io.BytesIO(gzip.compress(b"Hello")), "page.txt.gz").read()
b'Hello'
"""

from __future__ import annotations

import gzip
import io
import zlib
from typing import Any, BinaryIO, Final, cast

from cleaner.errors import InputError

__all__ = ["BROKEN", "SUFFIXES", "compression_of", "decompressing", "peek", "without_suffix"]

_MAGIC: Final = ((b"\x1f\x8b", "gzip"), (b"\x28\xb5\x2f\xfd", "zstd"))
#: the file name endings of compressed files, stripped from output names
SUFFIXES: Final = (".gz", ".gzip", ".zst", ".zstd")


def compression_of(head: bytes) -> str | None:
    """``"gzip"``, ``"zstd"``, or None for bytes that are not compressed."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return None


def peek(stream: BinaryIO, size: int = 4096) -> tuple[bytes, BinaryIO]:
    """The first ``size`` bytes of ``stream`` (fewer only at its end), and a stream that
    still starts there. A pipe may hand over less than asked in one read: it is read
    until ``size`` bytes or its end."""
    head = bytearray()
    while len(head) < size:
        reader = getattr(stream, "read1", stream.read)
        try:
            piece = reader(size - len(head))
        except BROKEN:
            if not head:
                raise
            break  # what came before the break is the head; reading on says it broke
        if not piece:
            break
        head += piece
    return bytes(head), cast(BinaryIO, io.BufferedReader(_Prefixed(bytes(head), stream)))


class _Prefixed(io.RawIOBase):
    """``prefix``, then the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self.prefix = memoryview(prefix)
        self.stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self.prefix:
            count = min(len(view), len(self.prefix))
            view[:count] = self.prefix[:count]
            self.prefix = self.prefix[count:]
            return count
        data = getattr(self.stream, "read1", self.stream.read)(len(view))
        view[: len(data)] = data
        return len(data)


def decompressing(stream: BinaryIO, name: str) -> BinaryIO:
    """``stream`` decompressed when its first bytes say it is compressed, else as it is.

    ``name`` names the input in the error raised when zstd cannot be read here.
    Reading a broken stream raises one of :data:`BROKEN`.
    """
    head, stream = peek(stream, 4)
    kind = compression_of(head)
    if kind == "gzip":
        return cast(BinaryIO, gzip.GzipFile(fileobj=stream, mode="rb"))
    if kind == "zstd":
        try:
            import zstandard
        except ImportError:
            raise InputError(
                f"{name}: zstd-compressed, and reading zstd needs the zstandard package "
                '(pip install "webpage-cleaner[zstd]")'
            ) from None
        return cast(BinaryIO, io.BufferedReader(_Zstd(stream, zstandard.ZstdDecompressor())))
    return stream


class _Zstd(io.RawIOBase):
    """A zstd stream decompressed, frame after frame; one cut inside a frame raises
    EOFError at its end, as gzip does (zstandard's own reader ends there quietly)."""

    def __init__(self, stream: BinaryIO, decompressor: Any) -> None:
        self.stream = stream
        self.decompressor = decompressor
        self.frame: Any = None
        self.pending = b""
        self.ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self.pending and not self.ended:
            self._more()
        view = memoryview(buffer).cast("B")
        count = min(len(view), len(self.pending))
        view[:count] = self.pending[:count]
        self.pending = self.pending[count:]
        return count

    def _more(self) -> None:
        data = self.stream.read(64 * 1024)
        if not data:
            self.ended = True
            if self.frame is not None and not self.frame.eof:
                raise EOFError("zstd stream ended before the end of its frame")
            return
        while data:
            if self.frame is None or self.frame.eof:
                self.frame = self.decompressor.decompressobj()
            self.pending += self.frame.decompress(data)
            data = self.frame.unused_data if self.frame.eof else b""


def _broken() -> tuple[type[Exception], ...]:
    """What reading a broken compressed stream raises, zstandard's error where it is installed."""
    found: list[type[Exception]] = [EOFError, OSError, zlib.error]
    try:
        import zstandard

        found.append(zstandard.ZstdError)
    except ImportError:
        pass
    return tuple(found)


#: the exceptions of a broken compressed stream (gzip's BadGzipFile is an OSError)
BROKEN: Final = _broken()


def without_suffix(name: str) -> str:
    """``name`` without a compressed file's ending: ``pages.jsonl.gz`` -> ``pages.jsonl``."""
    lowered = name.lower()
    for suffix in SUFFIXES:
        if lowered.endswith(suffix):
            return name[: -len(suffix)]
    return name
