"""Swedish (sv): the words and phrases sites in Swedish print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "sv"
NAME = "Swedish"
SCRIPT = "latin"

# "Del" (a part, "Del 2") is prose and a heading: no share word. "Dela" is the
# verb share buttons print.
CONCEPTS: dict[str, str] = {
    "function_word": """
        och att det som en på är av för med till den har inte om ett var jag
        hon han vi ni sig från eller när efter vid också där skulle bara mot
        sina sin sitt hade kan ska kommer blir blev detta denna dessa vara varit
        vilket vilka så än nu här alla något inget
    """,
    "share_verb": """
        dela delningar tipsa skriv ut kopiera mejla
    """,
    "share_filler": """
        på artikeln artikel länk länken sidan via e post mejl
    """,
    "share_prompt": """
        dela artikeln
        dela den här artikeln
        dela sidan
    """,
    "share_count_noun": """
        delningar
        gillningar
    """,
    "new_window": """
        öppnas i ett nytt fönster
        öppnas i en ny flik
    """,
    "follow_verb": """
        följ
    """,
    "related_header": """
        läs också
        läs även
        läs mer
        relaterat
        relaterade artiklar
        mest läst
        mest lästa
        senaste nytt
        fler artiklar
        fler nyheter
        mer att läsa
        du kanske också gillar
        andra läser
        rekommenderat för dig
        liknande produkter
        andra har också köpt
    """,
    "related_header_prefix": """
        mer från
        mer om
        fler artiklar från
        fler artiklar om
        mer i ämnet
    """,
    "crosslink_label": """
        läs också
        läs även
        läs mer
        se också
    """,
    "consent": """
        vi använder cookies
        den här webbplatsen använder cookies
        denna webbplats använder cookies
        webbplatsen använder kakor
        vi använder kakor
        cookieinställningar
        hantera cookies
    """,
    "consent_button": """
        godkänn alla
        acceptera alla
        godkänn alla cookies
        acceptera alla cookies
        neka alla
        endast nödvändiga
    """,
    "newsletter": """
        prenumerera på vårt nyhetsbrev
        anmäl dig till vårt nyhetsbrev
        anmäl dig till nyhetsbrevet
        få vårt nyhetsbrev
        skriv upp dig på nyhetsbrevet
    """,
    "newsletter_weak": """
        din e-postadress
        ange din e-postadress
        prenumerera nu
    """,
    "newsletter_line_verb": """
        prenumerera
        anmäl dig
        registrera dig
    """,
    "newsletter_line_noun": """
        nyhetsbrev
        nyhetsbrevet
    """,
    "paywall": """
        för att läsa vidare
        för att fortsätta läsa
        redan prenumerant
        bli prenumerant
        denna artikel är endast för prenumeranter
        logga in för att läsa
    """,
    "paywall_weak": """
        logga in här
        prova gratis
    """,
    "login_line": """
        logga in
        logga ut
        mitt konto
        mina sidor
        prenumerera
        skapa konto
        bli medlem
    """,
    "advertisement_label": """
        annons
        reklam
        sponsrat
        sponsrad artikel
        annonsörsinnehåll
    """,
    "affiliate": """
        innehåller affiliatelänkar
        annonslänkar
    """,
    "feedback": """
        var den här artikeln till hjälp
        var artikeln till hjälp
        var detta till hjälp
        hittade du det du letade efter
    """,
    "feedback_answer": """
        ja
        nej
    """,
    "comments_header": """
        kommentarer
        kommentera
        lämna en kommentar
        skriv en kommentar
        lämna ett svar
        visa kommentarer
        läsarkommentarer
    """,
    "comments_header_ending": """
        kommentarer
    """,
    "comment_control": """
        svara
        rapportera
        anmäl
        gilla
    """,
    "reply_control": """
        svara
    """,
    "comment_field": """
        namn
        e-post
        e-postadress
        webbplats
    """,
    "comment_form": """
        din e-postadress kommer inte att publiceras
        obligatoriska fält är märkta
        publicera kommentar
        skicka kommentar
    """,
    "comment_prompt": """
        logga in för att kommentera
        du måste vara inloggad för att kommentera
        bli först att kommentera
    """,
    "comment_count_noun": """
        kommentarer
        kommentar
    """,
    "comment_count_label": """
        kommentarer
    """,
    "comment_title_one": """
        ett
    """,
    "comment_title_noun": """
        svar
        kommentarer
    """,
    "comment_title_preposition": """
        på
        till
    """,
    "comment_author_verb": """
        säger
    """,
    "says_verb": """
        säger
    """,
    "tag_label": """
        taggar
        ämnen
        kategorier
        kategori
    """,
    "footer_link": """
        om oss
        kontakta oss
        kontakt
        integritetspolicy
        personuppgiftspolicy
        cookiepolicy
        användarvillkor
        annonsera
        tipsa oss
        kundservice
    """,
    "rights_reserved": """
        alla rättigheter förbehållna
    """,
    "reserved_word": """
        förbehållna
    """,
    "nav_line": """
        hoppa till innehåll
        gå till innehållet
        meny
        sök
        stäng
        startsida
        visa fler
        läs hela artikeln
    """,
    "browser_notice": """
        du behöver aktivera javascript
        javascript är inaktiverat
    """,
    "post_link": """
        föregående inlägg
        nästa inlägg
        föregående artikel
        nästa artikel
    """,
    "page_turn": """
        nästa
        föregående
    """,
    "page_turn_noun": """
        sida
        inlägg
        artikel
    """,
    "page_next": """
        nästa
    """,
    "page_count": r"""
        sida \d+ av \d+
    """,
    "byline_opener": """
        av
    """,
    "name_joiner": """
        och
    """,
    "author_box": """
        om skribenten
        om författaren
    """,
    "author_role": """
        reporter journalist redaktör skribent reporterchef krönikör
    """,
    "bio_verb": """
        är
    """,
    "minute_word": """
        minuter
        minuters
    """,
    "read_word": """
        läsning
        lästid
    """,
    "reading_time_label": """
        lästid
    """,
    "date_label": """
        publicerad
        uppdaterad
        publicerat
    """,
    "weekday": """
        måndag
        tisdag
        onsdag
        torsdag
        fredag
        lördag
        söndag
    """,
    "month": """
        januari
        februari
        mars
        april
        maj
        juni
        juli
        augusti
        september
        oktober
        november
        december
    """,
    "time_preposition": """
        kl.
        kl
    """,
    "relative_time": r"""
        (?:(?:publicerad|uppdaterad)\s+)?(?:för\s+)?\d+\s+(?:minuter|minut|timmar|timme|dagar|dag|veckor|vecka)\s+sedan$
    """,
    "caption_word": """
        foto
        bild
    """,
    "photo_label": """
        foto
        bild
    """,
    "photo_line_label": """
        foto
        bild
    """,
    "photo_agency": """
        tt
        scanpix
    """,
    "media_control": """
        visa bildspel
        se alla bilder
        spela upp
    """,
    "media_noun": """
        bild
    """,
    "position_of": """
        av
    """,
}
