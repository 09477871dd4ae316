"""Related articles and same-story groups on the real seeds plus unrelated texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from seed_articles.relations import features
from seed_articles.relations.features import features_of, phrase_key
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import compute_related, related_index
from seed_articles.text.vietnamese import fold, tone_key

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Dates as the parser reads them (003 has none in its text; 004 has day and month).
SEED_DATES = {
    "000": (2024, 12, 9, 14, 27, 0),
    "002": (2019, 7, 16, 8, 25, 0),
    "004": (2024, 12, 27, 0, 0, 0),
}

ECONOMY = """Kinh tế tăng trưởng khả quan nhờ xuất khẩu và tiêu dùng nội địa
Theo số liệu của Tổng cục Thống kê, tổng sản phẩm trong nước quý IV tăng khá so với cùng kỳ năm trước, đưa tốc độ tăng trưởng cả năm vượt mục tiêu Quốc hội đề ra. Khu vực công nghiệp chế biến, chế tạo tiếp tục là động lực chính, trong khi khu vực dịch vụ phục hồi mạnh nhờ du lịch quốc tế và bán lẻ hàng hóa.
Kim ngạch xuất khẩu hàng hóa đạt mức cao kỷ lục, trong đó điện thoại, máy tính, linh kiện điện tử, dệt may, giày dép và nông sản đóng góp phần lớn. Thặng dư thương mại giúp ổn định tỷ giá, củng cố dự trữ ngoại hối. Các doanh nghiệp có vốn đầu tư nước ngoài vẫn chiếm tỷ trọng lớn trong kim ngạch xuất khẩu.
Ngân hàng Nhà nước điều hành chính sách tiền tệ linh hoạt, giữ ổn định mặt bằng lãi suất cho vay, tạo điều kiện cho doanh nghiệp nhỏ và vừa tiếp cận tín dụng. Lạm phát được kiểm soát dưới ngưỡng mục tiêu, giá xăng dầu, điện và lương thực biến động trong biên độ hẹp.
Tuy nhiên, thị trường bất động sản còn trầm lắng, trái phiếu doanh nghiệp đáo hạn gây áp lực thanh khoản. Giới chuyên gia kinh tế khuyến nghị đẩy nhanh giải ngân vốn đầu tư công, cải cách thủ tục hành chính, giảm chi phí logistics và hỗ trợ doanh nghiệp chuyển đổi số, chuyển đổi xanh để nâng sức cạnh tranh.
Năm tới, Chính phủ đặt mục tiêu tăng trưởng kinh tế cao hơn, kiểm soát lạm phát, ổn định kinh tế vĩ mô và bảo đảm các cân đối lớn của nền kinh tế. Người tiêu dùng kỳ vọng giá cả ổn định, thu nhập của người lao động tiếp tục được cải thiện trong bối cảnh kinh tế thế giới còn nhiều bất định."""

EDUCATION = """Các trường phổ thông chuẩn bị cho kỳ thi tốt nghiệp theo chương trình mới
Bộ Giáo dục và Đào tạo vừa công bố phương án tổ chức kỳ thi tốt nghiệp trung học phổ thông, theo đó học sinh thi bắt buộc môn Toán, Ngữ văn và chọn thêm hai môn trong số các môn đã học ở lớp 12. Các sở giáo dục được yêu cầu rà soát cơ sở vật chất, phòng thi và đội ngũ cán bộ coi thi.
Nhiều trường học ở Hà Nội và Thành phố Hồ Chí Minh đã xây dựng kế hoạch ôn tập, tổ chức thi thử và tư vấn chọn môn cho học sinh. Giáo viên chủ nhiệm phối hợp với phụ huynh theo dõi sức khỏe, tâm lý của các em trong giai đoạn cao điểm ôn luyện.
Chương trình giáo dục phổ thông mới chú trọng phát triển phẩm chất và năng lực người học, tăng cường hoạt động trải nghiệm, hướng nghiệp và giáo dục kỹ năng sống. Sách giáo khoa được biên soạn theo hướng mở, giáo viên có quyền chủ động lựa chọn học liệu phù hợp.
Các trường đại học cũng điều chỉnh phương thức tuyển sinh, kết hợp xét tuyển học bạ, điểm thi tốt nghiệp và kết quả các kỳ thi đánh giá năng lực. Thí sinh được khuyên tìm hiểu kỹ ngành học, học phí, học bổng và cơ hội việc làm sau khi ra trường trước khi đăng ký nguyện vọng.
Ngành giáo dục cũng đẩy mạnh chuyển đổi số trong quản lý trường học, sổ điểm điện tử, học bạ số và thư viện số, giúp giảm tải thủ tục giấy tờ cho giáo viên. Việc bồi dưỡng đội ngũ nhà giáo, nâng chuẩn trình độ và cải thiện thu nhập được xem là điều kiện then chốt của đổi mới giáo dục."""


def _seed_doc(path: Path) -> RelationDoc:
    """Seed text minus the foreign trailing lines (other articles' teasers, site footer)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    number = path.name[:3]
    if number == "000":
        lines = lines[: next(i for i, line in enumerate(lines) if line.startswith("Bài liên quan"))]
    elif number == "001":
        lines = lines[:16]
    elif number == "004":
        lines = lines[:24]
    lines = [line.strip() for line in lines if line.strip()]
    return RelationDoc(
        key=number, title=lines[0], text="\n".join(lines[1:]), date_sort=SEED_DATES.get(number)
    )


def seed_docs() -> list[RelationDoc]:
    return [_seed_doc(path) for path in sorted(SEEDS.glob("*.txt"))]


def _synthetic(key: str, text: str) -> RelationDoc:
    title, body = text.split("\n", 1)
    return RelationDoc(key=key, title=title, text=body, date_sort=(2024, 12, 20, 0, 0, 0))


@pytest.fixture(scope="module")
def seeds() -> list[RelationDoc]:
    return seed_docs()


@pytest.fixture(scope="module")
def seed_related(seeds):
    return related_index(seeds)


def test_same_event_reports_are_one_story(seed_related):
    assert seed_related.groups == [["003", "004"]]
    for key, other in (("003", "004"), ("004", "003")):
        first = seed_related.related[key][0]
        assert first.target == other
        assert first.same_story


def test_different_events_are_not_same_story(seed_related):
    for key in ("000", "001", "002"):
        assert not any(r.same_story for r in seed_related.related[key])


def test_every_seed_has_a_related_article(seed_related):
    for key, relations in seed_related.related.items():
        assert relations, key
        assert all(r.target != key for r in relations)


def test_relations_ranked_same_story_then_score_then_key(seed_related):
    for relations in seed_related.related.values():
        ranks = [(not r.same_story, -r.score, r.target) for r in relations]
        assert ranks == sorted(ranks)


def test_shared_terms_occur_in_both_texts(seeds, seed_related):
    by_key = {doc.key: doc for doc in seeds}
    for key, relations in seed_related.related.items():
        for relation in relations:
            assert 3 <= len(relation.shared_terms) <= 5
            assert len(set(relation.shared_terms)) == len(relation.shared_terms)
            for term in relation.shared_terms:
                for doc in (by_key[key], by_key[relation.target]):
                    text = fold(" ".join(f"{doc.title}\n{doc.text}".split()))
                    assert fold(term) in text, (term, doc.key)


def test_shared_terms_keep_diacritics_and_prefer_multi_syllable_terms(seed_related):
    terms = seed_related.related["003"][0].shared_terms
    assert any(" " in term for term in terms[:2])
    assert all(term != fold(term) or term.isascii() and term.isupper() for term in terms)


def test_unrelated_articles_are_not_linked_to_defence_articles(seeds, seed_related):
    extra = [_synthetic("900-kinh-te", ECONOMY), _synthetic("901-giao-duc", EDUCATION)]
    related = compute_related([*seeds, *extra])
    for doc in seeds:
        targets = [r.target for r in related[doc.key]]
        assert "900-kinh-te" not in targets and "901-giao-duc" not in targets
        assert related[doc.key][0].target == seed_related.related[doc.key][0].target
    for doc in extra:
        assert not any(r.target in {s.key for s in seeds} for r in related[doc.key])


def test_results_do_not_depend_on_input_order(seeds):
    forward = compute_related(seeds)
    backward = compute_related(list(reversed(seeds)))
    assert forward == backward


def test_tone_mark_placement_does_not_change_features():
    old_style = features_of("gìn giữ hoà bình, thuỷ quân")
    new_style = features_of("gìn giữ hòa bình, thủy quân")
    assert old_style == new_style
    assert phrase_key("HÒA BÌNH") == phrase_key("hoà bình")


def test_pairs_do_not_cross_punctuation_or_function_words():
    features = set(features_of("quốc tế và đối ngoại, quốc phòng 2024 biên giới"))
    assert "đôi4 ngoai5" in features
    assert not any(f.startswith("tê4 ") for f in features)  # "tế và đối": "và" breaks
    assert "ngoai5 quôc4" not in features  # comma breaks
    assert "phong1 biên" not in features  # number breaks
    assert not any("2024" in f for f in features)


def test_duplicate_keys_rejected():
    doc = RelationDoc(key="a", title="t", text="x")
    with pytest.raises(ValueError):
        compute_related([doc, doc])


def test_tiny_corpora():
    assert compute_related([]) == {}
    assert compute_related([RelationDoc(key="a", title="Tiêu đề", text="Nội dung")]) == {"a": []}


def test_near_duplicates_group_even_without_dates(seeds):
    base = seeds[3]
    copy = RelationDoc(key="zz-copy", title=base.title, text=base.text.replace("Năm 2024", "Trong năm 2024"))
    index = related_index([*seeds, copy])
    assert ["003", "004", "zz-copy"] in index.groups or ["003", "zz-copy"] in index.groups
    assert index.related["zz-copy"][0].same_story


def test_story_groups_from_flags_match_computed(seeds, seed_related):
    from seed_articles.relations import story_groups

    assert story_groups(seeds, seed_related.related) == seed_related.groups
    assert story_groups(seeds) == [["003", "004"]]


def test_dated_far_apart_is_never_same_story(seeds):
    base = seeds[4]
    later = RelationDoc(key="zz-later", title=base.title, text=base.text, date_sort=(2025, 12, 27))
    index = related_index([*seeds, later])
    assert not any(r.same_story and r.target == "zz-later" for r in index.related["004"])


# 300 tokens: the counts are made in many chunks of one or two articles.
@pytest.mark.parametrize("chunk_tokens", [features.CHUNK_TOKENS, 300])
def test_matrix_equals_tfidfvectorizer(seeds, monkeypatch, chunk_tokens):
    import numpy as np
    from seed_articles.relations.similarity import _vectorize
    from sklearn.feature_extraction.text import TfidfVectorizer

    monkeypatch.setattr(features, "CHUNK_TOKENS", chunk_tokens)
    docs = [*seeds, _synthetic("economy", ECONOMY), _synthetic("education", EDUCATION)]
    corpus = _vectorize(docs)
    reference = TfidfVectorizer(analyzer=features_of, sublinear_tf=True)
    expected = reference.fit_transform([f"{d.title}\n{d.text}" for d in docs])
    assert list(reference.get_feature_names_out()) == list(corpus.names)
    assert np.allclose(expected.toarray(), corpus.matrix.toarray(), atol=1e-6)


@pytest.mark.parametrize("chunk_tokens", [features.CHUNK_TOKENS, 300])
def test_shingle_sets_are_the_runs_of_five_tokens(seeds, monkeypatch, chunk_tokens):
    """The hashed run sets (retelling evidence) equal plain sets of 5-token runs, sizes and overlaps."""
    import numpy as np

    monkeypatch.setattr(features, "CHUNK_TOKENS", chunk_tokens)
    docs = [*seeds, _synthetic("economy", ECONOMY), _synthetic("education", EDUCATION)]
    texts = [f"{d.title}\n{d.text}" for d in docs]
    corpus = features.CorpusTokens([features.tokenize(text) for text in texts])
    runs = corpus.shingle_sets(np.arange(len(docs)))
    plain = []
    for text in texts:
        keys = [tone_key(t) if t[:1].isalnum() else None for t in features.split_tokens(text)]
        plain.append({tuple(keys[n : n + 5]) for n in range(len(keys) - 4)})
    assert [len(found) for found in plain] == np.diff(runs.indptr).tolist()
    for i in range(len(docs)):
        for j in range(len(docs)):
            assert runs[i].multiply(runs[j]).sum() == len(plain[i] & plain[j]), (docs[i].key, docs[j].key)
    # The two reports of one event share far more runs than any other pair.
    assert len(plain[3] & plain[4]) > 2 * max(
        len(plain[a] & plain[b]) for a in range(7) for b in range(a) if (a, b) != (4, 3)
    )


def test_distinct_is_numpy_unique():
    import numpy as np
    from seed_articles.relations.arrays import distinct

    values = np.random.default_rng(7).integers(-50, 10**12, 20_000) // 1000 * 1000
    assert distinct(values).tolist() == np.unique(values).tolist()
    assert distinct(np.zeros(0, dtype=np.int64)).tolist() == []


def test_counts_of_no_documents_or_no_words_are_none():
    assert features.CorpusTokens([]).feature_counts() is None
    numbers_only = [features.tokenize("2024 - 12 , 31"), features.tokenize("")]
    assert features.CorpusTokens(numbers_only).feature_counts() is None
