"""Page-shaped fuzz inputs built from a byte string, and the invariants each must keep.

Every input is a function of a byte string (:func:`build_case`), consumed
choice by choice as atheris' FuzzedDataProvider would, so the same builder
serves three engines: random bytes from a seeded generator (fast, parallel,
hours), hypothesis' ``st.binary()`` (CI, with shrinking) and atheris
(coverage-guided mutation). Whatever the bytes, the result is a plausible
page or a plausible piece of junk: a mixture of prose in many scripts,
menus, share lines and other boilerplate, runs of one character, control
characters and line separators; HTML tag soup (unclosed, misnested, deep,
attribute storms, comments, entities, charsets declared right and wrong);
and, for bytes, every common encoding with and without BOM, corrupted
bytes, binary magic numbers and random bytes.

:func:`check_case` cleans an input and raises :class:`Violation` when an
invariant breaks. An exception that is a documented :class:`cleaner.CleanerError`
is an answer, not a failure; anything else escaping the library is.
"""

from __future__ import annotations

import codecs
import html as html_lib
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cleaner
from cleaner.errors import CleanerError, OutputWarning
from cleaner.read.decode import decode, looks_binary
from cleaner.read.text import normalize_text

REPO = Path(__file__).resolve().parent.parent
MODES = ("text", "html")


class Violation(AssertionError):
    """An invariant broke: the message says which."""


@dataclass(frozen=True)
class Case:
    """One fuzz input: the page and how it is cleaned."""

    #: the generator that made it: "text" or "html" (the page's nature)
    kind: str
    page: str | bytes
    #: the ``mode`` passed to clean: "auto", "text" or "html"
    mode: str = "auto"
    output: str = "text"

    def describe(self) -> str:
        size = len(self.page)
        unit = "bytes" if isinstance(self.page, bytes) else "chars"
        return f"{self.kind} page, {size} {unit}, mode={self.mode}, output={self.output}"


class Source:
    """Choices drawn from a byte string; zeros once it runs out (so every input is finite)."""

    __slots__ = ("data", "pos")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            return 0
        self.pos += 1
        return self.data[self.pos - 1]

    def below(self, n: int) -> int:
        """An integer in [0, n)."""
        if n <= 1:
            return 0
        value = self.byte()
        if n > 256:
            value = value << 8 | self.byte()
        if n > 65536:
            value = value << 8 | self.byte()
        return value % n

    def chance(self, one_in: int) -> bool:
        return self.below(one_in) == 0

    def pick(self, items: Sequence[str]) -> str:
        return items[self.below(len(items))]

    def size(self, small: int, large: int) -> int:
        """Mostly up to ``small``, one time in 16 up to ``large``."""
        return self.below(large + 1) if self.chance(16) else self.below(small + 1)

    def raw(self, n: int) -> bytes:
        """Up to ``n`` of the remaining bytes, verbatim."""
        piece = self.data[self.pos : self.pos + n]
        self.pos += len(piece)
        return piece

    @property
    def exhausted(self) -> bool:
        return self.pos >= len(self.data)


# -- vocabulary -----------------------------------------------------------------

