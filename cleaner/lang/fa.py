"""Persian (fa): the words and phrases sites in Persian print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.

Entries are written as sites print them, with the Persian ی and ک and the
zero-width non-joiner ("اشتراک‌گذاری"); keys fold them with the Arabic letters
and a space (:func:`cleaner.lang.script.fold_rtl`), so a page typed on an
Arabic keyboard, or with spaces for the non-joiner, matches too. Patterns are
written folded: ي for ی, ك for ک, a space for the non-joiner. Dates come in the
solar months (اسفند) and the Gregorian ones (ژانویه).
"""

from __future__ import annotations

CODE = "fa"
NAME = "Persian"
SCRIPT = "arabic"

CONCEPTS: dict[str, str] = {
    "function_word": """
        و در به از که این را با است برای آن یک تا می ها هم بر اما یا نیز شد شده بود
        کرد کند خود هر اگر پس او ما همه بین پیش باید شود دارد هستند نمی های
    """,
    "share_verb": """
        اشتراک ارسال چاپ کپی
    """,
    "share_network": """
        تلگرام توییتر تویتر فیسبوک واتساپ اینستاگرام لینکدین ایتا روبیکا
    """,
    "share_filler": """
        گذاری در به این خبر مطلب مقاله لینک کوتاه
    """,
    "share_prompt": """
        لینک کوتاه
        اشتراک گذاری این مطلب
        این مطلب را به اشتراک بگذارید
    """,
    "share_count_noun": """
        اشتراک
    """,
    "follow_verb": """
        دنبال
    """,
    "related_header": """
        مطالب مرتبط
        اخبار مرتبط
        خبرهای مرتبط
        مطالب پیشنهادی
        پربازدیدترین
        پربازدیدترین‌ها
        پربحث‌ترین
        آخرین اخبار
        بیشتر بخوانید
        مقالات مرتبط
    """,
    "crosslink_label": """
        بیشتر بخوانید
        بخوانید
        ببینید
        همچنین بخوانید
        مطلب مرتبط
    """,
    "consent": """
        از کوکی‌ها استفاده می‌کند
        از کوکی ها استفاده میکند
        از کوکی‌ها استفاده می‌کنیم
        استفاده از کوکی‌ها
    """,
    "consent_button": """
        پذیرش همه
        می‌پذیرم
    """,
    "newsletter": """
        عضویت در خبرنامه
        ثبت نام در خبرنامه
        اشتراک در خبرنامه
        ایمیل خود را وارد کنید
    """,
    "newsletter_weak": """
        آدرس ایمیل
    """,
    "paywall": """
        این محتوا ویژه مشترکین است
        برای مشاهده ادامه مطلب وارد شوید
        ویژه مشترکین
    """,
    "login_line": """
        ورود
        ثبت نام
        حساب کاربری
        خروج
        ورود / ثبت نام
    """,
    "advertisement_label": """
        تبلیغات
        آگهی
        رپورتاژ آگهی
        تبلیغ
    """,
    "feedback": """
        آیا این مطلب مفید بود
        این مطلب برای شما مفید بود
        آیا این مقاله مفید بود
    """,
    "feedback_answer": """
        بله خیر
    """,
    "comments_header": """
        نظرات
        دیدگاه‌ها
        ارسال نظر
        نظر شما
        دیدگاهتان را بنویسید
        نظرات کاربران
        ثبت نظر
        پاسخی بگذارید
    """,
    "comments_header_ending": """
        نظرات
        دیدگاه‌ها
    """,
    "comment_control": """
        پاسخ
        پاسخ دادن
        لغو پاسخ
        گزارش تخلف
    """,
    "reply_control": """
        پاسخ
        پاسخ دادن
    """,
    "comment_field": """
        نام
        ایمیل
        وب‌سایت
    """,
    "comment_form": """
        نشانی ایمیل شما منتشر نخواهد شد
        بخش‌های موردنیاز علامت‌گذاری شده‌اند
        ارسال دیدگاه
        نظرات حاوی توهین
    """,
    "comment_prompt": """
        برای نوشتن دیدگاه باید وارد بشوید
        برای ارسال نظر وارد شوید
    """,
    "comment_count_noun": """
        نظر
        دیدگاه
    """,
    "comment_count_label": """
        نظرات
    """,
    "comment_title_noun": """
        دیدگاه
        نظر
    """,
    "comment_title_preposition": """
        برای
    """,
    "answer_noun": """
        پاسخ
    """,
    "tag_label": """
        برچسب‌ها
        برچسب
        کلیدواژه‌ها
        کلمات کلیدی
        دسته‌بندی
        موضوعات
        تگ‌ها
    """,
    "footer_link": """
        درباره ما
        تماس با ما
        حریم خصوصی
        قوانین و مقررات
        شرایط استفاده
        نقشه سایت
        آرشیو
    """,
    "rights_reserved": """
        حقوق محفوظ است
        کلیه حقوق
        تمامی حقوق
    """,
    "reserved_word": """
        محفوظ
    """,
    "site_software": """
        وردپرس
    """,
    "site_credit_verb": """
        قدرت گرفته از
        نیرو گرفته از
    """,
    "nav_line": """
        صفحه اصلی
        خانه
        جستجو
        منو
        بستن
        پرش به محتوا
        رفتن به محتوا
    """,
    "post_link": """
        مطلب قبلی
        مطلب بعدی
        خبر قبلی
        خبر بعدی
        نوشته قبلی
        نوشته بعدی
        پست قبلی
        پست بعدی
    """,
    "page_turn": """
        بعدی
        قبلی
    """,
    "page_noun_before": """
        صفحه
        مطلب
        خبر
        نوشته
        پست
    """,
    "page_turn_after": """
        بعد
        قبل
        بعدی
        قبلی
    """,
    "page_next": """
        بعدی
    """,
    "page_count": r"""
        صفحه \d+ از \d+
    """,
    "byline_opener": """
        نویسنده
        نوشته شده توسط
        ارسال شده توسط
        به قلم
        خبرنگار
    """,
    "author_box": """
        درباره نویسنده
    """,
    "minute_word": """
        دقیقه
    """,
    "read_word": """
        مطالعه
    """,
    "reading_time_label": """
        زمان مطالعه
        مدت زمان مطالعه
    """,
    "date_label": """
        تاریخ انتشار
        انتشار
        به‌روزرسانی
        آخرین به‌روزرسانی
    """,
    "weekday": """
        شنبه
        یکشنبه
        دوشنبه
        سه‌شنبه
        چهارشنبه
        پنجشنبه
        پنج‌شنبه
        جمعه
    """,
    "month": """
        فروردین
        اردیبهشت
        خرداد
        تیر
        مرداد
        شهریور
        مهر
        آبان
        آذر
        دی
        بهمن
        اسفند
        ژانویه
        فوریه
        مارس
        آوریل
        مه
        ژوئن
        ژوئیه
        اوت
        سپتامبر
        اکتبر
        نوامبر
        دسامبر
    """,
    "time_preposition": """
        ساعت
        در
    """,
    "relative_time": r"""
        \d+\s+(?:ثانيه|دقيقه|ساعت|روز|هفته|ماه|سال)\s+(?:پيش|قبل)$
        (?:يك|چند)\s+(?:ثانيه|دقيقه|ساعت|روز|هفته|ماه|سال)\s+(?:پيش|قبل)$
        لحظاتي\s+(?:پيش|قبل)$
    """,
    "caption_word": """
        عکس
        تصویر
        منبع
    """,
    "photo_label": """
        عکس
        تصویر
        منبع
    """,
    "photo_agency": """
        ایرنا
        ایسنا
        تسنیم
        رویترز
        خبرگزاری فرانسه
    """,
    "media_control": """
        گالری تصاویر
        مشاهده گالری
        پخش ویدیو
    """,
    "media_noun": """
        تصویر
        عکس
    """,
    "position_of": """
        از
    """,
}
