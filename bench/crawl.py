"""Crawl files through the command line: reading against cleaning, and -j.

    python bench/crawl.py [--set wcxb-dev|aeb|all] [--workers 1,2] [--inputs wet,jsonl,...]

The pages of ../shared/bench written as the files a corpus builder gets
(under bench/out/crawl/, made once):

- ``wet``: the text pages as a WET file (gzip, a member a record), as Common
  Crawl ships its extracted text;
- ``jsonl``: the same texts as JSON Lines (``{"id", "url", "text"}``), plain;
- ``jsonl.gz``: the same, gzip (a stream the parent must decompress);
- ``warc``: the HTML pages as a WARC file of responses (gzip, a member a record);
- ``html.jsonl``: the HTML as JSON Lines (``{"id", "url", "html"}``).

For each input:

1. reading: planning its shares and reading every record of them (no
   cleaning), in this process: CPU seconds;
2. the command, ``cleaner -q -j N FILE > /dev/null``, run in this process for
   each N: wall seconds, records a second, and the parent's CPU seconds
   (``time.process_time`` of this process; the workers are other processes).
   Cleaning's CPU is that of the ``-j 1`` run less the reading.

It prints reading's cost as a share of cleaning's (target: under a tenth),
records a second for each N, and the parent's share of the work at the
largest N: ``-j M`` cannot go faster than 1 / that share times one worker, so
the last column says what ``-j 16`` would give at most on 16 free cores. The
outputs of every N are checked to be the same.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.pages import DEFAULT_DATA, REPO_ROOT, load_pages, resolve_sets  # noqa: E402
from cleaner import BUILD
from cleaner.read.shares import plan_input, read_share  # noqa: E402
from cleaner.run import cli  # noqa: E402

OUT = REPO_ROOT / "bench" / "out" / "crawl"
INPUTS = ("wet", "jsonl", "jsonl.gz", "warc", "html.jsonl")


def _warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    """A WARC (or WET) of ``(url, kind, payload)``: kind "conversion", or an HTML response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, kind, payload in records:
            if kind == "conversion":
                record = writer.create_warc_record(
                    url, "conversion", payload=io.BytesIO(payload), warc_content_type="text/plain"
                )
            else:
                headers = StatusAndHeaders(
                    "200 OK",
                    [("Content-Type", "text/html"), ("Content-Length", str(len(payload)))],
                    protocol="HTTP/1.1",
                )
                record = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=headers
                )
            writer.write_record(record)


def make_inputs(data: Path, set_name: str) -> dict[str, Path]:
    """The set's pages as every input kind (made once, under bench/out/crawl/)."""
    folder = OUT / set_name
    paths = {kind: folder / f"pages.{kind}" for kind in INPUTS}
    paths["wet"] = folder / "pages.warc.wet.gz"
    paths["warc"] = folder / "pages.warc.gz"
    if all(path.exists() for path in paths.values()):
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    pages = load_pages(data, set_name)
    url = [page.url or f"https://example.org/{page.id}" for page in pages]
    texts = [page.load("text") for page in pages]
    htmls = [page.load("html") for page in pages]
    _warc(paths["wet"], [(u, "conversion", t.encode()) for u, t in zip(url, texts, strict=True)])
    _warc(paths["warc"], [(u, "response", h) for u, h in zip(url, htmls, strict=True)])
    lines = "".join(
        json.dumps({"id": p.id, "url": u, "text": t}, ensure_ascii=False) + "\n"
        for p, u, t in zip(pages, url, texts, strict=True)
    ).encode()
    paths["jsonl"].write_bytes(lines)
    paths["jsonl.gz"].write_bytes(gzip.compress(lines))
    html_lines = "".join(
        json.dumps({"id": p.id, "url": u, "html": h.decode("utf-8", "replace")}) + "\n"
        for p, u, h in zip(pages, url, htmls, strict=True)
    ).encode()
    paths["html.jsonl"].write_bytes(html_lines)
    return paths


def reading_seconds(path: Path, form: str, field: str) -> tuple[float, int]:
    """CPU seconds to plan and read every record of ``path``, and how many there are."""
    started = time.process_time()
    count = 0
    for share in plan_input(0, str(path), form):
        count += sum(1 for _ in read_share(share, field))
    return time.process_time() - started, count


def command(path: Path, workers: int, extra: list[str]) -> tuple[float, float, str]:
    """Wall and parent CPU seconds of ``cleaner -q -j N path``, and its output's digest."""
    out = io.StringIO()
    wall, cpu = time.perf_counter(), time.process_time()
    code = cli.main(["-q", "-j", str(workers), *extra, str(path)], stdout=out, stderr=sys.stderr)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if code != 0:
        raise SystemExit(f"cleaner exited {code} on {path}")
    return wall, cpu, hashlib.sha1(out.getvalue().encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="wcxb-dev", help="aeb, wcxb-dev or all")
    parser.add_argument("--workers", default="1,2", help="the -j values, comma-separated")
    parser.add_argument("--inputs", default=",".join(INPUTS), help="which inputs")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    workers = [int(n) for n in args.workers.split(",")]
    one, five, _ = os.getloadavg()
    cores = os.cpu_count()
    print(f"cleaner {BUILD}; load average {one:.2f} (1 min), {five:.2f} (5 min), {cores} cores")
    head = "| set | input | records | MB | read s | clean s | read/clean |"
    head += "".join(f" -j {n} rec/s |" for n in workers)
    head += f" parent CPU at -j {workers[-1]} | -j 16 at most |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for set_name in resolve_sets(args.set):
        paths = make_inputs(args.data, set_name)
        for kind in args.inputs.split(","):
            path = paths[kind]
            form = "crawl" if kind in ("wet", "warc") else "jsonl"
            field = "html" if kind == "html.jsonl" else "text"
            extra = ["--field", "html", "--mode", "html", "--jsonl"] if field == "html" else []
            read_cpu, records = reading_seconds(path, form, field)
            runs = [command(path, n, extra) for n in workers]
            digests = {digest for _, _, digest in runs}
            if len(digests) != 1:
                raise SystemExit(f"{path}: the output differs between -j values")
            # -j 1 cleans in this process: its CPU is reading, cleaning and writing.
            total_cpu = runs[0][1]
            clean_cpu = total_cpu - read_cpu
            parent_share = runs[-1][1] / total_cpu
            row = (
                f"| {set_name} | {kind} | {records:,} | {path.stat().st_size / 1e6:.0f} "
                f"| {read_cpu:.2f} | {clean_cpu:.2f} | {read_cpu / clean_cpu:.3f} |"
            )
            row += "".join(f" {records / wall:,.0f} |" for wall, _, _ in runs)
            row += (
                f" {runs[-1][1]:.2f} s ({parent_share:.1%}) | {min(16.0, 1 / parent_share):.1f}x |"
            )
            print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
