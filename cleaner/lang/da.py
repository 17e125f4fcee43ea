"""Danish (da): the words and phrases sites in Danish print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "da"
NAME = "Danish"
SCRIPT = "latin"

# "Del" is a share button and a noun of prose ("Del 2", "en stor del"): it is
# listed only as whole share lines ("Del", "Del artikel"), never as a word.
CONCEPTS: dict[str, str] = {
    "function_word": """
        og at det som en på er af for med til den har ikke om et var jeg
        hun han vi de sig fra eller når efter ved også der skulle kun
        sine sin havde kan skal vil bliver blev dette denne disse være været
        hvilket hvor så nu her alle noget ingen
    """,
    "share_verb": """
        kopier udskriv print
    """,
    "share_filler": """
        link linket artiklen artikel siden på via mail e
    """,
    "share_prompt": """
        del
        del artikel
        del artiklen
        del denne artikel
        del på facebook
        del på x
        del på linkedin
        del på messenger
        del via mail
        del via e-mail
    """,
    "share_count_noun": """
        delinger
    """,
    "new_window": """
        åbner i et nyt vindue
        åbner i en ny fane
    """,
    "follow_verb": """
        følg
    """,
    "related_header": """
        se også
        læs også
        læs mere
        relaterede artikler
        relateret
        mest læste
        seneste nyt
        flere artikler
        flere nyheder
        du vil måske også kunne lide
        anbefalet til dig
        andre læser også
        lignende produkter
    """,
    "related_header_prefix": """
        mere fra
        mere om
        flere artikler fra
        flere artikler om
    """,
    "crosslink_label": """
        læs også
        se også
        læs mere
    """,
    "consent": """
        vi bruger cookies
        denne hjemmeside bruger cookies
        dette websted bruger cookies
        cookieindstillinger
        tilpas indstillinger
    """,
    "consent_button": """
        accepter alle
        tillad alle
        accepter alle cookies
        afvis alle
        kun nødvendige
    """,
    "newsletter": """
        tilmeld dig vores nyhedsbrev
        tilmeld dig nyhedsbrevet
        modtag vores nyhedsbrev
        skriv dig op til nyhedsbrevet
    """,
    "newsletter_weak": """
        din e-mailadresse
        indtast din e-mail
        tilmeld dig nu
    """,
    "newsletter_line_verb": """
        tilmeld dig
        abonner
    """,
    "newsletter_line_noun": """
        nyhedsbrev
        nyhedsbrevet
    """,
    "paywall": """
        for at læse videre
        for at læse hele artiklen
        allerede abonnent
        bliv abonnent
        artiklen er kun for abonnenter
        log ind for at læse
    """,
    "paywall_weak": """
        prøv gratis
        køb abonnement
    """,
    "login_line": """
        log ind
        log ud
        min konto
        mit abonnement
        abonner
        opret konto
        bliv medlem
    """,
    "advertisement_label": """
        annonce
        reklame
        sponsoreret
        sponsoreret indhold
        annoncørbetalt indhold
    """,
    "affiliate": """
        indeholder affiliate-links
        affiliatelinks
    """,
    "feedback": """
        var denne artikel nyttig
        var artiklen nyttig
        var dette nyttigt
        fandt du det du søgte
    """,
    "feedback_answer": """
        ja
        nej
    """,
    "comments_header": """
        kommentarer
        kommentér
        kommenter
        skriv en kommentar
        efterlad en kommentar
        læserkommentarer
        vis kommentarer
    """,
    "comments_header_ending": """
        kommentarer
    """,
    "comment_control": """
        svar
        rapportér
        anmeld
        synes godt om
    """,
    "reply_control": """
        svar
    """,
    "comment_field": """
        navn
        e-mail
        hjemmeside
    """,
    "comment_form": """
        din e-mailadresse vil ikke blive publiceret
        krævede felter er markeret med
        send kommentar
    """,
    "comment_prompt": """
        log ind for at kommentere
        du skal være logget ind for at kommentere
        vær den første til at kommentere
    """,
    "comment_count_noun": """
        kommentarer
        kommentar
    """,
    "comment_count_label": """
        kommentarer
    """,
    "comment_title_one": """
        et
        én
    """,
    "comment_title_noun": """
        svar
        kommentarer
    """,
    "comment_title_preposition": """
        til
        på
    """,
    "comment_author_verb": """
        siger
    """,
    "says_verb": """
        siger
    """,
    "tag_label": """
        tags
        emner
        kategorier
        kategori
    """,
    "footer_link": """
        om os
        kontakt os
        kontakt
        privatlivspolitik
        cookiepolitik
        persondatapolitik
        handelsbetingelser
        vilkår og betingelser
        annoncer hos os
        kundeservice
    """,
    "rights_reserved": """
        alle rettigheder forbeholdes
        alle rettigheder forbeholdt
    """,
    "reserved_word": """
        forbeholdes
        forbeholdt
    """,
    "nav_line": """
        gå til indhold
        spring til indhold
        menu
        søg
        luk
        forside
        vis flere
        læs hele artiklen
    """,
    "browser_notice": """
        du skal aktivere javascript
        javascript er deaktiveret
    """,
    "post_link": """
        forrige indlæg
        næste indlæg
        forrige artikel
        næste artikel
    """,
    "page_turn": """
        næste
        forrige
    """,
    "page_turn_noun": """
        side
        indlæg
        artikel
    """,
    "page_next": """
        næste
    """,
    "page_count": r"""
        side \d+ af \d+
    """,
    "byline_opener": """
        af
        skrevet af
    """,
    "name_joiner": """
        og
    """,
    "author_box": """
        om skribenten
        om forfatteren
    """,
    "author_role": """
        journalist redaktør skribent reporter
    """,
    "bio_verb": """
        er
    """,
    "minute_word": """
        minutter
    """,
    "read_word": """
        læsetid
        læsning
    """,
    "reading_time_label": """
        læsetid
    """,
    "date_label": """
        publiceret
        opdateret
    """,
    "date_label_preposition": """
        den
    """,
    "date_preposition": """
        den
    """,
    "weekday": """
        mandag
        tirsdag
        onsdag
        torsdag
        fredag
        lørdag
        søndag
    """,
    "month": """
        januar
        februar
        marts
        april
        maj
        juni
        juli
        august
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
        (?:(?:publiceret|opdateret)\s+)?for\s+\d+\s+(?:minutter|minut|timer|time|dage|dag|uger|uge)\s+siden$
    """,
    "caption_word": """
        foto
    """,
    "photo_label": """
        foto
    """,
    "photo_line_label": """
        foto
    """,
    "photo_agency": """
        ritzau scanpix
    """,
    "media_control": """
        se galleri
        se alle billeder
        afspil
    """,
    "media_noun": """
        billede
    """,
    "position_of": """
        af
    """,
}
