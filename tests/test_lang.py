"""The language packs: which concepts each fills, and a test row for every entry.

Adding a language is one module, ``cleaner/lang/<code>.py``, its code in
``lang.CODES`` and its line in ``COVERAGE`` below. Every entry of every pack is
then exercised here: a *probe* for each concept builds a line from the entry
(or, for a pattern, takes the pack's example line from ``EXAMPLES``) and checks
that the rule that reads the concept removes it (or, for the parts of a
pattern that only gate or extend it, that the pattern matches with the entry
and not without it). A phrase that never does what its concept says fails here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from cleaner import lang
from cleaner.config import Config
from cleaner.lang import VOCABULARY, assemble
from cleaner.lang.concepts import CONCEPTS, PATTERNS
from cleaner.lang.script import fold_rtl, line_key, words_of
from cleaner.measure.features import measure
from cleaner.page import Block
from cleaner.read.text import normalize_text, text_to_blocks
from cleaner.rules import (
    advertisement,
    byline_date,
    caption,
    comment_section,
    consent_notice,
    feedback_widget,
    footer,
    inline_crosslink,
    navigation,
    newsletter_prompt,
    pagination,
    paywall_prompt,
    post_navigation,
    related_block,
    share_line,
    tag_line,
)
from cleaner.verdicts import Rule

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Which concepts each pack fills (lang.Vocabulary.filled), in the order of
# lang/concepts.py. A new pack adds its line; a pack that fills a new concept,
# or stops filling one, changes its line.
COVERAGE = {
    "en": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix related_header_pattern "
    "crosslink_label consent consent_button newsletter newsletter_weak "
    "newsletter_line_verb newsletter_line_noun paywall paywall_weak login_line "
    "advertisement_label affiliate feedback feedback_answer comments_header "
    "comments_header_ending comment_control reply_control comment_field comment_form "
    "comment_prompt comment_count_noun comment_count_label comment_title_one "
    "comment_title_noun comment_title_preposition answer_noun comment_author_verb "
    "says_verb tag_label footer_link disclaimer rights_reserved reserved_word "
    "publisher_phrase tax_number_label site_credit site_credit_verb nav_line "
    "browser_notice post_link page_turn page_turn_noun page_noun_before page_next "
    "page_count byline_opener name_joiner byline_date_word byline_label author_box "
    "author_about_opener author_role bio_verb wire_credit_opener wire_credit_closer "
    "minute_word read_word date_label date_label_preposition date_preposition weekday "
    "month ordinal_suffix time_preposition clock_suffix relative_time caption_word "
    "photo_label photo_credit_word photo_paren_label photo_line_label credit_label "
    "caption_position media_control media_noun position_of gallery_position_of",
    "de": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak paywall paywall_weak login_line "
    "advertisement_label affiliate feedback feedback_answer comments_header "
    "comments_header_ending comment_control reply_control comment_field comment_form "
    "comment_prompt comment_count_noun comment_count_label comment_title_one "
    "comment_title_noun comment_title_preposition answer_noun comment_author_verb "
    "says_verb tag_label footer_link disclaimer rights_reserved reserved_word "
    "tax_number_label nav_line browser_notice post_link page_turn page_turn_noun "
    "page_noun_before page_turn_after page_turn_before page_noun_after page_next "
    "page_count byline_opener name_joiner author_box author_about_opener author_role "
    "bio_verb minute_word read_word reading_time_label date_label date_label_preposition "
    "date_preposition weekday month time_preposition clock_suffix relative_time "
    "caption_word photo_label photo_line_label media_control media_noun position_of",
    "fr": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak paywall paywall_weak login_line "
    "advertisement_label affiliate feedback feedback_answer comments_header "
    "comments_header_ending comment_control reply_control comment_field comment_form "
    "comment_prompt comment_count_noun comment_count_label comment_title_one "
    "comment_title_noun comment_title_preposition answer_noun comment_author_verb "
    "says_verb tag_label footer_link disclaimer rights_reserved reserved_word nav_line "
    "browser_notice post_link page_turn page_turn_noun page_noun_before page_turn_after "
    "page_next page_count byline_opener name_joiner author_box author_about_opener "
    "author_role bio_verb minute_word read_word reading_time_label date_label "
    "date_label_preposition date_preposition weekday month time_preposition clock_suffix "
    "relative_time caption_word photo_label media_control position_of",
    "es": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak paywall paywall_weak login_line "
    "advertisement_label affiliate feedback feedback_answer comments_header "
    "comments_header_ending comment_control reply_control comment_field comment_form "
    "comment_prompt comment_count_noun comment_count_label comment_title_one "
    "comment_title_noun comment_title_preposition answer_noun comment_author_verb "
    "says_verb tag_label footer_link disclaimer rights_reserved reserved_word nav_line "
    "browser_notice post_link page_turn page_turn_noun page_noun_before page_turn_after "
    "page_next page_count byline_opener name_joiner author_box author_about_opener "
    "author_role bio_verb minute_word read_word reading_time_label date_label "
    "date_label_preposition date_preposition weekday month month_article time_preposition "
    "relative_time caption_word photo_label photo_paren_label media_control media_noun "
    "position_of",
    "it": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak paywall paywall_weak login_line "
    "advertisement_label affiliate feedback feedback_answer comments_header "
    "comments_header_ending comment_control reply_control comment_field comment_form "
    "comment_prompt comment_count_noun comment_count_label comment_title_one "
    "comment_title_noun comment_title_preposition answer_noun comment_author_verb "
    "says_verb tag_label footer_link disclaimer rights_reserved reserved_word "
    "tax_number_label nav_line browser_notice post_link page_turn page_turn_noun "
    "page_noun_before page_turn_after page_next page_count byline_opener name_joiner "
    "author_box author_about_opener author_role bio_verb minute_word read_word "
    "reading_time_label date_label date_label_preposition date_preposition weekday month "
    "time_preposition relative_time caption_word photo_label photo_paren_label "
    "media_control media_noun position_of",
    "pt": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak paywall paywall_weak login_line "
    "advertisement_label affiliate feedback feedback_answer comments_header "
    "comments_header_ending comment_control reply_control comment_field comment_form "
    "comment_prompt comment_count_noun comment_count_label comment_title_one "
    "comment_title_noun comment_title_preposition answer_noun comment_author_verb "
    "says_verb tag_label footer_link disclaimer rights_reserved nav_line browser_notice "
    "post_link page_turn page_turn_noun page_noun_before page_turn_after page_next "
    "page_count byline_opener name_joiner author_box author_about_opener author_role "
    "bio_verb minute_word read_word reading_time_label date_label date_label_preposition "
    "date_preposition weekday month month_article time_preposition relative_time "
    "caption_word photo_label photo_paren_label media_noun position_of",
    "nl": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak paywall paywall_weak login_line "
    "advertisement_label affiliate feedback feedback_answer comments_header "
    "comments_header_ending comment_control reply_control comment_field comment_form "
    "comment_prompt comment_count_noun comment_count_label comment_title_one "
    "comment_title_noun comment_title_preposition answer_noun comment_author_verb "
    "says_verb tag_label footer_link disclaimer rights_reserved reserved_word nav_line "
    "browser_notice post_link page_turn page_turn_noun page_noun_before page_turn_after "
    "page_turn_before page_noun_after page_next page_count byline_opener name_joiner "
    "author_box author_about_opener author_role bio_verb minute_word read_word "
    "reading_time_label date_label date_label_preposition date_preposition weekday month "
    "time_preposition relative_time caption_word photo_label media_control media_noun "
    "position_of",
    "pl": "function_word share_verb share_network share_filler share_prompt share_count_noun "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak newsletter_line_verb newsletter_line_noun "
    "paywall paywall_weak login_line advertisement_label affiliate feedback "
    "feedback_answer comments_header comments_header_ending comment_control reply_control "
    "comment_field comment_form comment_prompt comment_count_noun comment_count_label "
    "comment_title_one comment_title_noun comment_title_preposition answer_noun "
    "comment_author_verb says_verb tag_label footer_link rights_reserved reserved_word "
    "publisher_phrase company_form tax_number_label nav_line browser_notice post_link "
    "page_turn page_turn_noun page_noun_before page_turn_after page_turn_before "
    "page_noun_after page_next page_count byline_opener name_joiner author_box "
    "author_about_opener author_role bio_verb minute_word read_word reading_time_label "
    "date_label date_label_preposition date_preposition weekday month time_preposition "
    "relative_time caption_word photo_label photo_paren_label photo_line_label "
    "media_control media_noun position_of",
    "cs": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak newsletter_line_verb newsletter_line_noun "
    "paywall paywall_weak login_line advertisement_label affiliate feedback "
    "feedback_answer comments_header comments_header_ending comment_control reply_control "
    "comment_field comment_form comment_prompt comment_count_noun comment_count_label "
    "tag_label footer_link rights_reserved reserved_word publisher_phrase company_form "
    "tax_number_label nav_line browser_notice post_link page_turn page_turn_noun "
    "page_next page_count byline_opener name_joiner author_box author_role bio_verb "
    "minute_word read_word reading_time_label date_label date_label_preposition weekday "
    "month time_preposition relative_time caption_word photo_label photo_line_label "
    "photo_agency media_control media_noun position_of",
    "sv": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak newsletter_line_verb newsletter_line_noun "
    "paywall paywall_weak login_line advertisement_label affiliate feedback "
    "feedback_answer comments_header comments_header_ending comment_control reply_control "
    "comment_field comment_form comment_prompt comment_count_noun comment_count_label "
    "comment_title_one comment_title_noun comment_title_preposition comment_author_verb "
    "says_verb tag_label footer_link rights_reserved reserved_word nav_line "
    "browser_notice post_link page_turn page_turn_noun page_next page_count byline_opener "
    "name_joiner author_box author_role bio_verb minute_word read_word reading_time_label "
    "date_label weekday month time_preposition relative_time caption_word photo_label "
    "photo_line_label photo_agency media_control media_noun position_of",
    "da": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak newsletter_line_verb newsletter_line_noun "
    "paywall paywall_weak login_line advertisement_label affiliate feedback "
    "feedback_answer comments_header comments_header_ending comment_control reply_control "
    "comment_field comment_form comment_prompt comment_count_noun comment_count_label "
    "comment_title_one comment_title_noun comment_title_preposition comment_author_verb "
    "says_verb tag_label footer_link rights_reserved reserved_word nav_line "
    "browser_notice post_link page_turn page_turn_noun page_next page_count byline_opener "
    "name_joiner author_box author_role bio_verb minute_word read_word reading_time_label "
    "date_label date_label_preposition date_preposition weekday month time_preposition "
    "relative_time caption_word photo_label photo_line_label photo_agency media_control "
    "media_noun position_of",
    "nb": "function_word share_verb share_filler share_prompt new_window follow_verb "
    "related_header related_header_prefix crosslink_label consent consent_button "
    "newsletter newsletter_weak newsletter_line_verb newsletter_line_noun paywall "
    "paywall_weak login_line advertisement_label affiliate feedback feedback_answer "
    "comments_header comments_header_ending comment_control reply_control comment_field "
    "comment_form comment_prompt comment_count_noun comment_count_label comment_title_one "
    "comment_title_noun comment_title_preposition comment_author_verb says_verb tag_label "
    "footer_link rights_reserved reserved_word nav_line browser_notice post_link "
    "page_turn page_turn_noun page_next page_count byline_opener name_joiner author_box "
    "author_role bio_verb minute_word read_word reading_time_label date_label weekday "
    "month time_preposition relative_time caption_word photo_label photo_line_label "
    "photo_agency media_control media_noun position_of",
    "fi": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak newsletter_line_verb newsletter_line_noun "
    "paywall paywall_weak login_line advertisement_label affiliate feedback "
    "feedback_answer comments_header comments_header_ending comment_control reply_control "
    "comment_field comment_form comment_prompt comment_count_noun comment_count_label "
    "comment_title_one comment_title_noun comment_title_preposition comment_author_verb "
    "says_verb tag_label footer_link rights_reserved reserved_word nav_line "
    "browser_notice post_link page_turn page_turn_noun page_next page_count byline_opener "
    "name_joiner author_box minute_word read_word reading_time_label date_label weekday "
    "month time_preposition relative_time caption_word photo_label photo_line_label "
    "photo_agency media_control media_noun",
    "hu": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak newsletter_line_verb newsletter_line_noun "
    "paywall paywall_weak login_line advertisement_label feedback feedback_answer "
    "comments_header comments_header_ending comment_control reply_control comment_field "
    "comment_form comment_prompt comment_count_noun comment_count_label tag_label "
    "footer_link rights_reserved reserved_word publisher_phrase company_form nav_line "
    "browser_notice post_link page_turn page_turn_noun page_next byline_opener "
    "name_joiner author_box minute_word read_word reading_time_label date_label weekday "
    "month relative_time caption_word photo_label photo_line_label photo_agency "
    "media_control media_noun",
    "ro": "function_word share_verb share_filler share_prompt share_count_noun new_window "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak newsletter_line_verb newsletter_line_noun "
    "paywall paywall_weak login_line advertisement_label feedback feedback_answer "
    "comments_header comments_header_ending comment_control reply_control comment_field "
    "comment_form comment_prompt comment_count_noun comment_count_label comment_title_one "
    "comment_title_noun comment_title_preposition says_verb tag_label footer_link "
    "rights_reserved reserved_word tax_number_label nav_line browser_notice post_link "
    "page_turn page_noun_before page_turn_after page_next page_count byline_opener "
    "name_joiner author_box author_role bio_verb minute_word read_word reading_time_label "
    "date_label weekday month time_preposition relative_time caption_word photo_label "
    "photo_line_label photo_agency media_control media_noun position_of",
    "tr": "function_word share_verb share_filler share_prompt share_count_noun follow_verb "
    "related_header related_header_prefix crosslink_label consent consent_button "
    "newsletter newsletter_weak paywall login_line advertisement_label feedback "
    "feedback_answer comments_header comments_header_ending comment_control reply_control "
    "comment_field comment_form comment_prompt comment_count_noun comment_count_label "
    "answer_noun comment_author_verb tag_label footer_link rights_reserved reserved_word "
    "nav_line post_link page_turn page_turn_noun page_noun_before page_turn_after "
    "page_next byline_opener author_box minute_word read_word reading_time_label "
    "date_label month relative_time caption_word photo_label photo_line_label "
    "media_control media_noun",
    "id": "function_word share_verb share_filler share_prompt share_count_noun follow_verb "
    "related_header related_header_prefix crosslink_label consent consent_button "
    "newsletter newsletter_weak paywall login_line advertisement_label feedback "
    "feedback_answer comments_header comments_header_ending comment_control reply_control "
    "comment_field comment_form comment_prompt comment_count_noun comment_count_label "
    "comment_title_noun comment_title_preposition answer_noun comment_author_verb "
    "tag_label footer_link rights_reserved reserved_word nav_line post_link page_turn "
    "page_turn_noun page_noun_before page_turn_after page_next page_count byline_opener "
    "author_box minute_word read_word reading_time_label date_label "
    "date_label_preposition weekday month clock_suffix relative_time caption_word "
    "photo_label photo_line_label media_control media_noun position_of",
    "ru": "function_word share_verb share_network share_filler share_prompt follow_verb "
    "related_header related_header_prefix crosslink_label consent consent_button "
    "newsletter newsletter_weak paywall login_line advertisement_label feedback "
    "feedback_answer comments_header comments_header_ending comment_control reply_control "
    "comment_field comment_form comment_prompt comment_count_noun comment_count_label "
    "answer_noun comment_author_verb tag_label footer_link disclaimer rights_reserved "
    "reserved_word nav_line post_link page_turn page_turn_noun page_noun_before "
    "page_turn_after page_next page_count byline_opener author_box minute_word read_word "
    "reading_time_label date_label month time_preposition relative_time caption_word "
    "photo_label photo_paren_label photo_line_label media_control media_noun position_of",
    "uk": "function_word share_verb share_filler share_prompt follow_verb related_header "
    "related_header_prefix crosslink_label consent consent_button newsletter "
    "newsletter_weak paywall login_line advertisement_label feedback feedback_answer "
    "comments_header comments_header_ending comment_control reply_control comment_field "
    "comment_form comment_prompt comment_count_noun comment_count_label answer_noun "
    "comment_author_verb tag_label footer_link disclaimer rights_reserved reserved_word "
    "nav_line post_link page_turn page_turn_noun page_noun_before page_turn_after "
    "page_next page_count byline_opener author_box minute_word read_word "
    "reading_time_label date_label month time_preposition relative_time caption_word "
    "photo_label photo_paren_label photo_line_label media_control media_noun position_of",
    "el": "function_word share_verb share_filler share_prompt share_count_noun follow_verb "
    "related_header related_header_prefix crosslink_label consent consent_button "
    "newsletter newsletter_weak paywall login_line advertisement_label feedback "
    "feedback_answer comments_header comments_header_ending comment_control reply_control "
    "comment_field comment_form comment_prompt comment_count_noun comment_count_label "
    "answer_noun comment_author_verb tag_label footer_link disclaimer rights_reserved "
    "reserved_word nav_line post_link page_turn page_turn_noun page_turn_before "
    "page_noun_after page_next page_count byline_opener author_box minute_word read_word "
    "reading_time_label date_label month relative_time caption_word photo_label "
    "photo_line_label media_control media_noun position_of",
    "vi": "function_word share_network share_prompt share_count_noun follow_verb related_header "
    "related_header_prefix crosslink_label consent consent_button newsletter "
    "newsletter_weak paywall login_line advertisement_label feedback feedback_answer "
    "comments_header comments_header_ending comment_control reply_control comment_field "
    "comment_form comment_prompt comment_count_noun comment_count_label answer_noun "
    "comment_author_verb tag_label footer_link disclaimer rights_reserved reserved_word "
    "site_licence nav_line post_link page_turn page_next byline_opener author_box "
    "minute_word read_word reading_time_label date_label weekday month time_preposition "
    "relative_time caption_word photo_label photo_paren_label photo_line_label media_noun "
    "position_of",
    "ar": "function_word share_verb share_network share_filler share_prompt share_count_noun "
    "follow_verb related_header related_header_prefix crosslink_label consent "
    "consent_button newsletter newsletter_weak paywall paywall_weak login_line "
    "advertisement_label feedback feedback_answer comments_header comments_header_ending "
    "comment_control reply_control comment_field comment_form comment_prompt "
    "comment_count_noun comment_count_label comment_title_noun comment_title_preposition "
    "answer_noun says_verb tag_label footer_link disclaimer rights_reserved reserved_word "
    "nav_line post_link page_turn page_noun_before page_turn_after page_next page_count "
    "byline_opener author_box minute_word read_word reading_time_label date_label "
    "date_label_preposition date_preposition weekday month time_preposition clock_suffix "
    "relative_time caption_word photo_label photo_paren_label photo_agency media_control "
    "media_noun position_of",
    "fa": "function_word share_verb share_network share_filler share_prompt share_count_noun "
    "follow_verb related_header crosslink_label consent consent_button newsletter "
    "newsletter_weak paywall login_line advertisement_label feedback feedback_answer "
    "comments_header comments_header_ending comment_control reply_control comment_field "
    "comment_form comment_prompt comment_count_noun comment_count_label "
    "comment_title_noun comment_title_preposition answer_noun tag_label footer_link "
    "rights_reserved reserved_word site_software site_credit_verb nav_line post_link "
    "page_turn page_noun_before page_turn_after page_next page_count byline_opener "
    "author_box minute_word read_word reading_time_label date_label weekday month "
    "time_preposition relative_time caption_word photo_label photo_agency media_control "
    "media_noun position_of",
    "he": "function_word share_verb share_network share_filler share_prompt share_count_noun "
    "follow_verb related_header crosslink_label consent consent_button newsletter "
    "newsletter_weak paywall login_line advertisement_label feedback feedback_answer "
    "comments_header comments_header_ending comment_control reply_control comment_field "
    "comment_form comment_prompt comment_count_noun comment_count_label "
    "comment_title_noun comment_title_preposition answer_noun comment_author_verb "
    "tag_label footer_link disclaimer rights_reserved reserved_word nav_line post_link "
    "page_turn page_noun_before page_turn_after page_next page_count byline_opener "
    "author_box minute_word read_word reading_time_label date_label "
    "date_label_preposition weekday month time_preposition relative_time caption_word "
    "photo_label photo_paren_label credit_label photo_agency media_control media_noun "
    "position_of",
    "hi": "function_word share_verb share_network share_filler share_prompt follow_verb "
    "related_header crosslink_label consent consent_button newsletter newsletter_weak "
    "paywall login_line advertisement_label feedback feedback_answer comments_header "
    "comments_header_ending comment_control reply_control comment_field comment_form "
    "comment_prompt comment_count_noun comment_count_label answer_noun tag_label "
    "footer_link rights_reserved reserved_word nav_line post_link page_turn "
    "page_turn_before page_noun_after page_next byline_opener author_box minute_word "
    "read_word reading_time_label date_label weekday month clock_suffix relative_time "
    "caption_word photo_label photo_credit_word photo_agency media_control media_noun",
    "ja": "share_verb share_network share_prompt share_count_noun new_window follow_verb "
    "related_header crosslink_label consent consent_button newsletter newsletter_weak "
    "paywall paywall_weak login_line advertisement_label affiliate feedback "
    "feedback_answer comments_header comments_header_ending comment_control reply_control "
    "comment_field comment_form comment_prompt comment_count_noun comment_count_label "
    "answer_noun comment_author_verb tag_label footer_link disclaimer rights_reserved "
    "reserved_word nav_line browser_notice post_link page_turn page_next page_count "
    "byline_opener byline_closer author_box minute_word read_word reading_time_label "
    "date_label date_pattern relative_time caption_word photo_label photo_paren_label "
    "credit_label media_control media_noun",
    "zh": "share_verb share_network share_prompt share_count_noun follow_verb related_header "
    "crosslink_label consent consent_button newsletter newsletter_weak paywall "
    "paywall_weak login_line advertisement_label affiliate feedback feedback_answer "
    "comments_header comment_control reply_control comment_field comment_form "
    "comment_prompt comment_count_noun comment_count_label answer_noun "
    "comment_author_verb tag_label footer_link disclaimer rights_reserved reserved_word "
    "site_licence nav_line browser_notice post_link page_turn page_next page_count "
    "byline_opener byline_closer author_box minute_word read_word reading_time_label "
    "date_label date_pattern relative_time caption_word photo_label photo_paren_label "
    "media_control media_noun",
    "ko": "function_word share_verb share_network share_filler share_prompt share_count_noun "
    "new_window follow_verb related_header crosslink_label consent consent_button "
    "newsletter newsletter_weak paywall paywall_weak login_line advertisement_label "
    "affiliate feedback feedback_answer comments_header comments_header_ending "
    "comment_control reply_control comment_field comment_form comment_prompt "
    "comment_count_noun comment_count_label answer_noun comment_author_verb tag_label "
    "footer_link disclaimer rights_reserved reserved_word tax_number_label nav_line "
    "browser_notice post_link page_turn page_turn_noun page_next byline_opener "
    "byline_closer author_box minute_word read_word reading_time_label date_label "
    "date_pattern relative_time caption_word photo_label photo_credit_word "
    "photo_paren_label credit_label media_control media_noun",
    "th": "share_verb share_network share_prompt share_count_noun new_window follow_verb "
    "related_header crosslink_label consent consent_button newsletter newsletter_weak "
    "paywall paywall_weak login_line advertisement_label affiliate feedback "
    "feedback_answer comments_header comments_header_ending comment_control reply_control "
    "comment_field comment_form comment_prompt comment_count_noun comment_count_label "
    "answer_noun comment_author_verb tag_label footer_link disclaimer rights_reserved "
    "reserved_word nav_line browser_notice post_link page_turn page_next page_count "
    "byline_opener author_box minute_word reading_time_label date_label weekday month "
    "clock_suffix relative_time caption_word photo_label photo_paren_label credit_label "
    "media_control media_noun",
    "intl": "share_network share_filler company_form site_software nav_line name_joiner "
    "caption_word photo_agency photo_agency_short",
}


def test_every_pack_fills_the_concepts_its_line_says() -> None:
    assert list(COVERAGE) == list(lang.CODES)
    for code, concepts in COVERAGE.items():
        assert VOCABULARY.filled(code) == concepts.split(), code


def test_every_concept_is_filled_by_some_pack() -> None:
    filled = {concept for code in lang.CODES for concept in VOCABULARY.filled(code)}
    assert filled == set(CONCEPTS)


def test_the_packs_are_assembled_by_a_pure_function() -> None:
    again = assemble(lang.PACKS)
    assert again.entries == VOCABULARY.entries and again is not VOCABULARY
    # Assembling some packs changes nothing already assembled.
    german = assemble([pack for pack in lang.PACKS if pack.CODE == "de"])
    assert german.set("related_header") < VOCABULARY.set("related_header")
    assert again.entries == VOCABULARY.entries


def test_a_pack_may_fill_only_the_concepts_that_are_listed() -> None:
    misspelt = SimpleNamespace(CODE="xx", NAME="X", SCRIPT="latin", CONCEPTS={"relatd": "x"})
    with pytest.raises(ValueError, match="relatd"):
        assemble([misspelt])  # type: ignore[list-item]


def test_a_new_pack_is_one_module_of_data() -> None:
    """A language added as one pack reaches the rules' vocabularies (through assemble)."""
    urdu = SimpleNamespace(
        CODE="ur", NAME="Urdu", SCRIPT="arabic", CONCEPTS={"related_header": "مزید پڑھیں"}
    )
    assembled = assemble([*lang.PACKS, urdu])  # type: ignore[list-item]
    assert line_key("مزید پڑھیں") in assembled.set("related_header")
    assert "ur" not in lang.CODES


