"""An input cut into shares that workers read on their own.

A batch's parent process does little more than keep the output in order: it
plans shares (a few reads at the places it cuts) and the workers open, read,
decompress and parse their own share, so the parent's cost does not grow with
the pages' bytes and ``-j N`` can use N cores.

- Page files: a share is a run of up to :data:`PAGES_PER_SHARE` files.
- A JSON Lines file: byte ranges of about :data:`SHARE_BYTES`, each cut after
  a line break. A compressed JSONL file, or standard input, cannot be cut
  unread: the parent decompresses it and hands the workers its lines, still
  unparsed.
- A WARC or WET file: byte ranges cut where a record starts, found in a plain
  file by its ``WARC/1.x`` line, in a gzip file by the gzip member that holds
  it (crawl files hold a member a record). A file that is one gzip stream, or
  zstd, is one share.

>>> plan = list(plan_input(0, "-", "jsonl", data=io.BytesIO(b'{"text": "a"}\\n' * 3)))
>>> [item.page for share in plan for item in read_share(share, "text")]
['a', 'a', 'a']
"""

from __future__ import annotations

import io
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Final, cast

from cleaner.read.compressed import BROKEN, compression_of, decompressing
from cleaner.read.crawl import CrawlReader, content_length, looks_like_warc

__all__ = [
    "PAGES_PER_SHARE",
    "SHARE_BYTES",
    "Item",
    "Share",
    "ShareReading",
    "parse_record",
    "plan_input",
    "read_share",
]

#: bytes of a file (as stored, compressed or not) that one share covers at most;
#: a smaller file is cut in about SHARES_A_FILE shares of at least MIN_SHARE_BYTES,
#: so that its pages still spread over the workers
SHARE_BYTES: Final = 4 * 1024 * 1024
SHARES_A_FILE: Final = 64
MIN_SHARE_BYTES: Final = 64 * 1024
#: page files in one share
PAGES_PER_SHARE: Final = 16
#: how far past a planned cut the parent looks for a place to cut
_SEARCH: Final = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Share:
    """A part of the run's input that one worker reads and cleans.

    ``source`` is the input's position in the run (for a share of page files,
    the first one's: the others follow in order). A share names a byte range
    of a file, or carries its bytes (``data``) where the parent had to read them.
    """

    source: int
    form: str  #: "page", "jsonl" or "crawl"
    paths: tuple[str, ...]
    start: int = 0
    end: int | None = None  #: None: to the end of the file
    data: bytes | None = None
    #: bytes of the input it stands for (the progress bar counts them)
    size: int = 0
    #: why the input broke off after this share's data, when it did (the parent found it)
    broken: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """One page read from a share, or what kept it from being read.

    ``number`` is its line (JSONL), record (crawl) or file (page files) in
    the share, from 1; ``carry`` what goes out with its article: the JSON
    record, or a crawl record's URL, id and date.
    """

    number: int
    page: str | bytes | None
    mode: str | None = None
    carry: dict[str, Any] | None = None
    problem: str | None = None


class ShareReading:
    """The items of a share, and once they are read: ``count``, its lines, records or
    files; ``skipped``, responses that were not HTML; ``broken``, why reading stopped
    early, at the last line or record counted."""

    def __init__(self, share: Share, field: str) -> None:
        self.share = share
        self.field = field
        self.count = 0
        self.skipped = 0
        self.broken: str | None = None

    def __iter__(self) -> Iterator[Item]:
        share = self.share
        if share.form == "page" and share.data is not None:
            self.count = 1
            yield _page(1, "<stdin>", io.BytesIO(share.data))
        elif share.form == "page":
            for number, path in enumerate(share.paths, 1):
                self.count = number
                try:
                    with open(path, "rb") as raw:
                        yield _page(number, path, raw)
                except OSError as error:
                    yield Item(number, None, problem=f"cannot read it: {error.strerror or error}")
        elif share.form == "jsonl":
            yield from self._records(_open_share(share))
        else:
            yield from self._crawl(_open_share(share))
        if share.broken is not None and self.broken is None:
            self.count += 1
            self.broken = share.broken

    def _records(self, stream: BinaryIO) -> Iterator[Item]:
        with stream:
            try:
                for number, line in enumerate(stream, 1):
                    self.count = number
                    if not line.strip():
                        continue
                    record, problem = parse_record(line, self.field, first=number == 1)
                    if record is None:
                        yield Item(number, None, problem=problem)
                    else:
                        yield Item(number, record[self.field], carry=record)
            except BROKEN as error:
                self.count += 1
                self.broken = f"the compressed stream breaks here ({error})"

    def _crawl(self, stream: BinaryIO) -> Iterator[Item]:
        reader = CrawlReader(stream)
        with stream:
            for record in reader:
                carry = {"url": record.url, "id": record.record_id, "date": record.date}
                yield Item(record.number, record.page, mode=record.mode, carry=carry)
        self.count = reader.records
        self.skipped = reader.skipped
        self.broken = reader.broken


