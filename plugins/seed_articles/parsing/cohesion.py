"""How much a line shares the article's vocabulary.

Vietnamese words are mostly two syllables ("quốc phòng", "đối ngoại"), so
the unit is a pair of adjacent lower-case syllables, without pairs that
contain a function word. Diacritics are kept: the article is compared with
itself, so folding (costly on long lines) would change nothing. A paragraph of the article repeats many
of the pairs used before it; the teaser of another story repeats few.

jusText's Vietnamese stop list was tried for the function words, but it is
a frequency list that also holds content syllables (quốc, hòa, bình, hội),
which removed exactly the pairs that carry an article's topic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from .lines import lower_tokens

Bigram = tuple[str, str]

# Function words (lower-case NFC) that make a pair meaningless on their own.
FUNCTION_WORDS = frozenset(
    [
        "và",
        "của",
        "các",
        "những",
        "là",
        "được",
        "có",
        "trong",
        "cho",
        "với",
        "để",
        "này",
        "đó",
        "đã",
        "sẽ",
        "đang",
        "một",
        "không",
        "thì",
        "mà",
        "khi",
        "từ",
        "theo",
        "về",
        "tại",
        "bị",
        "bởi",
        "nên",
        "cũng",
        "như",
        "hoặc",
        "hay",
        "vì",
        "ra",
        "vào",
        "lên",
        "xuống",
        "đến",
        "rằng",
        "nhằm",
        "qua",
        "trên",
        "dưới",
        "giữa",
        "sau",
        "trước",
        "ở",
        "nhiều",
        "mới",
        "rất",
        "còn",
        "nữa",
        "hơn",
        "chỉ",
        "ấy",
        "kia",
        "họ",
        "tôi",
        "ta",
        "chúng",
        "mình",
        "bạn",
    ]
)


# Function words mapped to "" so that map(dict.get) blanks them at C speed.
_BLANK_FUNCTION_WORDS = dict.fromkeys(FUNCTION_WORDS, "")


@lru_cache(maxsize=8192)
def content_bigrams(text: str) -> frozenset[Bigram]:
    """Adjacent syllable pairs of ``text`` without function words (written for speed:
    this runs on every line of every article)."""
    words = list(map(_BLANK_FUNCTION_WORDS.get, lower_tokens(text), lower_tokens(text)))
    return frozenset(filter(all, zip(words, words[1:], strict=False)))


class VocabularyPool:
    """Bigrams of a set of lines, asked "how much of this line was said before?"."""

    def __init__(self, bigram_sets: Iterable[frozenset[Bigram]] = ()) -> None:
        self._known: set[Bigram] = set()
        for bigrams in bigram_sets:
            self._known |= bigrams

    @property
    def size(self) -> int:
        """How many distinct word pairs the pool holds (how much text it can judge against)."""
        return len(self._known)

    def cohesion(self, bigrams: frozenset[Bigram]) -> float:
        """Share of ``bigrams`` present in the pool (1.0 for a line without pairs)."""
        if not bigrams:
            return 1.0
        return len(bigrams & self._known) / len(bigrams)


class FirstUse:
    """For an ordered list of lines: where each bigram is first used.

    ``cohesion(i)`` is the share of line ``i``'s pairs already used in the
    lines before it (``prefix`` lines, such as title and lead, count as
    before every line). Built with C-level dict operations: it runs on every
    article.
    """

    def __init__(self, prefix: Iterable[frozenset[Bigram]], lines: list[frozenset[Bigram]]) -> None:
        self._lines = lines
        first: dict[Bigram, int] = {}
        for index in range(len(lines) - 1, -1, -1):
            first.update(dict.fromkeys(lines[index], index))
        for bigrams in prefix:
            first.update(dict.fromkeys(bigrams, -1))
        self._first = first
        # distinct pairs known before each line: how much vocabulary a comparison rests on
        new_at = Counter(first.values())
        known = new_at[-1]
        self._known_before = []
        for index in range(len(lines)):
            self._known_before.append(known)
            known += new_at[index]

    def known_before(self, index: int) -> int:
        return self._known_before[index]

    def cohesion(self, index: int) -> float:
        bigrams = self._lines[index]
        if not bigrams:
            return 1.0
        first = self._first
        return sum(1 for pair in bigrams if first[pair] < index) / len(bigrams)
