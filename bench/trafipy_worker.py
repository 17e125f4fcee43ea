"""rs-trafilatura (Python bindings ``trafipy``) behind a pipe, for bench/tools.py.

``trafipy`` needs Python 3.12 or newer, so it runs in its own environment
(bench/.venv-trafipy, made by ``python bench/accuracy.py --setup-trafipy``) as
a long-lived process that bench/tools.py starts once and feeds page by page:

    bench/.venv-trafipy/bin/python bench/trafipy_worker.py [OPTIONS_JSON]

OPTIONS_JSON is a JSON object of keyword arguments for ``trafipy.extract``
(default: none, the library's defaults).

Frames are length-prefixed: a 4-byte big-endian unsigned length, then that
many bytes. A request is one frame, the page's HTML bytes, decoded here
(inside the timed round trip) as bench/pages.py's ``decode_html`` does; no URL
is passed, as none is to the other tools. The answer is one status byte (0 ok,
1 error), an 8-byte big-endian double (seconds spent in decoding and
``trafipy.extract``), and one frame: the extraction's ``text`` (UTF-8), or the
error's description (a Rust panic included: PyO3 raises it as a
BaseException). Before the first request the worker writes one frame, its
versions ("trafipy 0.1.0, Python 3.12.1"). It ends at the end of its input.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import time
from pathlib import Path
from typing import BinaryIO

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # import bench.pages from the repo

from bench.pages import decode_html  # noqa: E402

_LENGTH = struct.Struct(">I")
_ANSWER = struct.Struct(">Bd")


def read_frame(stream: BinaryIO) -> bytes | None:
    """One frame's payload, or None at the end of the input."""
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack(head)
    body = stream.read(size)
    if len(body) < size:
        raise EOFError(f"frame cut short: {len(body)} of {size} bytes")
    return body


def write_answer(stream: BinaryIO, ok: bool, seconds: float, payload: bytes) -> None:
    stream.write(_ANSWER.pack(0 if ok else 1, seconds))
    stream.write(_LENGTH.pack(len(payload)))
    stream.write(payload)
    stream.flush()


def main(argv: list[str]) -> int:
    import trafipy

    options = json.loads(argv[1]) if len(argv) > 1 else {}
    # The answers get their own copy of stdout; anything the library prints
    # goes to stderr and cannot break a frame.
    sink = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    source = sys.stdin.buffer
    python = ".".join(map(str, sys.version_info[:3]))
    about = f"trafipy {trafipy.__version__}, Python {python}".encode()
    sink.write(_LENGTH.pack(len(about)) + about)
    sink.flush()
    while True:
        html = read_frame(source)
        if html is None:
            return 0
        start = time.perf_counter()
        try:
            text = trafipy.extract(decode_html(html), **options).text
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # a Rust panic is a BaseException
            seconds = time.perf_counter() - start
            write_answer(sink, False, seconds, f"{type(exc).__name__}: {exc}".encode())
        else:
            seconds = time.perf_counter() - start
            write_answer(sink, True, seconds, (text or "").encode())


if __name__ == "__main__":
    sys.exit(main(sys.argv))