# -- a test row for every entry -----------------------------------------------------


def removes(rule: Rule, text: str, line: str | None = None) -> bool:
    """Whether ``rule`` alone removes ``line`` (the last line of ``text`` by default)."""
    blocks = text_to_blocks(normalize_text(text))
    wanted = (line if line is not None else text.splitlines()[-1]).strip()
    removed = {v.index for v in rule(blocks, Config())}
    return any(b.index in removed and b.text.strip() == wanted for b in blocks)


def matches(pattern: object, line: str, without: str | None = None) -> bool:
    """Whether ``pattern`` finds ``line`` (lower-cased), and not ``without`` if given."""
    search = pattern.search  # type: ignore[attr-defined]
    found = search(line.lower()) is not None
    return found and (without is None or search(without.lower()) is None)


def a_word(entry: str) -> bool:
    """Whether ``entry`` is one word as a line is cut into them (a word set's entry
    that is not, "e-mail" or "story's", can never be found)."""
    return words_of(entry) == [entry]


def marked(mark: int, line: str) -> bool:
    return bool(measure(line).marks & mark)


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


# Example lines for the patterns the packs list: each pattern's probe is the example
# it matches (and every example matches a pattern of its concept).
EXAMPLES = {
    "related_header_pattern": ["More Top Stories"],
    "relative_time": [
        "Updated at 10:30 am EST",
        "3 小时前",
        "昨天 10:30",
        "3時間前",
        "2 시간 전",
        "3 ชั่วโมงที่แล้ว",
        "3 hours ago",
        "vor 3 Stunden",
        "il y a 3 heures",
        "hace 3 horas",
        "3 ore fa",
        "há 3 horas",
        "3 uur geleden",
        "3 saat önce",
        "3 jam yang lalu",
        "3 часа назад",
        "вчера в 14:30",
        "3 години тому",
        "сьогодні о 09:15",
        "πριν από 3 ώρες",
        "3 giờ trước",
        "3 godziny temu",
        "för 3 timmar sedan",
        "for 3 timer siden",
        "3 tuntia sitten",
        "před 3 hodinami",
        "3 órája",
        "acum 3 ore",
        "منذ ٣ ساعات",
        "منذ ساعتين",
        "۳ ساعت پیش",
        "یک ساعت پیش",
        "لحظاتی پیش",
        "לפני 3 שעות",
        "לפני שעתיים",
        "לפני כמה דקות",
        "3 घंटे पहले",
        "कुछ मिनट पहले",
    ],
    "page_count": [
        "Page 2 of 5",
        "Seite 2 von 5",
        "Halaman 2 dari 5",
        "Страница 2 из 5",
        "Сторінка 2 з 5",
        "Σελίδα 2 από 5",
        "Page 2 sur 5",
        "Página 2 de 5",
        "Pagina 2 di 5",
        "Pagina 2 van 5",
        "Strona 2 z 5",
        "Sida 2 av 5",
        "Side 2 af 5",
        "Side 2 av 5",
        "Sivu 2/5",
        "Strana 2 z 5",
        "Pagina 2 din 5",
        "صفحة 2 من 5",
        "صفحه ۲ از ۵",
        "עמוד 2 מתוך 5",
        "第 2 页",
        "共 5 页",
        "2/5 ページ",
        "3ページ目",
        "หน้า 2 จาก 5",
    ],
    "company_form": [
        "Ltd",
        "Limited",
        "Inc",
        "LLC",
        "GmbH",
        "plc",
        "S.r.l.",
        "S.p.A.",
        "SAS",
        "B.V.",
        "Sp. z o.o.",
        "s.r.o.",
        "a.s.",
        "Kft.",
        "Zrt.",
        "Nyrt.",
    ],
    "tax_number_label": [
        "Example Srl - P.IVA 01234567890",
        "USt-IdNr.: DE123456789",
        "VAT No. GB12345678",
        "Przykład Sp. z o.o., NIP: 123-456-78-90",
        "Example Media s.r.o., IČO: 12345678",
        "DIČ: CZ12345678",
        "Example Media SRL, CUI: RO12345678",
        "사업자등록번호 : 123-45-67890",
    ],
    "site_licence": [
        "京ICP备12345678号",
        "Giấy phép số 123/GP-BTTTT",
        "京公网安备11010502000001号",
    ],
    "date_pattern": ["2024年3月12日", "2024. 5. 14. 21:30", "2024년 3월 12일"],
}


