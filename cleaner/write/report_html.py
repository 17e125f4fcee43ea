"""The explain report as one self-contained HTML page, and a batch's index page.

:func:`render_report` writes every block of an :class:`~cleaner.write.report.Explanation`
in page order: kept blocks as the article reads, removed blocks struck
through and dimmed, each beside the rule that removed it and why, in the
rule's colour. Above them, the page's title and metadata and a per-rule
summary (blocks, characters) whose buttons filter the blocks; for HTML input
a second view holds the article as Markdown. :func:`render_index` lists the
pages of a batch, a row a page, linking to each page's report.

The pages are plain HTML and CSS with a little inline script: no network, no
external asset, readable in light and dark mode, usable with a keyboard and a
screen reader (buttons that say whether they are pressed, a live region that
says what is shown, removed text in ``<del>``). Without the script every
block and both views are shown. A page of 10,000 blocks stays quick: a
filter is one attribute on the list, the rest is done by the stylesheet, and
blocks off screen are not laid out (``content-visibility``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from cleaner.locate import REASON_DESCRIPTIONS
from cleaner.rules import RULE_DESCRIPTIONS
from cleaner.write.report import BlockReport, Explanation

__all__ = ["IndexRow", "index_row", "render_index", "render_report", "rule_hues"]

# The golden angle: hues of neighbouring rules stay far apart.
_HUE_STEP: Final = 137.508
# Path segments (``tag:N.tokens``) of the kinds of block shown with a style of their own.
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_KINDS: Final = _HEADINGS | frozenset({"li", "dt", "dd", "pre", "blockquote", "tr"})
# The metadata shown first, in this order; any other key follows, sorted.
_METADATA_FIRST: Final = ("page_type", "title", "author", "date", "site_name", "url", "lang")

_escape = html.escape


def rule_hues(rules: Sequence[str]) -> dict[str, int]:
    """The hue (0-359) of each rule's colour on a page: the rules a page shows
    take turns round the colour wheel by the golden angle, so that any few of
    them stay far apart (the rule's name says which it is, whatever its colour).

    >>> rule_hues(["share_line", "footer", "outside_article"])
    {'share_line': 0, 'footer': 137, 'outside_article': 275}
    """
    return {rule: int(place * _HUE_STEP) % 360 for place, rule in enumerate(rules)}


def _quote(text: str) -> str:
    return _escape(text, quote=True)


def _kind(path: str | None) -> str:
    """The kind of block (``h2``, ``li``, ``pre``...) its element path ends in, or ""."""
    if not path:
        return ""
    for segment in reversed(path.split("/")):
        tag = segment.partition(":")[0]
        if tag in _KINDS:
            return tag
    return ""


def _size(block: BlockReport) -> int:
    return len(block.text.strip())


def render_report(
    explanation: Explanation,
    *,
    title: str | None = None,
    name: str | None = None,
    back: str | None = None,
) -> str:
    """The report of one page as a self-contained HTML document.

    ``title`` heads it (default: the page's title in its metadata, else
    ``name``, else "cleaner report"); ``name`` says which input it is (a
    file name); ``back`` is the address of a batch's index page, linked at
    the top.

    >>> from cleaner import explain
    >>> page = explain("Menu\\n\\nThe council approved the new budget on Tuesday.\\n")
    >>> report = render_report(page, name="page.txt")
    >>> report.startswith("<!DOCTYPE html>"), '<del class="t">Menu</del>' in report
    (True, True)
    """
    meta = explanation.metadata
    heading = title or str(meta.get("title") or "") or name or "cleaner report"
    summary = explanation.summary()
    kept = [b for b in explanation.blocks if b.kept]
    kept_chars = sum(_size(b) for b in kept)
    removed_chars = sum(chars for _, _, chars in summary)
    removed_blocks = len(explanation.blocks) - len(kept)
    hues = rule_hues([rule for rule, _, _ in summary])
    classes = {rule: f"r{i}" for i, (rule, _, _) in enumerate(summary)}
    out: list[str] = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{_escape(heading)} - cleaner report</title>\n<style>\n{_STYLE}",
    ]
    for rule, cls in classes.items():
        out.append(f".{cls}{{--h:{hues[rule]}}}")
        out.append(f'#blocks[data-show="{cls}"] .b:not(.{cls}){{display:none}}')
    out.append("\n</style>\n</head>\n<body>\n")
    out.append('<a class="skip" href="#blocks">Skip to the blocks</a>\n<header>\n')
    if back is not None:
        out.append(f'<p><a href="{_quote(back)}">All pages</a></p>\n')
    out.append(f'<h1>{_escape(heading)}</h1>\n<dl class="meta">\n')
    facts: list[tuple[str, str]] = []
    if name is not None:
        facts.append(("input", name))
    facts.append(("mode", explanation.mode))
    page_type = getattr(explanation, "page_type", None)
    if page_type:
        facts.append(("page type", str(page_type)))
    facts.append(("passes", str(explanation.passes)))
    for key in (*_METADATA_FIRST, *sorted(k for k in meta if k not in _METADATA_FIRST)):
        value = meta.get(key)
        if value not in (None, ""):
            facts.append((key.replace("_", " "), str(value)))
    if explanation.note:
        facts.append(("note", explanation.note))
    for label, value in facts:
        if label == "url" and value.startswith(("http://", "https://")):
            shown = f'<a href="{_quote(value)}" rel="noreferrer noopener">{_escape(value)}</a>'
        else:
            shown = _escape(value)
        out.append(f"<dt>{_escape(label)}</dt><dd>{shown}</dd>\n")
    out.append(
        f"<dt>kept</dt><dd>{len(kept):,} blocks, {kept_chars:,} characters</dd>\n"
        f"<dt>removed</dt><dd>{removed_blocks:,} blocks, {removed_chars:,} characters</dd>\n"
        "</dl>\n</header>\n<main>\n"
    )
    _summary_table(out, summary, classes, len(kept), kept_chars, len(explanation.blocks))
    markdown = explanation.markdown
    if markdown is not None:
        out.append(
            '<div class="tabs" role="tablist" aria-label="Views" hidden>'
            '<button type="button" role="tab" id="tab-blocks" aria-controls="view-blocks"'
            ' aria-selected="true">Blocks</button>'
            '<button type="button" role="tab" id="tab-markdown" aria-controls="view-markdown"'
            ' aria-selected="false" tabindex="-1">Article as Markdown</button></div>\n'
        )
    out.append(
        '<section id="view-blocks" role="tabpanel" aria-labelledby="h-blocks">\n'
        '<h2 id="h-blocks">Blocks, in page order</h2>\n'
        '<p class="help">Kept blocks read as the article; removed ones are struck through,'
        " with the rule that removed them and why.</p>\n"
        '<div id="blocks" data-show="all">\n'
    )
    _blocks(out, explanation, classes)
    out.append("</div>\n</section>\n")
    if markdown is not None:
        out.append(
            '<section id="view-markdown" role="tabpanel" aria-labelledby="h-markdown">\n'
            '<h2 id="h-markdown">The article as Markdown</h2>\n'
            f'<pre class="md">{_escape(markdown)}</pre>\n</section>\n'
        )
    out.append(f"</main>\n<script>\n{_SCRIPT}</script>\n</body>\n</html>\n")
    return "".join(out)


def _summary_table(
    out: list[str],
    summary: Sequence[tuple[str, int, int]],
    classes: dict[str, str],
    kept_blocks: int,
    kept_chars: int,
    blocks: int,
) -> None:
    out.append(
        '<section aria-labelledby="h-rules">\n<h2 id="h-rules">What went, by rule</h2>\n'
        '<p class="help">A button shows only the blocks of its row; pressed again, all of them.'
        '</p>\n<table class="rules">\n<thead><tr><th scope="col">show</th>'
        '<th scope="col">removes</th><th scope="col" class="num">blocks</th>'
        '<th scope="col" class="num">characters</th></tr></thead>\n<tbody>\n'
        '<tr><td><button type="button" class="f" data-show="all" aria-pressed="true"'
        f' data-count="{blocks}">all blocks</button></td><td>every block of the page</td>'
        f'<td class="num">{blocks:,}</td><td class="num"></td></tr>\n'
        '<tr class="k"><td><button type="button" class="f" data-show="kept" aria-pressed="false"'
        f' data-count="{kept_blocks}">kept</button></td><td>the article</td>'
        f'<td class="num">{kept_blocks:,}</td><td class="num">{kept_chars:,}</td></tr>\n'
    )
    for rule, count, chars in summary:
        cls = classes[rule]
        description = RULE_DESCRIPTIONS.get(rule) or REASON_DESCRIPTIONS.get(rule, "")
        out.append(
            f'<tr class="{cls}"><td><button type="button" class="f" data-show="{cls}"'
            f' aria-pressed="false" data-count="{count}">{_escape(rule)}</button></td>'
            f'<td>{_escape(description)}</td><td class="num">{count:,}</td>'
            f'<td class="num">{chars:,}</td></tr>\n'
        )
    out.append(
        '</tbody>\n</table>\n<p id="live" class="help" aria-live="polite"></p>\n</section>\n'
    )


def _blocks(out: list[str], explanation: Explanation, classes: dict[str, str]) -> None:
    """One element a block: its place, the verdict's label, its text."""
    previous_line = 0
    text_mode = explanation.mode != "html"
    append = out.append
    for block in explanation.blocks:
        if text_mode:
            line = block.line or 0
            gap = " g" if previous_line and line > previous_line + 1 else ""
            previous_line = line
            place = f'<span class="n" aria-hidden="true">{line}</span>'
            kind = ""
        else:
            gap = ""
            kind = _kind(block.path)
            path = _quote(block.path or "")
            place = f'<span class="n" title="{path}" aria-hidden="true">{block.index + 1}</span>'
            if kind:
                kind = " " + kind
        text = _escape(block.text.strip("\n"))
        if block.kept:
            append(f'<div class="b k{kind}{gap}">{place}<span class="t">{text}</span></div>\n')
            continue
        rule = block.rule or ""
        why = _escape(block.why or "")
        append(
            f'<div class="b d {classes.get(rule, "")}{kind}{gap}">{place}'
            f'<span class="w"><span class="sr">removed by </span><b>{_escape(rule)}</b>'
            f'<span class="sr">:</span> {why}</span>'
            f'<del class="t">{text}</del></div>\n'
        )


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One page of a batch in its index: its name, its report's address, what went."""

    name: str
    href: str | None
    blocks: int = 0
    kept_chars: int = 0
    removed_chars: int = 0
    top_rules: tuple[tuple[str, int], ...] = ()
    error: str | None = None


def index_row(name: str, href: str, explanation: Explanation, top: int = 3) -> IndexRow:
    """The index row of a page: its characters kept and removed, its ``top`` rules by characters.

    >>> from cleaner import explain
    >>> page = explain("Menu\\n\\nThe council approved the new budget.\\n")
    >>> index_row("a.txt", "a.html", page).top_rules
    (('navigation', 4),)
    """
    summary = explanation.summary()
    removed = sum(chars for _, _, chars in summary)
    kept = sum(_size(b) for b in explanation.blocks if b.kept)
    ranked = sorted(summary, key=lambda item: -item[2])[:top]
    return IndexRow(
        name,
        href,
        len(explanation.blocks),
        kept,
        removed,
        tuple((rule, chars) for rule, _, chars in ranked),
        explanation.note,
    )


def render_index(rows: Sequence[IndexRow], *, title: str = "cleaner report") -> str:
    """A batch's index page: one row a page, linking to the page's report.

    >>> page = render_index([IndexRow("a.txt", "a.html", 3, 100, 20, (("footer", 20),))])
    >>> '<a href="a.html">a.txt</a>' in page
    True
    """
    out = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>{_escape(title)}</title>\n<style>\n{_STYLE}\n</style>\n</head>\n<body>\n"
        f"<header><h1>{_escape(title)}</h1>\n"
    ]
    kept = sum(r.kept_chars for r in rows)
    removed = sum(r.removed_chars for r in rows)
    failed = sum(r.error is not None and r.href is None for r in rows)
    out.append(
        f'<p class="help">{len(rows):,} pages, {kept:,} characters kept, {removed:,} removed'
        f"{f', {failed:,} failed' if failed else ''}.</p>\n</header>\n<main>\n"
        '<table class="index">\n<thead><tr><th scope="col">page</th>'
        '<th scope="col" class="num">blocks</th><th scope="col" class="num">kept chars</th>'
        '<th scope="col" class="num">removed chars</th><th scope="col" class="num">removed</th>'
        '<th scope="col">top rules (characters)</th><th scope="col">error or note</th></tr>'
        "</thead>\n<tbody>\n"
    )
    for row in rows:
        name = _escape(row.name)
        link = f'<a href="{_quote(row.href)}">{name}</a>' if row.href is not None else name
        total = row.kept_chars + row.removed_chars
        share = f"{row.removed_chars / total:.0%}" if total else ""
        rules = ", ".join(f"{_escape(rule)} {chars:,}" for rule, chars in row.top_rules)
        error = _escape(row.error) if row.error else ""
        marked = ' class="err"' if row.href is None else ""
        out.append(
            f'<tr{marked}><th scope="row">{link}</th>'
            f'<td class="num">{row.blocks:,}</td><td class="num">{row.kept_chars:,}</td>'
            f'<td class="num">{row.removed_chars:,}</td><td class="num">{share}</td>'
            f"<td>{rules}</td><td>{error}</td></tr>\n"
        )
    out.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n")
    return "".join(out)


