"""HTML mode: decoding, detection, the DOM reader, DOM rules, output, robustness.

Golden HTML samples: ``samples/NAME.html`` must give ``NAME.expected.txt``
(and ``NAME.expected.md`` with ``output="markdown"`` when that file exists).
"""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner
import cleaner.page
import cleaner.read.html.concepts as concepts_module
from cleaner.config import Config
from cleaner.read.html import declared_encoding, decode_html, looks_like_html, parse_html
from cleaner.rules.dom import (
    dom_boilerplate,
    duplicate_block,
    figure_caption,
    link_list,
    title_heading,
)
from cleaner.run.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
HTML_SAMPLES = sorted(p.stem for p in SAMPLES.glob("*.html"))

PROSE = "The council approved the new budget on Tuesday after a long debate about roads."


def page(body: str, title: str = "Budget approved - Daily") -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"


# -- golden samples -------------------------------------------------------------


def test_there_are_html_samples() -> None:
    assert len(HTML_SAMPLES) >= 6


@pytest.mark.parametrize("name", HTML_SAMPLES)
def test_html_sample_article(name: str) -> None:
    data = (SAMPLES / f"{name}.html").read_bytes()
    expected = (SAMPLES / f"{name}.expected.txt").read_text(encoding="utf-8")
    assert cleaner.clean(data) == expected  # auto mode finds the HTML
    assert cleaner.clean(data, mode="html") == expected


@pytest.mark.parametrize(
    "name", [n for n in HTML_SAMPLES if (SAMPLES / f"{n}.expected.md").is_file()]
)
def test_html_sample_markdown(name: str) -> None:
    data = (SAMPLES / f"{name}.html").read_bytes()
    expected = (SAMPLES / f"{name}.expected.md").read_text(encoding="utf-8")
    assert cleaner.clean(data, output="markdown") == expected


# -- detection ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "\ufeff  <!-- saved page -->\n<html lang=en><p>x</p>",
        "<?xml version='1.0'?><html><body>x</body></html>",
        "<head><title>x</title></head>",
        "<body><p>x</p></body>",
        "<div><p>One</p><p>Two</p></div>",
        "\n\n   <p>Hello</p>",
    ],
)
def test_looks_like_html(text: str) -> None:
    assert looks_like_html(text)
    assert looks_like_html(text.encode("utf-8"))


@pytest.mark.parametrize(
    "text",
    [
        "Use the <div> tag to group content.",
        "Home\nNews\n\nThe council approved the budget.",
        "a < b and c > d",
        "<not really a tag",
        "",
    ],
)
def test_text_is_not_html(text: str) -> None:
    assert not looks_like_html(text)


def test_utf16_html_is_detected_and_decoded() -> None:
    data = codecs.BOM_UTF16_LE + page(f"<p>{PROSE}</p>").encode("utf-16-le")
    assert looks_like_html(data)
    assert cleaner.explain(data).mode == "html"
    assert PROSE in cleaner.clean(data)


def test_auto_mode_keeps_text_as_text() -> None:
    assert cleaner.explain(f"Menu\n\n{PROSE}\n").mode == "text"
    assert cleaner.explain(page(f"<p>{PROSE}</p>")).mode == "html"


# -- decoding -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="windows-1251">', "cp1251"),
        (b"<meta charset=utf-8>", "utf-8"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252"),
        (b'<?xml version="1.0" encoding="Shift_JIS"?>', "shift_jis"),
        (b'<meta charset="utf-16">', "utf-8"),  # ASCII bytes cannot be UTF-16
        (b'<meta charset="no-such-codec">', None),
        (b"<p>nothing declared</p>", None),
    ],
)
def test_declared_encoding(head: bytes, expected: str | None) -> None:
    assert declared_encoding(head + b"<p>x</p>") == expected


