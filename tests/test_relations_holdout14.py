"""Relations after held-out sets 14-16 were folded in: units of amounts are no names, and the
candidate search keeps enough of each article's features to find the other reports of its event.

Our own invented Vietnamese texts; the real seeds (a defence archive) are the background.
"""

from __future__ import annotations

import numpy as np
import pytest
from seed_articles.relations import candidates, linking
from seed_articles.relations.corpus import vectorize
from seed_articles.relations.features import CorpusTokens, features_of, tokenize
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import related_index
from test_relations_similarity import seed_docs

DAY = (2026, 5, 6, 0, 0, 0)
NEXT_WEEK = (2026, 5, 12, 0, 0, 0)

# Two texts of one field (trade in farm goods) on different occasions: a tea export report and a
# pepper trade fair. Both count money in "USD" and name nothing else alike.
TEA = """Chè xuất khẩu tìm đường vào thị trường khó tính
Bốn tháng đầu năm, kim ngạch xuất khẩu chè của cả nước đạt khoảng 85 triệu USD, tăng gần 12% so với cùng kỳ.
Nhiều doanh nghiệp chuyển sang chè hữu cơ để đáp ứng tiêu chuẩn về dư lượng thuốc bảo vệ thực vật của các nhà nhập khẩu.
Giá bình quân mỗi tấn chè xuất khẩu đạt hơn 1.800 USD, cao nhất trong ba năm, song vẫn thấp hơn giá chè của các nước trong khu vực.
Các chuyên gia khuyến nghị doanh nghiệp đầu tư chế biến sâu, xây dựng thương hiệu và tận dụng ưu đãi thuế quan để nâng giá trị xuất khẩu."""
PEPPER = """Hội chợ hồ tiêu thu hút khách
Hội chợ hồ tiêu và gia vị năm nay có hơn 90 gian hàng của hợp tác xã và các cơ sở chế biến trong vùng.
Theo ban tổ chức, kim ngạch xuất khẩu hồ tiêu năm ngoái đạt 1,3 tỷ USD; mỗi tấn tiêu đen hiện có giá khoảng 6.500 USD.
Khách tham quan được nếm thử tiêu xanh ngâm, muối tiêu chanh và các món ăn dùng tiêu của đầu bếp địa phương.
Ban tổ chức cho biết nhiều thương lái đã đặt mua tiêu sọ ngay trong ngày đầu."""


def _doc(key: str, text: str, date: tuple | None) -> RelationDoc:
    title, body = text.split("\n", 1)
    return RelationDoc(key=key, title=title, text=body, date_sort=date)


def _names_of(texts: list[str]) -> tuple[CorpusTokens, np.ndarray, np.ndarray]:
    tokens = CorpusTokens([tokenize(text) for text in texts])
    found = tokens.feature_counts()
    return tokens, tokens.name_matrix(found.numbers).toarray().astype(bool), found.numbers


def _writes_as_name(texts: list[str], word: str) -> list[bool]:
    tokens, names, numbers = _names_of(texts)
    column = int(np.searchsorted(numbers, tokens.feature_number(features_of(word)[0])))
    return names[:, column].tolist()


def test_a_currency_after_an_amount_is_no_name():
    assert _writes_as_name(
        [
            "Kim ngạch đạt 2,5 tỷ USD trong quý đầu.",
            "Mỗi tấn hàng bán được 900 USD.",
            "Dự án điện gió 50 MW, vốn 120 triệu USD.",
        ],
        "USD",
    ) == [False, False, False]
    assert _writes_as_name(["Nhà máy điện mặt trời 50 MW đi vào hoạt động."], "MW") == [False]


def test_acronyms_not_after_an_amount_stay_names():
    """Near misses: a meeting numbered after its name, an acronym after a dateline's comma or
    after a word, the currency written as a subject ("đồng USD")."""
    texts = [
        "Hội nghị ADMM-19 bế mạc chiều nay.",
        "Ngày 12/11, ASEAN thông qua tuyên bố chung.",
        "Các nước ASEAN cam kết hợp tác an ninh biển.",
        "Đồng USD tăng giá so với các đồng tiền trong khu vực.",
    ]
    assert _writes_as_name(texts, "ADMM") == [True, False, False, False]
    assert _writes_as_name(texts, "ASEAN") == [False, True, True, False]
    assert _writes_as_name(texts, "USD") == [False, False, False, True]


@pytest.fixture(scope="module")
def field_docs() -> list[RelationDoc]:
    return [*seed_docs(), _doc("tea", TEA, DAY), _doc("pepper", PEPPER, NEXT_WEEK)]


def test_two_texts_of_one_field_counting_in_usd_share_no_name(field_docs):
    corpus = vectorize(field_docs)
    keys = [doc.key for doc in field_docs]
    a, b = np.array([keys.index("tea")]), np.array([keys.index("pepper")])
    names = linking.shared_names(corpus.tokens.name_matrix(corpus.numbers), a, b)
    assert names.tolist() == [0]
    # Similar enough to link if they shared a name; a pair sharing none needs more.
    score = corpus.weights.cosine(a, b)[0]
    features = np.diff(corpus.matrix.indptr)
    floor = linking.length_floor(features[a], features[b], 0.25)[0]
    assert floor <= score < linking.UNNAMED_CLEARANCE * floor


def test_two_texts_of_one_field_counting_in_usd_do_not_link(field_docs):
    index = related_index(field_docs)
    assert "pepper" not in [relation.target for relation in index.related["tea"]]
    assert "tea" not in [relation.target for relation in index.related["pepper"]]


# The candidate search keeps each article's strongest features. In an archive on one subject an
# article's rarest phrases, each shared by chance with one other article, are its strongest; the
# other report of its event shares the event's words, which more articles write.
_CHANCE = 45  # chance phrases of the report (written twice), each shared with one other article


def _word(n: int) -> str:
    """A made-up word of its own for each number (letters only, so it is a feature)."""
    letters = "bcdghklmnpqrstvx"
    return "z" + "".join(letters[int(digit)] for digit in f"{n:03d}")


def test_the_other_report_of_an_event_stays_a_candidate_beside_many_chance_phrases():
    assert candidates.CANDIDATE_FEATURES > _CHANCE
    event = "diễn tập, cứu nạn, cứu hộ, tàu cá, ngư dân, hải đội, xuồng, phao"
    field = "diễn tập, cứu nạn, tàu cá, xuồng"  # half the event's words
    chance = ", ".join(_word(n) for n in range(_CHANCE))
    docs = [
        RelationDoc(key="report", title="Diễn tập cứu nạn trên biển", text=f"{event}.\n{chance}.\n{chance}."),
        RelationDoc(key="other", title="Hải đội cứu ngư dân", text=f"{event}, lặn, bờ."),
        # Others writing the event's words in other stories: they are the field, not the event.
        *(
            RelationDoc(
                key=f"field-{n}", title="Tin biển", text=f"{field}, {_word(500 + n)}, {_word(600 + n)}."
            )
            for n in range(6)
        ),
        # One article per chance phrase.
        *(
            RelationDoc(key=f"chance-{n}", title="Tin khác", text=f"{_word(n)}, {_word(300 + n)}.")
            for n in range(_CHANCE)
        ),
    ]
    index = related_index(docs)
    assert "other" in [relation.target for relation in index.related["report"]]
