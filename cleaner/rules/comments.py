"""Reader comment sections: their headers, counts and per-comment controls."""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

import regex

from cleaner import lang
from cleaner.page import declared_thread
from cleaner.rules._base import Block, Config, Iterator, Sequence, Verdict
from cleaner.verdicts import COMMENT

# "Jane Doe says:", "Max sagt:", "Marie dit :" - the line that opens a comment.
_COMMENT_AUTHOR: Final = re.compile(
    r"^\S.{0,80}?\s(?:says|said|wrote|sagt|schreibt|dit|a écrit|dice|escribió|scrive|ha scritto"
    r"|disse|escreveu|zegt|schreef|pisze|пишет)\s*:$"
)

# "Jane Doe says", without the colon: a name of up to four capitalised words and
# the verb, alone on a line (the author line many blog themes print).
_SAYS_ENDINGS: Final = ("says", "sagt", "dit", "dice", "diz", "zegt")
_NAME_SAYS: Final = regex.compile(
    r"^\p{Lu}[\p{L}\p{M}.'’-]*+(?:\s\p{Lu}[\p{L}\p{M}.'’-]*+){0,3}\s"
    r"(?:" + "|".join(_SAYS_ENDINGS) + r")$"
)
_NAME_SAYS_WORDS: Final = 6
# Each line the pattern matches ends with one of them as its last word.
_SAYS_WORDS: Final = frozenset(_SAYS_ENDINGS)
# A date or a time in a comment's author line ("on May 3, 2019 at 4:15 pm"): a
# year, a clock time or a numeric date, not the digits of a user name.
_DATED: Final = re.compile(
    r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<!\d)\d{1,2}:\d\d(?!\d)"
    r"|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)"
)


# A count that names the article ("59 Comments on “...”") holds its title.
_TITLED_WORDS: Final = 40
# A comment header printed this many times on a page is a per-item link.
_HEADER_COPIES: Final = 3
# A comment form's notes (the comment policy above it) run to a few sentences.
_FORM_WORDS: Final = 60


def comment_section(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """The header of a comment section (a barrier: the article ends there), comment counts,
    the "X says:" line that opens a comment and the Reply/Report controls under it.

    >>> from cleaner.rules._base import demo
    >>> demo(comment_section, "23 Comments\\nLeave a Reply\\nJane Doe says:\\nReply\\nThe comments drew 300 replies.")
    ['23 Comments', 'Leave a Reply', 'Jane Doe says:', 'Reply']

    Keeps: "The comments drew 300 replies." (a sentence about comments).

    On a discussion nothing here is a barrier: the replies are the page. A page
    is one when it declares itself one (the HTML reader's "thread" token) or
    when it heads its answers with their count ("2 Answers").
    """
    walls = not (declared_thread(blocks) or _answered(blocks))
    counted = False  # a comment count above: the comments start below it
    says = [
        block.index
        for block in blocks
        if block.features.tokens and block.features.tokens[-1] in _SAYS_WORDS and _name_says(block)
    ]
    # One "Jane says" may be a line of the story; two or more are a thread of comments.
    thread = len(says) >= 2
    named = frozenset(says)
    headers: Counter[str] | None = None  # the short lines' keys, counted when first needed
    for block in blocks:
        if block.index in named:
            yield Verdict(
                block.index,
                "comment_section",
                "the author line of a comment",
                COMMENT,
                barrier=walls and thread,
            )
            continue
        if "comment_form" in block.features.hits and block.features.words <= _FORM_WORDS:
            yield Verdict(
                block.index, "comment_section", "the comment form", COMMENT, barrier=walls
            )
            continue
        key = block.features.key
        tokens = block.features.tokens
        if (
            len(tokens) > 3
            and tokens[1] in lang.COMMENT_COUNT_NOUNS
            and block.features.words <= _TITLED_WORDS
            and lang.COMMENTS_ON_TITLE.match(key)
        ):
            yield Verdict(
                block.index, "comment_section", "a comment section header", COMMENT, barrier=walls
            )
            continue
        if block.features.words > 16:
            continue
        # Every count holds a digit, and every author line ends with its colon.
        if block.features.digits and lang.COMMENT_COUNT.match(key):
            # Not a barrier: counts also sit under the headline, above the article.
            counted = True
            yield Verdict(block.index, "comment_section", "a comment count", COMMENT)
        elif key in lang.COMMENTS_HEADER or (
            block.features.words <= 4
            and key.endswith(lang.COMMENTS_HEADER_ENDINGS)
            and lang.COMMENTS_HEADER_END.search(key)
        ):
            # Printed under every item of a listing ("Comment"), it is a link, not the
            # header of the section: no barrier.
            if headers is None:
                headers = Counter(b.features.key for b in blocks if b.features.words <= 4)
            header = walls and headers[key] < _HEADER_COPIES
            yield Verdict(
                block.index, "comment_section", "a comment section header", COMMENT, barrier=header
            )
        elif key in lang.COMMENT_CONTROLS:
            yield Verdict(block.index, "comment_section", "a comment control", COMMENT)
        elif block.features.lower.endswith(":") and _COMMENT_AUTHOR.match(block.features.lower):
            # "Jane on May 3, 2019 at 4:15 pm said:" is a comment; "The minister said:" may
            # introduce a quote in the article, and "user38013 wrote:" a quote in a
            # forum post: only a dated line, or one below a comment count, is a barrier.
            dated = _DATED.search(block.text) is not None
            yield Verdict(
                block.index,
                "comment_section",
                "the author line of a comment",
                COMMENT,
                barrier=walls and (dated or counted),
            )


def _name_says(block: Block) -> bool:
    features = block.features
    return (
        features.words <= _NAME_SAYS_WORDS
        and not features.terminal
        and _NAME_SAYS.match(block.text.strip()) is not None
    )


def _answered(blocks: Sequence[Block]) -> bool:
    """Whether a line heads the answers to a question ("2 Answers", "5 Antworten")."""
    return any(
        block.features.digits
        and block.features.words <= _ANSWERS_HEADER_WORDS
        and lang.ANSWERS_HEADER.match(block.features.key)
        for block in blocks
    )


_ANSWERS_HEADER_WORDS: Final = 4
