"""HTML -> blocks carrying DOM features, and the page's metadata (see :mod:`.parse`)."""

from __future__ import annotations

from cleaner.read.html.parse import (
    HtmlPage,
    declared_encoding,
    decode_html,
    looks_like_html,
    parse_html,
)

__all__ = ["HtmlPage", "declared_encoding", "decode_html", "looks_like_html", "parse_html"]
