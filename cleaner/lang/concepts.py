"""The concepts a language pack may fill, each with the form of its entries.

A pack (``cleaner/lang/<code>.py``) is data: ``CONCEPTS``, a dict from a concept
named here to a string of its entries. The form says how the string is read:

- ``WORDS``: single words, apart by whitespace (function words, share verbs).
- ``LINES``: phrases, one a line, keyed as lines are (:func:`script.line_key`):
  a whole line to look up ("you may also like"), or a phrase found anywhere in
  a line, word by word ("we use cookies").
- ``TERMS``: words or phrases, one a line, as written: the alternatives a
  pattern of :mod:`cleaner.lang` puts in one of its slots ("lesen sie auch" in
  the cross-link label's slot).
- ``PATTERNS``: regular expressions, one a line: a language's own form of a
  line, where its words and order are not another's with other words ("il y a
  3 jours", "vor 3 Tagen"). Kept few.

A concept is listed once, here; :func:`cleaner.lang.assemble` refuses a pack
that fills a concept not listed, so a misspelt name cannot go unread.
"""

from __future__ import annotations

from typing import Final

__all__ = ["CONCEPTS", "GROUPS", "LINES", "PATTERNS", "TERMS", "WORDS"]

WORDS: Final = "words"
LINES: Final = "lines"
TERMS: Final = "terms"
PATTERNS: Final = "patterns"

