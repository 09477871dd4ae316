"""The site vocabulary of a pair (:mod:`seed_articles.relations.sites`): what :class:`SiteWords`
keeps between the passes of the pair-judging loop changes no share.

The reference below reads everything again for each pair, with SciPy's own indexing (the
computation :func:`site_shares` made before it kept anything); the kept one must give the
same bytes, whether it judges all pairs at once or in several passes as the loop does."""

from __future__ import annotations

import random
import re

import numpy as np
from scipy import sparse
from seed_articles.relations.corpus import tokenize_docs, vectorize
from seed_articles.relations.features import features_of
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.similarity import _site_words, related_index
from seed_articles.relations.sites import (
    OWN_NAME_WORDS,
    SITE_LINES,
    SiteWords,
    chrome_lines,
    site_shares,
    text_lines,
)

SUBJECTS = [
    "Bộ Quốc phòng Việt Nam và Ấn Độ ký biên bản hợp tác quân y tại Hà Nội",
    "Hội chợ thương mại ASEAN khai mạc ở Thành phố Hồ Chí Minh với năm trăm gian hàng",
    "Đại học Quốc gia Hà Nội tuyển sinh ngành trí tuệ nhân tạo năm học mới",
    "Hải quân Nhân dân Việt Nam tham gia diễn tập tìm kiếm cứu nạn trên biển Đông",
    "Ngân hàng Nhà nước giảm lãi suất cho vay doanh nghiệp nhỏ và vừa",
    "Bệnh viện Quân y 175 mổ tim cho trẻ em vùng sâu vùng xa",
    "Giải bóng đá Đông Nam Á khởi tranh tại sân Mỹ Đình",
    "Thủ tướng tiếp Đoàn đại biểu Quân đội Lào sang thăm và làm việc",
]
FILLER = [
    "Các đại biểu trao đổi kinh nghiệm và thống nhất kế hoạch năm tới.",
    "Buổi lễ diễn ra trang trọng với sự tham dự của nhiều khách mời.",
    "Hai bên nhất trí tăng cường phối hợp trong thời gian tới.",
    "Theo ban tổ chức, hoạt động sẽ được duy trì hằng năm.",
]
SITES = {
    "hnb": (
        "Hội Nhà báo Việt Nam",
        "Tin tức - Sự kiện",
        "Giải báo chí",
        "Trụ sở: Hoàn Kiếm, Hà Nội",
        "   ",
    ),
    "qdnd": ("Báo Quân đội Nhân dân", "Quốc phòng", "Hà Nội: 27°C", "Bản in", "Chia sẻ"),
    "edu": ("CỔNG THÔNG TIN  ĐÀO TẠO", "Giáo dục", "bản in", "Chia  sẻ", "ĐHQGHN"),
    "mirror": ("Podcast Lokal - Radio internetowe", "Zaloguj", "Przeglądaj"),
}
# Lines a site's pages also keep in their text (one site's pages write them alike).
SITE_TEXT = {
    "hnb": "Hội Nhà báo Việt Nam phát động Giải báo chí toàn quốc.",
    "mirror": "Słuchaj offline w aplikacji Podcast Lokal!",
}


def _docs(count: int, seed: int) -> list[RelationDoc]:
    rng = random.Random(seed)
    docs = []
    for number in range(count):
        site = rng.choice([*SITES, None])
        lines = [rng.choice(SUBJECTS), *rng.sample(FILLER, 2)]
        if site in SITE_TEXT and rng.random() < 0.7:
            lines.insert(rng.randrange(len(lines) + 1), SITE_TEXT[site])
        if rng.random() < 0.3:
            lines.append(rng.choice(SUBJECTS).upper())  # a line written alike, in other case
        chrome: tuple[str, ...] = ()
        if site is not None:
            chrome = tuple(rng.sample(SITES[site], rng.randint(1, len(SITES[site]))))
            if rng.random() < 0.3:
                chrome += (rng.choice(SITES[rng.choice(list(SITES))]),)  # a line another site prints
        title = rng.choice(SUBJECTS) if rng.random() < 0.5 else lines[0]
        docs.append(
            RelationDoc(
                key=f"doc-{number:03d}",
                title=title,
                text="\n".join(lines),
                date_sort=(2025, 1 + number % 12, 1 + number % 28, 0, 0, 0),
                chrome=chrome,
            )
        )
    return docs


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _own_name_lines(doc: RelationDoc) -> set[str]:
    """A page's masthead name: its long chrome lines that its text writes too."""
    text = f" {_plain(doc.text)} "
    return {
        line
        for line in chrome_lines(doc)
        if len(_plain(line).split()) >= OWN_NAME_WORDS and f" {_plain(line)} " in text
    }