def _example(concept: str, pattern: str) -> str:
    """The example of ``concept`` that ``pattern`` finds (as a word, for a company form)."""
    for example in EXAMPLES[concept]:
        found = re.search(pattern, line_key(example), re.I)
        if found and (concept != "company_form" or found.group() == line_key(example)):
            return example
    return f"no example of {pattern}"


Probe = Callable[[str, str], bool]


def _cjk(code: str) -> bool:
    return VOCABULARY.scripts[code] == "cjk"


PROBES: dict[str, Probe] = {
    "function_word": lambda w, code: a_word(w) and marked(lang.STOPWORD_MARK, w),
    "share_verb": lambda w, code: a_word(w) and removes(share_line, w),
    "share_network": lambda w, code: a_word(w) and removes(share_line, w),
    "share_filler": lambda w, code: a_word(w) and removes(share_line, f"Share {w} on Facebook"),
    "share_prompt": lambda p, code: removes(share_line, p),
    "share_count_noun": lambda n, code: removes(share_line, f"12 {n}"),
    "new_window": lambda p, code: removes(share_line, f"Share on Reddit ({p})"),
    "follow_verb": lambda v, code: (
        a_word(v) and removes(share_line, f"{v} us on Facebook and Twitter")
    ),
    "related_header": lambda p, code: removes(related_block, f"{p}\nStorm Hits Coast", p),
    "related_header_prefix": lambda p, code: removes(
        related_block,
        f"{p}{'' if p.endswith(chr(39)) else ' '}Berlin\nStorm Hits Coast",
        f"{p}{'' if p.endswith(chr(39)) else ' '}Berlin",
    ),
    "related_header_pattern": lambda p, code: removes(
        related_block,
        f"{_example('related_header_pattern', p)}\nStorm Hits Coast",
        _example("related_header_pattern", p),
    ),
    "crosslink_label": lambda p, code: removes(inline_crosslink, f"{p}: Storm hits the coast"),
    "consent": lambda p, code: removes(consent_notice, p),
    "consent_button": lambda p, code: removes(consent_notice, p),
    "newsletter": lambda p, code: removes(newsletter_prompt, p),
    "newsletter_weak": lambda p, code: removes(newsletter_prompt, p),
    "newsletter_line_verb": lambda v, code: removes(newsletter_prompt, f"{v} for our newsletter"),
    "newsletter_line_noun": lambda n, code: removes(newsletter_prompt, f"sign up for our {n}"),
    "paywall": lambda p, code: removes(paywall_prompt, p),
    "paywall_weak": lambda p, code: removes(paywall_prompt, p),
    "login_line": lambda p, code: removes(paywall_prompt, p),
    "advertisement_label": lambda p, code: removes(advertisement, p),
    "affiliate": lambda p, code: removes(advertisement, p),
    "feedback": lambda p, code: removes(feedback_widget, p),
    "feedback_answer": lambda a, code: removes(feedback_widget, f"Was this helpful?\n{a}"),
    "comments_header": lambda p, code: removes(comment_section, p),
    "comments_header_ending": lambda w, code: removes(comment_section, f"newest {w}"),
    "comment_control": lambda p, code: removes(comment_section, p),
    "reply_control": lambda p, code: (
        removes(
            related_block,
            f"You May Also Like\nStorm Hits Coast\n{p}\nTown Rebuilds",
            "Town Rebuilds",
        )
        is False
        and removes(comment_section, p)
    ),
    "comment_field": lambda f, code: removes(
        comment_section,
        "The council approved the new budget on Tuesday after a long and heated debate "
        "about schools, roads and the library. " * 3 + f"\nLeave a Reply\n{f}",
    ),
    "comment_form": lambda p, code: removes(comment_section, p),
    "comment_prompt": lambda p, code: removes(comment_section, p),
    "comment_count_noun": lambda n, code: removes(comment_section, f"23 {n}"),
    "comment_count_label": lambda n, code: removes(
        comment_section, f"{n}（4）" if _cjk(code) else f"{n} (4)"
    ),
    "comment_title_one": lambda w, code: removes(comment_section, f"{w} comment on “The Title”"),
    "comment_title_noun": lambda w, code: removes(comment_section, f"59 {w} on “The Title”"),
    "comment_title_preposition": lambda w, code: removes(
        comment_section, f"59 comments {w} “The Title”"
    ),
    "answer_noun": lambda w, code: matches(lang.ANSWERS_HEADER, line_key(f"2 {w}")),
    "comment_author_verb": lambda v, code: removes(comment_section, f"jane doe {v}:"),
    "says_verb": lambda v, code: removes(
        comment_section, f"Jane Doe {v}\nGreat recipe, thanks!\nJohn Roe {v}"
    ),
    "tag_label": lambda p, code: removes(tag_line, f"{_title(p)}: politics, economy"),
    "footer_link": lambda p, code: removes(footer, p),
    "disclaimer": lambda p, code: removes(footer, p),
    "rights_reserved": lambda p, code: removes(footer, f"Example Media. {p}."),
    "reserved_word": lambda w, code: any(
        v.barrier for v in footer(text_to_blocks(f"© 2024 Example Media. {w}."), Config())
    ),
    "publisher_phrase": lambda p, code: removes(footer, f"Homebody {p} Hearth Media Ltd."),
    "company_form": lambda f, code: removes(
        footer, f"The Site is part of Example {_example('company_form', f)}"
    ),
    "tax_number_label": lambda f, code: removes(footer, _example("tax_number_label", f)),
    "site_licence": lambda f, code: removes(footer, _example("site_licence", f)),
    "site_software": lambda s, code: removes(footer, f"Powered by {s}"),
    "site_credit_verb": lambda v, code: removes(footer, f"{v} WordPress"),
    "site_credit": lambda c, code: removes(footer, f"{c} Example Themes"),
    "nav_line": lambda p, code: removes(navigation, p),
    "browser_notice": lambda p, code: removes(navigation, p),
    "post_link": lambda p, code: removes(
        post_navigation, f"{p}\nHow to Pick a Pot", "How to Pick a Pot"
    ),
    "page_turn": lambda w, code: removes(pagination, f"{w} »"),
    "page_turn_noun": lambda w, code: removes(pagination, f"next {w}"),
    "page_noun_before": lambda w, code: removes(pagination, f"{w} suivante"),
    "page_turn_after": lambda w, code: removes(pagination, f"page {w}"),
    "page_turn_before": lambda w, code: removes(pagination, f"{w} artikel"),
    "page_noun_after": lambda w, code: removes(pagination, f"nächster {w}"),
    "page_next": lambda w, code: removes(pagination, f"1 2 3 … 9 {w}"),
    "page_count": lambda p, code: removes(pagination, _example("page_count", p)),
    "byline_opener": lambda p, code: removes(byline_date, f"{_title(p)} Jane Doe"),
    "name_joiner": lambda w, code: removes(byline_date, f"By Jane Doe {w} John Roe"),
    "byline_closer": lambda w, code: removes(byline_date, f"홍길동 {w}"),
    "byline_date_word": lambda w, code: removes(byline_date, f"By Jane Doe {w} Monday"),
    "byline_label": lambda p, code: removes(byline_date, p),
    "author_box": lambda p, code: removes(byline_date, p),
    "author_about_opener": lambda p, code: removes(byline_date, f"{_title(p)} Jane Doe"),
    "author_role": lambda r, code: (
        a_word(r) and removes(byline_date, f"Jane Doe is a {r} at The Daily News.")
    ),
    "bio_verb": lambda v, code: removes(byline_date, f"Jane Doe {v} a writer at The Daily News."),
    "wire_credit_opener": lambda p, code: removes(byline_date, f"({_title(p)} Jane Doe)"),
    "wire_credit_closer": lambda p, code: removes(byline_date, f"Jane Doe {p}."),
    "minute_word": lambda w, code: removes(byline_date, f"5 {w} read"),
    "read_word": lambda w, code: removes(byline_date, f"5 min {w}"),
    "reading_time_label": lambda w, code: removes(byline_date, f"{_title(w)}: 5"),
    "date_label": lambda w, code: removes(byline_date, f"{_title(w)} March 3, 2024"),
    "date_label_preposition": lambda w, code: removes(byline_date, f"Published {w} March 3, 2024"),
    "date_preposition": lambda w, code: removes(byline_date, f"{w} 3 March 2024"),
    "date_pattern": lambda p, code: removes(byline_date, _example("date_pattern", p)),
    "weekday": lambda w, code: removes(byline_date, f"{_title(w)}, March 3, 2024"),
    "month": lambda w, code: removes(byline_date, f"{_title(w)} 3, 2024"),
    "month_article": lambda w, code: removes(byline_date, f"3 {w} marzo {w} 2024"),
    "ordinal_suffix": lambda w, code: removes(byline_date, f"March 3{w}, 2024"),
    "time_preposition": lambda w, code: removes(byline_date, f"March 3, 2024 {w} 10:30"),
    "clock_suffix": lambda w, code: removes(byline_date, f"March 3, 2024 10:30 {w}"),
    "relative_time": lambda p, code: removes(byline_date, _example("relative_time", p)),
    "caption_word": lambda w, code: (
        "caption_word" in measure(f"Photo of the day: {w}").hits
        or "caption_word" in measure(w).hits
    ),
    "photo_label": lambda w, code: matches(
        lang.CAPTION_CREDIT, f"The mayor at the opening. {w}: Jane Doe", "The mayor: Jane Doe"
    ),
    "photo_credit_word": lambda w, code: matches(
        lang.CAPTION_CREDIT, f"The mayor. Photo {w} Jane Doe", "The mayor. Photo Jane Doe"
    ),
    "photo_paren_label": lambda w, code: matches(
        lang.CAPTION_CREDIT, f"The mayor at the opening ({w} Jane Doe)", "The mayor (Jane Doe)"
    ),
    "photo_line_label": lambda w, code: matches(lang.CAPTION_CREDIT, f"{w}:Jane Doe"),
    "credit_label": lambda w, code: matches(lang.CAPTION_CREDIT, f"{w}: Jane Doe", "Jane Doe"),
    "caption_position": lambda w, code: matches(
        lang.CAPTION_CREDIT, f"{w}: the mayor at the opening", "the mayor at the opening"
    ),
    "photo_agency": lambda w, code: matches(lang.CAPTION_CREDIT, f"Firefighters at the scene {w}"),
    "photo_agency_short": lambda w, code: matches(
        lang.CAPTION_CREDIT, f"Firefighters at the scene ({w}/Jane Doe)"
    ),
    "media_control": lambda p, code: removes(caption, p),
    "media_noun": lambda w, code: removes(caption, f"{_title(w)} 3 of 12"),
    "position_of": lambda w, code: removes(caption, f"3 {w} 12"),
    "gallery_position_of": lambda w, code: removes(
        caption, f"1 {w} 4 Firefighters at the scene of the fire"
    ),
}


