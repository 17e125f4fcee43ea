"""The locator: where the article is, once the rules have spoken.

Its parts are in cleaner/locate/: the scores of blocks (scores.py), the runs of
prose and the spans between them (spans.py), the title (title.py), teasers
(teasers.py), where the article ends (end.py), the context pass (context.py)
and, in HTML, the container (container.py). These tests give it whole pages,
or blocks with verdicts, and check what it keeps.
"""

from __future__ import annotations

import cleaner
from cleaner.config import Config
from cleaner.read.text import text_to_blocks
from cleaner.verdicts import Verdict

_PROSE = (
    "The mayor said the town would rebuild the bridge by next spring at the latest, "
    "and residents welcomed the plan."
)
_PROSE_AFTER = (
    "The governor said the state would pay for half of the repairs, and the work "
    "would start as soon as the water had gone down."
)


def test_a_short_line_between_two_paragraphs_costs_the_article_nothing() -> None:
    from cleaner.locate.scores import block_scores as _scores

    blocks = text_to_blocks("\n\n".join([_PROSE, "Read on", _PROSE_AFTER, "Read on"]))
    scores, _ = _scores(blocks, {}, Config())
    assert scores[1] == 0.0 and scores[3] < 0
    # A line a rule removed keeps its cost between paragraphs.
    removed = {1: Verdict(1, "navigation", "a navigation control")}
    assert _scores(blocks, removed, Config())[0][1] < 0


def test_the_locator_keeps_a_list_written_as_running_text() -> None:
    # Checklist items end without a full stop; they read as sentences all the
    # same, and a run of them is the article's own list.
    items = [
        f"Step {n} – book the venue early and compare what each of the offers includes"
        for n in range(1, 16)
    ]
    page = "\n".join(
        [
            "Wedding checklist - Example Venue",
            "Home",
            "Venues",
            "Contact",
            "",
            "Planning a wedding takes a year or more, and this checklist walks you through "
            "the whole of it, month by month, so that nothing is forgotten on the day.",
            "",
            *items,
            "",
            "© 2025 Example Venue. All rights reserved.",
        ]
    )
    article = cleaner.clean(page)
    assert "Planning a wedding" in article
    assert all(item in article for item in items)
    assert "Venues" not in article and "All rights reserved" not in article


def test_the_locator_keeps_the_list_a_sentence_introduces() -> None:
    # "The menu is:" introduces the short lines under it: they are the list it
    # announced, not a menu, and the article goes on after them. Read as menu
    # entries, the eight items cost more than the paragraph after them is worth.
    items = [
        "curry and rice",
        "chicken nuggets",
        "vegetable sticks",
        "sandwiches",
        "small pastries",
        "fruit salad",
        "green tea",
        "beer",
    ]
    page = "\n".join(
        [
            "Catering for the first time - Example Forum",
            "Questions",
            "Tags",
            "Users",
            "",
            "I am starting a small catering service, and until now I have only cooked for "
            "friends and family at weekends, so this will be the first time I cook for "
            "strangers who pay for the food and expect it to arrive hot and on time.",
            "The first event is for forty people, and the menu is:",
            *items,
            "I have one chafing dish, a rice cooker, plastic plates and cups, and a roll of "
            "foil. What am I missing, and what should I prepare in the days before the event "
            "so that the food is served warm?",
            "",
            "Tags:",
            "catering",
            "events",
        ]
    )
    article = cleaner.clean(page)
    assert "the menu is:" in article
    assert all(item in article for item in items)
    assert "What am I missing" in article
    # a one-word label announces no list
    assert "catering\nevents" not in article


