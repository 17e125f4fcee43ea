"""Peak memory (and time) of cleaning one large page, in a fresh process.

    python bench/memory.py [--size-mb 50] [--mode text|html|both] [--no-limits]

The page is cut from the concatenated bench texts (text mode) or HTML bodies
(HTML mode, wrapped in one document), as ``bench/speed.py --sizes`` builds
its pages, and written to a temporary file. A child interpreter reads it as
bytes and cleans it; the table gives the seconds, the peak RSS of the child
(``VmHWM``), the RSS the interpreter and the library take before the
page is read, and the peak over the page's size (goal: under 10x).

By default the library's limits apply, and a page over ``max_bytes`` is
refused with ``InputError`` before any work; ``--no-limits`` sets
``max_bytes`` and ``max_blocks`` to None and measures the cleaning itself.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import from the repo root
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from bench.pages import DEFAULT_DATA, pages_of, resolve_modes, resolve_sets  # noqa: E402
from bench.speed import _HTML_HEAD, _HTML_TAIL, _char_start, corpus  # noqa: E402

CHILD = """
import json, resource, sys, time
import cleaner


def high_water():
    # VmHWM is this process's own peak; ru_maxrss would carry the parent's
    # peak across fork and exec.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


base = high_water()
data = open(sys.argv[1], "rb").read()
options = {"max_bytes": None, "max_blocks": None} if sys.argv[2] == "off" else {}
start = time.perf_counter()
try:
    article, error = cleaner.clean(data, **options), None
except cleaner.CleanerError as exc:
    article, error = "", f"{type(exc).__name__}: {exc}"
seconds = time.perf_counter() - start
peak = high_water()
print(json.dumps({"bytes": len(data), "seconds": seconds, "peak": peak, "base": base,
                  "article": len(article), "error": error}))
"""


def page_bytes(mode: str, size: int, data: Path, set_choice: str) -> bytes:
    body = corpus(pages_of(data, resolve_sets(set_choice)), mode, size)
    body = body[: _char_start(body, size)] if len(body) > size else body
    return _HTML_HEAD + body + _HTML_TAIL if mode == "html" else body


def measure(page: bytes, limits: bool) -> dict[str, object]:
    with tempfile.NamedTemporaryFile(suffix=".page") as handle:
        handle.write(page)
        handle.flush()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, handle.name, "on" if limits else "off"],
            capture_output=True,
            text=True,
            check=True,
        )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=50.0, help="page size in MB (10^6 bytes)")
    parser.add_argument("--mode", default="both", choices=["text", "html", "both"])
    parser.add_argument("--set", default="all", help="bench set(s) to cut the page from")
    parser.add_argument("--no-limits", action="store_true", help="max_bytes and max_blocks off")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="bench data dir")
    args = parser.parse_args(argv)
    size = int(args.size_mb * 1_000_000)
    print(
        "| mode | page MB | limits | seconds | s/MB | peak RSS MB | before page MB | peak / page |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for mode in resolve_modes(args.mode):
        page = page_bytes(mode, size, args.data, args.set)
        r = measure(page, not args.no_limits)
        mb = int(r["bytes"]) / 1e6  # type: ignore[call-overload]
        seconds, peak, base = float(r["seconds"]), int(r["peak"]), int(r["base"])  # type: ignore[arg-type,call-overload]
        outcome = f" ({r['error']})" if r["error"] else ""
        print(
            f"| {mode} | {mb:.1f} | {'off' if args.no_limits else 'on'} | {seconds:.1f}{outcome} | "
            f"{seconds / mb:.2f} | {peak / 1e6:.0f} | {base / 1e6:.0f} | "
            f"{peak / int(r['bytes']):.1f}x |",  # type: ignore[call-overload]
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