@pytest.mark.parametrize(
    ("text", "encoding", "declaration"),
    [
        ("Grüße aus Köln, schöne Straße", "cp1252", '<meta charset="iso-8859-1">'),
        ("Привет, как дела? Всё хорошо", "cp1251", '<meta charset="windows-1251">'),
        ("市立図書館の夜間開館", "shift_jis", '<?xml version="1.0" encoding="Shift_JIS"?>'),
        ("Zażółć gęślą jaźń", "iso-8859-2", '<meta charset="iso-8859-2">'),
        ("Grüße aus Köln", "utf-8", ""),
        ("Grüße aus Köln", "utf-8", '<meta charset="iso-8859-1">'),  # mislabelled UTF-8
    ],
)
def test_decode_html(text: str, encoding: str, declaration: str) -> None:
    data = f"{declaration}<p>{text}</p>".encode(encoding)
    assert text in decode_html(data)


def test_decode_boms() -> None:
    for bom, codec in [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be")]:
        assert "Grüße" in decode_html(bom + "<p>Grüße</p>".encode(codec))


def test_declared_utf8_with_a_bad_byte_stays_utf8() -> None:
    data = '<meta charset="utf-8"><p>Grüße aus Köln</p>'.encode() + b"\xff<p>more</p>"
    assert "Grüße aus Köln" in decode_html(data)


# -- the DOM reader -------------------------------------------------------------


def texts(html: str) -> list[str]:
    return [b.text for b in parse_html(html).blocks]


def test_scripts_styles_templates_and_hidden_elements_are_out() -> None:
    html = page(
        "<script>var a = 'script text';</script><style>p { color: red }</style>"
        "<template><p>template text</p></template><noscript><p>Enable JavaScript</p></noscript>"
        "<p hidden>hidden attr</p><div aria-hidden='true'>aria hidden</div>"
        "<div style='display: none'>display none</div><span class='sr-only'>screen reader</span>"
        f"<p>{PROSE}</p>"
    )
    assert texts(html) == ["Enable JavaScript", PROSE]


def test_a_hidden_element_holding_most_of_the_page_is_read() -> None:
    body = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(10))
    html = page(f"<nav><a href=/>Home</a></nav><div style='display:none'>{body}</div>")
    assert len(texts(html)) == 11


def test_block_kinds_paths_and_tokens() -> None:
    html = page(
        "<div class='post-share-buttons'><a href=#>Share</a></div>"
        "<article><h2>Steps</h2><ol><li>Mix</li><li>Bake</li></ol>"
        "<table><tr><th>Size</th><th>Price</th></tr><tr><td>S</td><td>4 €</td></tr></table>"
        "<pre>  x = 1\n  y = 2</pre><figure><figcaption>A photo</figcaption></figure></article>"
    )
    blocks = parse_html(html).blocks
    kinds = [(b.text, b.tag) for b in blocks]
    assert kinds == [
        ("Share", "div"),
        ("Steps", "h2"),
        ("Mix", "li"),
        ("Bake", "li"),
        ("Size\tPrice", "tr"),
        ("S\t4 €", "tr"),
        ("  x = 1\n  y = 2", "pre"),
        ("A photo", "figcaption"),
    ]
    share = blocks[0]
    assert "share" in share.dom_tokens and share.link_density == 1.0
    assert "article" in blocks[1].dom_tokens and "/article:" in blocks[1].path
    # items of one list and rows of one table share a paragraph
    assert blocks[2].paragraph == blocks[3].paragraph != blocks[1].paragraph
    assert blocks[4].paragraph == blocks[5].paragraph != blocks[3].paragraph


def test_line_breaks() -> None:
    blocks = parse_html(page("<p>Fahrrad Müller<br>Moselstraße 3<br><br>Zell</p>")).blocks
    assert [b.text for b in blocks] == ["Fahrrad Müller", "Moselstraße 3", "Zell"]
    assert blocks[0].paragraph == blocks[1].paragraph != blocks[2].paragraph


def test_link_density() -> None:
    block = parse_html(page("<p>Read <a href=/x>the full report</a> here.</p>")).blocks[0]
    assert 0.4 < block.link_density < 0.8