def read_share(share: Share, field: str = "text") -> ShareReading:
    """The items of ``share``; ``field`` is the JSONL field that holds each page."""
    return ShareReading(share, field)


def _page(number: int, name: str, raw: BinaryIO) -> Item:
    """A page file's item: its bytes, decompressed where they are compressed."""
    try:
        return Item(number, decompressing(raw, name).read())
    except BROKEN as error:
        return Item(number, None, problem=f"its compressed stream is broken ({error})")
    except ValueError as error:  # zstd without its package (an InputError)
        return Item(number, None, problem=str(error))


def _open_share(share: Share) -> BinaryIO:
    """A share's bytes as a stream: its data, or its range of the file.

    A JSONL range is plain (a compressed JSONL file is streamed, its lines sent
    as data); a crawl range goes to FastWARC as it is stored, gzip or zstd too.
    """
    if share.data is not None:
        return io.BytesIO(share.data)
    return cast(
        BinaryIO,
        io.BufferedReader(_Window(share.paths[0], share.start, share.end), SHARE_BYTES // 16),
    )


class _Window(io.RawIOBase):
    """The bytes ``start`` to ``end`` of a file, read as a file of their own."""

    def __init__(self, path: str, start: int, end: int | None) -> None:
        self.handle = open(path, "rb")  # noqa: SIM115  (closed with the window)
        self.start = start
        self.end = end if end is not None else self.handle.seek(0, io.SEEK_END)
        self.handle.seek(start)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True  # FastWARC seeks in the streams it reads

    def tell(self) -> int:
        return self.handle.tell() - self.start

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = (self.start, self.handle.tell(), self.end)[whence]
        at = min(max(base + offset, self.start), self.end)
        return self.handle.seek(at) - self.start

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")[: max(self.end - self.handle.tell(), 0)]
        return self.handle.readinto(view)

    def close(self) -> None:
        self.handle.close()
        super().close()


def parse_record(line: bytes, field: str, *, first: bool) -> tuple[dict[str, Any] | None, str]:
    """The record of a JSON line whose ``field`` is a string, or None and what is wrong.

    >>> parse_record(b'{"text": 1}', "text", first=False)
    (None, "field 'text' is not a string")
    """
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, f"not UTF-8 (byte 0x{line[error.start]:02x} at column {error.start + 1})"
    if first:
        text = text.removeprefix("\ufeff")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return None, f"invalid JSON: {error.msg} (column {error.colno})"
    if not isinstance(record, dict):
        return None, f"not a JSON object but {type(record).__name__}"
    if field not in record:
        return None, f"no field {field!r}"
    if not isinstance(record[field], str):
        return None, f"field {field!r} is not a string"
    return record, ""


# -- planning (the parent's side) ------------------------------------------------


def plan_input(
    source: int, path: str, form: str, *, data: BinaryIO | None = None
) -> Iterator[Share]:
    """The shares of one JSONL or crawl input, in order.

    ``data`` is a stream to read instead of the file (standard input): its
    lines go out in shares of their own bytes, as those of a compressed JSONL
    file do.
    """
    if data is not None:
        yield from _streamed(source, path, form, data)
        return
    size = os.path.getsize(path)
    with open(path, "rb") as handle:
        head = handle.read(64)
        kind = compression_of(head)
        if form == "jsonl" and kind is not None:
            handle.seek(0)
            yield from _streamed(source, path, form, handle)
            return
        if form == "jsonl":
            finder = _line_start
        elif kind == "gzip":
            finder = _gzip_record_start
        elif kind is None:
            finder = _warc_record_start
        else:
            yield Share(source, form, (path,), size=size)
            return
        step = min(SHARE_BYTES, max(MIN_SHARE_BYTES, size // SHARES_A_FILE))
        start = 0
        while start < size:
            end = finder(handle, start + step, size) if start + step < size else size
            yield Share(source, form, (path,), start, end, size=end - start)
            start = end


def _streamed(source: int, path: str, form: str, raw: BinaryIO) -> Iterator[Share]:
    """Shares that carry the lines of a stream the workers cannot seek in.

    Each share's ``size`` is the bytes of ``raw`` (compressed, where it is) read
    for it, as the progress bar counts a file's size; of a pipe, its data's.
    """
    stream = decompressing(raw, path)
    buffer = bytearray()
    broken: str | None = None
    counted = 0  # bytes of raw given to shares so far

    def share(data: bytes, why: str | None = None) -> Share:
        nonlocal counted
        position = _position(raw)
        size = len(data) if position is None else position - counted
        counted += size
        return Share(source, form, (path,), data=data, size=size, broken=why)

    while broken is None:
        try:
            # read1: a piece at a time, so that what came before a break is kept
            block = stream.read1(64 * 1024)  # type: ignore[attr-defined]
        except BROKEN as error:
            broken = f"the compressed stream breaks here ({error})"
            block = b""
        if not block and broken is None:
            break
        buffer += block
        if len(buffer) >= SHARE_BYTES // 4:
            cut = buffer.rfind(b"\n") + 1
            if cut:
                yield share(bytes(buffer[:cut]))
                del buffer[:cut]
    if broken is not None:  # the last line is incomplete: it goes with the break
        buffer = buffer[: buffer.rfind(b"\n") + 1]
    if buffer or broken is not None:
        yield share(bytes(buffer), broken)


def _position(raw: BinaryIO) -> int | None:
    """Where ``raw`` is, for a file; None for a pipe."""
    try:
        return raw.tell() if raw.seekable() else None
    except (OSError, ValueError, AttributeError):
        return None


def _line_start(handle: BinaryIO, at: int, size: int) -> int:
    """Where the first line that starts at or after ``at`` starts (``size`` if none does)."""
    handle.seek(at - 1)
    while True:
        block = handle.read(64 * 1024)
        if not block:
            return size
        found = block.find(b"\n")
        if found >= 0:
            return handle.tell() - len(block) + found + 1


def _warc_record_start(handle: BinaryIO, at: int, size: int) -> int:
    """Where the first WARC record that starts at or after ``at`` starts, in a plain file.

    A record ends in a blank line: a ``WARC/1.x`` line after one is a record's
    start when its Content-Length leads to the next blank line and record (or
    the end), so a page that quotes a WARC header is not taken for one.
    """
    handle.seek(at)
    window = handle.read(_SEARCH)
    found = 0
    while True:
        found = window.find(b"\r\n\r\nWARC/1.", found)
        if found < 0:
            return (
                size
                if at + len(window) >= size
                else _warc_record_start(handle, at + len(window) - 16, size)
            )
        start = at + found + 4
        if _is_warc_record(handle, start, size):
            return start
        found += 4


def _is_warc_record(handle: BinaryIO, start: int, size: int) -> bool:
    handle.seek(start)
    header = handle.read(64 * 1024)
    end = header.find(b"\r\n\r\n")
    if end < 0:
        return False
    length = content_length(header[:end])
    if length is None:
        return False
    after = start + end + 4 + length
    if after + 4 >= size:
        return after + 4 == size
    handle.seek(after)
    return handle.read(12) in (b"\r\n\r\nWARC/1.0", b"\r\n\r\nWARC/1.1")


def _gzip_record_start(handle: BinaryIO, at: int, size: int) -> int:
    """Where the first gzip member at or after ``at`` that holds a WARC record starts."""
    while at < size:
        handle.seek(at)
        window = handle.read(_SEARCH)
        found = window.find(b"\x1f\x8b\x08")
        while found >= 0:
            start = at + found
            handle.seek(start)
            try:
                head = zlib.decompressobj(wbits=31).decompress(handle.read(64 * 1024), 16)
            except zlib.error:
                head = b""
            if looks_like_warc(head):
                return start
            found = window.find(b"\x1f\x8b\x08", found + 1)
        at += max(len(window) - 2, 1)
    return size