def test_a_question_with_counted_answers_keeps_its_answers() -> None:
    # "2 Answers" heads the answers to a question: the page is a discussion,
    # and the "Add a comment" under each post is no wall the article stops at.
    question = (
        "Why is it bad practice to catch every exception and pass? I often see comments "
        "saying that it is discouraged, and I would like to understand the reason for it. "
        "Sometimes I just do not care what the error was, and I want the program to go on "
        "with the next file in the list instead of stopping halfway through the whole run. "
        "Is it the fact that I pass, or the fact that I catch everything, that makes it bad?"
    )
    answers = [
        "Catching every error hides the ones you did not expect, and the program then goes "
        "on in a state that nobody planned for, which is much harder to debug later.",
        "Catch only the exceptions you know how to recover from, and let the others reach "
        "the top of the program, where they are reported with the whole of their trace.",
    ]
    page = "\n".join(
        [
            "Questions",
            "Tags",
            "Users",
            "",
            question,
            "",
            "Add a comment",
            "",
            "2 Answers",
            "Sorted by:",
            "",
            answers[0],
            "",
            "Add a comment",
            "answered Feb 4, 2014 at 18:39",
            "",
            answers[1],
            "",
            "Add a comment",
        ]
    )
    article = cleaner.clean(page)
    assert question in article
    assert all(answer in article for answer in answers)
    assert "Add a comment" not in article


def test_the_locator_keeps_a_page_of_cards_that_names_no_article() -> None:
    # A services page: each service a name, one paragraph and a link. Fenced one
    # paragraph at a time, they are shaped like teasers, but no title heading
    # names an article on this page, and the only prose outside them (the
    # legal line) is worth less than they are: the cards are the content.
    cards = [
        (
            "Audit",
            "Our audits give your board an independent view of the figures, and they "
            "show where the controls around your reporting could be made stronger.",
        ),
        (
            "Tax",
            "We help you meet the rules in every country you trade in, and we plan the "
            "taxes of a new venture before it starts rather than after the first return.",
        ),
        (
            "Consulting",
            "From the first plan to the last system switched on, our teams work "
            "beside yours and leave behind the skills to run what was built together.",
        ),
        (
            "Risk",
            "We look at the risks of your business as a whole, so that a weakness in one "
            "part is found before it becomes a loss in another one.",
        ),
    ]
    page = "\n".join(
        [
            "Who we are",
            "What we do",
            "Careers",
            "",
            *(line for name, text in cards for line in (name, text, "Learn more", "")),
            "Example Group refers to one or more of its member firms and their related "
            "entities, each of which is a legally separate and independent entity that is "
            "not responsible for the acts or omissions of any other member firm.",
        ]
    )
    article = cleaner.clean(page)
    assert all(text in article for _, text in cards)
    assert "What we do" not in article


# A shop's guide, and the text of a dialog the page opens on demand (a privacy
# notice), longer than the guide.
_GUIDE = [
    "How long should walking shoes last?",
    "As a rule, a pair worn every day should be replaced after nine to twelve months, "
    "or as soon as the sole starts to wear through at the heel.",
    "Is it better to buy shoes a size bigger?",
    "There should be about a thumb's width of space between your longest toe and the "
    "front of the shoe, and a shoe that is too big rubs as much as one that is too small.",
]
_NOTICE = [
    "Example Shoes, Inc. and its affiliates process the personal information of the "
    "people who visit its stores and its website for the purposes set out in this notice.",
    "We collect the information you give us when you place an order, such as your name, "
    "your address, your e-mail address and the details of the card you pay with.",
    "We share that information with the companies that deliver your orders and process "
    "your payments, and we keep it for as long as the law requires us to keep it.",
    "You may ask us at any time for a copy of the information we hold about you, and you "
    "may ask us to correct it or to delete it, by writing to the address given below.",
]


