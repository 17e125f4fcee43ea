"""English (en): the words and phrases sites in English print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "en"
NAME = "English"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        a an the and or but if of to in on at by for with from as is are was were be been
        being has have had do does did it its this that these those he she they we you i his
        her their our your my me him them us who which what when where why how not no so
        than then there here would could should will can may might must also about into over
        after before up out all any some more most such only just very
    """,
    "share_verb": """
        share shares shared sharing tweet retweet pin pinit email mail print copy
        send save bookmark follow like
    """,
    "share_filler": """
        this the a an on via to with your our my article story post page link links it now
        by friends friend button or and news click us
    """,
    "share_prompt": """
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
    """,
    "share_count_noun": """
        share
        shares
        like
        likes
        view
        views
        retweet
        retweets
        pin
        pins
    """,
    "new_window": """
        opens in a new window
        opens in a new tab
        opens in new window
        opens in new tab
        open in a new window
        open in a new tab
        open in new window
        open in new tab
    """,
    "follow_verb": """
        follow
    """,
    "related_header": """
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
    "related_header_prefix": """
        more from
        more in
        more on
        more about
        more by
        more stories from
        more news from
        more articles from
        more top stories from
        other stories from
        latest from
        trending in
    """,
    "related_header_pattern": r"""
        more\b.{0,40}\b(?:stories|articles|news|posts|videos|reads|headlines)
    """,
    "crosslink_label": """
        read also
        also read
        read more
        read next
        related
        related roundup
        see also
        more
        watch
        listen
        recommended
        related article
        related story
        related coverage
        related content
        related link
        related reading
        video
    """,
    "consent": """
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
    """,
    "consent_button": """
        accept all
        reject all
        measure advertising performance
        measure content performance
        allow all
        accept cookies
        manage cookies
        manage preferences
        use of cookies
    """,
    "newsletter": """
        tips and exclusive offers
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
    """,
    "newsletter_weak": """
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
    """,
    "newsletter_line_verb": """
        sign up
        subscribe
        register
        join
        get
        receive
    """,
    "newsletter_line_noun": """
        newsletter
        newsletters
        mailing list
        email updates
        e-mail updates
        email alerts
        e-mail alerts
        daily digest
    """,
    "paywall": """
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
    """,
    "paywall_weak": """
        free trial
        create an account
        create a free account
        forgot your password
        forgot password
        already have an account
        to continue reading
        become a member
        start free trial
    """,
    "login_line": """
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
    """,
    "advertisement_label": """
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
    """,
    "affiliate": """
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
        this article is sponsored
    """,
    "feedback": """
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
    """,
    "feedback_answer": """
        yes
        no
        yes no
        thanks for your feedback
        thank you for your feedback
    """,
    "comments_header": """
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
    """,
    "comments_header_ending": """
        comments
    """,
    "comment_control": """
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
    """,
    "reply_control": """
        reply
    """,
    "comment_field": """
        name
        your name
        email
        e-mail
        your email
        website
        comment
        your comment
        recipe rating
        your rating
        rating
    """,
    "comment_form": """
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
    """,
    "comment_prompt": """
        log in to comment
        login to comment
        sign in to comment
        sign up to comment
        to post a comment
        let us know in the comments
        tell us in the comments
    """,
    "comment_count_noun": """
        comment
        comments
        response
        responses
        replies
        reply
    """,
    "comment_count_label": """
        comment
        comments
    """,
    "comment_title_one": """
        one
    """,
    "comment_title_noun": """
        comment
        comments
        thought
        thoughts
        response
        responses
        replies
        reply
    """,
    "comment_title_preposition": """
        on
        to
    """,
    "answer_noun": """
        answer
        answers
    """,
    "comment_author_verb": """
        says
        said
        wrote
    """,
    "says_verb": """
        says
    """,
    "tag_label": """
        tag
        tags
        tagged
        tagged with
        topic
        topics
        filed under
        categories
        category
        posted in
        keywords
    """,
    "footer_link": """
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
        editorial policy
        editorial guidelines
        freedom of information
    """,
    "disclaimer": """
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
    """,
    "rights_reserved": """
        all rights reserved
    """,
    "reserved_word": """
        reserved
    """,
    "publisher_phrase": """
        is published by
        is part of
        a division of
        a subsidiary of
    """,
    "tax_number_label": r"""
        \bvat no\.?[\s:]{0,3}[a-z]{0,2}\s?\d{8,}
    """,
    "site_credit": """
        wordpress theme by
        theme by
        designed by elegant themes
    """,
    "site_credit_verb": """
        powered by
    """,
    "nav_line": """
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
        edition
    """,
    "browser_notice": """
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
    """,
    "post_link": """
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
        entrada anterior
        entrada siguiente
    """,
    "page_turn": """
        previous
        prev
        next
        older
        newer
        first
        last
    """,
    "page_turn_noun": """
        page
        post
        article
        story
        entries
        posts
        articles
    """,
    "page_noun_before": """
        page
        article
        post
    """,
    "page_next": """
        next
    """,
    "page_count": r"""
        page \d+ of \d+
    """,
    "byline_opener": """
        by
        written by
        posted by
        reported by
        story by
        author
        words by
        fact-checked by
        fact checked by
        reviewed by
        medically reviewed by
        edited by
    """,
    "name_joiner": """
        and
    """,
    "byline_date_word": """
        on
        at
    """,
    "byline_label": """
        fact checked
        fact-checked
        medically reviewed
        expert reviewed
    """,
    "author_box": """
        about the author
        about the authors
        author bio
        more by this author
    """,
    "author_about_opener": """
        about
    """,
    "author_role": """
        writer reporter editor journalist correspondent contributor columnist producer staff
    """,
    "bio_verb": """
        is
        was
        joined
        has been
    """,
    "wire_credit_opener": """
        reporting by
        additional reporting by
        writing by
        editing by
    """,
    "wire_credit_closer": """
        contributed to this report
        contributed to this article
        contributed to this story
    """,
    "minute_word": """
        min
        mins
        minute
        minutes
    """,
    "read_word": """
        read
    """,
    "date_label": """
        published
        updated
        posted
        last updated
        modified
        asked
        answered
        edited
        commented
        replied
    """,
    "date_label_preposition": """
        on
        at
    """,
    "date_preposition": """
        on
    """,
    "weekday": """
        mon
        tue
        wed
        thu
        fri
        sat
        sun
    """,
    "month": """
        jan
        january
        feb
        february
        mar
        march
        apr
        april
        may
        jun
        june
        jul
        july
        aug
        august
        sep
        sept
        september
        oct
        october
        nov
        november
        dec
        december
    """,
    "ordinal_suffix": """
        st
        nd
        rd
        th
    """,
    "time_preposition": """
        at
    """,
    "clock_suffix": """
        am
        pm
    """,
    "relative_time": r"""
        (?:updated|posted|published|modified)\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?\w{0,4}$
        (?:(?:updated|posted|published)\s+)?\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago(?:\s+at\s+\d{1,2}:\d\d(?:\s*[ap]m)?)?$
    """,
    "caption_word": """
        photo
        image
        picture
        credit
        source
    """,
    "photo_label": """
        photo
        image
        picture
        credit
        credits
        source
    """,
    "photo_credit_word": """
        credit
        by
    """,
    "photo_paren_label": """
        photo
        image
    """,
    "photo_line_label": """
        photo
        image
    """,
    "credit_label": """
        credit
    """,
    "caption_position": """
        above
        below
        top
        left
        right
        pictured
        in the photo
    """,
    "media_control": """
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
    """,
    "media_noun": """
        image
        photo
        picture
        slide
    """,
    "position_of": """
        of
    """,
    "gallery_position_of": """
        of
    """,
}
