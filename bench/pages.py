"""Bench data access: sets, pages, inputs (see ../shared/bench/README.md)."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

SETS = ("aeb", "wcxb-dev")
MODES = ("text", "html")
KINDS = ("article", "forum", "product", "listing", "documentation", "service", "collection")
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "bench"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


@dataclass(frozen=True)
class Page:
    """One page of a set: its truth and where its inputs are."""

    set_name: str
    id: str
    url: str
    truth: str
    with_: tuple[str, ...] = field(default=())
    without: tuple[str, ...] = field(default=())
    root: Path = field(default=Path("."))

    @property
    def kind(self) -> str:
        """Page type: the id prefix before '-' (wcxb-dev), else the set name."""
        prefix, sep, _ = self.id.partition("-")
        return prefix if sep else self.set_name

    def text(self) -> str:
        """The raw text input (text mode)."""
        return (self.root / "text" / f"{self.id}.txt").read_text(encoding="utf-8")

    def html(self) -> bytes:
        """The gunzipped HTML bytes (HTML mode)."""
        return gzip.decompress((self.root / "html" / f"{self.id}.html.gz").read_bytes())

    def load(self, mode: str) -> str | bytes:
        """The input of ``mode``: text (str) or html (bytes)."""
        return self.text() if mode == "text" else self.html()


def load_pages(data: Path, set_name: str, limit: int | None = None) -> list[Page]:
    """Pages of ``set_name`` in truth.jsonl order, the first ``limit`` if given."""
    root = data / set_name
    pages: list[Page] = []
    with (root / "truth.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(pages) >= limit:
                break
            if line.strip():
                pages.append(_page(json.loads(line), set_name, root))
    return pages


def _page(row: dict[str, object], set_name: str, root: Path) -> Page:
    return Page(
        set_name=set_name,
        id=str(row["id"]),
        url=str(row.get("url", "")),
        truth=str(row["truth"]),
        with_=tuple(_strings(row.get("with"))),
        without=tuple(_strings(row.get("without"))),
        root=root,
    )


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def pages_of(data: Path, sets: Iterable[str], limit: int | None = None) -> list[Page]:
    """The pages of every set in ``sets``, in order (each cut to ``limit``)."""
    return [page for name in sets for page in load_pages(data, name, limit)]


def resolve_sets(choice: str) -> list[str]:
    """Set names for a ``--set`` choice ('all' or one set)."""
    return list(SETS) if choice == "all" else [choice]


def resolve_modes(choice: str) -> list[str]:
    """Modes for a ``--mode`` choice ('both' or one mode)."""
    return list(MODES) if choice == "both" else [choice]


def decode_html(html: bytes) -> str:
    """Decode HTML bytes: UTF-8 if valid, else the meta charset, else cp1252."""
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(html[:4096])
    if match:
        try:
            return html.decode(match.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    return html.decode("cp1252", "replace")