#: Every concept: its form, and what its entries are.
CONCEPTS: Final[dict[str, tuple[str, str]]] = {
    # -- prose --------------------------------------------------------------------------
    "function_word": (WORDS, "function words: a line with them reads as prose"),
    # -- share and social (share_line) --------------------------------------------------
    "share_verb": (WORDS, "words of share buttons: share, tweet, print, teilen"),
    "share_network": (WORDS, "the networks a page is shared on"),
    "share_filler": (WORDS, "words share buttons are built with: this, article, on"),
    "share_prompt": (LINES, "a share prompt that is a line of its own"),
    "share_count_noun": (TERMS, "what a share or reaction count counts: shares, likes"),
    "new_window": (TERMS, "what a share link tells screen readers: opens in a new window"),
    "follow_verb": (WORDS, "the verb of a prompt to follow the site: follow, folgen"),
    # -- related content (related_block, inline_crosslink) ------------------------------
    "related_header": (LINES, "a header over related content: you may also like"),
    "related_header_prefix": (TERMS, "the fixed start of a related header: more from"),
    "related_header_pattern": (PATTERNS, "a related header of a language's own form"),
    "crosslink_label": (TERMS, "the label of a cross-link in the article: read also"),
    # -- notices (consent, newsletter, paywall, ads, feedback) -------------------------
    "consent": (LINES, "a phrase of a cookie or consent banner"),
    "consent_button": (LINES, "a consent button, counted on short lines only"),
    "newsletter": (LINES, "a phrase of a newsletter or sign-up prompt"),
    "newsletter_weak": (LINES, "a sign-up phrase sentences use too: counted on short lines"),
    "newsletter_line_verb": (TERMS, "the verb a sign-up line opens with: sign up, subscribe"),
    "newsletter_line_noun": (TERMS, "what a sign-up line ends with: newsletter, daily digest"),
    "paywall": (LINES, "a phrase of a paywall or login prompt"),
    "paywall_weak": (LINES, "a paywall phrase sentences use too: counted on short lines"),
    "login_line": (LINES, "an account control on a line of its own: log in, my account"),
    "advertisement_label": (LINES, "an advertisement label: advertisement, anzeige"),
    "affiliate": (LINES, "a phrase of an affiliate disclosure"),
    "feedback": (LINES, "a feedback prompt: was this helpful"),
    "feedback_answer": (LINES, "an answer button of a feedback prompt: yes, no"),
    # -- comments (comment_section) -----------------------------------------------------
    "comments_header": (LINES, "a comment section's header: leave a reply"),
    "comments_header_ending": (TERMS, "the word a short comment header ends with: comments"),
    "comment_control": (LINES, "a control under a comment: reply, report"),
    "reply_control": (LINES, "the reply control, which a thread prints under every post"),
    "comment_field": (LINES, "a field of the comment form: name, email, website"),
    "comment_form": (LINES, "a phrase of the comment form or policy"),
    "comment_prompt": (LINES, "a prompt to comment: log in to comment"),
    "comment_count_noun": (TERMS, "what a comment count counts: 23 comments"),
    "comment_count_label": (TERMS, "a comment label before its count: comments (4)"),
    "comment_title_one": (TERMS, "the word for one before a comment count: one, ein"),
    "comment_title_noun": (TERMS, "what a count that names the article counts: thoughts"),
    "comment_title_preposition": (TERMS, "the word before the title in it: on, zu, sur"),
    "answer_noun": (TERMS, "what the count over a question's answers counts: answers"),
    "comment_author_verb": (TERMS, "the verb of a comment's author line: says, wrote"),
    "says_verb": (TERMS, "the verb of an author line without its colon: says, sagt"),
    # -- tags and footers (tag_line, footer) --------------------------------------------
    "tag_label": (TERMS, "the label of a tag or category line: tags, schlagwörter"),
    "footer_link": (LINES, "a footer link: privacy policy, impressum"),
    "disclaimer": (LINES, "a phrase of a disclaimer"),
    "rights_reserved": (TERMS, "the phrase that reserves a site's rights: all rights reserved"),
    "reserved_word": (TERMS, "a word a copyright line reserves the rights with: reserved"),
    "publisher_phrase": (TERMS, "the phrase of a publisher's legal line: is published by"),
    "company_form": (PATTERNS, "a company's legal form: ltd, gmbh, s.r.l"),
    "tax_number_label": (PATTERNS, "a tax number's label and digits: p.iva, ust-idnr"),
    "site_licence": (PATTERNS, "a site's licence number: the Chinese ICP licence"),
    "site_software": (TERMS, "the software a site runs on, as its credit names it"),
    "site_credit": (TERMS, "the credit line of a site's theme or design: theme by"),
    "site_credit_verb": (TERMS, "the words a software credit opens with: powered by"),
    # -- navigation (navigation, breadcrumb, pagination, post_navigation) --------------
    "nav_line": (LINES, "a site control on a line of its own: skip to content, menu"),
    "browser_notice": (LINES, "a notice about the browser: javascript is disabled"),
    "post_link": (LINES, "a link to the previous or next post: previous post"),
    "page_turn": (TERMS, "a pagination word: next, previous, weiter"),
    "page_turn_noun": (TERMS, "what follows a pagination word: page, article"),
    "page_noun_before": (TERMS, "a noun that comes before its pagination word: page"),
    "page_turn_after": (TERMS, "a pagination word after its noun: suivante"),
    "page_turn_before": (TERMS, "a pagination word before its noun: nächster"),
    "page_noun_after": (TERMS, "a noun after a pagination word that comes first"),
    "page_next": (TERMS, "the word after a run of page numbers: next, weiter"),
    "page_count": (PATTERNS, "a page of so many: page 2 of 5"),
    # -- bylines, dates, captions (byline_date, caption) --------------------------------
    "byline_opener": (TERMS, "what a byline opens with: by, written by, von, par"),
    "name_joiner": (TERMS, "a word inside a name or between names: and, van, de"),
    "byline_closer": (TERMS, "a word a byline ends with, after the name: 기자, 报道"),
    "byline_date_word": (TERMS, "the word a date or place after a byline follows: on, at"),
    "byline_label": (LINES, "a review badge on a line of its own: fact checked"),
    "author_box": (LINES, "the header of the author box: about the author"),
    "author_about_opener": (TERMS, "the word before the author's name in its box: about"),
    "author_role": (WORDS, "an author's trade, named in a bio: writer, redakteur"),
    "bio_verb": (TERMS, "the verb of an author's bio: is, was, ist"),
    "wire_credit_opener": (TERMS, "what a wire service's credit line opens with"),
    "wire_credit_closer": (TERMS, "what a wire service's credit line ends with"),
    "minute_word": (TERMS, "the minutes of a reading time: min, minuten"),
    "read_word": (TERMS, "the word after the minutes of a reading time: read, lesezeit"),
    "reading_time_label": (TERMS, "the label before the minutes of a reading time"),
    "date_label": (TERMS, "the label of a date line: published, veröffentlicht"),
    "date_label_preposition": (TERMS, "a word after a date's label: on, am, le"),
    "date_preposition": (TERMS, "a word before a bare date: on, am, le"),
    "date_pattern": (PATTERNS, "a date of a language's own form: 2024年3月12日"),
    "weekday": (TERMS, "a weekday's first letters in a date line: mon, tue"),
    "month": (TERMS, "a month's name, or its abbreviation: january, jan, januar"),
    "month_article": (TERMS, "a word between a day and its month: de"),
    "ordinal_suffix": (TERMS, "an ordinal day's suffix: st, nd"),
    "time_preposition": (TERMS, "a word between a date and its time: at, um"),
    "clock_suffix": (TERMS, "a word after a time of day: pm, uhr"),
    "relative_time": (PATTERNS, "a relative time of a language's own form: 3 hours ago"),
    "caption_word": (LINES, "a word every photo credit holds, told before its pattern"),
    "photo_label": (TERMS, "the label of a photo credit: photo, foto, quelle"),
    "photo_credit_word": (TERMS, "a word after a photo label in its credit: credit, by"),
    "photo_paren_label": (TERMS, "a photo label that opens a credit in brackets"),
    "photo_line_label": (TERMS, "a photo label that opens a credit line: photo:, fot."),
    "credit_label": (TERMS, "the label of a credit line: credit, credits"),
    "caption_position": (TERMS, "where a caption's photo is: above, pictured"),
    "photo_agency": (TERMS, "a photo agency a credit ends with: getty images, reuters"),
    "photo_agency_short": (TERMS, "a photo agency a bracketed credit opens with: ap"),
    "media_control": (LINES, "a gallery or player control: view gallery, play"),
    "media_noun": (TERMS, "what a gallery position counts: image, bild"),
    "position_of": (TERMS, "the word of a gallery position: 3 of 12, 2 von 9"),
    "gallery_position_of": (TERMS, "the word of a numbered caption's position: 1 of 4"),
}


