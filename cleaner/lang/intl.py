"""International: the names sites print whatever their language.

Social networks, photo agencies, the software a site runs on, the names of
languages in a language picker, company forms. See :mod:`cleaner.lang.concepts`
for what each concept is.
"""

from __future__ import annotations

CODE = "intl"
NAME = "International: names of networks, agencies and software, whatever the language"
SCRIPT = "none"

CONCEPTS: dict[str, str] = {
    "share_network": """
        facebook twitter x linkedin whatsapp telegram reddit pinterest tumblr flipboard
        pocket messenger sms viber line xing vk vkontakte weibo wechat mastodon bluesky
        threads instagram youtube tiktok snapchat mix digg hackernews gmail outlook
        kakaotalk ok odnoklassniki
    """,
    "share_filler": """
        via
    """,
    "company_form": r"""
        ltd
        limited
        inc
        llc
        gmbh
        plc
        s\.?r\.?l
        s\.?p\.?a
        s\.?a\.?s?
        b\.?v
    """,
    "site_software": """
        wordpress
        shopify
        squarespace
        wix
        blogger
        ghost
        drupal
        joomla
        hugo
        jekyll
        tumblr
        webflow
        bigcommerce
        discourse
        phpbb
        vbulletin
        xenforo
    """,
    "nav_line": """
        english
        deutsch
        français
        español
        italiano
        português
        nederlands
    """,
    "name_joiner": """
        &
    """,
    "caption_word": """
        getty
        shutterstock
        istock
        afp
        reuters
        dpa
        epa
        alamy
        imago
        alliance
        keystone
        ansa
        efe
    """,
    "photo_agency": """
        getty images
        shutterstock
        istock
        istockphoto
        ap photo
        afp
        reuters
        dpa
        epa
        alamy
        imago
        picture alliance
        keystone
        ansa
        efe
    """,
    "photo_agency_short": """
        ap
        afp
        reuters
        getty
        epa
        dpa
    """,
}
