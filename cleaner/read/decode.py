"""Bytes in any encoding -> text, and the test for input that is not text at all."""

from __future__ import annotations

import codecs
from typing import Final

import regex

# Magic numbers of formats that are never a page.
_BINARY_MAGIC: Final = (
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"PK\x03\x04",
    b"%PDF",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"wOFF",
    b"OggS",
)
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# How much of a page the noise test reads.
_NOISE_SAMPLE: Final = 4096
# Replacement, unassigned, private-use, surrogate and control characters (not
# tab, line feed, carriage return): a page is noise when they are 30% of it.
_NOISE_CHARACTERS: Final = regex.compile(
    r"[\ufffd\p{Cn}\p{Co}\p{Cs}\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]"
)
# How much of a large input the encoding detector looks at.
_DETECT_SAMPLE: Final = 64 * 1024
# Below this size detection guesses wildly (five bytes of German read as
# Arabic); such inputs are taken as Windows-1252, the commonest legacy encoding.
_DETECT_MIN: Final = 1024


def looks_binary(data: bytes) -> bool:
    """True for bytes that are an image, archive or executable rather than a page.

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n...")
    True
    >>> looks_binary("Grüße".encode("utf-8"))
    False
    """
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:4096]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if head.count(b"\x00") > len(head) // 10:
        # UTF-16 without a BOM has a NUL in every other byte of ASCII text.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return not (even > len(head) // 3 or odd > len(head) // 3)
    # Random or compressed bytes: a tenth of them are control characters that
    # no text encoding prints (0x1b, ANSI escapes, 0x08, a man page's overstrike,
    # and 0x0c, a form feed, are left out: text dumps carry them).
    controls = len(head) - len(head.translate(None, _NOISE_CONTROLS))
    return controls >= 3 and controls * 50 > len(head)


# C0 controls that text does not hold (tab, line feed, carriage return, form feed,
# backspace and escape excepted), and DEL.
_NOISE_CONTROLS: Final = bytes(
    [*range(0x00, 0x08), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F]
)


def looks_like_noise(text: str) -> bool:
    """True for text that is mostly replacement, unassigned, private-use or control characters.

    What is left of bytes that were not text once decoded with ``errors="replace"``:

    >>> looks_like_noise("\ufffd\ufffd\U000e0fff\ufffdab\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd" * 4)
    True
    >>> looks_like_noise("Grüße aus Köln \ufffd und Bonn.")
    False
    """
    sample = text[:_NOISE_SAMPLE]
    if len(sample) < 16:
        return False
    bad = len(_NOISE_CHARACTERS.findall(sample))
    return bad * 10 > len(sample) * 3


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4 or head.count(b"\x00") <= len(head) // 3:
        return None
    encoding = "utf-16-be" if head[0::2].count(0) > head[1::2].count(0) else "utf-16-le"
    return data.decode(encoding, errors="replace")


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode page bytes: a BOM, then UTF-8, then ``declared``, then detection.

    Never raises: bytes no encoding explains are decoded with replacement
    characters rather than rejected.

    >>> decode("Grüße".encode("utf-8"))
    'Grüße'
    >>> decode("Grüße".encode("cp1252"))
    'Grüße'
    >>> decode("Grüße aus München".encode("utf-8") + b"\\xff")
    'Grüße aus München\\ufffd'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _mostly_utf8(data):
        # UTF-8 with a few broken bytes (a truncated or corrupted page): guessing
        # another encoding for it would garble every accented letter of the page.
        return data.decode("utf-8", errors="replace")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode(_detect(data), errors="replace")


def utf8_pieces(data: bytes, cuts: list[int]) -> list[memoryview] | None:
    """``data`` cut at ``cuts`` (offsets just past a line break), if every piece is UTF-8.

    Decoding a large page piece by piece keeps each piece in the narrowest
    string form its characters allow (one emoji makes a whole page's string
    four bytes a character). None when the page is not strict UTF-8: it is
    decoded whole, by :func:`decode`.

    >>> [bytes(p) for p in utf8_pieces("a\\nb\\nc".encode(), [2, 4])]
    [b'a\\n', b'b\\n', b'c']
    >>> utf8_pieces(b"a\\n\\xff", [2]) is None
    True
    """
    view = memoryview(data)
    if data.startswith(codecs.BOM_UTF8):
        view = view[len(codecs.BOM_UTF8) :]
        cuts = [cut - len(codecs.BOM_UTF8) for cut in cuts]
    elif any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    bounds = [0, *cuts, len(view)]
    pieces = [view[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    if data.isascii():
        return pieces  # ASCII is UTF-8: nothing to check
    for piece in pieces:
        try:
            codecs.utf_8_decode(piece, "strict", True)
        except UnicodeDecodeError:
            return None
    return pieces


def _mostly_utf8(data: bytes) -> bool:
    """Whether well-formed multi-byte UTF-8 characters outnumber the bytes that fail UTF-8.

    A UTF-8 page with a few broken bytes has far more good multi-byte
    characters than bad bytes; a page in a legacy encoding has next to none.
    """
    sample = data[:_DETECT_SAMPLE].decode("utf-8", errors="replace")
    bad = sample.count("\ufffd")
    good = len(sample) - len(sample.encode("ascii", errors="ignore")) - bad
    return good > bad


def _detect(data: bytes) -> str:
    if len(data) < _DETECT_MIN:
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    if best is None:
        return "cp1252"
    try:
        codecs.lookup(best.encoding)
    except LookupError:
        return "cp1252"
    return best.encoding