def _reference(docs, matrix, names, units, column_of, first, second, which):
    """Each pair's shares read from scratch, with SciPy indexing."""
    score = np.zeros(len(which))
    evidence = np.zeros(len(which))
    named = np.zeros(len(which), dtype=np.int64)

    def columns(lines) -> np.ndarray:
        found = {column_of(feature) for line in sorted(lines) for feature in features_of(line)}
        return np.array(sorted(found - {-1}), dtype=np.int64)

    for place, k in enumerate(which.tolist()):
        i, j = int(first[k]), int(second[k])
        common = chrome_lines(docs[i]) & chrome_lines(docs[j])
        own = columns(_own_name_lines(docs[i]) | _own_name_lines(docs[j]))
        if common:
            one_site = len(common) >= SITE_LINES or any(
                len(_plain(line).split()) >= OWN_NAME_WORDS for line in common
            )
            alike = text_lines(docs[i]) & text_lines(docs[j]) if one_site else set()
            chosen = np.union1d(columns(common | alike), own).astype(np.int64)
        else:
            chosen = np.intersect1d(columns(chrome_lines(docs[i])), columns(chrome_lines(docs[j])))
            if len(chosen):
                both = names[i, chosen].toarray().ravel() * names[j, chosen].toarray().ravel()
                chosen = chosen[both > 0]
            chosen = np.union1d(chosen, own).astype(np.int64)
        if not len(chosen):
            continue
        a = matrix[i, chosen].toarray().ravel().astype(np.float64)
        b = matrix[j, chosen].toarray().ravel().astype(np.float64)
        score[place] = float(a @ b)
        evidence[place] = float(units[chosen][(a > 0) & (b > 0)].sum())
        named[place] = int((names[i, chosen].toarray().ravel() * names[j, chosen].toarray().ravel()).sum())
    return score, evidence, named


def _setting(count: int = 60, seed: int = 3):
    docs = _docs(count, seed)
    corpus = vectorize(docs, tokenize_docs(docs), None)
    words = _site_words(docs, corpus, corpus.tokens.name_matrix(corpus.numbers))
    first, second = np.triu_indices(len(docs), k=1)
    return docs, words, first.astype(np.int64), second.astype(np.int64)


def _same(got, want) -> None:
    for a, b in zip(got, want, strict=True):
        assert a.dtype == b.dtype
        assert a.tobytes() == b.tobytes()


def _expected(docs, words: SiteWords, first, second, which):
    return _reference(docs, words.matrix, words.names, words.units, words.column_of, first, second, which)


def test_the_pairs_cover_one_site_two_sites_and_no_chrome():
    docs, words, first, second = _setting()
    which = np.arange(len(first))
    score, _, named = _expected(docs, words, first, second, which)
    same_site = np.array(
        [bool(chrome_lines(docs[i]) & chrome_lines(docs[j])) for i, j in zip(first, second, strict=True)]
    )
    bare = np.array([not docs[i].chrome or not docs[j].chrome for i, j in zip(first, second, strict=True)])
    assert (score[same_site] > 0).any()
    assert (score[~same_site & ~bare] > 0).any()  # two sites that print one name
    assert (named[~same_site & ~bare] > 0).any()
    # Without chrome on one side, only a masthead name the other page's text writes counts.
    named_site = np.array(
        [
            bool(_own_name_lines(docs[i]) | _own_name_lines(docs[j]))
            for i, j in zip(first, second, strict=True)
        ]
    )
    assert not score[bare & ~named_site].any()
    assert (score[bare & named_site] > 0).any()
    assert (score[~same_site & ~bare] == 0).any()


def test_kept_site_words_give_the_reference_shares():
    for seed in (1, 2):
        docs, words, first, second = _setting(seed=seed)
        which = np.arange(len(first))
        _same(words.shares(first, second, which), _expected(docs, words, first, second, which))


def test_several_passes_give_the_shares_of_one():
    docs, words, first, second = _setting(seed=5)
    order = np.random.default_rng(5).permutation(len(first))
    for which in np.array_split(order, 7):  # the loop's passes: other pairs each time
        which = np.sort(which)
        _same(words.shares(first, second, which), _expected(docs, words, first, second, which))
    # A subset judged again, and the first pair alone.
    which = order[:50]
    _same(words.shares(first, second, which), _expected(docs, words, first, second, which))
    _same(words.shares(first, second, which[:1]), _expected(docs, words, first, second, which[:1]))
    _same(words.shares(first, second, which[:0]), _expected(docs, words, first, second, which[:0]))


def test_site_shares_is_the_kept_computation():
    docs, words, first, second = _setting(seed=7)
    which = np.arange(0, len(first), 3)
    _same(
        site_shares(docs, words.matrix, words.names, words.units, words.column_of, first, second, which),
        _expected(docs, words, first, second, which),
    )


def _reversed_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """``matrix`` with each row's entries stored in reverse column order."""
    indices, data = matrix.indices.copy(), matrix.data.copy()
    for row in range(matrix.shape[0]):
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        indices[start:end] = indices[start:end][::-1]
        data[start:end] = data[start:end][::-1]
    unsorted = sparse.csr_matrix((data, indices, matrix.indptr.copy()), shape=matrix.shape)
    unsorted.has_sorted_indices = False
    return unsorted


def test_unsorted_matrices_are_read_as_scipy_reads_them():
    docs, words, first, second = _setting(seed=9)
    which = np.arange(len(first))
    want = _expected(docs, words, first, second, which)
    again = SiteWords(
        docs, _reversed_rows(words.matrix), _reversed_rows(words.names), words.units, words.column_of
    )
    _same(again.shares(first, second, which), want)


def test_related_index_is_that_of_the_reference(monkeypatch):
    """The links of a corpus with site chrome, with the kept site words and with the reference."""
    for seed in (11, 12):
        docs = _docs(90, seed)
        kept = related_index(docs, min_similarity=0.1)

        def reference(self, first, second, which):
            return _reference(
                self.docs, self.matrix, self.names, self.units, self.column_of, first, second, which
            )

        with monkeypatch.context() as patch:
            patch.setattr(SiteWords, "shares", reference)
            want = related_index(docs, min_similarity=0.1)
        assert kept == want
        assert any(kept.related.values())