# Light and dark themes by the reader's setting; a rule's colour is its hue (--h)
# at the theme's lightness, so each stays readable on either background.
_STYLE: Final = """\
:root{color-scheme:light dark;--bg:#fdfdfc;--fg:#1b1b1b;--muted:#575757;--line:#d4d4d4;
--l:27%;--lb:45%;--tint:95%;--focus:#0b57d0;
font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
@media (prefers-color-scheme:dark){:root{--bg:#161616;--fg:#e8e8e8;--muted:#b3b3b3;
--line:#3b3b3b;--l:75%;--lb:60%;--tint:14%;--focus:#8ab4f8}}
body{background:var(--bg);color:var(--fg);margin:0 auto;max-width:72rem;padding:0 1rem 4rem}
a{color:var(--focus)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:var(--bg)}
h1{font-size:1.6rem;margin:1.2rem 0 .6rem}h2{font-size:1.2rem;margin:1.6rem 0 .4rem}
.help{color:var(--muted);margin:.2rem 0 .6rem}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0}
.meta dt{color:var(--muted)}.meta dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.rules tr[class^=r] td:first-child{border-left:6px solid hsl(var(--h) 70% var(--lb))}
.rules tr.k td:first-child{border-left:6px solid transparent}
button{font:inherit;color:inherit;background:transparent;border:1px solid var(--line);
border-radius:4px;padding:.1rem .5rem;cursor:pointer}
button[aria-pressed=true],button[aria-selected=true]{background:var(--fg);color:var(--bg)}
.tabs{display:flex;gap:.5rem;margin:1.4rem 0 0}
#blocks{border-top:1px solid var(--line)}
.b{display:grid;grid-template-columns:3.5rem minmax(0,1fr) minmax(10rem,18rem);gap:0 .8rem;
padding:.15rem 0;content-visibility:auto;contain-intrinsic-size:auto 1.6em}
.b.g{margin-top:.7rem}
.n{grid-column:1;color:var(--muted);text-align:right;font-variant-numeric:tabular-nums;
font-size:.85rem;padding-top:.15rem}
.t{grid-column:2;grid-row:1;white-space:pre-wrap;overflow-wrap:anywhere}
.w{grid-column:3;grid-row:1;font-size:.85rem;color:var(--muted);overflow-wrap:anywhere;
border-left:4px solid hsl(var(--h) 70% var(--lb));padding-left:.4rem}
.w b{color:hsl(var(--h) 70% var(--l));font-weight:600}
.d .t{color:var(--muted);text-decoration:line-through;
text-decoration-color:hsl(var(--h) 70% var(--lb));
text-decoration-thickness:2px;background:hsl(var(--h) 60% var(--tint))}
del{text-decoration:none}
.h1 .t,.h2 .t,.h3 .t{font-weight:700;font-size:1.15rem}.h4 .t,.h5 .t,.h6 .t{font-weight:700}
.li .t::before,.dd .t::before{content:"\\2022  "}
.pre .t,.md{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9rem}
.blockquote .t{font-style:italic}
.md{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid var(--line);padding:1rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
#blocks[data-show=kept] .d,#blocks[data-show=removed] .k{display:none}
.err th,.err td{color:var(--muted)}
@media (max-width:40rem){.b{grid-template-columns:2.5rem minmax(0,1fr)}
.w{grid-column:2;grid-row:auto}}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
"""