PROSE = [
    "The council approved the new budget on Tuesday after a long debate about schools and roads.",
    "Share your thoughts with your doctor before changing the dose of any medicine you take.",
    "Cookies were sold at the fair for charity, and the money went to the local library.",
    "The company said related costs rose 4% in the third quarter, more than analysts expected.",
    "Nobody was hurt.",
    "What happens next?",
    "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.",
    "Le conseil municipal a adopté mardi le nouveau budget après un long débat sur les écoles.",
    "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate.",
    "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito.",
    "De gemeenteraad heeft dinsdag na een lang debat de nieuwe begroting goedgekeurd.",
    "Городской совет во вторник одобрил новый бюджет после долгих дебатов о школах.",
    "Rada miasta zatwierdziła we wtorek nowy budżet po długiej debacie o szkołach.",
    "東京で新しい図書館が開館し、初日には多くの市民が訪れました。",
    "新图书馆周二开放，第一天就有很多市民前来参观。",
    "서울시는 화요일 긴 논쟁 끝에 새 예산을 승인했다.",
    "وافق المجلس البلدي يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل حول المدارس.",
    "אישרה מועצת העיר ביום שלישי את התקציב החדש לאחר ויכוח ארוך.",
    "नगर परिषद ने मंगलवार को लंबी बहस के बाद नया बजट मंज़ूर किया।",
    "สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันอังคารหลังการอภิปรายอันยาวนาน",
    "- Always set a timeout.",
    "1. Preheat the oven to 180 degrees.",
    "    for attempt in range(attempts):",
    "$ pip install cleaner",
    "if x > 0:",
]
BOILERPLATE = [
    "Home",
    "News",
    "Sports",
    "Menu",
    "Search",
    "Skip to content",
    "Share this @example.com",
    "Share on Facebook",
    "Teilen",
    "Partager",
    "12 shares",
    "Facebook Twitter WhatsApp",
    "Advertisement",
    "Anzeige",
    "We use cookies to improve your experience.",
    "Accept all",
    "Sign up for our newsletter",
    "Subscribe to continue reading.",
    "Log In",
    "Was this article helpful?",
    "Yes",
    "No",
    "23 Comments",
    "Leave a Reply",
    "Jane Doe says:",
    "Reply",
    "© 2024 Example Media. All rights reserved.",
    "Privacy | Terms | Contact",
    "Tags: politics, economy",
    "Home > News > World",
    "Next page »",
    "1 2 3 … 9 Next",
    "By Jane Doe",
    "November 20, 2019",
    "5 min read",
    "The mayor at the opening. Photo: Jane Doe",
    "READ ALSO: Storm hits coast",
    "You May Also Like",
    "Mehr zum Thema",
    "Storm Hits Coast",
    "The storm that hit the coast on Friday left…",
    "Council Approves New Budget For Schools",
    "Page 2 of 5",
    "Updated 3 hours ago",
    "Published: 12.03.2021 14:05",
    "1 of 4",
    "jane@example.com",
    "@example",
    "Lesezeit: 4 Minuten",
    "Image: Getty Images",
    "Your email address will not be published.",
    "Leia também: Chuva forte",
]
# Characters the patterns repeat or anchor on, and the ones that break naive code.
_CHARSETS = [
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789",
    " \t\u00a0\u2000\u200b\u3000\ufeff",
    "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
    "".join(map(chr, range(0x00, 0x20))) + "\x7f" + "".join(map(chr, range(0x80, 0xA0))),
    "".join(map(chr, range(0x0300, 0x0370))),
    "😀👍🏽👨‍👩‍👧‍👦🇩🇪❤️\u200d\ufe0f\U0001f3fb",
    "ابتثجحخدذرسشصضطظعغفقكلمنهوي אבגדהוזחטיכלמנסעפצקרשת\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069",
    "日本語の文章と中文句子。한국어 문장！",
    ".,;:!?¡¿…\"'“”‘’„«»‹›()[]{}<>/\\|-–—•·*#@&+=%$€©®™°^~_",
    ">»›/| ",
    "\ud800\udbff\udc00\udfff\ufffe\uffff\U0010ffff\ue000",
]
# Short tokens to repeat into long adversarial runs.
_RUN_UNITS = [
    "a",
    " ",
    "1",
    "1 ",
    "a.",
    ". ",
    "» ",
    "> ",
    "/ ",
    "| ",
    "- ",
    "© ",
    "…",
    "...",
    "@",
    "a@",
    "a-",
    "\t",
    "    ",
    "Share ",
    "by ",
    "Home > ",
    "1 2 ",
    "Aa ",
    "A ",
    "ab|",
    "(",
    ")",
    "((",
    "x=",
    "=",
    ";",
    "{",
    "}",
    ":",
    "<",
    "<a>",
    "&",
    "&amp;",
    "\u0301",
    "😀",
    "ا",
    "日",
]
_TAGS = [
    "p",
    "div",
    "span",
    "a",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "h1",
    "h2",
    "h3",
    "h4",
    "pre",
    "code",
    "blockquote",
    "section",
    "article",
    "main",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "figure",
    "figcaption",
    "br",
    "hr",
    "img",
    "b",
    "i",
    "em",
    "strong",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "button",
    "select",
    "option",
    "textarea",
    "title",
    "meta",
    "head",
    "body",
    "html",
    "frameset",
    "caption",
    "details",
    "summary",
    "menu",
    "font",
    "center",
    "x-widget",
    "o:p",
    "dialog",
]
_CLASSES = [
    "share",
    "social-share",
    "related",
    "related-posts",
    "nav",
    "menu",
    "footer",
    "comments",
    "sidebar",
    "widget",
    "cookie-banner",
    "newsletter",
    "ad",
    "advert",
    "byline",
    "author",
    "entry-content",
    "article-body",
    "post-content",
    "hidden",
    "sr-only",
    "breadcrumb",
    "pagination",
    "tags",
    "modal",
    "paywall",
    "canvas",
    "address",
    "x" * 200,
]
_ATTRIBUTES = [
    'class="{c}"',
    "class={c}",
    'id="{c}"',
    'role="navigation"',
    'role="main"',
    "hidden",
    'aria-hidden="true"',
    'style="display:none"',
    'style="visibility: hidden"',
    'href="/{c}"',
    'itemprop="articleBody"',
    'lang="ar"',
    'dir="rtl"',
    'data-x="{c}"',
    "{c}",
    '"',
    "'",
    'class="{c} {c} {c}"',
    'onclick="alert(1)"',
    'content="{c}"',
]
_ENTITIES = [
    "&amp;",
    "&lt;",
    "&gt;",
    "&nbsp;",
    "&#0;",
    "&#x0;",
    "&#1;",
    "&#128;",
    "&#x110000;",
    "&#xD800;",
    "&#99999999999;",
    "&bogus;",
    "&",
    "&#",
    "&#x",
    "&eacute;",
    "&copy;",
    "&#8203;",
]
_CHARSET_LABELS = [
    "utf-8",
    "UTF-8",
    "utf-16",
    "utf-16le",
    "utf-32",
    "iso-8859-1",
    "windows-1252",
    "windows-1251",
    "koi8-r",
    "shift_jis",
    "euc-jp",
    "gb2312",
    "gbk",
    "big5",
    "euc-kr",
    "x-user-defined",
    "bogus",
    "",
    "\x00",
    "utf-7",
    "hz-gb-2312",
    "iso-2022-jp",
    "tis-620",
]
_ENCODINGS = [
    "utf-8",
    "utf-8",
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-le",
    "cp1252",
    "latin-1",
    "cp1251",
    "koi8-r",
    "shift_jis",
    "euc-jp",
    "gb18030",
    "big5",
    "euc-kr",
    "iso-8859-7",
    "cp437",
    "mac_roman",
]
_MAGIC = [
    b"\x89PNG\r\n\x1a\n",
    b"GIF89a",
    b"\xff\xd8\xff\xe0",
    b"\x1f\x8b\x08\x00",
    b"PK\x03\x04",
    b"%PDF-1.4\n",
    b"\x7fELF",
    b"BZh9",
    b"\xfd7zXZ\x00",
    b"RIFF",
    b"OggS",
    b"wOFF",
]
_SEPARATORS = ["\n", "\n", "\n", "\n\n", "\r\n", "\r", "\u2028", "\x0b", "\x85", "\n \n", "\n\t\n"]