def test_title_metadata() -> None:
    html = page(f"<h1>Budget approved</h1><p>{PROSE}</p>")
    explanation = cleaner.explain(html)
    assert explanation.metadata["title"] == "Budget approved"
    assert explanation.metadata["document_title"] == "Budget approved - Daily"
    assert explanation.article == PROSE + "\n"


# -- DOM rules ------------------------------------------------------------------


def removed(rule: object, html: str) -> list[str]:
    blocks = parse_html(html).blocks
    gone = {v.index for v in rule(blocks, Config())}  # type: ignore[operator]
    return [b.text for b in blocks if b.index in gone]


ARTICLE = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(6))


@pytest.mark.parametrize(
    "furniture",
    [
        "<nav><a href=/>Startseite</a></nav>",
        "<footer><p>Impressum und Datenschutz</p></footer>",
        "<aside><p>Plus lus cette semaine</p></aside>",
        "<div class='related-posts'><p>Más noticias de la sección</p></div>",
        "<div id='comments'><p>Отличная статья, спасибо автору за подробности!</p></div>",
        "<div class='cookie-consent'><p>Usiamo i cookie</p></div>",
        "<div class='newsletter-box'><p>Schrijf je in</p></div>",
        "<div role='navigation'><p>Menu principal</p></div>",
    ],
)
def test_dom_boilerplate_removes(furniture: str) -> None:
    html = page(f"<main>{ARTICLE}</main>{furniture}")
    gone = removed(dom_boilerplate, html)
    assert len(gone) == 1 and gone[0] not in ARTICLE


@pytest.mark.parametrize(
    "wrapper",
    [
        "<div class='content has-sidebar'>{}</div>",  # a layout class around the article
        "<div class='sidebar-layout'><main>{}</main></div>",  # <main> inside
        "<div class='comments-open'>{}</div>",  # the only prose on the page
    ],
)
def test_dom_boilerplate_keeps_the_page_itself(wrapper: str) -> None:
    assert removed(dom_boilerplate, page(wrapper.format(ARTICLE))) == []


def test_forum_posts_are_content() -> None:
    posts = "".join(
        f"<div class='comment'><p>{PROSE} Reply number {i}.</p></div>" for i in range(4)
    )
    html = page(f"<div class='comment'><h1>Budget approved</h1>{posts}</div>")
    assert removed(dom_boilerplate, html) == []


@pytest.mark.parametrize(
    ("html", "gone"),
    [
        ("<ul><li><a href=/a>Sport</a></li><li><a href=/b>Kultur</a></li></ul>", 2),
        (f"<p>{PROSE} See <a href=/r>the report</a>.</p>", 0),
        ("<p><a href=/long>A long headline of a teaser that is a link to a story</a></p>", 0),
    ],
)
def test_link_list(html: str, gone: int) -> None:
    assert len(removed(link_list, page(html))) == gone


def test_figure_caption_and_title_heading() -> None:
    html = page(
        "<h1>Budget approved</h1><figure><img src=a.jpg><figcaption>The mayor (Photo: AP)"
        f"</figcaption></figure><h2>Budget approved</h2><p>{PROSE}</p>"
    )
    assert removed(figure_caption, html) == ["The mayor (Photo: AP)"]
    assert removed(title_heading, html) == ["Budget approved"]  # the first one only


def test_a_table_in_a_figure_is_no_caption() -> None:
    # A chart's data set in a figure beside it: rows of content, and the figure's caption.
    html = page(
        f"<p>{PROSE}</p><figure><img src=chart.png><table><tr><th>Date</th><th>Change</th></tr>"
        "<tr><td>1/1/2013</td><td>+13.1%</td></tr></table>"
        "<figcaption>Source: county records</figcaption></figure>"
    )
    assert removed(figure_caption, html) == ["Source: county records"]


def test_duplicate_block_keeps_the_original_not_the_quote() -> None:
    post = f"<p>{PROSE}</p>"
    html = page(f"{post}<div><blockquote>{PROSE}</blockquote><p>I agree with this.</p></div>")
    blocks = parse_html(html).blocks
    gone = {v.index for v in duplicate_block(blocks, Config())}
    assert [b.tag for b in blocks if b.index in gone] == ["blockquote"]