def test_every_concept_has_a_probe() -> None:
    assert set(PROBES) == set(CONCEPTS)
    for concept, examples in EXAMPLES.items():
        assert CONCEPTS[concept][0] == PATTERNS
        patterns = VOCABULARY.terms(concept)
        for example in examples:
            assert any(_example(concept, p) == example for p in patterns), example


CASES = [(code, concept) for code in lang.CODES for concept in VOCABULARY.filled(code)]


@pytest.mark.parametrize(("code", "concept"), CASES, ids=[f"{c}-{k}" for c, k in CASES])
def test_every_entry_of_every_pack_is_exercised(code: str, concept: str) -> None:
    probe = PROBES[concept]
    failing = [entry for entry in VOCABULARY.entries[concept][code] if not probe(entry, code)]
    assert failing == [], f"{code} {concept}: {failing}"


def test_a_probe_fails_where_its_rule_does_not_fire() -> None:
    """The probes can fail: a word of no concept does not pass them."""
    assert not PROBES["related_header"]("storm hits coast", "en")
    assert not PROBES["share_verb"]("river", "en")
    assert not PROBES["month"]("blurch", "en")
    assert not PROBES["photo_label"]("river", "en")


def test_a_block_made_here_reads_as_the_text_reader_makes_it() -> None:
    assert Block(0, "Teilen", 0).features == text_to_blocks("Teilen")[0].features


