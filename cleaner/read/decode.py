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
# Replacement, unassigned, private-use and surrogate characters: a page is noise
# when they are 30% of it (controls are not counted: reading drops them).
_NOISE_CHARACTERS: Final = regex.compile(r"[\ufffd\p{Cn}\p{Co}\p{Cs}]")
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
    # Random or compressed bytes: more than one in fifty is a control character
    # that no text encoding prints (0x1b, ANSI escapes, 0x08, a man page's
    # overstrike, and 0x0c, a form feed, are left out: text dumps carry them).
    controls = _controls(head)
    if controls < 3 or controls * 50 <= len(head):
        return False
    # UTF-16 or UTF-32 without a BOM: the high bytes of its characters (NUL for
    # Latin, 0x04 for Cyrillic) are controls, and it reads as text.
    if _wide_encoding(head) is not None:
        return False
    # Text with stray controls (a NUL between words) is still UTF-8; random bytes
    # are not: about a third of them fail it.
    return head.decode("utf-8", "replace").count("\ufffd") * 20 > len(head)


# C0 controls that text does not hold (tab, line feed, carriage return, form feed,
# backspace, escape, and ISO-2022's shift out and in excepted), and DEL.
_NOISE_CONTROLS: Final = bytes(
    [*range(0x00, 0x08), 0x0B, *range(0x10, 0x1B), *range(0x1C, 0x20), 0x7F]
)


def _controls(data: bytes) -> int:
    """How many bytes of ``data`` are controls that text does not hold."""
    return len(data) - len(data.translate(None, _NOISE_CONTROLS))


def looks_like_noise(text: str) -> bool:
    """True for text that is mostly replacement, unassigned, private-use or surrogate characters.

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


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 (either byte order) for bytes written in one without a BOM.

    Only bytes that hold controls or NULs come here (plain text never does: any
    even run of ASCII also reads as UTF-16, in CJK). The first wide encoding
    that reads the head without an error and gives text, not noise, is taken;
    random bytes fail them all (a surrogate or a code point past U+10FFFF
    within the first few hundred).

    >>> _wide_encoding("Привет, мир! Как дела?".encode("utf-16-le"))
    'utf-16-le'
    >>> _wide_encoding("Grüße aus Köln".encode("utf-32-be"))
    'utf-32-be'
    """
    head = data[:4096]
    if len(head) < 8:
        return None
    for encoding, unit in _WIDE:
        piece = head[: len(head) - len(head) % unit]
        try:
            text = piece.decode(encoding)
        except UnicodeDecodeError as error:
            if error.start < len(piece) - 4:  # a character cut at the head's end is no error
                continue
            text = piece[: error.start].decode(encoding)
        if len(text) >= 2 and not looks_like_noise(text) and _WIDE_NOISE.search(text) is None:
            # A page's text has spaces and line breaks, or is Chinese or Japanese;
            # ASCII read two bytes at a time gives ideographs without either.
            spaces = len(_WIDE_SPACE.findall(text))
            if spaces * 50 >= len(text) or len(_WIDE_KANA.findall(text)) * 10 >= len(text):
                return encoding
    return None


_WIDE: Final = (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2))
# What a page in a wide encoding does not hold once read: NUL and the other controls
# (a wrong byte order of UTF-16 reads ASCII as U+xx00, which is no control, but the
# right one never gives U+0000).
_WIDE_NOISE: Final = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_WIDE_SPACE: Final = regex.compile(r"[ \n]")
# Kana and CJK punctuation: Japanese and Chinese text is full of them, ideographs
# read out of ASCII letters never are.
_WIDE_KANA: Final = regex.compile(r"[\u3000-\u30ff\uff01-\uff20]")


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
    # UTF-16 and UTF-32 without a BOM come first: Cyrillic or Arabic in UTF-16 is
    # all bytes below 0x80, valid UTF-8 full of controls.
    wide = _wide_encoding(data) if _controls(data[:4096]) * 50 > len(data[:4096]) else None
    if wide is not None:
        return data.decode(wide, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
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
