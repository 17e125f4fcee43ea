"""Share buttons and social counters."""

from __future__ import annotations

import regex

from cleaner.patterns import SHARE_COUNT, SHARE_FILLER, SHARE_NETWORKS, SHARE_PROMPTS, SHARE_VERBS
from cleaner.rules._base import Block, Config, Iterator, Sequence, Verdict, demo, line_key

_TOKEN = regex.compile(r"[@\w][\w.@'’-]*")


def _is_share_line(key: str) -> bool:
    tokens = _TOKEN.findall(key)
    social = False
    for token in tokens:
        if token in SHARE_VERBS or token in SHARE_NETWORKS:
            social = True
        elif not (token in SHARE_FILLER or token.startswith("@") or "." in token or token.isdigit()):
            return False
    return social


def share_line(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Lines made only of share buttons, network names and share counts.

    >>> demo(share_line, "Share this @example.com\\nShare on Facebook\\nTeilen\\n12 shares\\nShare your thoughts with your doctor.")
    ['Share this @example.com', 'Share on Facebook', 'Teilen', '12 shares']

    Keeps: "Share your thoughts with your doctor." (a word outside the share vocabulary).
    """
    for block in blocks:
        if block.features.words > 14:
            continue
        key = block.features.key
        if key in SHARE_PROMPTS:
            yield Verdict(block.index, "share_line", "a share prompt")
        elif SHARE_COUNT.match(key):
            yield Verdict(block.index, "share_line", "a share or reaction count")
        elif _is_share_line(key):
            yield Verdict(block.index, "share_line", "only share buttons and network names")

