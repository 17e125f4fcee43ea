"""What an element names: concepts read from its class, id, role, itemprop and tag.

A concept (``share``, ``related``, ``comment``, ``nav``, ``article``...) is a
token the rules and the locator read; the class-name vocabulary here is the
markup's own (class names are written in English whatever the page's
language), so it lives with the reader, not with the language packs. A
hidden element (``hidden``, ``display:none``, screen-reader classes) gets the
``hidden`` token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

from cleaner.page import NO_TOKENS

# Concepts named in class and id values. A name matches at the start of a word
# of the value ("post-share-buttons", "shareBar", "site_footer"), never inside
# one ("canvas" is not "nav"); a trailing "$" asks for the whole word ("ad",
# not "address").
_CONCEPTS: Final[dict[str, str]] = {
    "share": "share sharing social sociable addthis addtoany a2a sharethis shariff likebtn",
    "related": "related recommend morestories more-stories more_stories also-like youmay you-may "
    "trending popular mostread most-read most_read outbrain taboola zergnet readnext read-next "
    "upnext up-next more-from morefrom more-articles also-read",
    "comment": "comment disqus respond replies discussion reactions livefyre",
    "footer": "footer copyright colophon site-info",
    "nav": "nav menu skip-link skiplink topbar toolbar",
    "breadcrumb": "breadcrumb crumbs",
    "pagination": "pagination pager paging page-numbers",
    "sidebar": "sidebar side-bar side_bar aside",
    "cookie": "cookie consent gdpr onetrust cookiebot",
    "newsletter": "newsletter subscribe subscription signup sign-up optin opt-in mailchimp mc4wp",
    "promo": "promo advert ads$ ad$ adsense adslot dfp gpt- sponsor affiliate",
    "author": "byline",
    "meta": "meta$ date$ pubdate dateline timestamp posted-on tags$ tag-list taglist tagcloud "
    "tag-cloud categories",
    "header": "header masthead",
    "modal": "modal popup pop-up overlay lightbox dialog",
    "feedback": "feedback was-this-helpful helpful",
    "login": "login log-in signin sign-in register paywall piano",
    "article": "article entry-content entry-body post-content post-body post-entry postbody story "
    "articlebody main-content maincontent page-content blog-post hentry h-entry e-content prose "
    "rich-text richtext markdown-body content-body",
}
_CONCEPT_OF: Final = {
    word.rstrip("$"): concept for concept, words in _CONCEPTS.items() for word in words.split()
}


def _name_pattern(words: Iterable[str]) -> str:
    """One regex that matches, at a word start, the longest of ``words`` ("name$" asks for
    the whole word), as a trie: a letter at a time, so that at each word start the
    engine tries the few names that go on as the value does rather than every name.
    It finds what one alternation of the names, longest first, finds.

    >>> re.findall(_name_pattern(["ad$", "ads$", "adsense", "nav"]), "adsense ads-top adx nav")
    ['adsense', 'ads', 'nav']
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for letter in word.rstrip("$"):
            node = node.setdefault(letter, {})
        # "" marks a name's end: True when only the whole word counts ("ad$"), False
        # when any word starting so does (a plain name wins over a "$" one).
        node[""] = node.get("", True) and word.endswith("$")

    def branches(node: dict[str, Any]) -> str:
        # Longer names first: at most one letter goes on, and a name ending here comes last.
        found = [re.escape(letter) + branches(child) for letter, child in node.items() if letter]
        if "" in node:
            found.append(r"(?![a-z0-9])" if node[""] else "")
        return found[0] if len(found) == 1 else "(?:" + "|".join(found) + ")"

    return r"(?<![a-z0-9])" + branches(trie)


# Checked at word starts only: Python's re scans class values several times faster
# than one group per concept, and a trie faster than one alternation of the names.
_CONCEPT_PATTERN: Final = re.compile(
    _name_pattern(word for words in _CONCEPTS.values() for word in words.split())
)

