"""Notices laid over or into the page: consent, newsletter, paywall, ads, feedback."""

from __future__ import annotations

import re
from typing import Final

from cleaner import lang
from cleaner.lang.match import Marks
from cleaner.rules._base import Block, Config, Iterator, Sequence, Verdict, line_key, phrase_rule
from cleaner.verdicts import CONTEXT, FURNITURE, LINE, Declaration

# A prompt is short; the same words in a long sentence are reporting, not a prompt.
_PROMPT_WORDS: Final = 40
_WEAK_PROMPT_WORDS: Final = 10
# Consent buttons ("Accept all") are labels of a few words.
_BUTTON_WORDS: Final = 6


def consent_notice(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Cookie and consent banners, in any of the supported languages.

    >>> from cleaner.rules._base import demo
    >>> demo(consent_notice, "We use cookies to improve your experience.\\nAccept all\\nCookies were sold at the fair for charity.")
    ['We use cookies to improve your experience.', 'Accept all']

    Keeps: "Cookies were sold at the fair for charity." (no consent phrase).
    """
    limits = {"consent": 120, "consent_button": _BUTTON_WORDS}
    yield from phrase_rule(blocks, "consent_notice", limits, "consent phrase", FURNITURE)


CONSENT_NOTICE: Final = Declaration(
    consent_notice,
    LINE,
    (FURNITURE,),
    "cookie and consent banners",
    reads=("consent",),
)


def newsletter_prompt(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Newsletter and sign-up prompts.

    >>> from cleaner.rules._base import demo
    >>> demo(newsletter_prompt, "Sign up for our newsletter\\nEnter your email\\nShe subscribed to the idea that work should be paid.")
    ['Sign up for our newsletter', 'Enter your email']

    Keeps: "She subscribed to the idea that work should be paid.", long
    sentences that merely mention an email address, and the comment form's
    "Your email address will not be published." (``comment_section``'s).
    """
    limits = {"newsletter": _PROMPT_WORDS, "newsletter_weak": _WEAK_PROMPT_WORDS}
    yield from phrase_rule(
        blocks, "newsletter_prompt", limits, "sign-up phrase", FURNITURE, unless="comment_form"
    )
    for block in blocks:
        key = block.features.key
        if (
            block.features.words <= 12
            and key.endswith(lang.NEWSLETTER_LINE_ENDINGS)
            and lang.NEWSLETTER_LINE.match(key)
        ):
            yield Verdict(block.index, "newsletter_prompt", "a sign-up line", FURNITURE)


NEWSLETTER_PROMPT: Final = Declaration(
    newsletter_prompt,
    LINE,
    (FURNITURE,),
    "newsletter and sign-up prompts",
    reads=("newsletter",),
)


def paywall_prompt(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Paywall and login prompts, subscription offers ("Get 3 months for $1"), and bare
    account controls ("Log in", "Log in | Register").

    >>> from cleaner.rules._base import demo
    >>> demo(paywall_prompt, "Subscribe to continue reading.\\nLog In\\nLog in | Register\\nThe login screen was redesigned last year, the company said.")
    ['Subscribe to continue reading.', 'Log In', 'Log in | Register']

    Keeps: "The login screen was redesigned last year, the company said."
    """
    limits = {"paywall": _PROMPT_WORDS, "paywall_weak": _WEAK_PROMPT_WORDS}
    yield from phrase_rule(blocks, "paywall_prompt", limits, "paywall phrase", FURNITURE)
    for block in blocks:
        features = block.features
        if features.words <= 4 and features.key in lang.LOGIN_LINES:
            yield Verdict(block.index, "paywall_prompt", "an account control", FURNITURE)
        elif features.words <= _CONTROL_ROW_WORDS and _ITEM_SEPARATORS.found(block.text):
            items = [line_key(item) for item in lang.SEPARATED_ITEMS.split(block.text)]
            if len(items) >= 2 and all(item in lang.LOGIN_LINES for item in items):
                yield Verdict(block.index, "paywall_prompt", "a row of account controls", FURNITURE)
        elif features.words <= _OFFER_WORDS and features.digits and _OFFER.match(features.lower):
            yield Verdict(block.index, "paywall_prompt", "a subscription offer", FURNITURE)


PAYWALL_PROMPT: Final = Declaration(
    paywall_prompt,
    LINE,
    (FURNITURE,),
    '"Subscribe to continue reading", "Already a subscriber?", "Log in", "Log in | Register"',
    reads=("paywall",),
)


# A subscription offer on a line of its own ("Get 3 months for $1", "Try 1 month free").
_OFFER_WORDS: Final = 10
_OFFER: Final = re.compile(
    r"^(?:get|try|start|subscribe|join)\b[^$€£\d]{0,20}\d+\s(?:months?|weeks?|years?|days?)"
    r"\b[^$€£]{0,12}(?:for\s)?(?:[$€£]\s?\d|\d+\s?[$€£]|free\b)"
)
# A row of account controls ("Log in | Register | My account").
_CONTROL_ROW_WORDS: Final = 10
_ITEM_SEPARATORS: Final = Marks(lang.ITEM_SEPARATORS)


def advertisement(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Advertisement labels and "continue reading below the ad" markers.

    >>> from cleaner.rules._base import demo
    >>> demo(advertisement, "Advertisement\\nAnzeige\\nContinue reading the main story\\nThe advertisement won an award.")
    ['Advertisement', 'Anzeige', 'Continue reading the main story']

    Keeps: "The advertisement won an award." (a sentence about an ad).
    """
    for block in blocks:
        if block.features.words <= 8 and block.features.key in lang.ADVERTISEMENT:
            yield Verdict(block.index, "advertisement", "an advertisement label", FURNITURE)
    yield from phrase_rule(
        blocks, "advertisement", {"affiliate": 60}, "an affiliate disclosure", FURNITURE
    )


ADVERTISEMENT: Final = Declaration(
    advertisement,
    LINE,
    (FURNITURE,),
    '"Advertisement", "Anzeige", "Publicité", "Continue reading the main story", affiliate disclosures',
    reads=("ads",),
)


def feedback_widget(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """ "Was this helpful?" widgets and the Yes/No answers right after them.

    >>> from cleaner.rules._base import demo
    >>> demo(feedback_widget, "Was this article helpful?\\nYes\\nNo\\nIs the drug helpful? Doctors disagree.")
    ['Was this article helpful?', 'Yes', 'No']

    Keeps: "Is the drug helpful? Doctors disagree." (no widget phrase).
    """
    last_widget = -10
    for block in blocks:
        if block.features.words <= 20 and "feedback" in block.features.hits:
            last_widget = block.index
            yield Verdict(block.index, "feedback_widget", "a feedback prompt", FURNITURE)
        elif block.index - last_widget <= 3 and block.features.key in lang.FEEDBACK_ANSWERS:
            last_widget = block.index
            yield Verdict(
                block.index, "feedback_widget", "an answer button of a feedback prompt", FURNITURE
            )


FEEDBACK_WIDGET: Final = Declaration(
    feedback_widget,
    CONTEXT,
    (FURNITURE,),
    '"Was this helpful?" and its Yes/No',
    reads=("feedback",),
)
