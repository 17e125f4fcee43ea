"""Pages for the batch, CLI and integration tests: the invented samples, and a few HTML pages.

Nothing here is a test; test modules import it (pytest puts tests/ on the path).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

PARAGRAPHS = (
    "The council approved the new budget on Tuesday after a long debate that lasted "
    "well into the night, members said.",
    "Opponents argued that the plan would raise local taxes for families, while "
    "supporters said it would fund schools and roads.",
    "The mayor is expected to sign the budget next week, and the first projects could "
    "start in the spring.",
)


def text_pages() -> list[str]:
    """Every sample page's raw text, in name order."""
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")) if _is_page(p)]


def _is_page(path: Path) -> bool:
    return not path.name.endswith(".expected.txt")


def html_page(number: int) -> str:
    """A small news page in HTML: menu, article, share line, footer; ``number`` varies it."""
    body = "".join(f"<p>{p} (Report {number}.)</p>" for p in PARAGRAPHS[: 1 + number % 3])
    return (
        f"<!DOCTYPE html><html><head><title>Budget {number}</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
        f"<article><h1>Budget {number} approved</h1>{body}<p>Share this on Facebook</p></article>"
        '<footer>© 2024 Example News. All rights reserved. <a href="/privacy">Privacy</a></footer>'
        "</body></html>"
    )


def write_jsonl(path: Path, records: Iterable[dict[str, object]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def read_jsonl(*paths: Path) -> list[dict[str, object]]:
    records = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            records.extend(json.loads(line) for line in lines if line.strip())
    return records


def written_texts(folder: Path) -> dict[str, str]:
    """``{id: text}`` of every record a JSONL writer left in ``folder``."""
    return {str(r["id"]): str(r["text"]) for r in read_jsonl(*sorted(folder.glob("*.jsonl")))}


def slow_page() -> str:
    """A page of ~10 MB that takes over a second to clean (1.7 s on the 2-core
    machine): far over a 0.5 s limit, when the sample pages take milliseconds
    (even on a busy machine). At ~3 MB it took 0.6 s, too near the limit."""
    return "\n\n".join(text_pages()) * 120


#: the time limit the tests set: the sample pages stay well under it, slow_page() not
TIME_LIMIT = 0.5
