"""Invariants over every page of ../shared/bench, text and HTML (skipped when absent).

For each page of each set, in both modes:

- cleaning raises nothing;
- every line of the article comes from the input: a line of the normalised
  text (text mode); in HTML mode, its words are found in order in the page's
  text as an independent parser (the standard library's ``html.parser``)
  reads it (a word may span one element the cleaner skipped, such as a
  hidden icon);
- it is idempotent: cleaning the article again returns it unchanged (text
  mode); the pipeline reached its fixed point, the last pass removing
  nothing (HTML mode: the article is text, and text mode is another cleaner);
- it is deterministic across processes: two interpreters with different
  ``PYTHONHASHSEED`` give byte-identical articles for every page;
- every block is placed (the offset property): in text mode
  ``explanation.source`` is the normalised input, ``source[start:end]`` is
  the block's text and ``line`` its line there, whole and cut in segments
  of 3,000 characters; in HTML mode every block has its element path.

The two interpreters run side by side, each cleaning every page (for the
comparison) and checking the other invariants on half of them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
SETS = ("aeb", "wcxb-dev")

pytestmark = pytest.mark.skipif(
    not all((BENCH / s / "truth.jsonl").is_file() for s in SETS),
    reason=f"bench data not found in {BENCH}",
)

# Run in each interpreter: argv = share (0 or 1), bench dir. Prints one JSON object.
WORKER = r"""
import hashlib, json, sys
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, sys.argv[3])
import cleaner
from bench.pages import load_pages
from cleaner.read.text import normalize_text
from cleaner.read.html import decode_html

share, data = int(sys.argv[1]), Path(sys.argv[2])


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def squeeze(text):
    return "".join(normalize_text(text).split())


def html_text(page):
    reader = Text()
    reader.feed(decode_html(page))
    reader.close()
    return squeeze("".join(reader.parts))


def unplaced(explanation, source):
    # The first block that is not where its offsets and line say (text), or that
    # has no element path (HTML); None when every block is placed.
    if explanation.mode == "html":
        return next((b.index for b in explanation.blocks if not b.path), None)
    if explanation.source != normalize_text(source):
        return "source"
    text, line, at = explanation.source, 1, 0
    for block in explanation.blocks:
        line += text.count("\n", at, block.start)
        at = block.start
        if text[block.start : block.end] != block.text or block.line != line:
            return block.index
    return None


def in_order(line, text):
    # Each word of the line is in the text, after the previous one. A word may
    # be split by elements the cleaner skipped ("2,165" + a hidden icon + "4",
    # labels run together across hidden links): then its pieces, each the
    # longest that is there, of two characters or the word's rest, in order.
    position = 0
    for word in normalize_text(line).split():
        found = text.find(word, position)
        if found >= 0:
            position = found + len(word)
            continue
        rest = word
        while rest:
            for cut in range(len(rest), 0, -1):
                if cut < 2 and cut < len(rest):
                    return False
                found = text.find(rest[:cut], position)
                if found >= 0:
                    position = found + cut
                    rest = rest[cut:]
                    break
            else:
                return False
    return True


digests, problems, checked = {}, [], 0
index = 0
for set_name in ("aeb", "wcxb-dev"):
    for page in load_pages(data, set_name):
        for mode in ("text", "html"):
            index += 1
            key = f"{set_name}/{page.id}/{mode}"
            source = page.load(mode)
            try:
                explanation = cleaner.explain(source, mode=mode)
            except Exception as error:
                problems.append(f"{key}: raised {type(error).__name__}: {error}")
                continue
            article = explanation.article
            digests[key] = hashlib.sha1(article.encode("utf-8")).hexdigest()
            if index % 2 != share:
                continue
            checked += 1
            where = unplaced(explanation, source)
            if where is None and mode == "text":
                where = unplaced(cleaner.explain(source, mode=mode, segment_chars=3000), source)
            if where is not None:
                problems.append(f"{key}: block {where} is not placed (offsets, line or path)")
            lines = [line for line in article.split("\n") if line]
            if mode == "text":
                source_lines = set(normalize_text(source).split("\n"))
                strays = [line for line in lines if line not in source_lines]
                if cleaner.clean(article, mode="text") != article:
                    problems.append(f"{key}: cleaning the article again changed it")
            else:
                text = html_text(source)
                strays = [line for line in lines if not in_order(line, text)]
                if explanation.passes > 1:
                    problems.append(f"{key}: {explanation.passes} passes (HTML takes one)")
            if strays:
                first = strays[0][:80]
                problems.append(f"{key}: {len(strays)} line(s) not in the input: {first!r}")
print(json.dumps({"digests": digests, "problems": problems, "checked": checked}))
"""


def _run_workers() -> list[dict[str, object]]:
    procs = []
    for share, seed in ((0, "0"), (1, "4242")):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", WORKER, str(share), str(BENCH), str(ROOT)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
        )
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=1800)
        assert proc.returncode == 0, err[-3000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def test_every_bench_page_keeps_the_invariants() -> None:
    first, second = _run_workers()
    problems = [*first["problems"], *second["problems"]]  # type: ignore[misc]
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(sorted(set(problems))[:30])
    digests_a, digests_b = first["digests"], second["digests"]
    assert isinstance(digests_a, dict) and isinstance(digests_b, dict)
    assert len(digests_a) > 1000
    assert first["checked"] and second["checked"]
    differ = sorted(key for key in digests_a if digests_a[key] != digests_b.get(key))
    assert not differ, f"{len(differ)} page(s) differ across hash seeds: {differ[:10]}"