def test_a_line_that_recurs_in_one_list_is_a_refrain_and_every_copy_stays() -> None:
    # A training plan prints its warm-up under every day: five copies in one list.
    warm_up = "Warm up for ten minutes with easy jogging and five short running drills."
    days = "".join(
        f"<li>Day {d}: intervals of four minutes at a steady pace</li>" for d in range(5)
    )
    plan = "".join(f"<li>{warm_up}</li><li>Day {d}: four hills</li>" for d in range(5))
    blocks = parse_html(page(f"<p>{PROSE}</p><ul>{days}{plan}</ul>")).blocks
    assert not list(duplicate_block(blocks, Config()))
    # The same text once in each of five posts is a copy (a quoted post): four go.
    posts = "".join(f"<div class=post><p>{warm_up}</p><p>Reply {d}.</p></div>" for d in range(5))
    blocks = parse_html(page(f"<p>{PROSE}</p>{posts}")).blocks
    assert len(list(duplicate_block(blocks, Config()))) == 4


def test_rules_never_fire_in_text_mode() -> None:
    text = f"Home\nNews\n\n{PROSE}\n{PROSE}\n"
    for rule in (dom_boilerplate, link_list, figure_caption, title_heading, duplicate_block):
        assert cleaner.explain(text, mode="text").removed_by_rule()[rule.__name__] == 0


# -- output ---------------------------------------------------------------------


def test_markdown_output() -> None:
    html = page(
        f"<h1>Budget approved</h1><p>{PROSE}</p><h3>Details</h3><ul><li>Roads: 4 million</li>"
        "<li>Schools: 3 million</li></ul><pre>total = 7</pre>"
    )
    assert cleaner.clean(html, output="markdown") == (
        f"{PROSE}\n\n### Details\n\n- Roads: 4 million\n- Schools: 3 million\n\n"
        "```\ntotal = 7\n```\n"
    )


def test_unknown_output_is_refused() -> None:
    with pytest.raises(ValueError, match="output"):
        cleaner.clean("x", output="pdf")


# -- robustness -----------------------------------------------------------------


@pytest.mark.parametrize("depth", [300, 10_000, 100_000])
def test_deep_nesting_loses_nothing(depth: int) -> None:
    paragraphs = [f"<p>{PROSE} Deep paragraph {i}.</p>" for i in range(4)]
    html = page("<div>" * depth + "".join(paragraphs[:3]) + "</div>" * depth + paragraphs[3])
    article = cleaner.clean(html)
    assert [f"Deep paragraph {i}" in article for i in range(4)] == [True] * 4


@pytest.mark.parametrize(
    "html",
    [
        "<p>unclosed <b>bold <i>italic<p>next paragraph",
        "</div></div><p>stray closers</p></span>",
        "<table><tr><td>cell<td>cell<tr><td>row",
        "<<<>>><!-- unclosed comment",
        "\x00\x01<p>a\x00b\x02c</p>\x7f",
        "<p " + "a=1 " * 5000 + ">many attributes</p>",
        "<html><body><p>" + "x" * 200_000,
    ],
)
def test_broken_markup_gives_a_result(html: str) -> None:
    for data in (html, html.encode("utf-8")):
        article = cleaner.clean(data, mode="html")
        assert isinstance(article, str)
        assert "\x00" not in article and "\x01" not in article


def test_empty_and_whitespace_pages() -> None:
    for data in ("", "   ", b"", b"<html></html>"):
        assert cleaner.clean(data, mode="html") == ""


# -- command line ---------------------------------------------------------------


def run_cli(argv: list[str], data: bytes) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, stdin=io.BytesIO(data), stdout=out, stderr=io.StringIO())
    return code, out.getvalue()