TAG_TOKENS: Final = {
    "nav": "nav",
    "aside": "sidebar",
    "footer": "footer",
    "header": "header",
    "form": "form",
    "article": "article",
    "main": "main",
    "menu": "nav",
    "address": "author",
}
_ROLE_TOKENS: Final = {
    "navigation": "nav",
    "complementary": "sidebar",
    "contentinfo": "footer",
    "banner": "header",
    "main": "main",
    "article": "article",
    "dialog": "modal",
    "alertdialog": "modal",
    "search": "nav",
    "menu": "nav",
    "menubar": "nav",
    "toolbar": "nav",
    "tablist": "nav",
}


def class_concepts(value: str) -> frozenset[str]:
    """The concepts a class or id value names.

    >>> sorted(class_concepts("post-share-buttons entry-content"))
    ['article', 'share']
    >>> sorted(class_concepts("canvas address headline"))
    []
    >>> sorted(class_concepts("w-full lg:mr-[--sidebar-width] md:hidden"))
    []
    """
    if ":" in value or "[" in value:
        # Utility classes with a variant or an arbitrary value ("lg:mr-[--sidebar-width]")
        # style an element; they do not name what it is.
        value = " ".join(v for v in value.split() if ":" not in v and "[" not in v)
    found = _CONCEPT_PATTERN.findall(value.lower())
    # Most values name nothing.
    return frozenset(map(_CONCEPT_OF.__getitem__, found)) if found else NO_TOKENS


def value_concepts(value: str, words: dict[object, frozenset[str]]) -> frozenset[str]:
    """:func:`class_concepts` of ``value``, a word at a time (``words`` holds the words read
    on the page): a page's values share their words ("clearfix", "col-md-8"), and no
    name spans two words, so the concepts of a value are those of its words.

    >>> sorted(value_concepts("post-share-buttons entry-content lg:nav", {}))
    ['article', 'share']
    """
    found = NO_TOKENS
    for word in value.split():
        concepts = words.get(word)
        if concepts is None:
            concepts = words[word] = class_concepts(word)
        if concepts:
            found = found | concepts if found else concepts
    return found


# Attributes besides class and id that concepts_of reads.
RARE_ATTRIBUTES: Final = frozenset({"itemprop", "role", "style", "hidden", "aria-hidden"})


def concepts_of(
    tag: str,
    classes: str | None,
    itemprop: str | None = None,
    role: str | None = None,
    style: str | None = None,
    hidden: str | None = None,
    aria_hidden: str | None = None,
    *,
    words: dict[object, frozenset[str]],
) -> frozenset[str]:
    # The class and itemprop values read as one ("post-body articleBody").
    found = value_concepts(classes, words) if classes else NO_TOKENS
    if itemprop:
        found = found | value_concepts(itemprop, words)
    named = TAG_TOKENS.get(tag)
    if named:
        found = found | {named}
    if role:
        named = _ROLE_TOKENS.get(role)
        if named:
            found = found | {named}
    if (
        hidden is not None
        or aria_hidden == "true"
        or (style and _HIDDEN_STYLE.search(style))
        or (
            classes
            and not _HIDDEN_CLASSES.isdisjoint(classes.lower().split())
            # "hidden lg:block": hidden on small screens, shown on large ones
            and _SHOWN_AT_SOME_WIDTH.search(classes) is None
        )
    ):
        found = found | _HIDDEN
    return found


_HIDDEN: Final = frozenset({"hidden"})
# Whole class names that hide an element (screen-reader text, toggled panels).
_HIDDEN_CLASSES: Final = frozenset(
    {
        "hidden",
        "sr-only",
        "visually-hidden",
        "visuallyhidden",
        "screen-reader-text",
        "screen-reader-only",
        "element-invisible",
        "is-hidden",
        "u-hidden",
    }
)
_SHOWN_AT_SOME_WIDTH: Final = re.compile(
    r"(?<!\S)(?:[\w-]+:)+(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)(?!\S)"
)
_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