def _sample_lines() -> list[str]:
    """Lines of the repository's sample pages: real page shapes in 11 languages."""
    lines: list[str] = []
    for path in sorted((REPO / "samples").glob("*.txt")):
        if path.name.endswith(".expected.txt"):
            continue
        try:
            lines.extend(ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip())
        except (OSError, UnicodeDecodeError):
            continue
    return lines


SAMPLE_LINES = _sample_lines()
LINES = PROSE + BOILERPLATE + (SAMPLE_LINES or PROSE)


# -- text -----------------------------------------------------------------------


def random_text(src: Source, limit: int) -> str:
    """Characters drawn from one or two of the character sets."""
    n = src.size(limit, limit * 8)
    first = src.pick(_CHARSETS)
    second = src.pick(_CHARSETS) if src.chance(2) else first
    out = []
    for _ in range(n):
        chars = first if src.chance(2) else second
        out.append(chars[src.below(len(chars))])
        if src.exhausted:
            break
    return "".join(out)


def adversarial_run(src: Source) -> str:
    """One short unit repeated into a long run, maybe inside a line."""
    unit = src.pick(_RUN_UNITS)
    count = src.size(400, 20_000)
    run = unit * count
    if src.chance(2):
        run = src.pick(LINES) + " " + run + src.pick(["", ".", "…", " x", "!"])
    return run