def test_prose_after_the_copyright_line_weighs_less_than_the_article_above_it() -> None:
    # The guide above the footer, the notice after its copyright line: the page
    # ends at the copyright line, and the guide is the article.
    guide, notice = _GUIDE, _NOTICE
    page = "\n".join(
        [
            "Men's Shoes",
            "Women's Shoes",
            "Sale",
            "",
            *guide,
            "",
            "Help",
            "Store Locator",
            "© 2025 Example Shoes, Inc. All Rights Reserved",
            "",
            "Privacy policy",
            "Close",
            *notice,
        ]
    )
    article = cleaner.clean(page)
    assert all(line in article for line in guide)
    assert not any(line in article for line in notice)
    # Where the page's text printed its footer first, the prose after it is the article.
    footer_first = "\n".join(
        ["Help", "Store Locator", "© 2025 Example Shoes, Inc. All Rights Reserved", "", *notice]
    )
    assert all(line in cleaner.clean(footer_first) for line in notice)


def test_a_dated_copyright_line_ends_the_page_and_a_photo_credit_does_not() -> None:
    # A site's notice ("© 2025 Example Shoes") reserves no rights, but it is the
    # footer: the two paragraphs of a dialog printed after it, under the dialog's
    # menu, weigh less than the guide above it and stay out.
    def page(credit: str) -> str:
        menu = ["Men's Shoes", "Women's Shoes", "Kids' Shoes", "Sale", "New Arrivals"]
        return "\n".join(["Sale", "", *_GUIDE, "", "Help", credit, "", *menu, "", *_NOTICE[:2]])

    article = cleaner.clean(page("© 2025 Example Shoes"))
    assert all(line in article for line in _GUIDE)
    assert not any(line in article for line in _NOTICE[:2])
    # A photo credit names an agency, not a year: the text below it is the story's.
    article = cleaner.clean(page("© Reuters"))
    assert all(line in article for line in _GUIDE + _NOTICE[:2])


def test_the_locator_still_demotes_teasers_under_a_titled_article() -> None:
    # The same chain of fenced paragraphs under a page whose title heading
    # names the article: they are teasers, and the article alone is kept.
    article_text = [
        "The river rose two metres overnight, and by morning the lower town was under water "
        "from the bridge to the old mill, where the firefighters had set up their pumps.",
        "Nobody was hurt, the mayor said, but more than forty families spent the night in the "
        "school gym, and the road to the valley will stay closed until the end of the week.",
    ]
    teasers = [
        (
            "Council approves the new budget",
            "The council approved the budget on Tuesday after "
            "a debate that went on for most of the afternoon and into the evening.",
        ),
        (
            "School reopens after repairs",
            "The primary school reopened its doors on Monday, two "
            "months after a storm tore off part of the roof above the main hall.",
        ),
        (
            "Market moves to the square",
            "The weekly market will be held on the main square from "
            "next month, while the car park where it stood until now is rebuilt.",
        ),
        (
            "Library extends its hours",
            "The town library will stay open until eight in the "
            "evening on weekdays, after readers asked for more time to study there.",
        ),
    ]
    page = "\n".join(
        [
            "River floods the lower town - Example News",
            "Home",
            "Local",
            "",
            "River floods the lower town",
            "",
            *article_text,
            "",
            *(line for title, text in teasers for line in (title, "2 hours ago", text, "")),
            "Sport",
            "Weather",
        ]
    )
    article = cleaner.clean(page)
    assert all(text in article for text in article_text)
    assert not any(text in article for _, text in teasers)


def test_a_quote_in_a_forum_post_is_no_wall() -> None:
    # "user4711 wrote:" opens a quote inside a reply: the digits are the user's
    # name, not a date, so the thread goes on below it.
    posts = [
        "I am looking for forum software that is as plain as this one, works well on a phone "
        "and is still maintained, because I want to set up a small board for my club.",
        "Most of the old boards are still maintained, and the one you are using now has a "
        "theme that works on small screens if you make the window narrow enough.",
        "It is not only about new features: a maintained board gets its security fixes, "
        "which is the main reason to pick one that is still developed.",
    ]
    page = "\n".join(
        [
            "Forum software like this one - Example Forums",
            "Index",
            "Register",
            "",
            "Forum software like this one",
            "",
            "user4711",
            "Member",
            posts[0],
            "",
            "admin",
            "Member",
            posts[1],
            "",
            "moderator",
            "Member",
            "user4711 wrote:",
            "works well on a phone",
            posts[2],
        ]
    )
    article = cleaner.clean(page)
    assert all(post in article for post in posts)


