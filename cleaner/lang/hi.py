"""Hindi (hi): the words and phrases sites in Hindi print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.

Keys drop the nukta and read a chandrabindu as an anusvara, as sites type
either ("ख़बरें", "खबरें"; :func:`cleaner.lang.script.fold_rtl`); patterns are
written so folded. Hindi sites print much of their furniture in English (Home,
Share, Tags): the English pack reads those lines, and this one the Hindi ones.
"""

from __future__ import annotations

CODE = "hi"
NAME = "Hindi"
SCRIPT = "devanagari"

CONCEPTS: dict[str, str] = {
    "function_word": """
        के का की में है हैं और से को ने पर यह वह भी एक लिए था थी थे कि तो ही नहीं
        इस उस जो कर किया गया गई होता होती हो रहा रही रहे साथ बाद तक अपने अपनी कुछ
        कोई या लेकिन तथा एवं
    """,
    "share_verb": """
        शेयर प्रिंट ट्वीट कॉपी
    """,
    "share_network": """
        फेसबुक ट्विटर व्हाट्सएप व्हाट्सऐप टेलीग्राम इंस्टाग्राम लिंक्डइन
    """,
    "share_filler": """
        करें इस खबर को लेख पर लिंक
    """,
    "share_prompt": """
        इस खबर को शेयर करें
        शेयर करें
    """,
    "follow_verb": """
        फॉलो
    """,
    "related_header": """
        ये भी पढ़ें
        यह भी पढ़ें
        संबंधित खबरें
        इससे जुड़ी खबरें
        ताज़ा खबरें
        टॉप न्यूज़
        सबसे ज्यादा पढ़ी गई
        ट्रेंडिंग
        अन्य खबरें
        खबरें और भी हैं
        और पढ़ें
    """,
    "crosslink_label": """
        ये भी पढ़ें
        यह भी पढ़ें
        इसे भी पढ़ें
        पढ़ें
        जरूर पढ़ें
    """,
    "consent": """
        कुकीज़ का उपयोग करते हैं
        कुकीज़ का उपयोग करती है
        कुकीज का इस्तेमाल
    """,
    "consent_button": """
        सभी स्वीकार करें
        स्वीकार करें
        अस्वीकार करें
    """,
    "newsletter": """
        न्यूज़लेटर के लिए साइन अप करें
        हमारे न्यूज़लेटर
        न्यूज़लेटर सब्सक्राइब करें
    """,
    "newsletter_weak": """
        ईमेल पता
        सब्सक्राइब करें
    """,
    "paywall": """
        पूरी खबर पढ़ने के लिए लॉगिन करें
        आगे पढ़ने के लिए सब्सक्राइब करें
        प्रीमियम सदस्यता
    """,
    "login_line": """
        लॉगिन
        लॉग इन
        साइन इन
        लॉगआउट
        रजिस्टर
        मेरा खाता
    """,
    "advertisement_label": """
        विज्ञापन
        प्रायोजित
        एडवरटोरियल
    """,
    "feedback": """
        क्या यह लेख उपयोगी था
        क्या यह जानकारी उपयोगी थी
        यह खबर आपको कैसी लगी
    """,
    "feedback_answer": """
        हां नहीं
    """,
    "comments_header": """
        टिप्पणियां
        टिप्पणी करें
        कमेंट
        कमेंट्स
        अपनी राय दें
        अपनी प्रतिक्रिया दें
        टिप्पणी लिखें
    """,
    "comments_header_ending": """
        टिप्पणियां
        कमेंट्स
    """,
    "comment_control": """
        जवाब दें
        रिप्लाई
        रिपोर्ट करें
    """,
    "reply_control": """
        जवाब दें
        रिप्लाई
    """,
    "comment_field": """
        नाम
        ईमेल
        वेबसाइट
    """,
    "comment_form": """
        आपका ईमेल पता प्रकाशित नहीं किया जाएगा
        आवश्यक फ़ील्ड चिह्नित हैं
        टिप्पणी पोस्ट करें
    """,
    "comment_prompt": """
        टिप्पणी करने के लिए लॉगिन करें
        कमेंट करने के लिए लॉगिन करें
    """,
    "comment_count_noun": """
        टिप्पणियां
        टिप्पणी
        कमेंट
        कमेंट्स
    """,
    "comment_count_label": """
        टिप्पणियां
        कमेंट्स
    """,
    "answer_noun": """
        जवाब
        उत्तर
    """,
    "tag_label": """
        टैग
        टैग्स
        श्रेणी
        कैटेगरी
    """,
    "footer_link": """
        हमारे बारे में
        संपर्क करें
        गोपनीयता नीति
        नियम और शर्तें
        विज्ञापन दें
        साइटमैप
        अस्वीकरण
    """,
    "rights_reserved": """
        सर्वाधिकार सुरक्षित
    """,
    "reserved_word": """
        सुरक्षित
    """,
    "nav_line": """
        होम
        मुख्य पृष्ठ
        खोजें
        मेनू
        बंद करें
        सामग्री पर जाएं
        ई-पेपर
    """,
    "post_link": """
        पिछला लेख
        अगला लेख
        पिछली खबर
        अगली खबर
        पिछली पोस्ट
        अगली पोस्ट
    """,
    "page_turn": """
        अगला
        पिछला
    """,
    "page_turn_before": """
        अगला
        पिछला
        अगली
        पिछली
    """,
    "page_noun_after": """
        पेज
        पृष्ठ
        लेख
        खबर
        पोस्ट
    """,
    "page_next": """
        अगला
    """,
    "byline_opener": """
        लेखक
        रिपोर्ट
        रिपोर्टर
    """,
    "author_box": """
        लेखक के बारे में
    """,
    "minute_word": """
        मिनट
    """,
    "read_word": """
        में पढ़ें
    """,
    "reading_time_label": """
        पढ़ने का समय
    """,
    "date_label": """
        प्रकाशित
        अपडेटेड
        अपडेट
        पब्लिश्ड
    """,
    "weekday": """
        सोमवार
        मंगलवार
        बुधवार
        गुरुवार
        शुक्रवार
        शनिवार
        रविवार
    """,
    "month": """
        जनवरी
        फरवरी
        मार्च
        अप्रैल
        मई
        जून
        जुलाई
        अगस्त
        सितंबर
        सितम्बर
        अक्टूबर
        अक्तूबर
        नवंबर
        नवम्बर
        दिसंबर
        दिसम्बर
    """,
    "clock_suffix": """
        बजे
    """,
    "relative_time": r"""
        \d+\s+(?:सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|हफ्ता|सप्ताह|महीने|महीना|साल|वर्ष)\s+(?:पहले|पूर्व)$
    """,
    "caption_word": """
        फोटो
        तस्वीर
        साभार
        सोर्स
    """,
    "photo_label": """
        फोटो
        तस्वीर
        सोर्स
    """,
    "photo_credit_word": """
        साभार
        क्रेडिट
    """,
    "photo_agency": """
        पीटीआई
        एएनआई
        आईएएनएस
        सोशल मीडिया
    """,
    "media_control": """
        फोटो गैलरी
        वीडियो देखें
        गैलरी देखें
    """,
    "media_noun": """
        फोटो
        तस्वीर
    """,
}