def mutate(src: Source, line: str) -> str:
    """A line with a few characters changed, dropped, doubled or cut."""
    for _ in range(src.below(4)):
        if not line:
            break
        at = src.below(len(line))
        action = src.below(5)
        if action == 0:
            line = line[:at] + random_text(src, 3) + line[at:]
        elif action == 1:
            line = line[:at] + line[at + 1 :]
        elif action == 2:
            line = line[:at] + line[at:] * 2
        elif action == 3:
            line = line[:at]
        else:
            line = line.upper() if src.chance(2) else line.lower()
    return line


def text_line(src: Source) -> str:
    choice = src.below(20)
    if choice < 8:
        return src.pick(LINES)
    if choice < 11:
        return mutate(src, src.pick(LINES))
    if choice < 13:
        return random_text(src, 60)
    if choice < 14:
        return adversarial_run(src)
    if choice < 16:
        return ""
    if choice < 17:
        return src.pick([" ", "\t", "\u00a0", "   ", "\u3000", "\ufeff", "\u200b"])
    if choice < 18:
        return " ".join(src.pick(LINES) for _ in range(src.below(8) + 2))  # a long paragraph
    if choice < 19:
        return src.pick(_TAGS_TEXT)
    return src.pick(LINES) * (src.below(4) + 1)


_TAGS_TEXT = ["<p>", "</div>", "<br>", "<a href='x'>link</a>", "Use the <div> tag.", "<!-- -->"]


def text_page(src: Source) -> str:
    count = src.size(60, 1500)
    if src.chance(32):  # pages of one shape repeated: a million short lines, in miniature
        line = text_line(src)
        return (line + src.pick(_SEPARATORS)) * count
    separator = src.pick(_SEPARATORS)
    lines = []
    for _ in range(count):
        lines.append(text_line(src))
        if src.chance(6):
            lines.append(src.pick(_SEPARATORS).strip("\n") or "")
        if src.exhausted:
            break
    page = separator.join(lines)
    if src.chance(8):
        page = src.pick(["\ufeff", "\n\n", " ", "\x00"]) + page
    return page


# -- HTML -----------------------------------------------------------------------


def _attributes(src: Source) -> str:
    if src.chance(64):  # an attribute storm
        count = src.size(500, 5000)
        return " " + " ".join(f'a{i}="{i}"' for i in range(count))
    parts = []
    for _ in range(src.below(4)):
        parts.append(src.pick(_ATTRIBUTES).replace("{c}", src.pick(_CLASSES)))
    return (" " + " ".join(parts)) if parts else ""


def _html_text(src: Source) -> str:
    choice = src.below(10)
    if choice < 5:
        text = src.pick(LINES)
        return html_lib.escape(text, quote=False) if src.chance(2) else text
    if choice < 6:
        return src.pick(_ENTITIES)
    if choice < 7:
        return random_text(src, 30)
    if choice < 8:
        return adversarial_run(src)
    if choice < 9:
        return src.pick([" ", "\n", "\t", "\u00a0", "&nbsp;", "\r\n"])
    return mutate(src, src.pick(LINES))