def test_author_lines_under_a_comment_count_are_a_wall() -> None:
    # Below "3 responses to ...", "name says:" opens a reader comment: the
    # article ends above it, even when the names hold no date.
    article_text = [
        "The coach said the team had needed the win, after three defeats in a row that had "
        "left the players short of confidence and the crowd short of patience.",
        "The team plays away next week, against a side that has not lost at home since the "
        "start of the season, and two players are expected back from injury.",
    ]
    comments = [
        "Great win, but the defence still looks shaky to me and the coach knows it too, "
        "judging by what he said after the game about the second half.",
        "Finally a game where the plan worked from the first minute to the last one, and "
        "the new players looked like they had been there for years.",
    ]
    page = "\n".join(
        [
            "We needed to win this game - Example Sports",
            "Home",
            "Teams",
            "",
            "We needed to win this game",
            "",
            *article_text,
            "",
            "3 responses to “We needed to win this game”",
            "fan2020 says:",
            comments[0],
            "",
            "goalkeeper1 says:",
            comments[1],
        ]
    )
    article = cleaner.clean(page)
    assert all(text in article for text in article_text)
    assert not any(text in article for text in comments)


def test_the_locator_keeps_a_thread_that_opens_under_its_title() -> None:
    # Each post is one paragraph fenced by its author and its date, like a
    # teaser; but the first prose under the thread's title opens the chain:
    # no article comes before it, and the posts are the page.
    posts = [
        "Has anyone here moved a vegetable garden to raised beds? Mine floods every spring "
        "and I am thinking about building three beds from untreated larch this winter.",
        "We did it two years ago, and the beds drain so much better that the onions no longer "
        "rot in April. Fill them with a mix of compost and the soil you dig out.",
        "Larch lasts about ten years without treatment in our wet climate, so it is a good "
        "choice, but line the inside with a sheet so the soil does not touch the wood.",
        "Make the beds no wider than you can reach into from both sides, or you will end up "
        "stepping on the soil, which is the thing raised beds are meant to stop.",
    ]
    people = ["gardener12", "Mia", "oldoak", "Tom B."]
    page = "\n".join(
        [
            "Moving to raised beds - Example Garden Forum",
            "Forums",
            "Members",
            "",
            "Moving to raised beds",
            "",
            *(
                line
                for person, post in zip(people, posts, strict=True)
                for line in (person, "Mar 3, 2025", post, "")
            ),
            "Example Garden Forum is run by volunteers who love growing food, and it is paid "
            "for by the members who give what they can each year to keep the servers going.",
        ]
    )
    article = cleaner.clean(page)
    assert all(post in article for post in posts)


def test_page_source_shown_as_text_is_no_prose() -> None:
    # A "republish this story" box holds the article's HTML as one long line: a
    # thousand words of it outweighed the menus between it and the article, and
    # the article ran on through them.
    paragraphs = [
        "The council approved the new budget on Tuesday after a debate that lasted "
        "well into the evening, and the mayor said the vote was a relief for the town.",
        "Most of the money will go to the schools and to repairs of the old bridge, "
        "which has been closed to lorries since the floods of last spring.",
        "Opponents said the plan would raise taxes for families who can least afford "
        "it, and they promised to bring the matter back at the next meeting.",
    ]
    source = "".join(f"<p>{text} It passed. </p>" for text in paragraphs * 12)
    menu = ["Republish this story", "Close window", "Copy to clipboard", "Donate"]
    page = "\n\n".join([*paragraphs, "\n".join(menu * 2), source])
    features = cleaner.measure.features.measure(source)
    assert features.markup and features.code
    assert not cleaner.measure.features.is_prose(features, 12)
    article = cleaner.clean(page)
    assert all(text in article for text in paragraphs)
    assert "Close window" not in article and "<p>" not in article