def test_cli_html_on_stdin() -> None:
    data = page(f"<nav><a href=/>Home</a></nav><h1>Budget approved</h1><p>{PROSE}</p>").encode()
    assert run_cli([], data) == (0, PROSE + "\n")  # auto-detected
    assert run_cli(["--mode", "html"], data) == (0, PROSE + "\n")


def test_cli_markdown_output() -> None:
    data = page(f"<h2>Roads</h2><p>{PROSE}</p>").encode()
    assert run_cli(["--output", "markdown"], data) == (0, f"## Roads\n\n{PROSE}\n")


def test_cli_html_file(tmp_path: Path) -> None:
    name = HTML_SAMPLES[0]
    code, out = run_cli([str(SAMPLES / f"{name}.html")], b"")
    assert code == 0
    assert out == (SAMPLES / f"{name}.expected.txt").read_text(encoding="utf-8")


_PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the guide says what the reader should do next, and why it matters "
    f"for a budget that has to last the whole year.</p>"
    for n in range(12)
)


def test_a_button_that_swallowed_the_page_is_read() -> None:
    # A stray <div> inside a <button>: libxml2 ignores the </button>, and the
    # rest of the page becomes the button's content. Buttons are dropped, so
    # without care the page would come out empty.
    page = (
        "<html><body><header><button class='menu-button'><div><svg></svg>"
        "</button><a href='/'>Home</a></header><main><article><h1>Saving</h1>"
        + _PARAGRAPHS
        + "</article></main></body></html>"
    )
    article = cleaner.clean(page, mode="html")
    assert "Paragraph 0 of the guide" in article
    assert "Paragraph 11 of the guide" in article
    # A button of its own label stays out.
    labelled = "<main><p><button><span>Subscribe now</span></button></p>" + _PARAGRAPHS
    assert "Subscribe now" not in cleaner.clean(labelled + "</main>", mode="html")


def _removed_by_dom(html: str) -> list[str]:
    blocks = parse_html(html).blocks
    removed = {v.index for v in dom_boilerplate(blocks, Config())}
    return [b.text for b in blocks if b.index in removed]


_HALF = _PARAGRAPHS[: len(_PARAGRAPHS) // 2]


def test_utility_classes_name_nothing() -> None:
    # "lg:mr-[--sidebar-width]" styles an element beside a sidebar; it is no sidebar.
    html = (
        "<html><body><div><h1>Saving</h1>" + _HALF + "</div>"
        "<div class='w-full lg:mr-[--sidebar-container-width]'>" + _HALF + "</div>"
        "<div class='sidebar'><p>Popular this week</p></div></body></html>"
    )
    assert _removed_by_dom(html) == ["Popular this week"]


def test_hidden_on_small_screens_only_is_shown() -> None:
    blocks = parse_html(
        "<div class='hidden lg:block'><p>Shown on wide screens.</p></div>"
        "<div class='hidden'><p>Never shown.</p></div>"
    ).blocks
    assert [b.text for b in blocks] == ["Shown on wide screens."]


def test_an_element_named_nav_around_running_text_is_content() -> None:
    # Half the article sits in a "content-nav-section": running text, no menu.
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav><main>"
        "<div><h1>Saving</h1>" + _HALF + "</div>"
        "<div class='content-nav-section'>" + _HALF + "</div>"
        "<div class='post-nav'><a href='/p'>Previous post</a></div></main></body></html>"
    )
    assert _removed_by_dom(html) == ["Home About", "Previous post"]


def test_a_page_wrapper_named_sidebar_vouches_for_no_sidebar() -> None:
    # The wrapper holds most of the page and names a sidebar (its layout); the
    # real sidebar inside it is still furniture.
    html = (
        "<html><body><div class='layout with-sidebar'><main><h1>Saving</h1>"
        + _PARAGRAPHS
        + "</main><div class='right-sidebar'><h3>New here?</h3><p>Create your account "
        "and connect with a world of communities.</p></div></div></body></html>"
    )
    assert _removed_by_dom(html) == [
        "New here?",
        "Create your account and connect with a world of communities.",
    ]


