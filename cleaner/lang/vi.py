"""Vietnamese (vi): the words and phrases sites in Vietnamese print, by concept.

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.

Vietnamese writes a word's syllables apart ("bình luận", "chia sẻ"), and each
syllable alone is a common word of prose: a single-syllable entry is only ever
a whole line ("Đóng", "Thích") or a word of a concept that needs its line to
be nothing else (a share bar) or to hold more (two network names beside "theo
dõi"); every other entry is a phrase of several syllables.
"""

from __future__ import annotations

CODE = "vi"
NAME = "Vietnamese"
SCRIPT = "latin"

CONCEPTS: dict[str, str] = {
    "function_word": """
        và của là có được cho trong với những các một này đã không khi để về từ
        thì mà nhưng cũng đến tại nên sẽ đang vào bị rằng như còn nhiều
    """,
    "share_network": """
        zalo
    """,
    "share_prompt": """
        chia sẻ
        chia sẻ bài viết
        chia sẻ bài viết này
        sao chép liên kết
        sao chép link
    """,
    "share_count_noun": """
        lượt chia sẻ
        lượt thích
    """,
    "follow_verb": """
        dõi
    """,
    "related_header": """
        tin liên quan
        bài viết liên quan
        tin cùng chuyên mục
        bài viết cùng chuyên mục
        xem thêm
        đọc thêm
        có thể bạn quan tâm
        tin mới nhất
        tin khác
        đọc nhiều nhất
        xem nhiều nhất
        tin nổi bật
        sản phẩm liên quan
        sản phẩm tương tự
    """,
    "related_header_prefix": """
        thêm từ
        tin khác của
    """,
    "crosslink_label": """
        xem thêm
        đọc thêm
        tin liên quan
        xem tiếp
    """,
    "consent": """
        chúng tôi sử dụng cookie
        trang web này sử dụng cookie
        website sử dụng cookie
        chính sách cookie
    """,
    "consent_button": """
        đồng ý
        chấp nhận
        chấp nhận tất cả
    """,
    "newsletter": """
        đăng ký nhận tin
        đăng ký nhận bản tin
        đăng ký nhận bản tin của chúng tôi
        nhận bản tin
    """,
    "newsletter_weak": """
        nhập email của bạn
        địa chỉ email của bạn
    """,
    "paywall": """
        nội dung dành cho thành viên
        đăng nhập để đọc tiếp
        đăng ký để đọc tiếp
        bài viết dành cho hội viên
    """,
    "login_line": """
        đăng nhập
        đăng ký
        đăng xuất
        tài khoản của tôi
        đăng nhập / đăng ký
    """,
    "advertisement_label": """
        quảng cáo
        tài trợ
        nội dung tài trợ
    """,
    "feedback": """
        bài viết có hữu ích không
        bài viết này có hữu ích với bạn không
        bạn thấy bài viết này thế nào
        bạn cảm thấy bài viết thế nào
    """,
    "feedback_answer": """
        có không
    """,
    "comments_header": """
        bình luận
        ý kiến
        ý kiến bạn đọc
        gửi bình luận
        viết bình luận
        để lại bình luận
        để lại một bình luận
        bình luận của bạn
    """,
    "comments_header_ending": """
        bình luận
        ý kiến
    """,
    "comment_control": """
        trả lời
        thích
        báo cáo vi phạm
        báo xấu
    """,
    "reply_control": """
        trả lời
    """,
    "comment_field": """
        tên
        họ tên
        trang web
    """,
    "comment_form": """
        email của bạn sẽ không được hiển thị công khai
        các trường bắt buộc được đánh dấu
        gửi bình luận
    """,
    "comment_prompt": """
        đăng nhập để bình luận
        hãy là người đầu tiên bình luận
        chưa có bình luận nào
    """,
    "comment_count_noun": """
        bình luận
        ý kiến
    """,
    "comment_count_label": """
        bình luận
        ý kiến
    """,
    "answer_noun": """
        câu trả lời
    """,
    "comment_author_verb": """
        viết
    """,
    "tag_label": """
        thẻ
        tags
        từ khóa
        từ khoá
        chủ đề
        chuyên mục
        danh mục
    """,
    "footer_link": """
        liên hệ
        giới thiệu
        chính sách bảo mật
        điều khoản sử dụng
        liên hệ quảng cáo
        về chúng tôi
        quy định sử dụng
    """,
    "disclaimer": """
        chịu trách nhiệm nội dung
        ghi rõ nguồn
        không được sao chép
    """,
    "rights_reserved": """
        bản quyền thuộc về
        giữ bản quyền nội dung
    """,
    "reserved_word": """
        bản quyền
    """,
    "site_licence": r"""
        (?i:\bgiấy phép (?:số )?\d+/gp-)
    """,
    "nav_line": """
        trang chủ
        tìm kiếm
        đóng
        xem tất cả
        về đầu trang
        lên đầu trang
    """,
    "post_link": """
        bài trước
        bài tiếp theo
        bài viết trước
    """,
    "page_turn": """
        trang sau
        trang trước
        trang tiếp
        tiếp theo
    """,
    "page_next": """
        trang sau
        tiếp theo
    """,
    "byline_opener": """
        tác giả
        bài
        phóng viên
        biên tập
    """,
    "author_box": """
        về tác giả
    """,
    "minute_word": """
        phút
    """,
    "read_word": """
        đọc
        để đọc
    """,
    "reading_time_label": """
        thời gian đọc
    """,
    "date_label": """
        cập nhật
        ngày đăng
        đăng ngày
        xuất bản
    """,
    "weekday": """
        thứ hai
        thứ ba
        thứ tư
        thứ năm
        thứ sáu
        thứ bảy
        chủ nhật
    """,
    "month": """
        tháng 1
        tháng 2
        tháng 3
        tháng 4
        tháng 5
        tháng 6
        tháng 7
        tháng 8
        tháng 9
        tháng 10
        tháng 11
        tháng 12
        tháng một
        tháng hai
        tháng ba
        tháng tư
        tháng năm
        tháng sáu
        tháng bảy
        tháng tám
        tháng chín
        tháng mười
        tháng mười một
        tháng mười hai
    """,
    "time_preposition": """
        lúc
    """,
    "relative_time": r"""
        \d+\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước$
    """,
    "caption_word": """
        ảnh
        nguồn
    """,
    "photo_label": """
        ảnh
        nguồn
    """,
    "photo_line_label": """
        ảnh
    """,
    "photo_paren_label": """
        ảnh
    """,
    "media_noun": """
        ảnh
    """,
    "position_of": """
        trên
    """,
}