def test_the_article_keeps_the_first_copy_of_a_line_printed_twice() -> None:
    lede = (
        "The council approved the new budget on Tuesday after a debate that lasted "
        "well into the evening, the mayor said."
    )
    body = [
        "Most of the money will go to the schools and to repairs of the old bridge, "
        "which has been closed to lorries since the floods of last spring.",
        "Opponents said the plan would raise taxes for families who can least afford "
        "it, and they promised to bring the matter back at the next meeting.",
    ]
    page = "\n\n".join(["Budget passes", lede, *body, lede, body[0]])
    article = cleaner.clean(page)
    assert article.count(lede) == 1 and article.count(body[0]) == 1 and body[1] in article
    report = cleaner.explain(page)
    copies = [b for b in report.blocks if b.rule == "duplicate_block"]
    assert [b.text for b in copies] == [lede, body[0]]
    # Disabled, the reason code keeps both copies, in text mode as in HTML.
    assert cleaner.clean(page, disable=["duplicate_block"]).count(lede) == 2


def test_a_line_printed_five_times_or_more_is_not_a_copy() -> None:
    # A page that repeats a post (a feed, a stream of the same story): each copy
    # is the page's text; a line printed two to four times reads as a summary, a
    # teaser or a version of the same block for small screens or for print.
    post = [
        "The council approved the new budget on Tuesday after a long debate about schools.",
        "Teachers had asked for smaller classes, and the mayor said the money would pay.",
    ]
    article = cleaner.clean("\n\n".join(post * 5))
    assert article.count(post[0]) == 5 and article.count(post[1]) == 5
    article = cleaner.clean("\n\n".join(post * 3))
    assert article.count(post[0]) == 1 and article.count(post[1]) == 1


def test_a_page_without_an_article_keeps_the_teasers_it_is_made_of() -> None:
    # A shop's listing: no prose makes an article, so the items under "Trending"
    # are the page's content, not teasers around an article.
    items = [
        "Trailblazer Mid Waterproof Hiking Boot for Men - $129.99",
        "Summit Pro Leather Hiking Boot with Vibram Sole - $189.00",
        "Ridgeline Lightweight Trail Shoe for Women - $99.95",
        "Glacier Insulated Winter Boot, Wide Fit - $149.50",
    ]
    page = "\n".join(
        [
            "Hiking Boots | Example Outdoor Shop",
            "Home",
            "Men",
            "Women",
            "Kids",
            "Brands",
            "New In",
            "Gift Cards",
            "Stores",
            "Sale",
            "",
            "Trending",
            *items,
            "",
            "© 2025 Example Outdoor Shop. All rights reserved.",
        ]
    )
    article = cleaner.clean(page)
    assert all(item in article for item in items)
    assert "Women" not in article.splitlines() and "All rights reserved" not in article
    # Under an article, the same header and its teasers stay out.
    story = (
        "The trail reopened on Saturday after a summer of repairs, and rangers said "
        "that more than four hundred walkers set out on the first morning alone."
    )
    with_article = page.replace("Sale\n", "Sale\n\n" + "\n\n".join([story] * 3) + "\n")
    assert not any(item in cleaner.clean(with_article) for item in items)