# -- scripts ------------------------------------------------------------------------


def test_bug_cjk_brackets_and_arabic_punctuation_are_edges_and_separators() -> None:
    """Fixed bug: 【】 and the Arabic comma were neither edge nor separator characters,
    so a header printed "【関連記事】" or "اقرأ أيضاً،" keyed as itself and never
    matched its phrase ("関連記事", "اقرأ أيضاً")."""
    assert line_key("【関連記事】") == "関連記事"
    assert line_key("「お知らせ」") == "お知らせ"
    assert line_key("اقرأ أيضاً،") == line_key("اقرأ أيضاً") == fold_rtl("اقرأ أيضاً")
    assert line_key("هل أعجبك المقال؟") == fold_rtl("هل أعجبك المقال")
    assert words_of("اقرأ أيضاً، الخبر؛ التالي") == fold_rtl("اقرأ أيضاً الخبر التالي").split()
    assert words_of("関連〔記事〕") == ["関連", "記事"]
    assert removes(related_block, "【関連記事】\n大阪で美術館が改装へ", "【関連記事】")


def test_bug_a_bracketed_related_header_is_the_plain_one() -> None:
    """The sample page with its header bracketed ("【関連記事】"): the same article, and the
    header removed as a related-content header (before the fix, only as a teaser's title)."""
    import cleaner

    page = (SAMPLES / "ja-news-share-related.txt").read_text("utf-8")
    bracketed = page.replace("関連記事", "【関連記事】")
    assert cleaner.clean(bracketed) == cleaner.clean(page)
    header = next(b for b in cleaner.explain(bracketed).blocks if b.text == "【関連記事】")
    assert header.rule == "related_block"