#: The concepts by what a site shows: a pack fills at least one concept of each
#: group its sites print, and names the groups its language has no form for in
#: ``ABSENT`` (group -> why), so that a gap is said, not silent. Each group
#: names the rule that reads it (``function_words``: none, they make prose).
GROUPS: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "function_words": ("", ("function_word",)),
    "share": (
        "share_line",
        (
            "share_verb",
            "share_network",
            "share_filler",
            "share_prompt",
            "share_count_noun",
            "new_window",
        ),
    ),
    "follow": ("share_line", ("follow_verb",)),
    "related": (
        "related_block",
        ("related_header", "related_header_prefix", "related_header_pattern"),
    ),
    "read_also": ("inline_crosslink", ("crosslink_label",)),
    "consent": ("consent_notice", ("consent", "consent_button")),
    "newsletter": (
        "newsletter_prompt",
        ("newsletter", "newsletter_weak", "newsletter_line_verb", "newsletter_line_noun"),
    ),
    "paywall": ("paywall_prompt", ("paywall", "paywall_weak", "login_line")),
    "ads": ("advertisement", ("advertisement_label", "affiliate")),
    "comments": (
        "comment_section",
        (
            "comments_header",
            "comments_header_ending",
            "comment_control",
            "reply_control",
            "comment_field",
            "comment_form",
            "comment_prompt",
            "comment_count_noun",
            "comment_count_label",
            "comment_title_one",
            "comment_title_noun",
            "comment_title_preposition",
            "answer_noun",
            "comment_author_verb",
            "says_verb",
        ),
    ),
    "feedback": ("feedback_widget", ("feedback", "feedback_answer")),
    "tags": ("tag_line", ("tag_label",)),
    "footer": (
        "footer",
        (
            "footer_link",
            "disclaimer",
            "rights_reserved",
            "reserved_word",
            "publisher_phrase",
            "company_form",
            "tax_number_label",
            "site_licence",
            "site_software",
            "site_credit",
            "site_credit_verb",
        ),
    ),
    "navigation": (
        "navigation",
        (
            "nav_line",
            "browser_notice",
            "post_link",
            "page_turn",
            "page_turn_noun",
            "page_noun_before",
            "page_turn_after",
            "page_turn_before",
            "page_noun_after",
            "page_next",
            "page_count",
        ),
    ),
    "byline": (
        "byline_date",
        (
            "byline_opener",
            "name_joiner",
            "byline_closer",
            "byline_date_word",
            "byline_label",
            "author_box",
            "author_about_opener",
            "author_role",
            "bio_verb",
            "wire_credit_opener",
            "wire_credit_closer",
        ),
    ),
    "dates": (
        "byline_date",
        (
            "minute_word",
            "read_word",
            "reading_time_label",
            "date_label",
            "date_label_preposition",
            "date_preposition",
            "date_pattern",
            "weekday",
            "month",
            "month_article",
            "ordinal_suffix",
            "time_preposition",
            "clock_suffix",
            "relative_time",
        ),
    ),
    "captions": (
        "caption",
        (
            "caption_word",
            "photo_label",
            "photo_credit_word",
            "photo_paren_label",
            "photo_line_label",
            "credit_label",
            "caption_position",
            "photo_agency",
            "photo_agency_short",
            "media_control",
            "media_noun",
            "position_of",
            "gallery_position_of",
        ),
    ),
}