def _markup(src: Source, stack: list[str]) -> str:
    choice = src.below(40)
    if choice < 12:
        tag = src.pick(_TAGS)
        stack.append(tag)
        return f"<{tag}{_attributes(src)}>" if not src.chance(20) else f"<{tag}{_attributes(src)}/>"
    if choice < 20:
        if stack and not src.chance(8):
            return f"</{stack.pop()}>"
        return f"</{src.pick(_TAGS)}>"
    if choice < 32:
        return _html_text(src)
    if choice < 33:
        depth = src.size(200, 5000)
        tag = src.pick(["div", "span", "b", "ul", "li", "table", "td", "p", "a", "blockquote"])
        opened = f"<{tag}>" * depth
        closed = f"</{tag}>" * depth if src.chance(2) else ""
        return opened + src.pick(LINES) + closed
    if choice < 34:
        body = src.pick(LINES)
        return (
            src.pick(["<!-- ", "<!--", "<!---->", "<!-- x --", "<!"])
            + body
            + src.pick([" -->", "", "--!>", ">"])
        )
    if choice < 35:
        return src.pick(
            [
                "<![CDATA[" + src.pick(LINES) + "]]>",
                "<?xml version='1.0' encoding='" + src.pick(_CHARSET_LABELS) + "'?>",
                "<!DOCTYPE html>",
                "<!doctype",
                f'<meta charset="{src.pick(_CHARSET_LABELS)}">',
                '<meta http-equiv="Content-Type" content="text/html; charset='
                + src.pick(_CHARSET_LABELS)
                + '">',
            ]
        )
    if choice < 36:
        return src.pick(["<", "<<", "</", "< p>", "<p <p>", "<a href='", '<a href="x', "<>", "</>"])
    if choice < 37:
        script = src.pick(["script", "style", "textarea", "title", "template", "noscript"])
        end = f"</{script}>" if not src.chance(4) else ""
        return f"<{script}>" + src.pick(LINES) + src.pick(["", "</scr", "<!--", "<p>"]) + end
    if choice < 38:
        rows = src.size(10, 200)
        cells = "".join(f"<td>{src.pick(LINES)}</td>" for _ in range(src.below(5) + 1))
        return "<table>" + f"<tr>{cells}</tr>" * rows + "</table>"
    if choice < 39:
        items = (f"<li><a href='/x'>{src.pick(LINES)}</a></li>" for _ in range(src.below(30)))
        return "<ul>" + "".join(items) + "</ul>"
    return "<pre>" + "\n".join(src.pick(LINES) for _ in range(src.below(6))) + "</pre>"


def html_page(src: Source) -> str:
    stack: list[str] = []
    count = src.size(120, 3000)
    parts = [_markup(src, stack) for _ in range(count) if not src.exhausted]
    body = "".join(parts)
    shape = src.below(6)
    if shape == 0:
        return body
    title = src.pick(LINES)
    head = (
        f"<head><title>{title}</title>"
        + (f'<meta charset="{src.pick(_CHARSET_LABELS)}">' if src.chance(2) else "")
        + (f'<meta property="og:title" content="{src.pick(LINES)}">' if src.chance(2) else "")
        + "</head>"
    )
    lead = f"<h1>{title}</h1>" if src.chance(2) else ""
    closing = "</body></html>" if src.chance(2) else ""
    return f"<!DOCTYPE html><html{_attributes(src)}>{head}<body>{lead}{body}{closing}"


# -- bytes ----------------------------------------------------------------------


