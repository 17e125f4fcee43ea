"""A fingerprint of cleaner's output on every bench page, to tell a refactor changed nothing.

    python bench/snapshot.py --write bench/out/snapshot-BEFORE.json [--set ...] [--mode ...]
    python bench/snapshot.py --compare bench/out/snapshot-BEFORE.json

For every page of ``../shared/bench`` (both sets) in text and HTML mode it
runs ``cleaner.explain(page, mode=...)`` and keeps the sha1 of the article and
the sha1 of the list of ``(kept, rule, why)`` of every block, with the list
itself (so that a difference can be shown). ``--write`` stores them as JSON
(gzipped when the name ends in ``.gz``); ``--compare`` runs again, prints each
page whose article or verdicts differ (with its first differing block) and
exits 1 if any does. A page that raises is recorded by its error's type and
message, which must match too.

Run it from the tree under test (its editable install, or a compiled build in
place): ``bench/tools.py`` says which build a line came from.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.pages import DEFAULT_DATA, SETS, load_pages, resolve_modes, resolve_sets  # noqa: E402
from bench.tools import cleaner_build  # noqa: E402

__all__ = ["fingerprint", "main"]


def _sha1(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint(page: str | bytes, mode: str) -> dict[str, Any]:
    """The article's and the verdicts' sha1 of one page in one mode, and the verdicts."""
    import cleaner

    try:
        explained = cleaner.explain(page, mode=mode)
    except Exception as error:  # recorded: a page must fail the same way before and after
        return {"error": f"{type(error).__name__}: {error}"}
    verdicts = [[block.kept, block.rule, block.why] for block in explained.blocks]
    return {
        "article": _sha1(explained.article),
        "verdicts": _sha1(json.dumps(verdicts, ensure_ascii=False)),
        "blocks": verdicts,
    }


def snapshot(data: Path, sets: list[str], modes: list[str]) -> dict[str, dict[str, Any]]:
    """``{"SET/ID/MODE": fingerprint}`` for every page of ``sets`` in every mode."""
    found: dict[str, dict[str, Any]] = {}
    for set_name in sets:
        for page in load_pages(data, set_name):
            for mode in modes:
                found[f"{set_name}/{page.id}/{mode}"] = fingerprint(page.load(mode), mode)
    return found


def _load(path: Path) -> dict[str, Any]:
    raw = path.read_bytes()
    if path.name.endswith(".gz"):
        raw = gzip.decompress(raw)
    loaded: dict[str, Any] = json.loads(raw)
    return loaded


def _store(path: Path, content: dict[str, Any]) -> None:
    raw = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(raw) if path.name.endswith(".gz") else raw)


def _first_difference(before: dict[str, Any], after: dict[str, Any]) -> str:
    """Where two fingerprints of a page part."""
    if "error" in before or "error" in after:
        return f"error: {before.get('error')!r} -> {after.get('error')!r}"
    old, new = before["blocks"], after["blocks"]
    for index, (was, now) in enumerate(zip(old, new, strict=False)):
        if was != now:
            return f"block {index}: {was} -> {now}"
    if len(old) != len(new):
        return f"{len(old)} blocks -> {len(new)}"
    return "same verdicts, another article"


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """A line for each page whose fingerprint differs (or that one side lacks)."""
    lines: list[str] = []
    for key in sorted(set(before) | set(after)):
        was, now = before.get(key), after.get(key)
        if was is None or now is None:
            lines.append(f"{key}: only {'after' if was is None else 'before'}")
            continue
        same = {k: v for k, v in was.items() if k != "blocks"} == {
            k: v for k, v in now.items() if k != "blocks"
        }
        if not same:
            lines.append(f"{key}: {_first_difference(was, now)}")
    return lines


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, metavar="FILE", help="store the snapshot")
    action.add_argument("--compare", type=Path, metavar="FILE", help="compare with a snapshot")
    parser.add_argument("--set", default="all", choices=[*SETS, "all"])
    parser.add_argument("--mode", default="both", choices=["text", "html", "both"])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the bench data")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sets, modes = resolve_sets(args.set), resolve_modes(args.mode)
    start = time.perf_counter()
    found = snapshot(args.data, sets, modes)
    elapsed = time.perf_counter() - start
    print(f"{cleaner_build()}: {len(found)} page-modes in {elapsed:.0f} s", file=sys.stderr)
    if args.write is not None:
        _store(args.write, {"build": cleaner_build(), "pages": found})
        print(f"wrote {args.write}")
        return 0
    stored = _load(args.compare)["pages"]
    # Compare only the sets and modes of this run.
    stored = {
        k: v
        for k, v in stored.items()
        if k.split("/")[0] in sets and k[k.rfind("/") + 1 :] in modes
    }
    differences = compare(stored, found)
    for line in differences:
        print(line)
    print(f"{len(found)} page-modes compared, {len(differences)} differ")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
