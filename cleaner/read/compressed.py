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
from typing import Any, BinaryIO, Final, cast

from cleaner.errors import InputError

__all__ = ["SUFFIXES", "compression_of", "decompressing", "peek", "without_suffix"]

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
    """The first ``size`` bytes of ``stream`` (or fewer), and a stream that still starts there."""
    if isinstance(stream, io.BufferedReader):
        return stream.peek(size)[:size], stream
    buffered = io.BufferedReader(cast(Any, stream), max(size, io.DEFAULT_BUFFER_SIZE))
    return buffered.peek(size)[:size], cast(BinaryIO, buffered)


def decompressing(stream: BinaryIO, name: str) -> BinaryIO:
    """``stream`` decompressed when its first bytes say it is compressed, else as it is.

    ``name`` names the input in the error raised when zstd cannot be read here.
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
        reader = zstandard.ZstdDecompressor().stream_reader(stream, read_across_frames=True)
        return cast(BinaryIO, io.BufferedReader(reader))
    return stream


def without_suffix(name: str) -> str:
    """``name`` without a compressed file's ending: ``pages.jsonl.gz`` -> ``pages.jsonl``."""
    lowered = name.lower()
    for suffix in SUFFIXES:
        if lowered.endswith(suffix):
            return name[: -len(suffix)]
    return name
