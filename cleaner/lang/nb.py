"""Norwegian (Bokmål) (nb): the words and phrases sites in Norwegian (Bokmål) print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "nb"
NAME = "Norwegian (Bokmål)"
SCRIPT = "latin"

# "Del" is a share button and a noun of prose ("Del 2", "en stor del"): it is
# listed only as whole share lines ("Del", "Del artikkelen"), never as a word.
CONCEPTS: dict[str, str] = {
    "function_word": """
        og at det som en på er av for med til den har ikke om et var jeg
        hun han vi de seg fra eller når etter ved også der skulle mot
        sine sin sitt hadde kan skal vil blir ble dette denne disse være vært
        hvor så enn nå her alle noe ingen
    """,
    "share_verb": """
        kopier skriv ut
    """,
    "share_filler": """
        lenke lenken artikkelen artikkel siden på via e post
    """,
    "share_prompt": """
        del
        del artikkelen
        del denne artikkelen
        del saken
        del på facebook
        del på x
        del på linkedin
        del på messenger
        del via e-post
    """,
    "new_window": """
        åpnes i et nytt vindu
        åpnes i en ny fane
    """,
    "follow_verb": """
        følg
    """,
    "related_header": """
        les også
        les mer
        relaterte artikler
        relaterte saker
        mest lest
        siste nytt
        flere artikler
        flere nyheter
        anbefalt for deg
        andre leser også
        du vil kanskje også like
        lignende produkter
    """,
    "related_header_prefix": """
        mer fra
        mer om
        flere saker om
        flere artikler om
    """,
    "crosslink_label": """
        les også
        les mer
        se også
    """,
    "consent": """
        vi bruker informasjonskapsler
        vi bruker cookies
        dette nettstedet bruker informasjonskapsler
        denne nettsiden bruker cookies
        innstillinger for informasjonskapsler
    """,
    "consent_button": """
        godta alle
        aksepter alle
        avvis alle
        kun nødvendige
    """,
    "newsletter": """
        meld deg på vårt nyhetsbrev
        meld deg på nyhetsbrevet
        abonner på vårt nyhetsbrev
        få nyhetsbrevet vårt
    """,
    "newsletter_weak": """
        din e-postadresse
        skriv inn e-postadressen din
        meld deg på nå
    """,
    "newsletter_line_verb": """
        meld deg på
        abonner på
    """,
    "newsletter_line_noun": """
        nyhetsbrev
        nyhetsbrevet
    """,
    "paywall": """
        for å lese videre
        for å lese hele saken
        allerede abonnent
        bli abonnent
        denne artikkelen er for abonnenter
        logg inn for å lese
    """,
    "paywall_weak": """
        prøv gratis
        kjøp abonnement
    """,
    "login_line": """
        logg inn
        logg ut
        min side
        min konto
        abonner
        opprett konto
        bli medlem
    """,
    "advertisement_label": """
        annonse
        reklame
        sponset
        annonsørinnhold
        sponset innhold
    """,
    "affiliate": """
        inneholder affiliatelenker
        annonselenker
    """,
    "feedback": """
        var denne artikkelen nyttig
        var artikkelen nyttig
        var dette nyttig
        fant du det du lette etter
    """,
    "feedback_answer": """
        ja
        nei
    """,
    "comments_header": """
        kommentarer
        kommenter
        skriv en kommentar
        legg igjen en kommentar
        vis kommentarer
    """,
    "comments_header_ending": """
        kommentarer
    """,
    "comment_control": """
        svar
        rapporter
        lik
    """,
    "reply_control": """
        svar
    """,
    "comment_field": """
        navn
        e-post
        nettsted
    """,
    "comment_form": """
        e-postadressen din vil ikke bli publisert
        obligatoriske felt er merket med
        publiser kommentar
        send kommentar
    """,
    "comment_prompt": """
        logg inn for å kommentere
        du må være logget inn for å kommentere
        bli den første til å kommentere
    """,
    "comment_count_noun": """
        kommentarer
        kommentar
    """,
    "comment_count_label": """
        kommentarer
    """,
    "comment_title_one": """
        én
    """,
    "comment_title_noun": """
        kommentar
        kommentarer
        svar
    """,
    "comment_title_preposition": """
        til
    """,
    "comment_author_verb": """
        sier
    """,
    "says_verb": """
        sier
    """,
    "tag_label": """
        emner
        stikkord
        kategorier
        kategori
        tags
    """,
    "footer_link": """
        om oss
        kontakt oss
        kontakt
        personvern
        personvernerklæring
        informasjonskapsler
        vilkår
        annonsere
        kundeservice
        tips oss
    """,
    "rights_reserved": """
        alle rettigheter reservert
    """,
    "reserved_word": """
        reservert
    """,
    "nav_line": """
        hopp til innhold
        gå til hovedinnhold
        meny
        søk
        lukk
        forsiden
        vis flere
        les hele saken
    """,
    "browser_notice": """
        du må aktivere javascript
        javascript er deaktivert
    """,
    "post_link": """
        forrige innlegg
        neste innlegg
        forrige artikkel
        neste artikkel
    """,
    "page_turn": """
        neste
        forrige
    """,
    "page_turn_noun": """
        side
        innlegg
        artikkel
    """,
    "page_next": """
        neste
    """,
    "page_count": r"""
        side \d+ av \d+
    """,
    "byline_opener": """
        av
    """,
    "name_joiner": """
        og
    """,
    "author_box": """
        om skribenten
        om forfatteren
    """,
    "author_role": """
        journalist redaktør skribent reporter kommentator
    """,
    "bio_verb": """
        er
    """,
    "minute_word": """
        minutter
    """,
    "read_word": """
        lesetid
        lesing
    """,
    "reading_time_label": """
        lesetid
    """,
    "date_label": """
        publisert
        oppdatert
        sist oppdatert
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
        mars
        april
        mai
        juni
        juli
        august
        september
        oktober
        november
        desember
    """,
    "time_preposition": """
        kl.
        kl
    """,
    "relative_time": r"""
        (?:(?:publisert|oppdatert)\s+)?for\s+\d+\s+(?:minutter|minutt|timer|time|dager|dag|uker|uke)\s+siden$
    """,
    "caption_word": """
        foto
        bilde
    """,
    "photo_label": """
        foto
        bilde
    """,
    "photo_line_label": """
        foto
    """,
    "photo_agency": """
        ntb
        ntb scanpix
    """,
    "media_control": """
        se bildeserie
        se alle bildene
        spill av
    """,
    "media_noun": """
        bilde
    """,
    "position_of": """
        av
    """,
}