def to_bytes(src: Source, page: str) -> bytes:
    """The page encoded (rightly or wrongly), maybe corrupted, maybe with a BOM or magic number."""
    encoding = src.pick(_ENCODINGS)
    errors = "surrogatepass" if encoding == "utf-8" else "replace"
    try:
        data = page.encode(encoding, errors=errors)
    except UnicodeEncodeError:
        data = page.encode("utf-8", errors="replace")
    for _ in range(src.below(4) if src.chance(3) else 0):
        if not data:
            break
        at = src.below(len(data))
        action = src.below(4)
        if action == 0:
            data = data[:at] + bytes([src.byte()]) + data[at + 1 :]
        elif action == 1:
            data = data[:at] + src.raw(src.below(16)) + data[at:]
        elif action == 2:
            data = data[:at]
        else:
            data = data[:at] + data[at + 1 :]
    if src.chance(16):
        data = (
            src.pick(
                [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]
            )
            + data
        )  # type: ignore[arg-type]
    if src.chance(32):
        data = _MAGIC[src.below(len(_MAGIC))] + data
    return data


# -- the input ------------------------------------------------------------------


def build_case(data: bytes, modes: Sequence[str] = MODES) -> Case:
    """The fuzz input that ``data`` spells (any bytes give a valid input)."""
    src = Source(data)
    kind = modes[src.below(len(modes))]
    if src.chance(40):  # plain random bytes as a page
        return Case(kind, src.raw(src.size(4096, 65536)), src.pick(["auto", kind]))
    page = text_page(src) if kind == "text" else html_page(src)
    mode = src.pick(["auto", "auto", kind])
    output = "markdown" if kind == "html" and src.chance(6) else "text"
    if src.chance(2):
        return Case(kind, to_bytes(src, page), mode, output)
    return Case(kind, page, mode, output)


# -- invariants -----------------------------------------------------------------

_BAD_CONTROLS = frozenset(map(chr, [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F]))


def _clean_quietly(cleaner_: cleaner.Cleaner, page: str | bytes) -> str:
    """Clean again, the warning already checked above left unsaid."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", OutputWarning)
        return cleaner_.clean(page)


def check_case(case: Case, *, repeat: bool = True) -> str | None:
    """Clean ``case`` and check the invariants; the article, or None for a documented error.

    - nothing but a :class:`cleaner.CleanerError` escapes, and no warning
      (a corpus job would print it once per page);
    - the article is ``str``, empty or ending in exactly one newline, with no
      control character but tab and newline, and valid UTF-8 (no lone
      surrogate, even from a str that had some);
    - in text mode every line of the article is a line of the normalised input,
      and cleaning the article again returns it unchanged;
    - (``repeat``) cleaning the same page again gives the same article.
    """
    cleaner_ = cleaner.Cleaner(mode=case.mode, output=case.output)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            explanation = cleaner_.explain(case.page)
        except CleanerError:
            return None
    # The one warning meant for the caller: Markdown asked of a page that is text.
    caught = [w for w in caught if not (case.output == "markdown" and w.category is OutputWarning)]
    if caught:
        warning = caught[0]
        raise Violation(
            f"a warning reached the caller: {warning.category.__name__}: "
            f"{str(warning.message)[:120]}"
        )
    article = explanation.article
    if not isinstance(article, str):
        raise Violation(f"article is {type(article).__name__}, not str")
    if article and (not article.endswith("\n") or article.endswith("\n\n")):
        raise Violation("article does not end with exactly one newline")
    bad = _BAD_CONTROLS.intersection(article)
    if bad:
        raise Violation(f"control characters in the article: {sorted(map(ord, bad))}")
    try:
        article.encode("utf-8")
    except UnicodeEncodeError as error:
        raise Violation(f"article is not valid UTF-8: {error}") from None
    if explanation.mode == "text" and case.output == "text":
        _check_text_article(case, article)
    if repeat and _clean_quietly(cleaner_, case.page) != article:
        raise Violation("cleaning the same page twice gave two articles")
    return article


def _check_text_article(case: Case, article: str) -> None:
    source = case.page
    if isinstance(source, bytes):
        if looks_binary(source):
            if article:
                raise Violation("binary input gave an article")
            return
        source = decode(source)
    lines = set(normalize_text(source).split("\n"))
    for line in article.split("\n"):
        if line and line not in lines:
            raise Violation(f"article line not in the input: {line[:80]!r}")
    again = cleaner.clean(article, mode="text")
    if again != article:
        raise Violation("cleaning the article again changed it (not idempotent)")
