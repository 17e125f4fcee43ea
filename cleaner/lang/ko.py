"""Korean (ko): the words and phrases sites in Korean print, by concept.

Korean puts spaces between its words (a particle joined to the word before it),
so its phrases are matched word by word, as Latin ones are. A Korean byline
names the reporter first ("홍길동 기자").

See :mod:`cleaner.lang.concepts` for what each concept is and how its entries
are read. Every entry is exercised by a row of ``tests/test_lang.py``.
"""

from __future__ import annotations

CODE = "ko"
NAME = "Korean"
SCRIPT = "hangul"

CONCEPTS: dict[str, str] = {
    "function_word": """
        그리고 그러나 하지만 그런데 또한 또 및 등 이 그 저 것 수 더 때 중 위해 대한 통해
        따라 있다 있는 없는 했다 하는 한 된 될 되는 이는 그는 이번 지난 것으로 것이다
        때문에 가장 모두 다른
    """,
    "share_verb": """
        공유 공유하기 트윗 스크랩 인쇄 프린트 url복사 링크복사 주소복사 카카오톡공유 보내기
    """,
    "share_network": """
        카카오톡 카카오스토리 카카오 네이버 밴드 네이버밴드 네이버블로그 블로그 페이스북 트위터
    """,
    "share_filler": """
        기사 이 기사
    """,
    "share_prompt": """
        기사 공유하기
        이 기사 공유하기
        sns 공유하기
        sns 공유
        좋아요 누르기
    """,
    "share_count_noun": """
        공유
        좋아요
    """,
    "new_window": """
        새 창 열림
        새창 열림
        새 창으로 열기
    """,
    "follow_verb": """
        팔로우 구독 친구추가
    """,
    "related_header": """
        관련 글
        관련글
        관련기사
        관련 기사
        관련뉴스
        관련 뉴스
        많이 본 뉴스
        많이 본 기사
        추천 기사
        추천기사
        인기 기사
        인기기사
        함께 보면 좋은 기사
        이 기사와 함께 많이 본 뉴스
        주요뉴스
        주요 뉴스
        최신 기사
        실시간 인기기사
    """,
    "crosslink_label": """
        관련기사
        관련 기사
        함께 읽기
        함께 보면 좋은 기사
    """,
    "consent": """
        쿠키를 사용합니다
        쿠키를 사용하여
        쿠키 정책
        쿠키 사용에 동의
    """,
    "consent_button": """
        모두 동의
        모두 허용
        쿠키 허용
        동의합니다
    """,
    "newsletter": """
        뉴스레터 구독하기
        뉴스레터 신청하기
        뉴스레터를 구독
        이메일 주소를 입력하세요
        이메일 주소를 입력해 주세요
    """,
    "newsletter_weak": """
        뉴스레터 구독
        구독하기
    """,
    "paywall": """
        유료 회원 전용
        유료회원 전용 기사
        로그인 후 이용
        로그인 후 이용 가능합니다
        구독하고 전체 기사 읽기
        이 기사는 유료
    """,
    "paywall_weak": """
        회원 전용
        프리미엄 기사
    """,
    "login_line": """
        로그인
        회원가입
        마이페이지
        로그아웃
        로그인 회원가입
    """,
    "advertisement_label": """
        광고
        ad
        스폰서
    """,
    "affiliate": """
        쿠팡 파트너스 활동의 일환으로
        일정액의 수수료를 제공받습니다
        소정의 수수료를 제공받을 수 있습니다
    """,
    "feedback": """
        이 기사가 도움이 되었나요
        이 정보가 도움이 되었나요
        도움이 되셨나요
    """,
    "feedback_answer": """
        예
        아니요
        아니오
        도움이 돼요
    """,
    "comments_header": """
        댓글
        댓글쓰기
        댓글 쓰기
        댓글 달기
        댓글 남기기
        전체 댓글
        댓글목록
        베스트 댓글
    """,
    "comments_header_ending": """
        댓글
    """,
    "comment_control": """
        답글
        답글 달기
        답글쓰기
        신고
        신고하기
        추천
        비추천
        삭제
        수정
    """,
    "reply_control": """
        답글
        답글 달기
    """,
    "comment_field": """
        이름
        닉네임
        이메일
        비밀번호
        웹사이트
    """,
    "comment_form": """
        이메일 주소는 공개되지 않습니다
        필수 필드는
        욕설이나 비방
        댓글을 작성하려면 로그인
        댓글 운영 원칙
    """,
    "comment_prompt": """
        댓글을 작성하려면 로그인하세요
        로그인 후 댓글을 작성
        로그인 후 댓글을 작성할 수 있습니다
        댓글을 작성하려면 로그인이 필요합니다
        첫 댓글을 남겨주세요
        등록된 댓글이 없습니다
        댓글을 남겨주세요
    """,
    "comment_count_noun": """
        개의 댓글
        댓글
    """,
    "comment_count_label": """
        댓글
        전체 댓글
        댓글수
    """,
    "comment_author_verb": """
        님의 말
    """,
    "answer_noun": """
        개의 답변
        답변
    """,
    "tag_label": """
        태그
        키워드
        관련태그
        관련 태그
        카테고리
    """,
    "footer_link": """
        회사소개
        이용약관
        개인정보처리방침
        개인정보 처리방침
        청소년보호정책
        광고문의
        제휴문의
        고객센터
        기사제보
        사이트맵
        저작권보호정책
        이메일무단수집거부
    """,
    "disclaimer": """
        무단 전재 및 재배포 금지
        무단전재 및 재배포 금지
        ai 학습 및 활용 금지
        본 콘텐츠의 저작권은
    """,
    "rights_reserved": """
        무단전재 및 재배포 금지
        무단 전재 및 재배포 금지
        무단전재-재배포 금지
    """,
    "reserved_word": """
        무단전재
        무단 전재
        재배포 금지
    """,
    "tax_number_label": r"""
        사업자\s*등록\s*번호\s*:?\s*\d{3}-\d{2}-\d{5}
    """,
    "nav_line": """
        홈
        메뉴
        전체메뉴
        검색
        본문 바로가기
        메뉴 바로가기
        맨 위로
        위로
        한국어
    """,
    "browser_notice": """
        자바스크립트를 활성화
        브라우저를 업데이트
        지원하지 않는 브라우저
    """,
    "post_link": """
        이전글
        다음글
        이전 글
        다음 글
        이전 기사
        다음 기사
    """,
    "page_turn": """
        이전
        다음
        처음
        마지막
    """,
    "page_turn_noun": """
        페이지
    """,
    "page_next": """
        다음
    """,
    "byline_opener": """
        글쓴이
        작성자
        에디터
    """,
    "byline_closer": """
        기자
        특파원
        객원기자
        인턴기자
        선임기자
        논설위원
        칼럼니스트
    """,
    "author_box": """
        기자 정보
        기자 프로필
        글쓴이 소개
        이 기자의 다른 기사
    """,
    "reading_time_label": """
        읽는 시간
        예상 읽기 시간
    """,
    "minute_word": """
        분
    """,
    "read_word": """
        읽기
        소요
    """,
    "date_label": """
        입력
        수정
        승인
        기사입력
        최종수정
        업데이트
        등록
        발행일
        작성일
    """,
    "date_pattern": r"""
        \d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.?
        \d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일(?:\s*\(?[월화수목금토일]\)?)?
    """,
    "relative_time": r"""
        \d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전$
    """,
    "caption_word": """
        사진
        자료사진
        제공
    """,
    "photo_label": """
        사진
        자료사진
        사진제공
    """,
    "photo_credit_word": """
        =
    """,
    "photo_paren_label": """
        사진
        사진제공
    """,
    "credit_label": """
        제공
    """,
    "media_control": """
        사진 확대
        크게보기
        확대보기
        영상 재생
    """,
    "media_noun": """
        사진
    """,
}
