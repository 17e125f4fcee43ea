"""Reader comment sections: their headers, counts and per-comment controls."""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

import regex

from cleaner import lang
from cleaner.measure.features import is_prose
from cleaner.page import declared_thread
from cleaner.rules._base import Block, Config, Iterator, Sequence, Verdict
from cleaner.verdicts import COMMENT, PAGE, Declaration

# "Jane Doe says", without the colon: a name of up to four capitalised words and
# the verb, alone on a line (the author line many blog themes print).
_NAME_SAYS: Final = regex.compile(
    r"^\p{Lu}[\p{L}\p{M}.'’-]*+(?:\s\p{Lu}[\p{L}\p{M}.'’-]*+){0,3}\s"
    r"(?:" + "|".join(lang.SAYS_VERBS) + r")$"
)
_NAME_SAYS_WORDS: Final = 6
# Each line the pattern matches ends with one of them as its last word.
_SAYS_WORDS: Final = frozenset(lang.SAYS_VERBS)
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
# A prompt to comment is a line of its own, a short sentence at most.
_PROMPT_WORDS: Final = 14


def comment_section(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """The header of a comment section (a barrier: the article ends there), comment counts,
    prompts to comment, the "X says:" line that opens a comment, the Reply/Report
    controls under it, and the comment form with its fields.

    >>> from cleaner.rules._base import demo
    >>> demo(comment_section, "Jetzt kommentieren\\n23 Comments\\nLeave a Reply\\nJane Doe says:\\nMade this twice already, my kids love it!\\nReply\\nThe comments drew 300 replies.")
    ['Jetzt kommentieren', '23 Comments', 'Leave a Reply', 'Jane Doe says:', 'Reply']

    Keeps: "The comments drew 300 replies." (a sentence about comments), and the
    text of the comments themselves: whether the replies are comments under an
    article or the page's own content (a forum thread) is the locator's to
    tell, which calls what it leaves out below a comment section's header a
    reader comment.

    On a discussion nothing here is a barrier: the replies are the page. A page
    is one when it declares itself one (the HTML reader's "thread" token) or
    when it heads its answers with their count ("2 Answers").
    """
    walls = not (declared_thread(blocks) or _answered(blocks))
    says = [
        block.index
        for block in blocks
        if block.features.tokens and block.features.tokens[-1] in _SAYS_WORDS and _name_says(block)
    ]
    # One "Jane says" may be a line of the story; two or more are a thread of comments.
    thread = len(says) >= 2
    named = frozenset(says)
    # What this rule claimed, and where the comment section starts (its header,
    # count or form): the reader comments are looked for below it.
    claimed: set[int] = set()
    starts: list[int] = []
    for said in _claims(blocks, walls, thread, named):
        claimed.add(said.index)
        if said.why in _SECTION_STARTS:
            starts.append(said.index)
        yield said
    if walls and starts:
        yield from _form_fields(blocks, config, starts, claimed)


COMMENT_SECTION: Final = Declaration(
    comment_section,
    PAGE,
    (COMMENT,),
    'comment headers and counts, "X says:", Reply/Report, prompts to comment ("Jetzt kommentieren"), the comment form and its fields (a barrier: the article ends there, except on a discussion)',
    reads=("comments",),
    barrier=True,
)


# The reasons of the lines a comment section starts with, and of its controls.
_HEADER, _COUNT, _FORM, _CONTROL = (
    "a comment section header",
    "a comment count",
    "the comment form",
    "a comment control",
)
_SECTION_STARTS: Final = frozenset({_HEADER, _COUNT, _FORM})


def _form_fields(
    blocks: Sequence[Block], config: Config, starts: list[int], claimed: set[int]
) -> Iterator[Verdict]:
    """The fields of the comment form ("Name *", "E-mail *", "Recipe Rating") below
    the first start of a comment section (its header, count or form) that has an
    article's prose above it: where none does (a forum's thread under a menu
    that says "Join the conversation"), nothing here is the form's."""
    words = 0
    start = 0
    for position, block in enumerate(blocks):
        if words >= _ARTICLE_WORDS and position in starts:
            start = position
            break
        if is_prose(block.features, config.prose_words):
            words += block.features.words
    else:
        return
    for block in blocks[start + 1 :]:
        if block.index not in claimed and block.features.key in lang.COMMENT_FIELDS:
            yield Verdict(block.index, "comment_section", "a field of the comment form", COMMENT)


# The words of prose an article has at least, above the comment section under it.
_ARTICLE_WORDS: Final = 50


def _claims(
    blocks: Sequence[Block],
    walls: bool,
    thread: bool,
    named: frozenset[int],
) -> Iterator[Verdict]:
    """The verdicts on lines a comment section prints, each told by its own text
    (and by how often a header recurs on the page)."""
    counted = False  # a comment count above: the comments start below it
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
            yield Verdict(block.index, "comment_section", _FORM, COMMENT, barrier=walls)
            continue
        if "comment_prompt" in block.features.hits and block.features.words <= _PROMPT_WORDS:
            yield Verdict(block.index, "comment_section", "a prompt to comment", COMMENT)
            continue
        key = block.features.key
        tokens = block.features.tokens
        if (
            len(tokens) > 3
            and tokens[1] in lang.COMMENT_COUNT_NOUNS
            and block.features.words <= _TITLED_WORDS
            and lang.COMMENTS_ON_TITLE.match(key)
        ):
            yield Verdict(block.index, "comment_section", _HEADER, COMMENT, barrier=walls)
            continue
        if block.features.words > 16:
            continue
        # Every count holds a digit, and every author line ends with its colon.
        if block.features.digits and lang.COMMENT_COUNT.match(key):
            # Not a barrier: counts also sit under the headline, above the article.
            counted = True
            yield Verdict(block.index, "comment_section", _COUNT, COMMENT)
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
            yield Verdict(block.index, "comment_section", _HEADER, COMMENT, barrier=header)
        elif key in lang.COMMENT_CONTROLS or (
            len(tokens) > 1 and tokens[0] in _CONTROL_FIRST_WORDS and _control_row(tokens)
        ):
            yield Verdict(block.index, "comment_section", _CONTROL, COMMENT)
        elif block.features.lower.endswith(":") and lang.COMMENT_AUTHOR.match(block.features.lower):
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


# A row of controls under a comment is a few words, and opens with a control.
_CONTROL_ROW_WORDS: Final = 8
_CONTROL_FIRST_WORDS: Final = frozenset(control.split()[0] for control in lang.COMMENT_CONTROLS)


def _control_row(tokens: tuple[str, ...]) -> bool:
    """Whether a line's words are a row of comment controls with their counts
    ("답글 달기 추천 5", "Reply Report", "Like 3 Reply"): each word or pair of words
    a control, or a count; two controls at least.

    >>> _control_row(("답글", "달기", "추천", "5")), _control_row(("reply", "to", "jane"))
    (True, False)
    """
    if not 1 < len(tokens) <= _CONTROL_ROW_WORDS:
        return False
    controls = 0
    at = 0
    while at < len(tokens):
        if tokens[at].isdigit():
            at += 1
        elif " ".join(tokens[at : at + 2]) in lang.COMMENT_CONTROLS and at + 1 < len(tokens):
            controls += 1
            at += 2
        elif tokens[at] in lang.COMMENT_CONTROLS:
            controls += 1
            at += 1
        else:
            return False
    return controls >= 2


def comment_line(block: Block) -> bool:
    """Whether ``block`` is, by its own text, a line a comment section prints: its
    header or count, the form, a prompt to comment, a comment's author line
    ("Jane Doe says:") or its Reply control.

    >>> from cleaner.read.text import text_to_blocks
    >>> [comment_line(b) for b in text_to_blocks("3 Comments\\nJetzt kommentieren\\nStorm hits coast")]
    [True, True, False]
    """
    features = block.features
    hits = features.hits
    if ("comment_form" in hits and features.words <= _FORM_WORDS) or (
        "comment_prompt" in hits and features.words <= _PROMPT_WORDS
    ):
        return True
    if features.words > 16:
        return False
    key = features.key
    return (
        key in lang.COMMENTS_HEADER
        or key in lang.REPLY_CONTROLS
        or (features.digits and lang.COMMENT_COUNT.match(key) is not None)
        or (features.lower.endswith(":") and lang.COMMENT_AUTHOR.match(features.lower) is not None)
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
