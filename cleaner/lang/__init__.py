"""Every phrase list and pattern the rules use, grouped by concept and language.

Whole-line vocabularies are frozensets matched against a block's *key* (its
lower-cased text without surrounding punctuation, see :func:`line_key`).
Phrases that may sit inside a longer line are compiled once, here, with the
`regex` module; none nests quantifiers over the same characters, so matching
stays linear in the length of the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import regex

from cleaner.lang.match import Marks, PhraseIndex, word_marks
from cleaner.lang.openings import opening_words
from cleaner.lang.script import line_key


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w for group in groups for w in group.split())


def _lines(*groups: str) -> frozenset[str]:
    """Phrases, one per line of each group string."""
    return frozenset(
        line_key(p) for group in groups for p in group.strip().splitlines() if p.strip()
    )


# -- function words (for prose density), many languages ----------------------

STOPWORDS: Final = _words(
    # English
    "a an the and or but if of to in on at by for with from as is are was were be been"
    " being has have had do does did it its this that these those he she they we you i"
    " his her their our your my me him them us who which what when where why how not no"
    " so than then there here would could should will can may might must also about"
    " into over after before up out all any some more most such only just very",
    # German
    "der die das den dem des ein eine einen einem einer eines und oder aber wenn als wie"
    " ist sind war waren wird werden wurde wurden hat haben hatte sich nicht auch auf aus"
    " bei mit nach von vor zu zum zur im in an am um für über unter durch noch nur schon"
    " es er sie wir ihr ich man dass daß so doch dann dort hier sein seine ihre dieser diese",
    # French
    "le la les un une des du de et ou mais que qui quoi dont où est sont était été être a ont"
    " avait il elle ils elles nous vous je on ce cette ces son sa ses leur leurs dans sur"
    " pour par avec sans sous entre plus pas ne se au aux en y comme aussi très",
    # Spanish
    "el los las unos unas del y o pero que quien cual donde es son era fue ser ha han había"
    " él ella ellos ellas nosotros yo lo le les su sus este esta estos estas en con sin"
    " por para sobre entre más muy no se al como también ya",
    # Italian
    "il lo gli uno una dei degli delle della dello di da e ed che chi cui dove è sono era"
    " stato essere ha hanno aveva egli lei loro noi voi io si non più per con su tra fra"
    " nel nella nei alle allo al anche come questo questa",
    # Portuguese
    "o os um uma uns umas do da dos das e ou mas que quem onde é são era foi ser tem têm"
    " ele ela eles elas nós eu se não mais para com sem por sobre entre no na nos nas ao"
    " aos como também já seu sua",
    # Dutch
    "de het een en of maar dat die wie wat waar is zijn was waren wordt worden werd heeft"
    " hebben had hij zij wij jullie ik je niet ook op uit bij met naar van voor te in aan"
    " om over onder door nog al er dit deze",
    # Polish, Czech, Swedish, Danish, Norwegian, Turkish, Indonesian (the commonest)
    "i w z na do nie się że to jest jak od po za przez oraz ale czy jako być był była"
    " a v se na je že to jako ale by byl byla jsou pro"
    " och att det som en på är av för med till den har inte om ett var jag"
    " og at det som en på er af for med til den har ikke om et var jeg"
    " ve bir bu da de ile için ama gibi daha çok olarak olan"
    " yang dan di ke dari ini itu dengan untuk tidak adalah pada juga",
    # Russian, Ukrainian
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по"
    " только ее мне было вот от меня еще нет о из ему теперь когда уже для это этот"
    " та що як але це і й з до від",
)

# -- 1. share and social ---------------------------------------------------------

SHARE_VERBS: Final = _words(
    "share shares shared sharing tweet retweet pin pinit email e-mail mail print copy"
    " send save bookmark follow like"
    " teilen geteilt twittern drucken merken senden kopieren"
    " partager partagez partages imprimer envoyer copier"
    " compartir compartido comparte imprimir enviar copiar guardar"
    " condividi condivisioni stampa invia copia salva"
    " compartilhar compartilhe partilhar partilhe enviar correo"
    " delen deel gedeeld printen kopieer kopiëren"
    " udostępnij udostępnienia wyślij drukuj"
    " поделиться поделитесь отправить"
    " dela del jaa jaa-artikkeli sdílet"
)
SHARE_NETWORKS: Final = _words(
    "facebook twitter x linkedin whatsapp telegram reddit pinterest tumblr flipboard"
    " pocket messenger sms viber line xing vk vkontakte weibo wechat mastodon bluesky"
    " threads instagram youtube tiktok snapchat mix digg hackernews gmail outlook"
    " kakaotalk ok odnoklassniki"
)
SHARE_FILLER: Final = _words(
    "this the a an on via to with your our my article story post page link links it"
    " now by friends friend button or and news via click"
    " diesen dieser diese den artikel beitrag seite auf per mit link"
    " cet cette article sur par avec lien le la l"
    " este esta artículo en por con enlace el la"
    " questo questa articolo su per con il la"
    " este esta artigo no na por com o a"
    " dit deze artikel via op met"
    " ten ten artykuł na przez"
    " эту этой статьей статью в"
    " story's artikel's e us par por per op via"
)
_SHARE_COUNT: Final = re.compile(
    r"^\d[\d.,]*\s*(?:[km]\s*)?(?:shares?|likes?|views?|retweets?|pins?|"
    r"teilungen|mal geteilt|partages|compartidos|condivisioni|compartilhamentos|"
    r"udostępnień)$"
)
SHARE_COUNT: Final = _SHARE_COUNT
# Share prompts that are sentences of their own.
SHARE_PROMPTS: Final = _lines(
    """
    sharing is caring
    show more sharing options
    share all sharing options
    sharing options
    share this
    share this article
    share this story
    share this post
    share the story
    spread the word
    like this article
    like this
    follow us
    follow us on
    diesen artikel teilen
    artikel teilen
    partager cet article
    partagez cet article
    compartir este artículo
    comparte este artículo
    condividi questo articolo
    compartilhe este artigo
    deel dit artikel
    """
)

# -- 2. related and recommendation blocks -------------------------------------

RELATED_HEADERS: Final = _lines(
    # English
    """
    you may also like
    you might also like
    you may like
    you might like
    you may also be interested in
    you might be interested in
    you might also be interested in
    you may have missed
    we recommend
    recommended
    recommended for you
    recommended stories
    recommended articles
    recommended reading
    recommended videos
    related
    related articles
    related posts
    related stories
    related news
    related content
    related coverage
    related reading
    related links
    related topics
    related videos
    related items
    related products
    more stories
    more news
    more articles
    more on this
    more on this story
    more on this topic
    more in this category
    more like this
    more to read
    more to explore
    more reading
    more videos
    read next
    read more
    read this next
    what to read next
    up next
    next up
    trending
    trending now
    trending stories
    trending articles
    trending news
    trending in
    most read
    most popular
    most viewed
    most shared
    most commented
    most read articles
    most read stories
    hot network questions
    related questions
    popular
    popular posts
    popular stories
    popular articles
    popular now
    latest
    latest news
    latest stories
    latest articles
    latest posts
    latest videos
    recent posts
    recent articles
    recent stories
    don't miss
    do not miss
    see also
    also read
    also on
    further reading
    other stories
    top stories
    top articles
    top news
    editor's picks
    editors' picks
    editors picks
    sponsored stories
    promoted stories
    around the web
    from the web
    from around the web
    elsewhere on the web
    in other news
    in case you missed it
    you might have missed
    what's popular
    what's hot
    hot topics
    must read
    must reads
    similar articles
    similar posts
    related searches
    people also read
    readers also liked
    keep reading
    continue reading
    explore more
    discover more
    featured stories
    featured articles
    similar items
    similar products
    similar sponsored items
    sponsored items
    sponsored products related to this item
    products related to this item
    compare similar items
    frequently bought together
    customers also bought
    customers also viewed
    customers who bought this item also bought
    customers who viewed this item also viewed
    people who viewed this item also viewed
    people also viewed
    people also bought
    recently viewed
    recently viewed items
    recently viewed products
    items you may like
    """,
    # German
    """
    mehr zum thema
    mehr zu diesem thema
    das könnte sie auch interessieren
    das könnte dich auch interessieren
    das könnte ihnen auch gefallen
    auch interessant
    ebenfalls interessant
    weitere artikel
    weitere themen
    weitere nachrichten
    weitere beiträge
    ähnliche artikel
    ähnliche beiträge
    verwandte artikel
    verwandte themen
    lesen sie auch
    lesen sie mehr
    lies auch
    meistgelesen
    meistgelesene artikel
    am meisten gelesen
    meist gelesen
    empfehlungen
    unsere empfehlungen
    empfohlene artikel
    top-themen
    top themen
    neueste artikel
    neueste beiträge
    aktuelle beiträge
    beliebte beiträge
    beliebte artikel
    ähnliche produkte
    ähnliche artikel ansehen
    wird oft zusammen gekauft
    häufig zusammen gekauft
    kunden kauften auch
    kunden, die diesen artikel gekauft haben, kauften auch
    kunden, die diesen artikel angesehen haben, haben auch angesehen
    zuletzt angesehen
    zuletzt angesehene artikel
    zuletzt angesehene produkte
    """,
    # French
    """
    à lire aussi
    a lire aussi
    à lire également
    lire aussi
    lire également
    sur le même sujet
    sur le meme sujet
    vous aimerez aussi
    vous aimerez peut-être aussi
    vous pourriez aussi aimer
    articles similaires
    articles liés
    articles recommandés
    nos articles recommandés
    les plus lus
    les plus populaires
    à voir aussi
    à voir également
    voir aussi
    dans la même rubrique
    ces articles peuvent vous intéresser
    ça peut vous intéresser
    à découvrir
    à découvrir aussi
    derniers articles
    dernières actualités
    articles récents
    en ce moment
    produits similaires
    produits associés
    fréquemment achetés ensemble
    souvent achetés ensemble
    les clients ont aussi acheté
    les clients ayant acheté cet article ont également acheté
    les clients ayant consulté cet article ont également regardé
    récemment consultés
    produits récemment consultés
    """,
    # Spanish
    """
    te puede interesar
    también te puede interesar
    te podría interesar
    quizás te interese
    quizá te interese
    puede interesarte
    noticias relacionadas
    artículos relacionados
    contenido relacionado
    relacionado
    relacionados
    lo más leído
    lo más visto
    más leídas
    más leídos
    lee también
    lea también
    leer más
    más noticias
    más artículos
    te recomendamos
    recomendados
    recomendamos
    últimas noticias
    entradas recientes
    artículos recientes
    otras noticias
    productos similares
    artículos similares
    productos relacionados
    comprados juntos habitualmente
    frecuentemente comprados juntos
    los clientes también compraron
    los clientes que compraron este producto también compraron
    vistos recientemente
    productos vistos recientemente
    """,
    # Italian
    """
    leggi anche
    leggi pure
    potrebbe interessarti
    ti potrebbe interessare
    potrebbe interessarti anche
    articoli correlati
    notizie correlate
    correlati
    i più letti
    più letti
    più lette
    altri articoli
    altre notizie
    ultime notizie
    articoli recenti
    consigliati
    ti consigliamo
    potrebbero interessarti
    da non perdere
    prodotti simili
    articoli simili
    prodotti correlati
    spesso comprati insieme
    i clienti hanno acquistato anche
    chi ha acquistato questo articolo ha acquistato anche
    visti di recente
    prodotti visti di recente
    """,
    # Portuguese
    """
    veja também
    leia também
    leia mais
    saiba mais
    você também pode gostar
    você pode gostar
    também pode gostar
    notícias relacionadas
    artigos relacionados
    conteúdo relacionado
    relacionados
    relacionadas
    mais lidas
    mais lidos
    mais notícias
    mais artigos
    recomendados
    recomendamos
    últimas notícias
    posts recentes
    artigos recentes
    produtos semelhantes
    produtos similares
    produtos relacionados
    itens semelhantes
    comprados juntos com frequência
    quem comprou também comprou
    quem viu este produto também viu
    vistos recentemente
    produtos vistos recentemente
    """,
    # Dutch
    """
    lees ook
    lees meer
    lees verder
    gerelateerd
    gerelateerde artikelen
    gerelateerde berichten
    gerelateerd nieuws
    meest gelezen
    meest bekeken
    dit vind je misschien ook leuk
    misschien ook interessant
    ook interessant
    meer nieuws
    meer artikelen
    meer over dit onderwerp
    aanbevolen
    aanbevolen artikelen
    populair
    recente berichten
    laatste nieuws
    vergelijkbare producten
    soortgelijke artikelen
    soortgelijke producten
    gerelateerde producten
    vaak samen gekocht
    klanten kochten ook
    recent bekeken
    recent bekeken producten
    """,
    # Polish, Russian, Swedish, others
    """
    zobacz także
    zobacz też
    czytaj także
    czytaj też
    czytaj więcej
    polecane
    polecamy
    najczęściej czytane
    najpopularniejsze
    podobne artykuły
    powiązane artykuły
    читайте также
    читайте еще
    смотрите также
    похожие статьи
    похожие новости
    популярное
    рекомендуем
    самое читаемое
    läs också
    läs mer
    relaterat
    mest läst
    se også
    læs også
    関連記事
    おすすめ記事
    人気記事
    ランキング
    相关文章
    相关阅读
    推荐阅读
    热门文章
    """,
)
# "More from The Site", "More in Politics", "Mehr aus Berlin": the rest of the
# header is a name, so only the opening words are fixed.
RELATED_HEADER_PREFIX: Final = re.compile(
    r"^(?:more (?:from|in|on|about|by|stories from|news from|articles from|top stories from)"
    r"|mehr (?:aus|von|zu|über|zum|zur)|weitere (?:artikel|nachrichten|beiträge) (?:aus|von|zu|zum)"
    r"|plus (?:de|d')|toute l'actualité|toutes les actualités|autres articles"
    r"|más (?:de|sobre|noticias de)|altro da|altri articoli (?:di|su)"
    r"|mais (?:de|sobre)|meer (?:van|over|uit)|other stories from|latest from|trending in)\b"
    r"|^more\b.{0,40}\b(?:stories|articles|news|posts|videos|reads|headlines)$"
)
RELATED_HEADER_PREFIX_OPENINGS: Final = opening_words(RELATED_HEADER_PREFIX)

# "READ ALSO: ...", "Related: ...": a cross-link set inside the article body.
CROSSLINK: Final = re.compile(
    # (after an arrow or a bullet: "» Related: ...")
    r"^(?:[»>›→▶►•*+]++\s*+)?(?:read also|also read|read more|read next|related|related roundup"
    r"|see also|more|watch|listen|recommended"
    r"|related article|related story|related coverage|related content|related link|related reading"
    r"|lesen sie auch|lesen sie mehr|lies auch|mehr zum thema|auch interessant|siehe auch|video"
    r"|à lire aussi|a lire aussi|lire aussi|à voir aussi|voir aussi|sur le même sujet|à lire|a lire"
    r"|lea también|lee también|te puede interesar|ver también|también|relacionado|relacionada"
    r"|leggi anche|leggi|vedi anche|guarda|correlato|correlati"
    r"|leia também|leia mais|veja também|saiba mais|assista|relacionado"
    r"|lees ook|lees meer|bekijk ook|zie ook"
    r"|czytaj także|czytaj też|zobacz także|zobacz też|zobacz"
    r"|читайте также|смотрите также|по теме|läs också|läs mer|læs også|se også)"
    r"\s*[:：»>|–—-]+\s*\S"
)
CROSSLINK_OPENINGS: Final = opening_words(CROSSLINK)

# -- 4. consent and cookies -------------------------------------------------------

CONSENT: Final = _lines(
    """
        we use cookies
        this site uses cookies
        this website uses cookies
        our site uses cookies
        uses cookies to
        cookie policy
        cookie settings
        cookie preferences
        cookie consent
        cookies settings
        accept all cookies
        reject all cookies
        allow all cookies
        manage consent
        consent preferences
        privacy preferences
        your privacy choices
        do not sell my personal information
        do not sell or share my personal information
        by continuing to use this site
        by continuing to browse
        by using this site, you agree
        by using our site
        legitimate interest
        we and our partners
        store and/or access information on a device
        partners can use this purpose
        vendors can use this purpose
        list of iab vendors
        object to legitimate interests
        transparency and consent framework
        presented to you on this service
        your activity on this service
        can be stored or read on your device
        similar online identifiers
        the technical storage or access
        list of vendors processing your data
        these technologies are strictly necessary
        with our cookies we would like
        cookies collect information about how you use
        is presented to you and how you interact with it
        reports can be generated based on the combination of data sets
        your data can be used to monitor for and prevent
        is used to ensure the technical compatibility of the content or advertising
        the choices you make regarding the purposes and entities listed in this notice
        certain characteristics specific to your device
        your device might be considered as likely linked to other devices
        your device might be distinguished from other devices
        create profiles for personalised advertising
        use profiles to select personalised advertising
        create profiles to personalise content
        use profiles to select personalised content
        use limited data to select advertising
        use limited data to select content
        understand audiences through statistics
        deliver and present advertising and content
        save and communicate privacy choices
        match and combine data from other data sources
        identify devices based on information transmitted automatically
        actively scan device characteristics for identification
        informationen auf einem gerät speichern und/oder abrufen
        stocker et/ou accéder à des informations sur un appareil
        almacenar la información en un dispositivo y/o acceder a ella
        archiviare e/o accedere a informazioni su un dispositivo
        armazenar e/ou aceder a informações num dispositivo
        armazenar e/ou acessar informações em um dispositivo
        informatie op een apparaat opslaan en/of openen
        msg data rates may apply
        msg and data rates may apply
        message and data rates may apply
        consent is not a condition of purchase
        consent is not a condition to purchase
        recurring automated marketing
        recurring automated promotional
        strictly necessary cookies
        these cookies allow
        these cookies enable
        these cookies track
        these cookies collect
        these cookies are used
        these cookies are set
        these cookies may be set
        these cookies help us
        this cookie is used
        sets this cookie
        set this cookie
        cookies are small data files
        cookies are small text files
        technologies like cookies
        partners use cookies
        necessary cookies are absolutely essential
        cookie duration description
        performance cookies
        functional cookies
        functionality cookies
        targeting cookies
        analytics cookies
        analytical cookies
        wir verwenden cookies
        technisch notwendige cookies
        funktionale cookies
        statistik-cookies
        cookies strictement nécessaires
        cookies fonctionnels
        cookies de performance
        cookies analytiques
        cookies estrictamente necesarias
        cookies de rendimiento
        cookies funcionales
        cookies analíticas
        cookie strettamente necessari
        cookie funzionali
        cookie di prestazione
        cookie analitici
        cookies estritamente necessários
        cookies de desempenho
        cookies funcionais
        strikt noodzakelijke cookies
        functionele cookies
        analytische cookies
        wir nutzen cookies
        diese website verwendet cookies
        diese webseite verwendet cookies
        cookie-einstellungen
        cookie einstellungen
        datenschutzeinstellungen
        einwilligung verwalten
        nous utilisons des cookies
        ce site utilise des cookies
        paramètres des cookies
        gérer les cookies
        accepter et fermer
        continuer sans accepter
        utilizamos cookies
        usamos cookies
        este sitio web utiliza cookies
        este sitio utiliza cookies
        política de cookies
        configuración de cookies
        utilizziamo i cookie
        usiamo i cookie
        questo sito utilizza cookie
        questo sito utilizza i cookie
        questo sito usa i cookie
        informativa sui cookie
        este site utiliza cookies
        este site usa cookies
        utilizamos cookies para
        política de privacidade e cookies
        wij gebruiken cookies
        we gebruiken cookies
        deze website gebruikt cookies
        deze site gebruikt cookies
        alle cookies accepteren
        cookie-instellingen
        używamy plików cookie
        ta strona używa plików cookie
        мы используем файлы cookie
        мы используем cookie
        этот сайт использует cookie
        """
)

# Consent buttons: the same words occur in sentences, so only short lines count.
CONSENT_BUTTONS: Final = _lines(
    """
    accept all
    reject all
    measure advertising performance
    measure content performance
    allow all
    accept cookies
    manage cookies
    manage preferences
    use of cookies
    alle akzeptieren
    alle ablehnen
    verwendung von cookies
    tout accepter
    tout refuser
    utilisation de cookies
    utilisation des cookies
    aceptar todas
    aceptar todo
    rechazar todas
    uso de cookies
    accetta tutti
    rifiuta tutti
    aceitar todos
    rejeitar todos
    akceptuję wszystkie
    """
)

# -- newsletter and sign-up prompts ---------------------------------------------

NEWSLETTER: Final = _lines(
    """
        tips and exclusive offers
        recevez chaque matin
        sign up for our newsletter
        sign up for the newsletter
        sign up to our newsletter
        subscribe to our newsletter
        subscribe to the newsletter
        subscribe to our mailing list
        unsubscribe anytime
        right in your inbox
        i agree to receive
        stay up to date with
        get the latest updates
        no spam, unsubscribe
        we never spam
        in unseren newsletter
        unseren newsletter
        newsletter ein
        zum newsletter
        mit der anmeldung akzeptierst
        mit der anmeldung akzeptieren sie
        à notre newsletter
        a nuestra newsletter
        a nuestro boletín
        alla nostra newsletter
        à nossa newsletter
        op onze nieuwsbrief
        join our newsletter
        join our mailing list
        get our newsletter
        our newsletter
        newsletter sign up
        newsletter signup
        newsletter sign-up
        delivered to your inbox
        straight to your inbox
        directly to your inbox
        by signing up, you agree
        by subscribing, you agree
        unsubscribe at any time
        you agree to receive
        i consent to receive
        by submitting this form
        by entering your email
        by providing my email
        by providing your email
        you are consenting to
        protected by recaptcha
        something went wrong while submitting the form
        this field is for validation purposes
        this field is hidden when viewing the form
        your submission has been received
        you agree to our terms of
        you agree to our privacy policy
        newsletter abonnieren
        zum newsletter anmelden
        melden sie sich für unseren newsletter an
        inscrivez-vous à notre newsletter
        inscrivez-vous à la newsletter
        abonnez-vous à notre newsletter
        abonnez-vous à la newsletter
        recevez notre newsletter
        suscríbete a nuestro boletín
        suscríbete a nuestra newsletter
        suscríbete al boletín
        recibe nuestro boletín
        iscriviti alla newsletter
        iscriviti alla nostra newsletter
        assine nossa newsletter
        assine a newsletter
        inscreva-se na newsletter
        schrijf je in voor de nieuwsbrief
        schrijf je in voor onze nieuwsbrief
        meld je aan voor de nieuwsbrief
        abonneer je op de nieuwsbrief
        zapisz się do newslettera
        подпишитесь на рассылку
        """
)

# "Sign up for our free e-mail newsletters": a sign-up line of any wording.
# (What the line must end with, as a tuple too: the others are not tried.)
NEWSLETTER_LINE_ENDINGS: Final = (
    "newsletter",
    "newsletters",
    "mailing list",
    "updates",
    "alerts",
    "digest",
)
NEWSLETTER_LINE: Final = re.compile(
    # ("For daily wit & wisdom, sign up for the Almanac newsletter": a lead-in clause)
    r"^(?:[^,.!?]{1,40}, )?(?:sign up|subscribe|register|join|get|receive)\b.{0,40}\b"
    r"(?:newsletters?|mailing list"
    r"|e-?mail updates|e-?mail alerts|daily digest)$"
)
# Phrases that also occur in ordinary sentences: they count on short lines only.
NEWSLETTER_WEAK: Final = _lines(
    """
        no spam
        sign me up
        in your inbox
        enter your email
        enter your e-mail
        your email address
        email address
        e-mail address
        sign up now
        subscribe now
        subscribe today
        sign up for free
        ihre e-mail-adresse
        e-mail-adresse
        votre adresse e-mail
        votre adresse email
        adresse e-mail
        suscríbete
        tu correo electrónico
        correo electrónico
        iscriviti
        la tua email
        indirizzo email
        inscreva-se
        seu e-mail
        je e-mailadres
        jetzt abonnieren
        jetzt anmelden
        """
)

# -- paywall and login -------------------------------------------------------------

PAYWALL: Final = _lines(
    """
        subscribe to continue reading
        subscribe to read
        subscribe to unlock
        continue reading with
        already a subscriber
        already subscribed
        already a member
        become a subscriber
        create your free account
        register for free
        start your free trial
        you have reached your limit
        you've reached your limit
        free articles remaining
        free article remaining
        this article is for subscribers
        this content is for subscribers
        this post is for paid subscribers
        this post is for subscribers
        for paid subscribers
        exclusive to subscribers
        for subscribers only
        subscribers only
        unlock this article
        unlock full access
        get full access
        subscribe for full access
        log in to continue
        sign in to continue
        log in to read
        sign in to read
        log in or register
        sign in or register
        weiterlesen mit
        bereits abonnent
        bereits registriert
        jetzt registrieren
        kostenlos registrieren
        déjà abonné
        abonnez-vous pour lire
        pour lire la suite
        la suite est réservée aux abonnés
        réservé aux abonnés
        article réservé aux abonnés
        ya eres suscriptor
        suscríbete para seguir leyendo
        para seguir leyendo
        contenido exclusivo para suscriptores
        sei già abbonato
        abbonati per continuare
        contenuto riservato agli abbonati
        já é assinante
        assine para continuar lendo
        conteúdo exclusivo para assinantes
        al abonnee
        word abonnee
        lees verder met
        """
)

# Phrases that also occur in ordinary sentences: they count on short lines only.
PAYWALL_WEAK: Final = _lines(
    """
        free trial
        create an account
        create a free account
        forgot your password
        forgot password
        already have an account
        to continue reading
        become a member
        jetzt testen
        abonnieren sie
        créer un compte
        crea una cuenta
        crea un account
        crie uma conta
        maak een account aan
        start free trial
        """
)

# Short lines that are a control of the page, not a sentence of it.
LOGIN_LINES: Final = _lines(
    """
    log in
    login
    log out
    logout
    sign in
    sign out
    sign up
    register
    subscribe
    my account
    account
    profile
    anmelden
    abmelden
    einloggen
    registrieren
    mein konto
    abonnieren
    abo
    se connecter
    connexion
    s'inscrire
    inscription
    mon compte
    s'abonner
    abonnez-vous
    iniciar sesión
    registrarse
    regístrate
    mi cuenta
    suscribirse
    accedi
    registrati
    il mio account
    abbonati
    entrar
    cadastre-se
    minha conta
    assinar
    assine
    inloggen
    registreren
    mijn account
    abonneren
    zaloguj się
    zarejestruj się
    войти
    регистрация
    """
)

# -- advertisement labels -----------------------------------------------------------

ADVERTISEMENT: Final = _lines(
    """
    advertisement
    advertisements
    advert
    adverts
    advertising
    ad
    ads
    sponsored
    sponsored content
    sponsored by
    paid content
    paid post
    promoted
    promoted content
    partner content
    presented by
    in partnership with
    in association with
    story continues below advertisement
    article continues below advertisement
    article continues below
    story continues below
    continue reading the main story
    continue reading below
    advertisement - continue reading below
    scroll to continue with content
    skip advertisement
    skip advert
    ad feedback
    report this ad
    remove ads
    info why you're seeing this ad
    why am i seeing this ad
    why this ad
    adchoices
    ad choices
    advertise with us
    anzeige
    werbung
    gesponsert
    publicité
    publicite
    sponsorisé
    contenu sponsorisé
    publicidad
    patrocinado
    contenido patrocinado
    pubblicità
    sponsorizzato
    publicidade
    conteúdo patrocinado
    advertentie
    gesponsord
    reklama
    artykuł sponsorowany
    реклама
    広告
    广告
    """
)

# -- comment sections ---------------------------------------------------------------

COMMENTS_HEADER: Final = _lines(
    """
    comments
    comment
    leave a comment
    leave a comment cancel reply
    leave a reply
    leave a reply cancel reply
    post a comment
    add a comment
    add comment
    write a comment
    join the discussion
    join the conversation
    discussion
    conversation
    show comments
    view comments
    view all comments
    load comments
    load more comments
    show more comments
    comments are closed
    comments closed
    be the first to comment
    no comments yet
    you must be logged in to post a comment
    reader comments
    readers' comments
    reader interactions
    what do you think
    responses
    kommentare
    kommentar
    kommentieren
    kommentar schreiben
    schreibe einen kommentar
    hinterlasse einen kommentar
    schreiben sie einen kommentar
    kommentare anzeigen
    diskussion
    leserkommentare
    commentaires
    commentaire
    laisser un commentaire
    ajouter un commentaire
    réagir
    réactions
    comentarios
    comentario
    deja un comentario
    deja una respuesta
    escribe un comentario
    commenti
    commento
    lascia un commento
    lascia una risposta
    comentários
    comentário
    deixe um comentário
    deixe uma resposta
    reacties
    reactie
    plaats een reactie
    geef een reactie
    laat een reactie achter
    komentarze
    dodaj komentarz
    комментарии
    оставить комментарий
    コメント
    评论
    发表评论
    コメントを書く
    """
)
# "23 comments", "Comments (4)", "1 Reply to ...": a count of reader comments.
COMMENT_COUNT: Final = re.compile(
    r"^(?:\d[\d.,]*\s*(?:comments?|responses?|replies|reply|kommentare?|commentaires?|comentarios?"
    r"|commenti|comentários|reacties|komentarz[ey]?|комментари[йяев]*)\b"
    r"|(?:comments?|kommentare|commentaires|comentarios|commenti|comentários|reacties)\s*[(\[]?\d+[)\]]?$"
    r"|(?:评论|評論|コメント)\s*[（(]\s*\d+\s*[）)]$)"
)
# "2 Answers", "5 Antworten": the header of a question's answers (Stack Exchange
# writes "2 Answers 2"). A page with one is a question and its answers.
ANSWERS_HEADER: Final = re.compile(
    r"^\d[\d.,]*\s*(?:answers?|antworten|antwort|réponses?|respuestas?|risposte|risposta"
    r"|respostas?|antwoorden|antwoord|odpowiedzi|odpowiedź|ответ(?:а|ов)?)(?:\s+\d[\d.,]*)?$"
)
# "59 Comments on “The Title”", "One thought on “The Title”", "3 Kommentare zu „Der
# Titel“": a count that names the article is the heading of its comment section
# (the forms blog software prints), where a bare count may sit under the headline.
COMMENTS_ON_TITLE: Final = regex.compile(
    r"^(?:\d[\d.,]*+|one|ein|eine|une|un|una|um|uma|één|eén|een)\s++"
    r"(?:comments?|thoughts?|responses?|replies|reply|kommentare?|gedanken?|antworten"
    r"|commentaires?|réflexions?|réponses?|comentarios?|respuestas?|commenti|commento|pensieri"
    r"|pensiero|comentários?|ideias?|respostas?|reacties?|gedachten?)\s++"
    r"(?:on|to|zu|sur|à|en|a|su|em|sobre|para|over|op)\s++[\p{Pi}\p{Ps}\"'«»„“”‘’]"
)
# What COMMENTS_ON_TITLE counts: the second word of a line it may match.
COMMENT_COUNT_NOUNS: Final = _words(
    "comment comments thought thoughts response responses replies reply"
    " kommentar kommentare gedanke gedanken antworten"
    " commentaire commentaires réflexion réflexions réponse réponses"
    " comentario comentarios respuesta respuestas commenti commento pensieri pensiero"
    " comentário comentários ideia ideias resposta respostas reactie reacties gedachte gedachten"
)
# "Top Rated Comments", "Neueste Kommentare": a short header ending in the word.
# (The words as a tuple too: a line that ends in none of them is not tried.)
COMMENTS_HEADER_ENDINGS: Final = (
    "comments",
    "kommentare",
    "commentaires",
    "comentarios",
    "commenti",
    "comentários",
    "reacties",
    "komentarze",
    "комментарии",
)
COMMENTS_HEADER_END: Final = re.compile(r"(?:^|\s)(?:" + "|".join(COMMENTS_HEADER_ENDINGS) + r")$")
# The controls under each reader comment.
COMMENT_CONTROLS: Final = _lines(
    """
    reply
    report
    like
    flag
    permalink
    share
    edit
    delete
    upvote
    downvote
    report abuse
    report comment
    antworten
    melden
    gefällt mir
    répondre
    signaler
    j'aime
    responder
    denunciar
    me gusta
    rispondi
    segnala
    mi piace
    responder
    denunciar
    curtir
    reageren
    beantwoorden
    melden
    odpowiedz
    zgłoś
    ответить
    пожаловаться
    回复
    回覆
    返信
    """
)
# The control under each reader comment that answers it: a comment ends there.
REPLY_CONTROLS: Final = _lines(
    """
    reply
    antworten
    répondre
    responder
    rispondi
    beantwoorden
    reageren
    odpowiedz
    ответить
    回复
    回覆
    返信
    """
)
# The fields of a comment form, as their labels print on a line of their own
# ("Name *", "E-mail *"): read as such only inside a comment section.
COMMENT_FIELDS: Final = _lines(
    """
    name
    your name
    nom
    nome
    nombre
    naam
    email
    e-mail
    your email
    website
    site web
    sito web
    sitio web
    webseite
    comment
    your comment
    recipe rating
    your rating
    rating
    votre note
    valutazione
    """
)

# -- feedback widgets -------------------------------------------------------------------

FEEDBACK: Final = _lines(
    """
        нашли ошибку
        выделите текст и нажмите ctrl+enter
        was this helpful
        was this article helpful
        was this page helpful
        was this information helpful
        was this answer helpful
        did you find this helpful
        did you find this article helpful
        did this answer your question
        is this page useful
        how helpful was this
        rate this article
        rate this post
        rate this recipe
        give feedback
        send feedback
        give us feedback on this page
        how are we doing
        war dieser artikel hilfreich
        war diese seite hilfreich
        war das hilfreich
        cet article vous a-t-il été utile
        cette page vous a-t-elle été utile
        cet article vous a été utile
        te ha resultado útil
        te resultó útil
        fue útil este artículo
        ha sido útil
        questo articolo ti è stato utile
        questa pagina ti è stata utile
        este artigo foi útil
        isso foi útil
        esta página foi útil
        was dit artikel nuttig
        was deze pagina nuttig
        heb je hier iets aan gehad
        czy ten artykuł był pomocny
        была ли эта статья полезной
        """
)
FEEDBACK_ANSWERS: Final = _lines(
    """
    yes
    no
    yes no
    ja nein
    oui non
    sí no
    si no
    sì no
    sim não
    ja nee
    tak nie
    да нет
    thanks for your feedback
    thank you for your feedback
    """
)

# -- tags, categories ---------------------------------------------------------------------

TAGS: Final = re.compile(
    r"^(?:tags?|tagged|tagged with|topics?|filed under|categories|category|posted in|keywords"
    r"|schlagwörter|schlagworte|stichwörter|themen|kategorie|kategorien"
    r"|mots-clés|mots clés|étiquettes|thèmes|catégories|catégorie"
    r"|etiquetas|temas|categorías|categoría|palabras clave"
    r"|argomenti|categorie|parole chiave"
    r"|tópicos|categorias|palavras-chave"
    r"|trefwoorden|onderwerpen|categorieën|tagi|kategorie|теги|метки|рубрики)\s*[:：]"
)
TAGS_OPENINGS: Final = opening_words(TAGS)

# -- footers ------------------------------------------------------------------------------

# Marks one of which every copyright line contains: a cheap test before the pattern.
COPYRIGHT_MARKS: Final = (
    "copyright",
    "reserved",
    "réservés",
    "reservados",
    "riservati",
    "vorbehalten",
    "voorbehouden",
    "zastrzeżone",
    "защищены",
)
# Marks that are not words: looked for as substrings.
COPYRIGHT_SIGNS: Final = ("©", "ⓒ", "(c)", "版权所有", "無断転載")
COPYRIGHT: Final = re.compile(
    r"(?:[©ⓒ]|\(c\)\s*(?:19|20)\d\d|\bcopyright\s*(?:©|\(c\)|(?:19|20)\d\d)|all rights reserved"
    r"|alle rechte vorbehalten"
    r"|tous droits réservés|todos los derechos reservados|tutti i diritti riservati"
    r"|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone"
    r"|все права защищены|版权所有|無断転載)"
)
FOOTER_LINKS: Final = _lines(
    """
    privacy
    privacy policy
    privacy notice
    privacy statement
    privacy center
    terms
    terms of use
    terms of service
    terms and conditions
    terms & conditions
    cookie policy
    cookies policy
    cookie settings
    accessibility
    accessibility statement
    sitemap
    site map
    contact
    contact us
    about
    about us
    careers
    jobs
    advertise
    advertise with us
    help
    help center
    faq
    faqs
    imprint
    legal
    legal notice
    disclaimer
    press
    rss
    rss feeds
    media kit
    newsletters
    newsletter
    corrections
    ethics policy
    impressum
    datenschutz
    datenschutzerklärung
    nutzungsbedingungen
    agb
    kontakt
    über uns
    mentions légales
    politique de confidentialité
    conditions générales
    cgu
    cgv
    nous contacter
    qui sommes-nous
    aviso legal
    política de privacidad
    términos y condiciones
    contacto
    quiénes somos
    note legali
    informativa privacy
    contatti
    chi siamo
    política de privacidade
    termos de uso
    contato
    quem somos
    privacybeleid
    algemene voorwaarden
    over ons
    polityka prywatności
    regulamin
    kontakt
    политика конфиденциальности
    контакты
    editorial policy
    editorial guidelines
    freedom of information
    о редакции
    о нас
    реклама на сайте
    пользовательское соглашение
    关于我们
    联系我们
    联系方式
    隐私政策
    用户协议
    网站地图
    免责声明
    会社概要
    運営会社
    お問い合わせ
    利用規約
    プライバシーポリシー
    サイトマップ
    """
)
# The words of the footer links: a line without one is no row of them.
FOOTER_WORDS: Final = frozenset(word for link in FOOTER_LINKS for word in link.split())
# "Privacy | Terms | Contact": several short items joined by separators.
# The characters that separate the items of a link row ("Privacy | Terms").
ITEM_SEPARATORS: Final = "|·•/–—"
SEPARATED_ITEMS: Final = re.compile(r"\s[" + re.escape(ITEM_SEPARATORS) + r"]\s")

# -- navigation ---------------------------------------------------------------------------

# The links to the posts before and after this one, whose titles they print below them.
POST_LINKS: Final = _lines(
    """
    previous
    next
    prev
    previous post
    next post
    previous article
    next article
    previous story
    next story
    older post
    newer post
    vorheriger beitrag
    nächster beitrag
    vorheriger artikel
    nächster artikel
    article précédent
    article suivant
    entrada anterior
    entrada siguiente
    artículo anterior
    artículo siguiente
    articolo precedente
    articolo successivo
    post anterior
    próximo post
    vorige
    volgende
    vorig bericht
    volgend bericht
    """
)

NAV_LINES: Final = _lines(
    """
    learn more
    book now
    get started
    apply now
    shop now
    buy now
    order now
    get a quote
    request a demo
    book a demo
    download now
    try it free
    try for free
    join now
    donate now
    view more
    shop all
    find out more
    click here
    expand all
    collapse all
    click to expand
    reply with quote
    create post
    email us
    call us
    call now
    chat with us
    get in touch
    get started for free
    schedule a call
    schedule a free call
    back to blog
    open table of contents
    open table of contents panel
    close table of contents
    table of contents
    previous next
    jump to review
    add to quote
    why you're seeing this ad
    browse all articles
    browse all blog articles
    browse all posts
    speak to an expert
    talk to an expert
    take the next step
    make a gift
    submit correction
    submit a correction
    suggest a correction
    learn how to contribute
    add to cart
    add to bag
    add to wishlist
    mehr erfahren
    jetzt kaufen
    jetzt buchen
    en savoir plus
    acheter maintenant
    más información
    comprar ahora
    scopri di più
    acquista ora
    comprar agora
    meer informatie
    bestel nu
    sorted by
    sorted by: reset to default
    sort by
    skip to content
    skip to main content
    skip to navigation
    skip to main navigation
    skip to footer
    skip to search
    skip to site index
    skip navigation
    jump to content
    jump to navigation
    go to content
    zum inhalt springen
    zum hauptinhalt springen
    direkt zum inhalt
    zur navigation
    aller au contenu
    aller au contenu principal
    passer au contenu
    ir al contenido
    saltar al contenido
    ir al contenido principal
    vai al contenuto
    salta al contenuto
    ir para o conteúdo
    pular para o conteúdo
    naar de inhoud
    ga naar de inhoud
    direct naar de inhoud
    przejdź do treści
    перейти к содержимому
    menu
    main menu
    open menu
    close menu
    toggle menu
    toggle navigation
    navigation
    main navigation
    close
    search
    search for
    search this site
    search the site
    type your search
    what are you looking for
    submit
    go
    back to top
    to top
    top
    home
    homepage
    home page
    startseite
    suche
    schließen
    navigation öffnen
    accueil
    rechercher
    recherche
    fermer
    inicio
    buscar
    búsqueda
    cerrar
    home page
    cerca
    chiudi
    início
    pesquisar
    busca
    fechar
    zoeken
    sluiten
    szukaj
    zamknij
    главная
    поиск
    закрыть
    print edition
    today's paper
    sections
    more
    all
    show more
    see more
    view all
    see all
    load more
    more news
    english
    deutsch
    français
    español
    italiano
    português
    nederlands
    edition
    """
)
# The run of page numbers is possessive ({2,}+): giving numbers back never
# helps the rest match, and on a long run of numbers it cost the run squared.
PAGINATION: Final = re.compile(
    r"^(?:(?:«|‹|<|←)?\s*(?:previous|prev|next|older|newer|first|last|weiter|zurück|vorherige|nächste"
    r"|suivant|précédent|suivante|précédente|siguiente|anterior|successivo|precedente|próximo"
    r"|próxima|volgende|vorige|następna|poprzednia|следующая|предыдущая)"
    r"(?:\s+(?:page|post|article|story|entries|posts|articles|seite|artikel|beitrag|page|article"
    r"|página|artículo|pagina|articolo|artigo|pagina|bericht|strona))?\s*(?:»|›|>|→)?"
    r"|(?:page|article|post|seite|artikel|beitrag|página|artículo|entrada|pagina|articolo|artigo"
    r"|bericht|strona|artykuł)\s+(?:suivante|suivant|précédente|précédent|siguiente|anterior"
    r"|successiva|successivo|precedente|próxima|próximo|nächste|vorherige|volgende|vorige"
    r"|następna|poprzednia)"
    r"|(?:nächster|vorheriger|nächste|vorherige|volgend|vorig|volgende|vorige)\s+"
    r"(?:artikel|beitrag|seite|bericht|pagina)"
    r"|page \d+ of \d+|seite \d+ von \d+|\d+(?:\s+\d+){2,}+(?:\s*(?:…|\.\.\.)\s*\d+)?"
    r"(?:\s+(?:next|weiter|suivant|siguiente|successivo|próximo|volgende))?(?:\s*(?:»|›|>|→))?)$"
)
PAGINATION_OPENINGS: Final = opening_words(PAGINATION)
# "Home > News > World", "Startseite / Politik / Ausland": two or more short
# crumbs joined by a path separator.
# Spaces around a separator are taken whole (\s*+): a crumb's characters include
# spaces, and letting either side have any share of a long run of them cost
# the run squared. The same lines match as with plain \s*.
BREADCRUMB: Final = re.compile(
    r"^[^>»›/|]{1,40}(?:\s*+[>»›/|](?:\s*+[^>»›/|\s][^>»›/|]{0,59}|\s++)){1,6}$"
)
CRUMB_SEPARATORS: Final = Marks(">»›/|")
# The crumb separators that only lead from place to place (a slash or a bar also
# joins pairs, ratios and rows of metadata).
ARROW_SEPARATOR: Final = re.compile(r"[>»›]")
# Two to six short crumbs joined by ">", "»" or "›", then the last one of any
# length (a page's title). Possessive: a crumb is read once.
TITLED_TRAIL: Final = re.compile(r"^\s*+(?:[^>»›/|]{1,40}+[>»›]\s*+){2,6}+[^>»›]{1,200}+$")
# A run of spaces is tried from its first space only ((?<!\s)): from every
# space of it, a long run would cost its length squared.
BREADCRUMB_SEP: Final = re.compile(r"(?<!\s)\s+[>»›]\s*|[>»›]\s*|\s[/|]\s")

# -- bylines, dates, captions ---------------------------------------------------------------

# First words of a byline; the pattern runs only on lines that start with one.
BYLINE_STARTS: Final = _words(
    "by written posted reported story author words von par por di door autor автор"
    " fact reviewed medically edited"
)
BYLINE: Final = regex.compile(
    r"^(?i:by|written by|posted by|reported by|story by|author|words by|von|par|por|di|door|autor"
    r"|автор|fact[- ]checked by|reviewed by|medically reviewed by|edited by)(?:\s*:)?\s+"
    r"\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|und|et|y|e|en|&|van|de|der|von|da|di|del)){0,6}"
    r"(?:\s*(?:[,|·•–-]|\bon\b|\bat\b|\d).{0,80})?$"
)
# A review badge on a line of its own.
BYLINE_LABELS: Final = _lines(
    """
    fact checked
    fact-checked
    medically reviewed
    expert reviewed
    """
)
# Letters one of which every reading time holds: the other lines are not tried.
READING_TIME_MARKS: Final = ("min", "мин", "lesezeit", "lectur", "lettura", "leitura", "leestijd")
READING_TIME: Final = re.compile(
    r"(?:\b\d+\s*(?:[-–]\s*)?(?:min(?:ute)?s?|minuten|minutes?|minutos|minuti|minuten|мин)\.?"
    r"\s*(?:read|lesezeit|de lecture|de lectura|di lettura|de leitura|leestijd|lesen|чтения)"
    r"|\b(?:lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd)"
    r"\s*(?::\s*)?\d+)"
)
_MONTHS: Final = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember"
    "|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    "|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    "|januari|februari|maart|mei|augustus|oktober"
)
DATE_LINE: Final = re.compile(
    r"^(?:(?:published|updated|posted|last updated|modified|asked|answered|edited|commented"
    r"|replied|veröffentlicht|aktualisiert|publié"
    r"|mis à jour|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt)"
    r"(?:\s+(?:on|am|le|el|il|em|op|at))?\s*(?::\s*)?|(?:on|am|le|el|il|em|op)\s+)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s*(?:de\s+)?(?:"
    + _MONTHS
    + r")\.?,?\s*(?:de\s+)?\d{2,4}"
    r"|(?:" + _MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{2,4})"
    r"(?:\s*(?:(?:,|at|um|à|a las|alle|às|om|-|–|\|)\s*)?"
    r"\d{1,2}[:.h]\d{2}\s*(?:(?:am|pm|uhr|h)\s*)?"
    r"\w{0,4})?$"
)
RELATIVE_TIME: Final = re.compile(
    r"^(?:updated|posted|published|modified)\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?\w{0,4}$|^(?:(?:updated|posted|published)\s+)?\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?"
    r"|months?|years?)\s+ago(?:\s+at\s+\d{1,2}:\d\d(?:\s*[ap]m)?)?$"
    r"|^vor\s+\d+\s+(?:minuten|stunden|tagen|wochen)$|^il y a\s+\d+"
    r"|^hace\s+\d+|^\d+\s+(?:minuti|ore|giorni)\s+fa$|^há\s+\d+|^\d+\s+(?:minuten|uur|dagen)\s+geleden$"
)
RELATIVE_TIME_OPENINGS: Final = opening_words(RELATIVE_TIME)
# Words one of which every caption credit contains: a cheap test before the pattern.
CAPTION_WORDS: Final = (
    "photo",
    "image",
    "picture",
    "foto",
    "bild",
    "crédit",
    "credit",
    "source",
    "quelle",
    "fuente",
    "fonte",
    "getty",
    "shutterstock",
    "istock",
    "afp",
    "reuters",
    "dpa",
    "epa",
    "alamy",
    "imago",
    "alliance",
    "keystone",
    "ansa",
    "efe",
)
# Controls of image galleries and players.
# A control is a whole key, looked up; a position ("3 of 12", "Bild 2 von 9") holds digits.
MEDIA_CONTROLS: Final = _lines(
    """
    back to gallery
    view gallery
    open gallery
    view slideshow
    enlarge this image
    toggle caption
    hide caption
    show caption
    caption
    expand
    play video
    watch video
    play
    pause
    mute
    unmute
    fullscreen
    full screen
    replay
    video
    photos
    gallery
    zur galerie
    bildergalerie
    voir la galerie
    ver galería
    galleria
    galerij
    """
)
MEDIA_POSITION: Final = re.compile(
    r"^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|imagem|afbeelding)\s+)?\d+\s*"
    r"(?:of|/|von|de|di|van|z)\s*\d+$"
)
# "1 of 4 Firefighters at the scene...": a gallery caption with its position.
GALLERY_CAPTION: Final = re.compile(r"^\d{1,3}\s+(?:of|/)\s+\d{1,3}\s+\S")
# Headers of the author box below an article.
AUTHOR_BOX: Final = _lines(
    """
    about the author
    about the authors
    author bio
    more by this author
    über den autor
    über die autorin
    zur person
    à propos de l'auteur
    l'auteur
    sobre el autor
    sobre la autora
    l'autore
    sull'autore
    sobre o autor
    sobre a autora
    over de auteur
    o autorze
    об авторе
    """
)
# "About Jane Doe", "Über Moritz Bachmann", "Sobre Carlos Nadalim": the author box.
AUTHOR_ABOUT: Final = regex.compile(
    r"^(?i:about|über|sobre|à propos de|a proposito di|over|o autorze)\s+"
    r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$"
)
# "(Reporting by Jane Doe; Editing by John Roe)": a wire service's credits.
WIRE_CREDITS: Final = re.compile(
    r"^\(?(?:reporting|additional reporting|writing|editing) by\b"
    r"|\bcontributed to this (?:report|article|story)\.?$"
)
# "Jane Doe is a staff writer at The Daily News.": the author's bio under an article.
AUTHOR_BIO: Final = regex.compile(
    r"^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}(?:\s+\([^)]{1,60}\))?"
    r"\s+(?:is|was|joined|has been|ist|est|es|è|é|is een)\s"
    r".{0,160}?\b(?:writer|reporter|editor|journalist|correspondent|contributor|columnist"
    r"|producer|staff|redakteur|redakteurin|journaliste|rédacteur|rédactrice|periodista|redactor"
    r"|redactora|giornalista|redattore|jornalista|redator|redacteur|verslaggever)\b"
)
# A line that is nothing but an e-mail address or a social handle.
CONTACT: Final = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$")
CAPTION_CREDIT: Final = re.compile(
    r"(?:\b(?:photo|image|picture|foto|bild|crédit|credit|credits|source|quelle|fuente|fonte)s?"
    r"\s*(?:credit|by|:|/|©)|\((?:photo|image|foto)[^)]*\)$|\b(?:getty images|shutterstock"
    r"|istock(?:photo)?|ap photo|afp|reuters|dpa|epa|alamy|imago|picture alliance|keystone"
    r"|ansa|efe)\b\s*\)?$|^credits?\s*(?::|/|\.\.\.)|credit\.\.\.|^(?:photo|foto|image|bild):"
    r"|^(?:above|below|top|left|right|pictured|in the photo)\s*:"
    r"|©\s*[\w .,'’&/-]{2,50}$|\((?:ap|afp|reuters|getty|epa|dpa)\b[^)]{0,60}\)$)"
)


# The form under a comment section: the article is over once it shows.
COMMENT_FORM: Final = _lines(
    """
    your email address will not be published
    comments powered by disqus
    enable javascript to view the comments
    we are temporarily moderating all comments
    as you comment, please
    please be respectful of other commenters
    comment policy
    community guidelines
    required fields are marked
    save my name, email, and website in this browser
    notify me of follow-up comments
    notify me of new comments
    notify me of new posts
    notify me via e-mail
    this site uses akismet to reduce spam
    learn how your comment data is processed
    you must be logged in to post a comment
    cancel reply
    post comment
    submit comment
    publier le commentaire
    invia commento
    publicar comentario
    enviar comentário
    kommentar abschicken
    plaats reactie
    reactie plaatsen
    ihre e-mail-adresse wird nicht veröffentlicht
    deine e-mail-adresse wird nicht veröffentlicht
    erforderliche felder sind mit
    votre adresse e-mail ne sera pas publiée
    votre adresse de messagerie ne sera pas publiée
    les champs obligatoires sont indiqués
    tu dirección de correo electrónico no será publicada
    los campos obligatorios están marcados
    il tuo indirizzo email non sarà pubblicato
    i campi obbligatori sono contrassegnati
    o seu endereço de e-mail não será publicado
    campos obrigatórios são marcados
    je e-mailadres wordt niet gepubliceerd
    vereiste velden zijn gemarkeerd
    """
)

# Prompts to comment on the article ("Jetzt kommentieren", "Log in to comment"):
# a line of its own under the article or its headline, not its text.
COMMENT_PROMPTS: Final = _lines(
    """
    log in to comment
    login to comment
    sign in to comment
    sign up to comment
    to post a comment
    let us know in the comments
    tell us in the comments
    jetzt kommentieren
    kommentar verfassen
    um kommentare schreiben zu können
    zum kommentieren anmelden
    um zu kommentieren
    connectez-vous pour commenter
    connectez-vous pour réagir
    réagissez à cet article
    inicia sesión para comentar
    regístrate para comentar
    accedi per commentare
    faça login para comentar
    log in om te reageren
    请登录后发表评论
    登录后发表评论
    """
)

# Affiliate and sponsorship disclosures.
AFFILIATE: Final = _lines(
    """
    we may earn an affiliate commission
    receive a small commission
    earn a small commission
    may get a share of the sale
    if you buy something through
    if you click on one and make a purchase
    we may get a commission
    we may earn a commission
    may earn a commission
    may receive a commission
    may earn a small commission
    may earn commission from links
    we earn a commission for products purchased
    products are chosen independently by our editors
    recommend the best subscriptions and products independently
    based on what we think may interest you
    we use a variety of relevance factors
    promoted items may be relevant for you
    we may receive compensation
    contains affiliate links
    may contain affiliate links
    this post may contain affiliate links
    affiliate links
    as an amazon associate
    earn from qualifying purchases
    is supported by its audience
    is reader-supported
    sponsored post
    this post is sponsored
    enlaces de afiliado
    enlaces de afiliados
    contiene enlaces de afiliado
    liens d'affiliation
    liens affiliés
    provisions-links
    affiliate-links
    partnerlinks
    link di affiliazione
    link affiliati
    links de afiliados
    links de afiliado
    affiliatelinks
    this article is sponsored
    provisionslinks
    affiliate-links
    liens affiliés
    enlaces de afiliados
    link affiliati
    """
)

# Disclaimers printed under advice articles.
DISCLAIMER: Final = _lines(
    """
    for informational purposes only
    for your personal non-commercial use only
    quote data provided by
    is a registered trademark of
    are registered trademarks of
    this document is subject to copyright
    may not be published, broadcast, rewritten
    may not be published broadcast rewritten or redistributed
    quotes delayed at least
    real-time quotes provided by
    have not been evaluated by the food and drug administration
    results vary depending on
    results may vary
    for general informational purposes only
    for information purposes only
    does not constitute medical advice
    does not constitute legal advice
    does not constitute financial advice
    does not replace professional medical advice
    not a substitute for professional medical advice
    not intended to replace the advice
    consult your physician
    dient nur der information
    ersetzt keine ärztliche beratung
    ne remplace pas un avis médical
    ne remplace pas une consultation
    no sustituye el consejo médico
    no sustituye la consulta
    non sostituisce il parere medico
    não substitui a orientação médica
    vervangt geen medisch advies
    """
)

# What a site says about the visitor's browser ("JavaScript is disabled. For a
# better experience, please enable JavaScript in your browser before proceeding.").
BROWSER_NOTICES: Final = _lines(
    """
    javascript is disabled for a better experience
    please enable javascript in your browser
    you are using an out of date browser
    please update your browser to take advantage of
    accessibility for blind people who use screen readers
    refresh your browser window to try again
    looks like we're having trouble connecting to our server
    it may not display this or other websites correctly
    you should upgrade or use an alternative browser
    you are using an outdated browser
    please upgrade your browser
    please enable javascript to view
    you need to enable javascript to run this app
    this site requires javascript
    bitte aktivieren sie javascript
    javascript ist deaktiviert
    veuillez activer javascript
    javascript est désactivé
    por favor habilita javascript
    por favor activa javascript
    abilita javascript nel tuo browser
    ative o javascript
    schakel javascript in
    """
)

# -- vocabularies the rules read word by word --------------------------------------

# What a share link tells screen readers: "Click to share on Reddit (Opens in new window)".
NEW_WINDOW: Final = re.compile(
    r"\(?\b(?:opens? in (?:a )?new (?:window|tab)"
    r"|öffnet (?:sich )?in (?:einem )?neue[mn] (?:fenster|tab)"
    r"|s'ouvre dans (?:une )?(?:nouvelle fenêtre|nouvel onglet)"
    r"|se abre en (?:una )?nueva (?:ventana|pestaña)"
    r"|si apre in (?:una )?nuova (?:finestra|scheda)"
    r"|abre (?:em|numa) nova (?:janela|aba|guia)"
    r"|opent in (?:een )?nieuw (?:venster|tabblad))\)?"
)
# A word each of its matches holds ("s'ouvre" is "s ouvre" to ``words_of``).
NEW_WINDOW_VERBS: Final = frozenset({"open", "opens", "öffnet", "ouvre", "abre", "apre", "opent"})
# "Follow The Times on Facebook, Twitter and Instagram."
FOLLOW: Final = frozenset(
    {"follow", "folgen", "folgt", "suivez", "síguenos", "seguici", "siga", "volg"}
)
# First words of an author box header ("About Jane Doe", "Über Moritz Bachmann").
AUTHOR_ABOUT_OPENERS: Final = frozenset(["about", "über", "sobre", "à", "a", "over", "o"])
# Words every wire service's credit line holds.
WIRE_CREDIT_WORDS: Final = frozenset({"by", "contributed"})
# An author's trade, which an author's bio names.
AUTHOR_ROLES: Final = frozenset(
    [
        "writer",
        "reporter",
        "editor",
        "journalist",
        "correspondent",
        "contributor",
        "columnist",
        "producer",
        "staff",
        "redakteur",
        "redakteurin",
        "journaliste",
        "rédacteur",
        "rédactrice",
        "periodista",
        "redactor",
        "redactora",
        "giornalista",
        "redattore",
        "jornalista",
        "redator",
        "redacteur",
        "verslaggever",
    ]
)


# -- phrases found anywhere in a line, all families in one scan ---------------------

PHRASE_FAMILIES: Final[dict[str, frozenset[str]]] = {
    "consent": CONSENT,
    "consent_button": CONSENT_BUTTONS,
    "newsletter": NEWSLETTER,
    "newsletter_weak": NEWSLETTER_WEAK,
    "paywall": PAYWALL,
    "paywall_weak": PAYWALL_WEAK,
    "feedback": FEEDBACK,
    "comment_form": COMMENT_FORM,
    "comment_prompt": COMMENT_PROMPTS,
    "affiliate": AFFILIATE,
    "disclaimer": DISCLAIMER,
    "browser": BROWSER_NOTICES,
    "caption_word": frozenset(CAPTION_WORDS),
    "copyright_mark": frozenset(COPYRIGHT_MARKS),
}
PHRASES: Final = PhraseIndex(PHRASE_FAMILIES, STOPWORDS)


def phrase_hits(words: Sequence[str]) -> dict[str, str]:
    """Which phrase families occur in a line's lower-cased words, each with its first phrase.

    Punctuation between the words of a phrase is ignored ("e-mail" is "e mail").

    >>> from cleaner.lang.script import words_of
    >>> phrase_hits(words_of("we use cookies. join our mailing list"))
    {'consent': 'we use cookies', 'newsletter': 'join our mailing list'}
    """
    return PHRASES.hits(words)


def anchored_phrase_hits(words: Sequence[str]) -> dict[str, str]:
    """:func:`phrase_hits` of words known to hold an anchor (``ANCHOR_MARK``)."""
    return PHRASES.anchored_hits(words)


# -- word marks: which vocabularies a line's words belong to, in one lookup a word --

# Rules ask of many lines "does it hold one of these words?" (a share verb, an
# author's trade, a phrase's anchor). Each such vocabulary has a mark, a bit
# (see match.word_marks), derived here from the vocabularies once.
MARK_VOCABULARIES: Final[dict[str, frozenset[str]]] = {
    "stopword": STOPWORDS,
    "phrase_anchor": PHRASES.anchors,
    "footer_word": FOOTER_WORDS,
    "wire_credit": WIRE_CREDIT_WORDS,
    "author_role": AUTHOR_ROLES,
    "share": SHARE_VERBS | SHARE_NETWORKS,
    "new_window": NEW_WINDOW_VERBS,
    "follow": FOLLOW,
    "share_network": SHARE_NETWORKS,
}
WORD_MARKS, MARKS = word_marks(MARK_VOCABULARIES)
STOPWORD_MARK: Final = MARKS["stopword"]
ANCHOR_MARK: Final = MARKS["phrase_anchor"]