def test_a_breadcrumb_that_ends_in_the_title_is_not_the_heading() -> None:
    # The trail names the page, the headline comes below it, and a line of the
    # site's own between them must not be taken for the article under a heading.
    title = "Coffee lovers rejoice: nutritionists reveal four health benefits of your cup"
    body = [
        "Coffee is far more than a morning routine for millions of people, and nutrition "
        "experts say it can bring real benefits when it is taken in moderation.",
        "Most of the benefits come from antioxidants, which protect the cells of the body "
        "and may lower the risk of several common diseases, the experts said.",
        "Both experts advise no more than four cups a day, and they warn that sugar and "
        "cream can quickly turn the drink into a dessert.",
    ]
    page = "\n".join(
        [
            f"{title} - The Daily Paper",
            "Home",
            "News",
            f"Business News › US › Lifestyle › {title}",
            "The Daily Paper is available online now.",
            "Read Today's Paper",
            title,
            "SECTIONS",
            "By Jane Doe",
            "Rate Story",
            "Follow us",
            "Share",
            "Print",
            "Comment",
            "Subscribe Now",
            *["Exclusive Stories", "Daily ePaper Access", "Smart Market Tools"],
            *["Curated Investment Ideas", "Ad-lite Experience", "Subscription"],
            *["Listen to this article", "Loading...", "Font Size", "Small", "Large"],
            "",
            *body,
        ]
    )
    article = cleaner.clean(page)
    assert all(paragraph in article for paragraph in body)
    assert "›" not in article


def test_a_listing_under_its_title_is_not_cut_to_the_line_below_the_title() -> None:
    # A shop's listing: the title heading, one line of the shop's own, then the
    # products. Anchored under the title, that one line was the whole "article".
    products = [
        (
            f"Crusher {name} Wireless",
            f"Bass you can feel, and {hours} hours of battery.",
            f"${price}",
        )
        for name, price, hours in [("Evo", 159, 40), ("ANC 2", 229, 50), ("Bass", 99, 30)]
        + [("Aviator", 199, 60), ("Grom", 29, 45), ("Riff", 49, 34), ("Hesh", 89, 22)]
    ]
    page = "\n".join(
        [
            "Wired, Wireless & Bluetooth Headphones | Example Audio",
            "Shop",
            "Support",
            "Wired, Wireless & Bluetooth Headphones",
            *["LIMITED EDITION", "NEW ARRIVALS", "Save Over 50%", "Easy Returns"],
            "1-Year Limited Warranty - this is included in every pair of headphones we sell",
            *["Filters", "On Ear Headphones", "Kids' Headphones", "Sort By:"],
            *(line for product in products for line in product),
            "© 2025 Example Audio",
        ]
    )
    article = cleaner.clean(page)
    kept = [name for name, _, _ in products if name in article]
    assert len(kept) >= len(products) - 1


def test_a_checklist_of_terse_items_in_clauses_stays_in_the_article() -> None:
    intro = [
        "Planning a wedding takes a year or more, and most couples find it easier when "
        "they can tick things off a list. The checklist below follows the months before "
        "the day, with what to book first and what can wait until later.",
        "Print it, or save it to your phone, and adjust the timing if your engagement is "
        "shorter than a year: the order of the steps matters more than the months.",
    ]
    items = [
        "Research and book venue – tour favorites, compare offerings, book it; set the date",
        "Book photographer & videographer – meet, review portfolios, sign contract for the day",
        "Shop for bridesmaid dresses & groomsmen attire – choose colors, styles; inform the party",
        "Hotel room blocks – reserve blocks at convenient hotels near the venue; share the codes",
        "Plan stationery – choose the invitation design; order invites, RSVP cards and envelopes",
        "Arrange transportation – book shuttles, limos, trolleys, etc., as needed for the day",
    ]
    page = "\n".join(
        ["Wedding planning checklist - Example Weddings", "Home", "Venues", ""]
        + [*intro, "", *items]
        + ["", "Related Posts", "How to choose a venue", "Ten cakes we loved this year"]
    )
    article = cleaner.clean(page)
    assert all(paragraph in article for paragraph in intro)
    assert all(item in article for item in items)
    assert "Ten cakes we loved this year" not in article


