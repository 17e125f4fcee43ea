"""What kind of page this is: an article, a forum thread, a product, a listing, documentation.

A page says what it is when it declares schema.org types (JSON-LD, microdata)
or an ``og:type``; the HTML reader collects them (``metadata["declared"]``,
``metadata["og_type"]``). Where it says nothing that decides, the shape of its
blocks does: how much of its text is prose, code, list items and table rows,
and link text. :func:`page_type` gives the type and what decided it, for
``explain().metadata`` (``page_type``, ``page_type_by``) and ``--explain``.

Each decision is a small test in a fixed order, declared types first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from cleaner.measure.features import is_prose
from cleaner.page import Block

__all__ = ["PAGE_TYPES", "page_type"]

#: Every type a page may be given.
PAGE_TYPES: Final = (
    "article",
    "forum",
    "product",
    "collection",
    "listing",
    "documentation",
    "recipe",
    "page",
)

# Declared schema.org types, in the order they decide: a thread is a thread
# whatever else it declares; a page declaring products is a product's, or a
# collection's when it declares several; then recipes, documentation, listings
# and articles. Types every page declares (Organization, WebSite, WebPage,
# BreadcrumbList, ImageObject, Person) decide nothing.
_FORUM_TYPES: Final = frozenset({"DiscussionForumPosting", "QAPage"})
_PRODUCT_TYPES: Final = frozenset({"Product", "ProductGroup", "IndividualProduct"})
_RECIPE_TYPES: Final = frozenset({"Recipe"})
_DOCUMENTATION_TYPES: Final = frozenset({"TechArticle", "APIReference", "SoftwareSourceCode"})
_LISTING_TYPES: Final = frozenset({"CollectionPage", "SearchResultsPage", "OfferCatalog"})
_ARTICLE_TYPES: Final = frozenset(
    {
        "Article",
        "NewsArticle",
        "BlogPosting",
        "Report",
        "ScholarlyArticle",
        "LiveBlogPosting",
        "OpinionNewsArticle",
        "AnalysisNewsArticle",
        "ReportageNewsArticle",
        "HowTo",
    }
)
# This many products declared make a collection of them.
_COLLECTION_PRODUCTS: Final = 3
# Shape: a page with this share of its words in prose is an article; with this
# many blocks of code and this share of its words in them, documentation; with
# this share of its words in links, a listing.
_PROSE_SHARE: Final = 0.5
_CODE_BLOCKS: Final = 3
_CODE_SHARE: Final = 0.05
_LINK_SHARE: Final = 0.5
_ITEM_SHARE: Final = 0.4


def page_type(
    blocks: Sequence[Block], declared: Iterable[str] = (), og_type: str = ""
) -> tuple[str, str]:
    """The page's type (one of :data:`PAGE_TYPES`) and what decided it.

    >>> page_type([], ["Organization", "DiscussionForumPosting"])
    ('forum', 'declares DiscussionForumPosting')
    >>> page_type([], ["Product", "Product", "Product"])
    ('collection', 'declares 3 Products')
    >>> page_type([], [], "product")
    ('product', 'og:type product')
    >>> from cleaner.read.text import text_to_blocks
    >>> lines = "$ pip install example\\nimport example\\nprint(example.VERSION)\\nDone."
    >>> page_type(text_to_blocks(lines))
    ('documentation', 'shape: 3 lines of code, 89% of its words')
    """
    counted: dict[str, int] = {}
    for name in declared:
        counted[name] = counted.get(name, 0) + 1
    found = _declared(counted)
    if found is not None:
        return found
    og = og_type.strip().lower()
    if og in ("product", "product.item", "og:product"):
        return "product", f"og:type {og}"
    if og == "product.group":
        return "collection", f"og:type {og}"
    if og == "article":
        return "article", "og:type article"
    return _shape(blocks)


def _declared(counted: dict[str, int]) -> tuple[str, str] | None:
    """The type the declared schema.org types decide, if they decide one."""
    for name in _FORUM_TYPES:
        if name in counted:
            return "forum", f"declares {name}"
    products = sum(counted.get(name, 0) for name in _PRODUCT_TYPES)
    if products >= _COLLECTION_PRODUCTS or (products and "ItemList" in counted):
        return "collection", f"declares {products} Products"
    if products:
        return "product", "declares Product"
    for names, kind in (
        (_RECIPE_TYPES, "recipe"),
        (_DOCUMENTATION_TYPES, "documentation"),
        (_LISTING_TYPES, "listing"),
        (_ARTICLE_TYPES, "article"),
    ):
        for name in sorted(names):
            if name in counted:
                return kind, f"declares {name}"
    return None


def _shape(blocks: Sequence[Block]) -> tuple[str, str]:
    """The type the blocks' shape tells: code, prose, link text, items."""
    words = prose = code = linked = items = 0
    code_blocks = 0
    for block in blocks:
        features = block.features
        count = features.words
        words += count
        if block.tag == "pre" or features.code:
            code += count
            code_blocks += 1
        elif is_prose(features, 12):
            prose += count
        linked += round(count * block.link_density)
        if block.tag in ("li", "tr", "dt", "dd") or features.bullet:
            items += count
    if not words:
        return "page", "shape: no words"
    if code_blocks >= _CODE_BLOCKS and code >= _CODE_SHARE * words:
        return (
            "documentation",
            f"shape: {code_blocks} {'blocks' if blocks[0].tag else 'lines'} of code,"
            f" {code / words:.0%} of its words",
        )
    if prose >= _PROSE_SHARE * words:
        return "article", f"shape: {prose / words:.0%} of its words in prose"
    if linked >= _LINK_SHARE * words and items >= _ITEM_SHARE * words:
        return (
            "listing",
            f"shape: {linked / words:.0%} of its words in links, {items / words:.0%} in items",
        )
    return "page", f"shape: {prose / words:.0%} of its words in prose"