# Filters: a button sets which blocks the list shows (the stylesheet hides the
# rest) and says so in the live region. Tabs: the two views, one at a time.
_SCRIPT: Final = """\
(function () {
  "use strict";
  var list = document.getElementById("blocks");
  var live = document.getElementById("live");
  var buttons = Array.prototype.slice.call(document.querySelectorAll("button.f"));
  function show(button) {
    var all = button.getAttribute("aria-pressed") === "true" || button.dataset.show === "all";
    var chosen = all ? buttons[0] : button;
    list.setAttribute("data-show", chosen.dataset.show);
    buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b === chosen)); });
    live.textContent = all ? "Showing every block." :
      "Showing " + chosen.dataset.count + " block(s): " + chosen.textContent + ".";
  }
  buttons.forEach(function (b) { b.addEventListener("click", function () { show(b); }); });
  var tabs = Array.prototype.slice.call(document.querySelectorAll("[role=tab]"));
  if (!tabs.length) { return; }
  tabs[0].parentNode.hidden = false;
  function select(tab) {
    tabs.forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
    });
  }
  tabs.forEach(function (t, i) {
    t.addEventListener("click", function () { select(t); });
    t.addEventListener("keydown", function (e) {
      var step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (!step) { return; }
      var next = tabs[(i + step + tabs.length) % tabs.length];
      select(next);
      next.focus();
      e.preventDefault();
    });
  });
  select(tabs[0]);
})();
"""