def test_a_tagline_under_the_title_is_not_an_article_beside_the_real_one() -> None:
    # The line under the heading is the site's tagline; the page's prose comes
    # after its menus. The title's weight made the tagline a run of the article.
    body = [
        "Our support team answers questions about billing, accounts and the mobile "
        "app every day of the week, and most questions are answered within an hour.",
        "If your question is about a payment, have the date and the amount ready: the "
        "team can find the payment faster, and it never asks for your full card number.",
    ]
    menu = ["Products", "Pricing", "Industries", "Partners", "Resources", "Company"]
    page = "\n".join(
        ["Contact our customer support team - Example", "Home"]
        + ["Contact our customer support team", "Humans and software, together."]
        + menu * 3
        + ["", *body, "", "© 2025 Example Inc."]
    )
    report = cleaner.explain(page)
    assert all(paragraph in report.article for paragraph in body)
    assert "Humans and software, together." not in report.article


# -- HTML: the container, and the comments under a post ---------------------------

PROSE = "The council approved the new budget on Tuesday after a long debate about roads."
ARTICLE = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(6))


def page(body: str, title: str = "Budget approved - Daily") -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"


def test_the_container_leaves_teasers_and_sidebar_out() -> None:
    teasers = "".join(
        f"<div class=card><h3><a href=/t{i}>Teaser {i}</a></h3><p>{PROSE} Teaser {i}.</p></div>"
        for i in range(3)
    )
    html = page(
        f"<div class=wrap><article><h1>Budget approved</h1>{ARTICLE}</article>"
        f"<div class=more>{teasers}</div></div>"
    )
    article = cleaner.clean(html)
    assert article.count("Paragraph") == 6 and "Teaser" not in article


_POST = (
    "<p>Our goal with these open threads is to give readers a place to raise questions "
    "about our work and the topics we write about, in the comments below.</p>"
    "<p>As always, you are welcome to write to us by email if you would rather ask in "
    "private, and we will try to answer every question promptly.</p>"
)
_REPLY = (
    "<p>Thank you for the detailed answer about the {n} studies; I have read the report "
    "again and I think the point about follow-up surveys deserves a longer discussion, "
    "because the results after five years were not what most readers expected.</p>"
)


def test_comments_under_a_short_post_are_still_comments() -> None:
    # The post is short and the comments long (most of the page's prose, one
    # reply longer than the post); the comments are plain blocks, not posts
    # marked as articles: not a thread. Left to the locator, the long reply
    # would be the article.
    comments = "".join(
        f'<li class="comment"><div class="comment-author">Reader {n} on May {n}, 2024 said:</div>'
        + "".join(_REPLY.format(n=n * 10 + k) for k in range(6 if n == 4 else 1))
        + "</li>"
        for n in range(1, 9)
    )
    page = (
        "<html><head><title>May open thread</title></head><body><main>"
        "<article><h1>May open thread</h1><div class='entry'>" + _POST + "</div></article>"
        f'<div class="comments"><h3>Comments</h3><ul>{comments}</ul></div>'
        "</main></body></html>"
    )
    article = cleaner.clean(page, mode="html")
    assert "Our goal with these open threads" in article
    assert "private, and we will try" in article
    assert "follow-up surveys" not in article


def test_a_forum_thread_with_article_posts_keeps_its_replies() -> None:
    # Replies marked as articles, like the first post: a thread, replies kept.
    replies = "".join(
        f'<article class="comment"><header>Posted by reader{n}</header>'
        + _REPLY.format(n=n)
        + "</article>"
        for n in range(1, 9)
    )
    page = (
        "<html><head><title>First trip</title></head><body><main>"
        "<article><header><h1>First trip</h1></header>" + _POST + "</article>"
        f'<section class="comments">{replies}</section></main></body></html>'
    )
    article = cleaner.clean(page, mode="html")
    assert "Our goal with these open threads" in article
    assert article.count("follow-up surveys") == 8