def test_greek_keys_fold_accents_and_the_final_sigma() -> None:
    """Greek sites print lower case with its accents and capitals without them:
    "ΣΧΟΛΙΑ" and "Σχόλια", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:" and "Διαβάστε επίσης:" are one key."""
    assert line_key("ΣΧΟΛΙΑ") == line_key("Σχόλια") == "σχολια"
    assert words_of("διαβάστε επίσης") == words_of("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ".lower())
    assert measure("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:").lower == measure("Διαβάστε επίσης:").lower
    # Text without Greek letters is left as it is.
    assert line_key("Café Müller") == "café müller"


def test_turkish_capitals_key_as_their_lower_case() -> None:
    """Turkish capitals: "İLGİLİ HABERLER" lower-cases to an i with a combining dot,
    "YORUMLARI" to a dotted i: both key as the words sites print in lower case."""
    assert line_key("İLGİLİ HABERLER") == line_key("İlgili Haberler") == "ilgili haberler"
    assert line_key("YORUMLARI") == line_key("yorumları")


# -- right to left: Arabic, Persian, Hebrew; Devanagari's stops and digits -----------


def test_arabic_keys_fold_vowel_marks_tatweel_and_letter_forms() -> None:
    assert line_key("أيضاً") == line_key("أيضا") == line_key("ايضا")
    assert line_key("اقـــرأ أيضًا") == line_key("إقرأ ايضا")
    assert line_key("فى") == line_key("في")
    # The output is not folded: only keys and words are.
    assert fold_rtl("مُحَمَّد") == "محمد"


