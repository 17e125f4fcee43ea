"""The HTML report in a real browser: it renders without console errors, a rule's
button filters the blocks (by mouse and by keyboard), the Markdown view opens,
and its text is readable in light and dark mode. Screenshots go to bench/out/
for people to look at.

Needs a headless Chromium from the system's packages and ``websocket-client``
(the ``test`` extra); skips where either is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import cleaner
from cleaner.write.report_html import render_report

pytest.importorskip("websocket", reason="websocket-client is not installed")

from browser import Browser, find_chromium  # noqa: E402

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
OUT = ROOT / "bench" / "out"
SEED = ROOT.parent / "shared" / "seed" / "page.txt"
HTML_SAMPLE = SAMPLES / "en-html-news-share-related.html"

# The blocks the page shows now (a filter hides the others with display: none).
VISIBLE = (
    "Array.from(document.querySelectorAll('#blocks .b'))"
    ".filter(e => getComputedStyle(e).display !== 'none')"
)
# WCAG's contrast ratio between an element's text and the first opaque background
# behind it.
CONTRAST = """
(selector) => {
  const channel = v => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const luminance = c => { const [r, g, b] = c.match(/[\\d.]+/g).map(Number);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b); };
  const behind = e => {
    for (; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c && !/rgba\\(.*, 0\\)$/.test(c) && c !== 'transparent') return c;
    }
    return 'rgb(255, 255, 255)'; };
  return Array.from(document.querySelectorAll(selector)).slice(0, 50).map(e => {
    const a = luminance(getComputedStyle(e).color), b = luminance(behind(e));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); });
}
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None
    with Browser(CHROMIUM) as opened:
        yield opened


def write_report(explanation: cleaner.Explanation, path: Path, name: str) -> Path:
    path.write_text(render_report(explanation, name=name), encoding="utf-8")
    return path


def visible_texts(browser: Browser) -> list[str]:
    texts: list[str] = browser.evaluate(f"{VISIBLE}.map(e => e.querySelector('.t').textContent)")
    return texts


def test_the_report_renders_and_a_rule_filters_the_page(browser: Browser, tmp_path: Path) -> None:
    explanation = cleaner.explain(HTML_SAMPLE.read_bytes())
    file = write_report(explanation, tmp_path / "report.html", HTML_SAMPLE.name)
    browser.open(file.as_uri())
    assert browser.errors() == []
    every = [b.text.strip("\n") for b in explanation.blocks]
    assert visible_texts(browser) == every
    # The rule with the most blocks: its button shows them, and only them.
    summary = explanation.summary()
    place, (rule, count, _) = max(enumerate(summary), key=lambda item: item[1][1])
    assert count >= 2
    button = f'button[data-show="r{place}"]'
    assert browser.evaluate(f"document.querySelector('{button}').textContent") == rule
    browser.click(button)
    wanted = [b.text.strip("\n") for b in explanation.blocks if b.rule == rule]
    assert visible_texts(browser) == wanted
    assert browser.evaluate(f"document.querySelector('{button}').getAttribute('aria-pressed')") == (
        "true"
    )
    assert rule in browser.evaluate("document.getElementById('live').textContent")
    # Pressed again, every block is back.
    browser.click(button)
    assert visible_texts(browser) == every
    # With the keyboard: the "kept" button, focused, and Enter.
    browser.evaluate("document.querySelector('button[data-show=\"kept\"]').focus()")
    browser.press("Enter", "Enter", 13)
    assert visible_texts(browser) == [b.text.strip("\n") for b in explanation.blocks if b.kept]
    browser.click('button[data-show="all"]')
    # The second view: the article as Markdown, one view at a time.
    browser.click("#tab-markdown")
    shown = "e => !document.getElementById(e).hidden"
    assert browser.evaluate(f"['view-blocks', 'view-markdown'].map({shown})") == [False, True]
    markdown = browser.evaluate("document.querySelector('#view-markdown pre').textContent")
    assert markdown == explanation.markdown
    browser.click("#tab-blocks")
    assert browser.evaluate(f"['view-blocks', 'view-markdown'].map({shown})") == [True, False]
    browser.screenshot(OUT / "report-en-html-news-share-related.png")
    assert browser.errors() == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_report_is_readable_in_light_and_dark_mode(
    browser: Browser, tmp_path: Path, scheme: str
) -> None:
    sample = SAMPLES / "en-recipe-pinit-comments.txt"
    file = write_report(cleaner.explain(sample.read_bytes()), tmp_path / "report.html", sample.name)
    browser.send(
        "Emulation.setEmulatedMedia",
        features=[{"name": "prefers-color-scheme", "value": scheme}],
    )
    try:
        browser.open(file.as_uri())
        background = browser.evaluate("getComputedStyle(document.body).backgroundColor")
        level = sum(int(v) for v in background[4:-1].split(",")) / 3
        assert (level > 200) if scheme == "light" else (level < 60), background
        for selector in (".k .t", ".d .t", ".d .w", ".d .w b", ".rules td", "button.f"):
            ratios = browser.evaluate(f"({CONTRAST})({json.dumps(selector)})")
            assert ratios, selector
            assert min(ratios) >= 4.5, (scheme, selector, min(ratios))
        browser.screenshot(OUT / f"report-{sample.stem}-{scheme}.png")
        assert browser.errors() == []
    finally:
        browser.send("Emulation.setEmulatedMedia", features=[])


def test_a_report_of_ten_thousand_blocks_filters(browser: Browser, tmp_path: Path) -> None:
    """A long page: every block is there, and a filter shows exactly its blocks."""
    line = "The council approved the new budget on Tuesday after a long debate about roads."
    page = "\n\n".join(line if i % 4 else "Share this article" for i in range(10_000))
    explanation = cleaner.explain(page)
    assert len(explanation.blocks) == 10_000
    file = write_report(explanation, tmp_path / "long.html", "long.txt")
    browser.open(file.as_uri())
    assert browser.evaluate(f"{VISIBLE}.length") == 10_000
    place = [rule for rule, _, _ in explanation.summary()].index("share_line")
    browser.click(f'button[data-show="r{place}"]')
    assert browser.evaluate(f"{VISIBLE}.length") == 2_500
    assert browser.errors() == []


@pytest.mark.skipif(not SEED.is_file(), reason="the seed page is not there")
def test_screenshots_of_the_seed_pages_report(browser: Browser, tmp_path: Path) -> None:
    """bench/out/report-seed.png, where the article ends and its teasers begin (the
    picture in the README, docs/report-seed.png), and report-seed-top.png, its top."""
    explanation = cleaner.explain(SEED.read_bytes())
    file = write_report(explanation, tmp_path / "seed.html", "page.txt")
    browser.open(file.as_uri())
    assert browser.errors() == []
    browser.screenshot(OUT / "report-seed-top.png", clip=(0, 1100))
    # From the last two kept paragraphs on.
    last_kept = max(i for i, b in enumerate(explanation.blocks) if b.kept)
    # (scrolled there first: blocks off screen are not laid out until they come near)
    top = browser.evaluate(
        f"(() => {{ const e = document.querySelectorAll('#blocks .b')[{last_kept - 1}];"
        " e.scrollIntoView({block: 'start', behavior: 'instant'});"
        " return e.getBoundingClientRect().top + window.scrollY - 90; })()"
    )
    browser.screenshot(OUT / "report-seed.png", clip=(int(top), 1000))
    assert (OUT / "report-seed.png").stat().st_size > 10_000