def _thread(declaration: str) -> str:
    replies = "".join(
        f"<div class='crawler-post' itemprop='comment'><div class='post-meta'>reader{n} "
        f"January {n}, 2024</div><p>Reply {n}: I tried the same thing last winter and the "
        "second setting worked better for me, after a restart of the service.</p>"
        "<p>Add a comment</p></div>"
        for n in range(1, 7)
    )
    return (
        f"<html><head><title>Service will not start</title>{declaration}</head><body>"
        "<header><a href='/'>Community</a></header><main><h1>Service will not start</h1>"
        "<div class='crawler-post'><p>Since the update the service stops at boot with an "
        "error about its socket, and restarting it by hand does not help at all.</p></div>"
        f"{replies}</main><footer>About us</footer></body></html>"
    )


@pytest.mark.parametrize(
    "declaration",
    [
        '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>',
        '<meta itemscope itemtype="https://schema.org/QAPage">',
    ],
)
def test_a_page_declared_a_discussion_keeps_its_replies(declaration: str) -> None:
    article = cleaner.clean(_thread(declaration), mode="html")
    assert "stops at boot" in article
    assert all(f"Reply {n}:" in article for n in range(1, 7))
    assert "Community" not in article and "About us" not in article
    # Undeclared, the same markup reads as an article with comments under it.
    assert "Reply 1:" not in cleaner.clean(_thread(""), mode="html")


def test_a_layout_named_sidebar_around_nearly_all_the_prose_is_the_page() -> None:
    # 150+ words of prose outside it (a standfirst, a notice) do not make the
    # "sidebar-container" around the rest a sidebar: only comments are judged so.
    intro = "".join(
        f"<p>Notice {n}: the office is closed on public holidays, and replies to letters "
        "may take a little longer than usual during the summer months.</p>"
        for n in range(8)
    )
    html = (
        f"<html><body><div class='notices'>{intro}</div><div class='sidebar-container'>"
        f"<div class='grid'>{_PARAGRAPHS}{_PARAGRAPHS}{_PARAGRAPHS}</div></div></body></html>"
    )
    assert _removed_by_dom(html) == []


# -- the concept names, read as a trie ----------------------------------------

_NAMES = [word for words in concepts_module._CONCEPTS.values() for word in words.split()]
# The names as one alternation, longest first (the reader's pattern before the
# trie): what the trie must find.
_ALTERNATION = re.compile(
    r"(?<![a-z0-9])(?:"
    + "|".join(
        re.escape(word.rstrip("$")) + (r"(?![a-z0-9])" if word.endswith("$") else "")
        for word in sorted(_NAMES, key=len, reverse=True)
    )
    + ")"
)
# Class values made of names, cut names and what stands between words.
_CLASS_VALUES = st.lists(
    st.tuples(
        st.sampled_from([name.rstrip("$")[:cut] for name in _NAMES for cut in (None, 2, -1)]),
        st.sampled_from(["", " ", "-", "_", ":", "0", "a"]),
    ),
    max_size=8,
).map(lambda pairs: "".join(name + gap for name, gap in pairs))


@settings(max_examples=3000, deadline=None, derandomize=True, database=None)
@given(_CLASS_VALUES)
def test_the_concept_trie_finds_what_the_alternation_finds(value: str) -> None:
    assert concepts_module._CONCEPT_PATTERN.findall(value) == _ALTERNATION.findall(value)


@settings(max_examples=2000, deadline=None, derandomize=True, database=None)
@given(st.lists(_CLASS_VALUES, max_size=6))
def test_class_values_read_a_word_at_a_time_name_the_same(values: list[str]) -> None:
    words: dict[object, frozenset[str]] = {}
    for value in values:
        assert concepts_module.value_concepts(value, words) == concepts_module.class_concepts(value)


