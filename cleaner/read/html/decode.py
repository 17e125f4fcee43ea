"""HTML bytes -> text: a BOM, valid UTF-8, the charset the page declares, then detection.

The general decoder is :mod:`cleaner.read.decode`; this module adds what markup
tells (``<meta charset>``, the XML declaration, browsers' aliases of labels).
"""

from __future__ import annotations

import codecs
from typing import Final

import regex

from cleaner.read.decode import decode

_META_CHARSET: Final = regex.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", regex.I
)
_XML_ENCODING: Final = regex.compile(
    rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)"""
)
# Labels that browsers (WHATWG Encoding) read as another, wider encoding.
_LABEL_ALIASES: Final = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "big5": "big5hkscs",
    "x-sjis": "shift_jis",
    "shift-jis": "shift_jis",
    "sjis": "shift_jis",
    "windows-31j": "cp932",
    "x-mac-roman": "mac_roman",
}
_HEAD_BYTES: Final = 4096


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page declares in its first 4 KB, as a Python codec name.

    ``<meta charset>`` and the http-equiv ``content`` come first, then the XML
    declaration. A declared UTF-16 or UTF-32 cannot be true of bytes that spell
    the declaration in ASCII, so it is read as UTF-8, as browsers do.

    >>> declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=latin1">')
    'cp1252'
    >>> declared_encoding(b'<?xml version="1.0" encoding="Shift_JIS"?><html>')
    'shift_jis'
    >>> declared_encoding(b"<p>no declaration</p>") is None
    True
    """
    head = data[:_HEAD_BYTES]
    found = _META_CHARSET.search(head) or _XML_ENCODING.match(head)
    if found is None:
        return None
    label = found.group(1).decode("ascii", "replace").strip().lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "utf-8" if name.startswith(("utf-16", "utf-32")) else name


def decode_html(data: bytes) -> str:
    """Decode HTML bytes: a BOM, then valid UTF-8, then the declared charset, then detection.

    Valid UTF-8 is taken before the declaration because pages that declare
    Latin-1 but are UTF-8 are common, and text in a legacy encoding that also
    happens to be valid UTF-8 is all but unknown. A page that declares UTF-8
    and has a few bad bytes stays UTF-8 (with replacement characters) rather
    than being guessed into another encoding.

    >>> decode_html('<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251"))[-13:]
    '<p>Привет</p>'
    >>> broken = '<meta charset="utf-8"><p>Grüße</p>'.encode("utf-8") + b"\\xff"
    >>> decode_html(broken).endswith("Grüße</p>\\ufffd")
    True
    """
    return decode(data, declared=declared_encoding(data))


def valid_utf8(data: bytes) -> bytes | None:
    """``data`` without its UTF-8 byte order mark if it is well-formed UTF-8, else None.

    Checked a megabyte at a time, so that a large page is never held twice.

    >>> valid_utf8("\ufeff<p>Grüße</p>".encode())
    b'<p>Gr\\xc3\\xbc\\xc3\\x9fe</p>'
    >>> valid_utf8(b"<p>Gr\\xfc\\xdfe</p>") is None
    True
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # and the UTF-32 marks, which begin with these
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    view = memoryview(data)
    try:
        for start in range(0, len(data), _CHECK_STEP):
            decoder.decode(view[start : start + _CHECK_STEP])
        decoder.decode(b"", True)
    except UnicodeDecodeError:
        return None
    return data


_CHECK_STEP: Final = 1 << 20
