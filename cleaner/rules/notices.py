"""Notices laid over or into the page: consent, newsletter, paywall, ads, feedback."""

from __future__ import annotations

from cleaner import patterns
from cleaner.rules._base import Block, Config, Iterator, Sequence, Verdict, demo, line_key, matching

# A prompt is short; the same words in a long sentence are reporting, not a prompt.
_PROMPT_WORDS = 40
_WEAK_PROMPT_WORDS = 10


def consent_notice(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Cookie and consent banners, in any of the supported languages.

    >>> demo(consent_notice, "We use cookies to improve your experience.\\nAccept all\\nCookies were sold at the fair for charity.")
    ['We use cookies to improve your experience.', 'Accept all']

    Keeps: "Cookies were sold at the fair for charity." (no consent phrase).
    """
    yield from matching(blocks, "consent_notice", patterns.CONSENT, "consent phrase", max_words=120)


def newsletter_prompt(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Newsletter and sign-up prompts.

    >>> demo(newsletter_prompt, "Sign up for our newsletter\\nEnter your email\\nShe subscribed to the idea that work should be paid.")
    ['Sign up for our newsletter', 'Enter your email']

    Keeps: "She subscribed to the idea that work should be paid." and long
    sentences that merely mention an email address.
    """
    yield from matching(
        blocks, "newsletter_prompt", patterns.NEWSLETTER, "sign-up phrase", max_words=_PROMPT_WORDS
    )
    yield from matching(
        blocks,
        "newsletter_prompt",
        patterns.NEWSLETTER_WEAK,
        "sign-up phrase on a short line",
        max_words=_WEAK_PROMPT_WORDS,
    )


def paywall_prompt(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Paywall and login prompts, and bare account controls ("Log in").

    >>> demo(paywall_prompt, "Subscribe to continue reading.\\nLog In\\nThe login screen was redesigned last year, the company said.")
    ['Subscribe to continue reading.', 'Log In']

    Keeps: "The login screen was redesigned last year, the company said."
    """
    yield from matching(
        blocks, "paywall_prompt", patterns.PAYWALL, "paywall phrase", max_words=_PROMPT_WORDS
    )
    yield from matching(
        blocks,
        "paywall_prompt",
        patterns.PAYWALL_WEAK,
        "account phrase on a short line",
        max_words=_WEAK_PROMPT_WORDS,
    )
    for block in blocks:
        if block.features.words <= 4 and line_key(block.text) in patterns.LOGIN_LINES:
            yield Verdict(block.index, "paywall_prompt", "an account control")


def advertisement(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """Advertisement labels and "continue reading below the ad" markers.

    >>> demo(advertisement, "Advertisement\\nAnzeige\\nContinue reading the main story\\nThe advertisement won an award.")
    ['Advertisement', 'Anzeige', 'Continue reading the main story']

    Keeps: "The advertisement won an award." (a sentence about an ad).
    """
    for block in blocks:
        if block.features.words <= 8 and line_key(block.text) in patterns.ADVERTISEMENT:
            yield Verdict(block.index, "advertisement", "an advertisement label")


def feedback_widget(blocks: Sequence[Block], config: Config) -> Iterator[Verdict]:
    """"Was this helpful?" widgets and the Yes/No answers right after them.

    >>> demo(feedback_widget, "Was this article helpful?\\nYes\\nNo\\nIs the drug helpful? Doctors disagree.")
    ['Was this article helpful?', 'Yes', 'No']

    Keeps: "Is the drug helpful? Doctors disagree." (no widget phrase).
    """
    last_widget = -10
    for block in blocks:
        if block.features.words <= 20 and patterns.FEEDBACK.search(block.features.lower):
            last_widget = block.index
            yield Verdict(block.index, "feedback_widget", "a feedback prompt")
        elif (
            block.index - last_widget <= 3
            and line_key(block.text) in patterns.FEEDBACK_ANSWERS
        ):
            last_widget = block.index
            yield Verdict(block.index, "feedback_widget", "an answer button of a feedback prompt")