def test_blocks_share_the_elements_the_walk_made_once() -> None:
    """Blocks of one element hold the same Element objects: no stage reads the tree
    back out of a string, and the path is written from them for people."""
    page = parse_html("<body><div class=sidebar><p>One</p><p>Two <span class=x>2</span></p></div>")
    one, two = page.blocks
    assert [element.tag for element in one.elements] == ["html", "body", "div", "p"]
    assert all(a is b for a, b in zip(one.elements[:-1], two.elements[:-1], strict=True))
    assert one.elements[-1] is not two.elements[-1]
    assert one.elements[2].tokens == {"sidebar"} and one.elements[3].parent is one.elements[2]
    assert one.path == "html:1/body:2/div:3.sidebar/p:4"
    assert cleaner.page.Block(0, "text", 0).path == ""


def test_a_block_nested_very_deep_keeps_its_outer_and_inner_elements() -> None:
    deep = parse_html("<div>" * 60 + "<p>Deep</p>" + "</div>" * 60).blocks[0]
    assert len(deep.elements) == 16 + 1 + 32 and deep.elements[16] is cleaner.page.GAP
    assert deep.path.split("/")[14:19] == ["div:15", "div:16", ".…", "div:32", "div:33"]


def test_an_html_page_takes_one_pass() -> None:
    # The article of an HTML page is text: cleaned again, it is read in text mode,
    # so the HTML reading owes no fixed point, and the tree is judged once.
    for name in HTML_SAMPLES:
        explanation = cleaner.explain((SAMPLES / f"{name}.html").read_bytes(), mode="html")
        assert explanation.passes == 1, name


def test_second_look_widens_a_container_that_holds_little_of_the_page() -> None:
    from cleaner.locate.container import _element_sums, second_look

    items = "".join(
        f"<li>Lecture {i}: the tensor method and mixtures, worked examples</li>" for i in range(40)
    )
    html = f"<div><p>{PROSE}</p><ul>{items}</ul></div>"
    blocks = parse_html(page(html)).blocks
    # The paragraph's points beat the lists' (each item costs a little): it was chosen.
    scores = [600.0 if b.tag == "p" else -5.0 for b in blocks]
    tree = _element_sums(blocks, scores)
    paragraph = blocks[0].elements[-1]
    wider = second_look(blocks, {}, paragraph, tree)
    assert wider is paragraph.parent and wider.tag == "div"
    # A container that holds most of the page's text stays.
    few = parse_html(page(f"<div><p>{PROSE}</p><ul><li>One item here</li></ul></div>")).blocks
    few_tree = _element_sums(few, [600.0 if b.tag == "p" else -5.0 for b in few])
    assert second_look(few, {}, few[0].elements[-1], few_tree) is few[0].elements[-1]


def test_the_page_type_and_what_decided_it_are_in_the_metadata() -> None:
    thread = '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'
    explained = cleaner.explain(page(thread + f"<p>{PROSE}</p>"))
    assert explained.metadata["page_type"] == "forum"
    assert explained.metadata["page_type_by"] == "declares DiscussionForumPosting"
    product = '<div itemscope itemtype="https://schema.org/Product"><h1>Kettle</h1></div>'
    assert cleaner.explain(page(product)).metadata["page_type"] == "product"
    article = cleaner.explain(page(f"<p>{PROSE}</p>"))
    assert article.metadata["page_type"] == "article"
    assert article.metadata["page_type_by"].startswith("shape: ")
    text = cleaner.explain(f"{PROSE}\n\n{PROSE}\n", mode="text")
    assert text.metadata["page_type"] == "article"


def test_every_explained_page_has_a_confidence_in_its_article() -> None:
    good = cleaner.explain(page(f"<p>{PROSE}</p><p>{PROSE}</p>"))
    menu = cleaner.explain(
        page("<ul><li><a href=/a>News</a></li><li><a href=/b>Sport</a></li></ul>")
    )
    text = cleaner.explain(f"{PROSE}\n\n{PROSE}\n", mode="text")
    for explained in (good, menu, text):
        assert 0.0 <= explained.metadata["confidence"] <= 1.0
    assert good.metadata["confidence"] > menu.metadata["confidence"]
