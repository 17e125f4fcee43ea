"""What a page's head says about it: title, description, site name, author, date,
URL and language; and which headings may repeat its title."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex
from lxml import etree

from cleaner.lang.script import line_key
from cleaner.page import Block

_META_NAMES: Final = {
    "og:title": "og_title",
    "twitter:title": "twitter_title",
    "description": "description",
    "og:description": "og_description",
    "og:site_name": "site_name",
    "author": "author",
    "article:author": "author",
    "article:published_time": "published",
    "og:url": "url",
    "date": "published",
    "dc.date": "published",
    "og:locale": "locale",
    "og:type": "og_type",
}


# A schema.org type in JSON-LD: "@type": "Product", or a list of them.
_LD_TYPE: Final = regex.compile(r'"@type"\s*:\s*(?:"([^"]{1,80})"|\[([^\]]{0,400})\])')
_LD_NAME: Final = regex.compile(r'"([^"]{1,80})"')
_DECLARED: Final = etree.XPath('//script[@type="application/ld+json"] | //*[@itemtype]')


def declared_types(root: etree._Element) -> list[str]:
    """The schema.org types the page declares, in JSON-LD and microdata, in order
    (repeated as often as declared).

    >>> page = '<script type="application/ld+json">{"@type": ["Product"], "offers":'
    >>> page += ' {"@type": "Offer"}}</script><div itemtype="https://schema.org/Review"></div>'
    >>> declared_types(etree.fromstring(page, etree.HTMLParser()))
    ['Product', 'Offer', 'Review']
    """
    found: list[str] = []
    for element in _DECLARED(root):
        if element.tag == "script":
            for one, several in _LD_TYPE.findall(element.text or ""):
                found.extend([one] if one else _LD_NAME.findall(several))
        else:
            found.extend(
                value.rstrip("/").rsplit("/", 1)[-1]
                for value in (element.get("itemtype") or "").split()
            )
    return [name.rsplit(":", 1)[-1] for name in found if name]


def head_metadata(root: etree._Element) -> dict[str, str]:
    """Title, description, site name, author, date, URL, language and ``og:type``
    from the head, and the schema.org types the page declares (``declared``,
    separated by spaces)."""
    found: dict[str, str] = {}
    declared = declared_types(root)
    if declared:
        found["declared"] = " ".join(declared)
    for element in root.iter("title", "meta", "link"):
        if element.tag == "title":
            text = " ".join("".join(element.itertext()).split())
            if text and "document_title" not in found:
                found["document_title"] = text
        elif element.tag == "meta":
            name = (element.get("property") or element.get("name") or "").lower()
            key = _META_NAMES.get(name)
            content = " ".join((element.get("content") or "").split())
            if key and content and key not in found:
                found[key] = content
        elif (element.get("rel") or "").lower() == "canonical" and element.get("href"):
            found.setdefault("url", element.get("href", ""))
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        found["lang"] = lang.strip()
    return found


# Runs of spaces are tried from their first space only ((?<!\s)), so that a
# long run costs its length, not its length squared. Wider than the text
# locator's separator (locate.title._TITLE_SEPARATOR): a <title> element is known to
# be a title, so "/" and unspaced dashes split it too; a page's first line is
# only maybe one, and "A/B testing" or "Jean–Paul" must stay whole there.
# Chinese sites join the headline and the site's name with an underscore
# ("标题_网站名"), between two characters of a script without spaces.
_TITLE_SEPARATOR: Final = regex.compile(
    r"(?<!\s)\s+[-|–—:•·»/]+\s+|(?<!\s)\s+[|｜–—»]\s*|[|｜–—»]\s*"
    r"|(?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}])_(?=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}])"
)


def title_keys(metadata: dict[str, str]) -> frozenset[str]:
    """Keys a title heading may have: the titles, and their parts between separators."""
    keys: set[str] = set()
    for name in ("og_title", "twitter_title", "document_title"):
        title = metadata.get(name)
        if title:
            keys.add(line_key(title))
            keys.update(line_key(part) for part in _TITLE_SEPARATOR.split(title))
    keys.discard("")
    keys.discard(line_key(metadata.get("site_name", "")))
    return frozenset(keys)


def name_title(metadata: dict[str, str], blocks: Iterable[Block]) -> None:
    """The page's title: its title heading, else og:title, else ``<title>``."""
    heading = next((b.text for b in blocks if "title" in b.dom_tokens), None)
    title = heading or metadata.get("og_title") or metadata.get("document_title")
    if title:
        metadata["title"] = title
