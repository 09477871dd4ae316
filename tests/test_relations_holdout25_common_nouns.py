"""An abbreviation the corpus defines by lower-case words is a common noun, not a name.

"hợp tác xã (HTX)", "công nhân, viên chức, lao động (CNVCLĐ)": every text of a field writes
them, whatever its story, so sharing one is no evidence of one subject (:mod:`.linking`) nor of
one meeting (:mod:`.stories`). Invented Vietnamese text, not corpus text.
"""

from __future__ import annotations

import numpy as np
import pytest
from seed_articles.relations import linking
from seed_articles.relations.common_nouns import common_noun_abbreviations, defined_as_common_noun
from seed_articles.relations.corpus import vectorize
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import _without_common_nouns
from seed_articles.relations.stories import _distinctive_names


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Toàn huyện có 14 hợp tác xã (HTX) trồng dừa hữu cơ.", "htx"),
        ("Chăm lo cho công nhân, viên chức, lao động (CNVCLĐ) dịp cuối năm.", "cnvclđ"),
        ("Các doanh nghiệp nhỏ và vừa (DNNVV) còn thiếu vốn.", "dnnvv"),
        ("Nhà máy mới đặt tại khu công nghiệp (KCN) phía bắc thị xã.", "kcn"),
        ("Lực lượng gìn giữ hòa bình (GGHB) của Liên hợp quốc.", "gghb"),
    ],
)
def test_lower_case_words_spelling_the_initials_define_a_common_noun(text: str, short: str) -> None:
    assert defined_as_common_noun(text) == {short}


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban nhân dân (UBND) tỉnh chủ trì hội nghị.",  # capitalised: one body
        "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ dự án.",  # a proper name
        "Liên đoàn Lao động (LĐLĐ) thành phố tiếp đoàn.",  # a proper name
        "Các thành viên (ASEAN) cùng thảo luận.",  # the words before do not spell it
        "Sản phẩm đạt tiêu chuẩn thực hành nông nghiệp tốt (VietGAP).",  # not in capitals
        "Diện tích gieo trồng đạt 400 hecta (ha).",  # a unit in lower case
    ],
)
def test_proper_names_and_other_brackets_are_no_common_noun(text: str) -> None:
    assert defined_as_common_noun(text) == set()


def test_one_definition_in_the_corpus_is_enough() -> None:
    texts = [
        "Hợp tác xã vận tải ký hợp đồng mới.",
        "Tỉnh có 30 hợp tác xã (HTX) nuôi tôm.",
        "HTX mở rộng vùng nuôi.",
    ]
    assert common_noun_abbreviations(texts) == frozenset({"htx"})


# Two texts of one field: a shrimp cooperative's export order and a rice cooperative's new
# variety. Both write "HTX", one defines it; they share no place, body or meeting.
SHRIMP = RelationDoc(
    "tom",
    "Hợp tác xã tôm sú ký đơn hàng xuất khẩu",
    "Tại xã ven biển, 52 hộ nuôi tôm sú đã góp vốn lập hợp tác xã (HTX) và vừa ký đơn hàng đầu "
    "tiên với một nhà nhập khẩu từ KOTRA giới thiệu.",
    (2026, 3, 10, 0, 0, 0),
    ["HTX", "KOTRA"],
)
RICE = RelationDoc(
    "lua",
    "Nông dân thử giống lúa chịu mặn mới",
    "Sau vụ đông xuân, HTX nông nghiệp của thôn thử giống lúa chịu mặn trên 20 ha ruộng "
    "nhiễm mặn, năng suất cao hơn giống cũ. Cán bộ KOTRA đến thăm ruộng.",
    (2026, 3, 11, 0, 0, 0),
    ["HTX", "KOTRA", "ha"],
)
OTHER = RelationDoc("khac", "Khai mạc hội chợ sách", "Hội chợ sách mùa xuân mở cửa tại công viên.", None, [])


def test_a_common_noun_abbreviation_is_no_shared_name() -> None:
    docs = [SHRIMP, RICE, OTHER]
    corpus = vectorize(docs)
    every = corpus.tokens.name_matrix(corpus.numbers)
    kept = _without_common_nouns(every, corpus, docs)

    def written(names) -> set[str]:
        return {corpus.tokens.feature_name(int(corpus.numbers[column])) for column in names[0].indices}

    assert "htx" in written(every)  # without the rule "HTX" counts as a name...
    assert "htx" not in written(kept)  # ...with it, only the body's name stays
    assert "kotra" in written(kept)
    first, second = np.array([0]), np.array([1])
    assert linking.shared_names(every, first, second).tolist() == [2]
    assert linking.shared_names(kept, first, second).tolist() == [1]


def test_only_names_in_capitals_that_are_no_common_noun_tell_one_meeting() -> None:
    distinctive = _distinctive_names([SHRIMP, RICE, OTHER], share=0.9)
    # "HTX" (defined as a common noun) and "ha" (a unit in lower case) name no one occasion.
    assert distinctive[0] == frozenset({"KOTRA"})
    assert distinctive[1] == frozenset({"KOTRA"})


def test_without_a_definition_an_abbreviation_stays_a_name() -> None:
    plain = RelationDoc(
        "tom", SHRIMP.title, SHRIMP.text.replace("hợp tác xã (HTX)", "HTX"), SHRIMP.date_sort, ["HTX"]
    )
    distinctive = _distinctive_names([plain, RICE, OTHER], share=0.9)
    assert "HTX" in distinctive[0]