def test_persian_typed_with_arabic_letters_keys_alike() -> None:
    assert line_key("نظرات کاربران") == line_key("نظرات كاربران")
    assert line_key("یادداشت") == line_key("يادداشت")
    # A zero-width non-joiner inside a word keys as the space sites type as often.
    assert words_of("اشتراک‌گذاری") == words_of("اشتراک گذاری")


def test_hebrew_niqqud_and_abbreviation_marks() -> None:
    assert line_key("שָׁלוֹם") == line_key("שלום")
    # A gershayim inside an abbreviation is part of the word, typed either way.
    assert words_of('דובר צה"ל') == words_of("דובר צה״ל") == ["דובר", "צה״ל"]
    assert words_of("ג'ירפה") == ["ג׳ירפה"]
    # Where it quotes, it separates.
    assert words_of("״כתבות נוספות״") == ["כתבות", "נוספות"]
    assert line_key("מאת׃") == "מאת"


def test_directional_marks_do_not_change_a_key_or_words() -> None:
    plain = "اقرأ أيضا"
    for mark in "\u200e\u200f\u061c\u202b\u202c\u2067\u2069":
        assert line_key(mark + plain + mark) == line_key(plain)
        assert words_of(f"اقرأ{mark} أيضا") == words_of(plain)


def test_arabic_persian_and_devanagari_digits_are_digits() -> None:
    assert fold_rtl("منذ ٣ ساعات") == "منذ 3 ساعات"
    assert fold_rtl("۳ ساعت پیش") == "3 ساعت پيش"
    assert fold_rtl("५ टिप्पणियां") == "5 टिप्पणियां"
    assert measure("منذ ٣ ساعات").digits


def test_danda_is_a_stop_and_a_separator() -> None:
    assert words_of("यह खबर है। और॥") == ["यह", "खबर", "है", "और"]
    assert measure("यह खबर है।").terminal
    assert line_key("।समाचार।") == "समाचार"


def test_rtl_lines_are_read_however_they_were_typed() -> None:
    """The rules read a line's folded words: a Persian header typed with Arabic
    letters, an Arabic one with its vowel marks and tatweel, a Hebrew one wrapped in
    directional marks, and Arabic-Indic digits all match the packs' entries."""
    assert removes(comment_section, "نظرات كاربران")  # ك and ي for ک and ی
    assert removes(comment_section, "نظرات کاربران")
    assert removes(inline_crosslink, "اقـــرأ أيضـاً: المجلس يقر ميزانية جديدة")
    assert removes(comment_section, "\u202bתגובות\u202c")
    assert removes(byline_date, "منذ ٣ ساعات") and removes(byline_date, "۳ ساعت پیش")
    assert removes(comment_section, "التعليقات (٤)")
    # The words alone are no date: a sentence that opens the same way is kept.
    assert not removes(byline_date, "منذ ساعتين والطريق مغلق أمام السيارات بسبب الثلوج.")


def test_a_byline_in_a_script_without_capitals() -> None:
    assert removes(byline_date, "بقلم: محمد أحمد")
    assert removes(byline_date, "लेखक: राहुल शर्मा")
    assert removes(byline_date, "מאת ישראל ישראלי")
    assert not removes(byline_date, "كتب الطالب رسالة طويلة إلى والده.")


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال المحافظ إن المكتبة الجديدة ستفتح أبوابها للزوار في الأسبوع المقبل.",
        "شورای شهر اعلام کرد که کتابخانه تازه از هفته آینده به روی مردم باز می‌شود.",
        "ראש העירייה אמר כי הספרייה החדשה תיפתח לציבור כבר בשבוע הבא.",
        "महापौर ने कहा कि नया पुस्तकालय अगले हफ्ते से लोगों के लिए खुल जाएगा।",
    ],
)
def test_a_short_sentence_of_rtl_or_hindi_prose_reads_as_prose(sentence: str) -> None:
    """With the language's function words known, a sentence of a dozen words is
    prose, as a European one is (without them it would need twice the words)."""
    from cleaner.measure.features import is_prose

    features = measure(sentence)
    assert features.words < 20 and features.stopword_ratio >= 0.08
    assert is_prose(features, 10)
