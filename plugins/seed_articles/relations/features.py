"""Text → similarity features: syllables and syllable pairs.

Vietnamese words are often two syllables ("quốc phòng", "đối ngoại"), so a
document is represented by its content syllables plus the pairs of adjacent
syllables inside one clause. Pairs never cross punctuation, a number or a
function word, so "quốc tế và đối ngoại" yields "quốc tế" and "đối ngoại"
but not "tế đối".

Features are keyed by :func:`~seed_articles.text.vietnamese.tone_key`, so
``hoà`` and ``hòa`` (or ``HÒA``) are the same feature.

Work is split in two so that the costly part runs once per article, in
worker processes, and can be kept between builds:

* :func:`tokenize` (per article): the distinct tokens as written and the
  order they come in, a compact picklable :class:`TokenizedText`;
* :class:`CorpusTokens` (per corpus, vectorised): one table of every
  distinct token with its key and kind, from which the feature counts, the
  written forms of terms and the shingles of each article are read.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..text.vietnamese import normalize_text, syllables, tone_key
from .arrays import distinct, run_starts

# Function words that carry no topic: they are dropped and also break pairs.
_STOP_WORDS_TEXT = """
và của các những được là có trong với cho để đã này đó đây kia ấy khi thì mà
nhưng hay hoặc từ theo về tại trên dưới đến ra vào lên xuống cũng đều rất còn
sẽ đang vẫn như một bị do nên nếu vì qua sau trước giữa không chưa nào gì ai
nữa lại thêm bằng sự việc cùng nhất hơn chỉ mỗi mọi cả nhằm ở nhiều ngày
năm tháng giờ phút ông bà anh chị họ chúng ta tôi mình người cái chiếc điều
vừa mới đi làm nói rằng nay
"""
STOP_WORDS = frozenset(tone_key(word) for word in _STOP_WORDS_TEXT.split())

# A syllable (letters/digits), or a run of punctuation (which ends a clause).
# Tokens never hold whitespace; a line break is a token of its own (see split_tokens).
_TOKEN_OR_BREAK = re.compile(r"[^\W_]+|[^\w\s]+|_+")


class _KeyCache(dict):
    """surface token → feature key, "" when it is no feature (stop word, number, punctuation).

    Vietnamese has only a few thousand distinct syllables, so caching every
    surface form seen keeps key lookups at dictionary speed.
    """

    def __missing__(self, surface: str) -> str:
        if not surface[0].isalnum() or any(ch.isdigit() for ch in surface):
            key = ""
        else:
            key = tone_key(surface)
            if key in STOP_WORDS:
                key = ""
        if len(self) < 1_000_000:
            self[surface] = key
        return key


class _FullKeyCache(dict):
    """surface token → tone key, keeping function words and numbers ("" for punctuation)."""

    def __missing__(self, surface: str) -> str:
        key = tone_key(surface) if surface[0].isalnum() else ""
        if len(self) < 1_000_000:
            self[surface] = key
        return key


_KEYS = _KeyCache()
_FULL_KEYS = _FullKeyCache()


def split_tokens(text: str) -> list[str]:
    """Syllables and punctuation runs of ``text`` (NFC), in order, and ``"\n"`` between lines.

    A line break ends a clause like punctuation does (a title has no full
    stop), so no pair or capitalised name spans two lines. Most
    whitespace-separated words are plain syllables and skip the regex,
    which makes this about twice as fast as one ``findall``.
    """
    found: list[str] = []
    append, extend, split_word = found.append, found.extend, _TOKEN_OR_BREAK.findall
    for number, line in enumerate(normalize_text(text).split("\n")):
        if number:
            append("\n")
        for word in line.split():
            if word.isalnum():
                append(word)
            else:
                extend(split_word(word))
    return found


def clause_keys(tokens: list[str]) -> str:
    """``" k1 k2 | k3 "``: the tone key of every syllable, ``|`` between clauses.

    Punctuation separates clauses; line breaks do not. Stop words and
    numbers are kept (phrases may contain them). ``tokens`` come from
    :func:`split_tokens`.
    """
    parts: list[str] = []
    for token in tokens:
        key = _FULL_KEYS[token]
        if key:
            parts.append(key)
        elif token != "\n" and parts and parts[-1] != "|":
            parts.append("|")
    if parts and parts[-1] == "|":
        parts.pop()
    return " " + " ".join(parts) + " "


def phrase_key(phrase: str) -> str:
    """Key form of a phrase: equal for the same words whatever their case or tone-mark placement."""
    return " ".join(_KEYS[token] or "|" for token in syllables(phrase))


def features_of(text: str) -> list[str]:
    """The features of one text as strings: syllable keys, then "key key" pairs.

    The plain definition of what :class:`CorpusTokens` counts for a corpus.
    """
    keys = [_KEYS[token] for token in split_tokens(text)]
    return [k for k in keys if k] + [a + " " + b for a, b in zip(keys, keys[1:], strict=False) if a and b]


@dataclass
class TokenizedText:
    """A text as tokens: its distinct tokens as written, and their order.

    The distinct tokens travel as one space-joined string (no token holds a
    space): one object to pickle between processes instead of hundreds.
    """

    surfaces: str  # distinct tokens (syllables, punctuation runs, "\n"), first-seen order, " "-joined
    # Index into the distinct tokens of every token, in text order: int32 bytes, which
    # cross between processes several times faster than a NumPy array each.
    sequence: bytes

    def indices(self) -> np.ndarray:
        """The token sequence as an int32 array (no copy)."""
        return np.frombuffer(self.sequence, dtype=np.int32)

    @functools.cached_property
    def digest(self) -> bytes:
        """Equal digests, equal texts for the relation stage (kept with the tokens between builds)."""
        return hashlib.blake2b(self.surfaces.encode() + b"\0" + self.sequence, digest_size=16).digest()


def tokenize(text: str) -> TokenizedText:
    """Tokens of ``text`` (NFC-normalised first); a top-level function so workers can run it."""
    return tokenized_from(split_tokens(text))


def tokenized_from(found: list[str]) -> TokenizedText:
    """:class:`TokenizedText` of tokens from :func:`split_tokens`."""
    distinct = list(dict.fromkeys(found))
    local = {surface: n for n, surface in enumerate(distinct)}
    sequence = np.fromiter(map(local.__getitem__, found), np.int32, count=len(found))
    return TokenizedText(" ".join(distinct), sequence.tobytes())


class _Numbering(dict):
    """item → number, giving the next number to a new item."""

    def __missing__(self, item: str) -> int:
        number = self[item] = len(self)
        return number


def _char_codes(key_numbers: np.ndarray) -> np.ndarray:
    """Key number → a code point past the control characters, skipping the surrogate block."""
    codes = key_numbers.astype(np.int64) + 0x20
    return np.where(codes >= 0xD800, codes + 0x800, codes)


def _mixed(hashes: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser, in place: a bijection whose every output bit
    depends on every input bit (a polynomial hash alone differs only in its low bits
    when two runs differ only in their last token)."""
    hashes ^= hashes >> np.uint64(33)
    hashes *= np.uint64(0xFF51AFD7ED558CCD)
    hashes ^= hashes >> np.uint64(33)
    hashes *= np.uint64(0xC4CEB9FE1A85EC53)
    hashes ^= hashes >> np.uint64(33)
    return hashes


SHINGLE_SIZE = 5  # tokens; shorter runs are stock phrases ("bảo vệ Tổ quốc")
CHUNK_TOKENS = 200_000  # tokens handled at once by the vectorised steps (see CorpusTokens._doc_chunks)


@dataclass
class FeatureCounts:
    """Feature occurrences per document, with columns in feature-string order."""

    counts: object  # scipy.sparse.csr_matrix, documents × features, float32 occurrence counts
    numbers: np.ndarray  # feature number of each column (:meth:`CorpusTokens.feature_name`), sorted
    is_pair: np.ndarray  # column is a syllable pair


def token_kinds(surface: str) -> tuple[bool, bool, bool]:
    """Whether a written token with a key is a feature, a capitalised word, a word in capitals."""
    alpha = surface.isalpha()
    return (
        bool(_KEYS[surface]),
        surface[0].isupper() and alpha,
        len(surface) >= 2 and surface.isupper() and alpha,
    )


class CorpusTokens:
    """Every document of a corpus as token numbers in one table (numpy, no per-token Python).

    Token ``n`` of the table has a written form (``surfaces[n]``), a tone key
    (``-1`` for punctuation), whether it is a feature (not a stop word or a
    number) and whether it is a capitalised word. The documents are stored
    end to end in one array, a separator token between them.
    """

    def __init__(self, docs: Sequence[TokenizedText]) -> None:
        numbering = _Numbering()
        parts = []
        numbered = []  # each document's distinct tokens as table numbers (kept, see TokensMemory)
        for doc in docs:
            distinct = doc.surfaces.split(" ") if doc.surfaces else []
            local = np.fromiter(map(numbering.__getitem__, distinct), np.int32, count=len(distinct))
            numbered.append(local)
            parts.append(local[doc.indices()])
        self.distinct_numbers = np.concatenate(numbered) if numbered else np.zeros(0, np.int32)
        self.distinct_starts = np.zeros(len(docs) + 1, dtype=np.int64)
        self.distinct_starts[1:] = np.cumsum([len(local) for local in numbered])
        self.surfaces: list[str] = list(numbering)
        separator = len(self.surfaces)  # a token of its own, no key, between documents
        lengths = np.array([len(part) for part in parts], dtype=np.int64)
        self.starts = np.zeros(len(docs) + 1, dtype=np.int64)
        self.starts[1:] = np.cumsum(lengths + 1)
        joined = [np.array([separator], np.int32)] * (2 * len(parts))
        joined[0::2] = parts
        self.tokens = np.concatenate(joined) if parts else np.zeros(0, np.int32)
        self.doc_of_token = np.repeat(np.arange(len(docs), dtype=np.int32), lengths + 1)

        self.full_keys = [_FULL_KEYS[surface] for surface in self.surfaces]
        # Keys numbered in string order, so feature numbers sort as feature strings do.
        self.set_keys(sorted({key for key in self.full_keys if key}))

    def set_keys(self, keys: list[str]) -> None:
        """Number the syllable keys (sorted) and give every written token its key and kind."""
        self.keys: list[str] = keys
        separator = len(self.surfaces)
        full_keys = self.full_keys
        key_number = {key: n for n, key in enumerate(self.keys)}
        key_of = np.full(separator + 1, -1, dtype=np.int32)
        is_feature = np.zeros(separator + 1, dtype=bool)
        is_capitalised = np.zeros(separator + 1, dtype=bool)
        is_acronym = np.zeros(separator + 1, dtype=bool)
        for number, (surface, full_key) in enumerate(zip(self.surfaces, full_keys, strict=True)):
            if full_key:
                key_of[number] = key_number[full_key]
                is_feature[number], is_capitalised[number], is_acronym[number] = token_kinds(surface)
        self.key_number = key_number
        self.key_of, self.is_feature, self.is_capitalised = key_of, is_feature, is_capitalised
        self.is_acronym = is_acronym  # written in capitals only ("ASEAN", "ĐHQGHN")

    def __len__(self) -> int:
        return len(self.starts) - 1

    def feature_number(self, feature: str) -> int | None:
        """Number of a feature string ("key" or "key key"), None if a key is not in the corpus."""
        parts = [self.key_number.get(key) for key in feature.split(" ")]
        if None in parts or not 1 <= len(parts) <= 2:
            return None
        span = len(self.keys) + 1
        return parts[0] * span + (parts[1] + 1 if len(parts) == 2 else 0)

    def feature_name(self, number: int) -> str:
        """Feature string of a feature number (see :meth:`feature_counts`)."""
        first, second = divmod(number, len(self.keys) + 1)
        return self.keys[first] if not second else f"{self.keys[first]} {self.keys[second - 1]}"

    def feature_counts(self) -> FeatureCounts | None:
        """Occurrences of every syllable and pair feature in every document; None if there are none.

        Syllable ``a`` is numbered ``a * (K + 1)`` and pair ``(a, b)``
        ``a * (K + 1) + b + 1``: with keys numbered in string order, feature
        numbers sort exactly as the feature strings do ("an" < "an bình" <
        "anh"), so the columns come out sorted with no string sort.
        """
        from scipy import sparse

        span, n_docs = len(self.keys) + 1, len(self)
        ids: list[np.ndarray] = []
        totals: list[np.ndarray] = []
        row_lengths = np.zeros(n_docs, dtype=np.int64)
        # (document, feature number) codes fit in 63 bits with this many documents at once.
        most_docs = max(1, (2**62) // (span * span))
        for first, last in self._doc_chunks(np.arange(n_docs), most_docs):
            found, counts, lengths = self._chunk_features(first, last, span)
            ids.append(found)
            totals.append(counts)
            row_lengths[first:last] = lengths
        feature_ids = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)
        if not len(feature_ids):
            return None
        numbers = distinct(feature_ids)
        columns = np.searchsorted(numbers, feature_ids).astype(np.int32)
        indptr = np.concatenate([[0], np.cumsum(row_lengths)])
        values = np.concatenate(totals).astype(np.float32)
        counts = sparse.csr_matrix((values, columns, indptr), shape=(n_docs, len(numbers)))
        return FeatureCounts(counts, numbers, numbers % span != 0)

    def _doc_chunks(self, docs: np.ndarray, most_docs: int) -> list[tuple[int, int]]:
        """Slices ``(start, stop)`` of ``docs`` of about CHUNK_TOKENS tokens, at most ``most_docs``.

        Work on arrays the size of the whole corpus costs more in memory
        traffic (and, on some machines, in page faults) than in computing;
        chunks this size stay in the processor's cache.
        """
        sizes = self.starts[docs + 1] - self.starts[docs]
        chunk_of = np.cumsum(sizes) // CHUNK_TOKENS + np.arange(len(docs)) // most_docs
        cuts = [0, *(np.flatnonzero(np.diff(chunk_of)) + 1).tolist(), len(docs)]
        return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]

    def _chunk_features(self, first: int, last: int, span: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Feature numbers and counts of documents ``first..last-1``, in CSR order, and each row's length."""
        lo, hi = self.starts[first], self.starts[last]
        tokens = self.tokens[lo:hi]  # whole documents, each with its separator: no pair crosses one
        feature = self.is_feature[tokens]
        pair = feature[:-1] & feature[1:]
        keys = self.key_of[tokens].astype(np.int64)
        rows = (self.doc_of_token[lo:hi] - first).astype(np.int64)
        codes = np.concatenate(
            [
                rows[feature] * (span * span) + keys[feature] * span,
                rows[:-1][pair] * (span * span) + keys[:-1][pair] * span + keys[1:][pair] + 1,
            ]
        )
        codes.sort()  # by document, then feature number: CSR order
        starts = run_starts(codes)
        row_of, feature_of = np.divmod(codes[starts], span * span)
        return feature_of, np.diff(starts, append=len(codes)), np.bincount(row_of, minlength=last - first)

    def name_matrix(self, numbers: np.ndarray):
        """Which features each document writes as a name, as a binary documents × columns matrix.

        A name is a run of capitalised words, known by its first two ("Tây Trang", "Kuala
        Lumpur", "Bộ Công" of "Bộ Công Thương"), or a word in capitals ("ASEAN", "ĐHQGHN"):
        the places, people, organisations and meetings a report is about. ``numbers`` are the
        feature numbers of the columns (:meth:`feature_counts`); every name is one of them.
        """
        from scipy import sparse

        span, n_docs = len(self.keys) + 1, len(self)
        tokens = self.tokens
        written = self.is_feature[tokens] & self.is_capitalised[tokens]
        # A run of capitalised words is one name, known by its first two: "Bộ Công Thương" is
        # "Bộ Công" (and not also "Công Thương", which "Sở Công Thương" writes too).
        starts = np.concatenate([[True], ~written[:-2]]) if len(written) > 1 else np.zeros(0, dtype=bool)
        pair = written[:-1] & written[1:] & starts  # a separator is never capitalised: no pair spans two docs
        keys = self.key_of[tokens].astype(np.int64)
        acronym = written & self.is_acronym[tokens] & ~self._after_amount(tokens)
        found = np.concatenate([keys[:-1][pair] * span + keys[1:][pair] + 1, keys[acronym] * span])
        docs = np.concatenate([self.doc_of_token[:-1][pair], self.doc_of_token[acronym]]).astype(np.int64)
        columns = np.searchsorted(numbers, found)
        codes = distinct(docs * len(numbers) + columns)
        rows, columns = np.divmod(codes, len(numbers))
        indptr = np.searchsorted(rows, np.arange(n_docs + 1))
        return sparse.csr_matrix(
            (np.ones(len(codes), dtype=np.int8), columns.astype(np.int32), indptr),
            shape=(n_docs, len(numbers)),
        )

    def _after_amount(self, tokens: np.ndarray) -> np.ndarray:
        """Which tokens are written right after an amount: after a number ("20 MW"), or after a
        number and one word of its magnitude ("1,2 tỷ USD", "300 triệu USD").

        A word in capitals there is the amount's unit (a currency, a measure), not a place,
        body or meeting a report is about: two texts that both count money in "USD" share no
        subject by it.
        """
        is_number = np.zeros(len(self.surfaces) + 1, dtype=bool)  # the separator is no number
        is_number[:-1] = [surface[:1].isdigit() for surface in self.surfaces]
        number = is_number[tokens]
        after = np.zeros(len(tokens), dtype=bool)
        after[1:] = number[:-1]
        # A magnitude word is a lower-case word (no capital), itself right after a number.
        lower_word = self.is_feature[tokens] & ~self.is_capitalised[tokens]
        after[2:] |= number[:-2] & lower_word[1:-1]
        return after

    def prepare_feature_texts(self) -> None:
        """Build what :meth:`feature_text` reads now, e.g. once before worker processes fork."""
        _ = self._all_feature_texts, self._starts_list, self.key_chars

    def feature_text(self, index: int) -> str:
        """A document as one character per token: :attr:`key_chars` of its feature key, or
        ``"\x01"`` for any other token, so that "do both texts write this phrase" is a
        substring test (``in``) on two strings.
        """
        starts = self._starts_list
        return self._all_feature_texts[starts[index] : starts[index + 1] - 1]

    @functools.cached_property
    def _starts_list(self) -> list[int]:
        return self.starts.tolist()  # Python ints: slicing with NumPy scalars is several times slower

    @functools.cached_property
    def _all_feature_texts(self) -> str:
        """:meth:`feature_text` of every document end to end (one vectorised step for the corpus)."""
        # The character of each distinct token first, then one look-up per token.
        char_of_token = np.where(self.is_feature, _char_codes(self.key_of), 1).astype("<u4")
        return char_of_token[self.tokens].tobytes().decode("utf-32-le")

    @functools.cached_property
    def key_chars(self) -> list[str]:
        """The character that stands for each feature key in :meth:`feature_text`."""
        return list(_char_codes(np.arange(len(self.keys))).astype("<u4").tobytes().decode("utf-32-le"))

    def shingle_sets(self, docs: np.ndarray, size: int = SHINGLE_SIZE):
        """The runs of ``size`` tokens of each document in ``docs``, as a binary matrix.

        Rows are documents (rows not in ``docs`` are empty), columns hashes of
        runs. Used to tell retellings of one text from articles that merely
        share a subject. Punctuation counts as a token, so runs keep the clause
        structure. A polynomial hash over token keys (wrapping) keeps it
        vectorised; the document number and the hash's top bits share one
        64-bit code, so one sort makes a whole chunk of documents' sets.
        """
        from scipy import sparse

        hash_bits = self.shingle_hash_bits()
        docs = distinct(docs)
        found = [
            self._shingle_codes(docs[a:b], size, hash_bits) for a, b in self._doc_chunks(docs, len(docs))
        ]
        codes = np.concatenate(found) if found else np.zeros(0, np.int64)
        indptr = np.searchsorted(codes >> hash_bits, np.arange(len(self) + 1))
        return sparse.csr_matrix(
            (np.ones(len(codes), dtype=np.float32), codes & ((1 << hash_bits) - 1), indptr),
            shape=(len(self), 2**hash_bits),
        )

    def shingle_hash_bits(self) -> int:
        """Bits of a run's hash in :meth:`shingle_sets` (the rest of 63 numbers the document)."""
        return 63 - max(1, len(self).bit_length())

    @functools.cached_property
    def _token_hashes(self) -> np.ndarray:
        """A hash of each distinct token's key (0 for punctuation and the separator).

        Made from the key's text, not its number in this corpus, so a run's hash is the
        same in any corpus: what two texts share depends on the two texts alone.
        """
        key_hashes = np.array(
            [
                int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little") | 1
                for key in self.keys
            ]
            + [0],
            dtype=np.uint64,
        )
        return key_hashes[self.key_of]  # key_of is -1 for tokens without a key: the 0 at the end

    def _shingle_codes(self, docs: np.ndarray, size: int, hash_bits: int) -> np.ndarray:
        """Sorted unique ``document << hash_bits | run hash`` codes of some documents (sorted)."""
        begins = self.starts[docs]
        lengths = self.starts[docs + 1] - begins  # each document with the separator after it
        offsets = np.cumsum(lengths) - lengths
        tokens = self.tokens[np.arange(int(lengths.sum())) + np.repeat(begins - offsets, lengths)]
        count = len(tokens) - size + 1
        if count <= 0:
            return np.zeros(0, np.int64)
        keys = self._token_hashes[tokens]  # 0 for punctuation and the separator
        hashes = keys[:count].copy()
        with np.errstate(over="ignore"):
            for offset in range(1, size):
                hashes *= np.uint64(1_000_003)
                hashes += keys[offset : offset + count]
            hashes = _mixed(hashes)  # the top bits are kept below: spread every bit's influence
        # A run that reaches the separator spans two documents (or ends one).
        separators = np.concatenate([[0], np.cumsum(tokens == len(self.surfaces))])
        inside = separators[size:] == separators[:count]
        owner = np.repeat(docs.astype(np.uint64), lengths)[:count]
        codes = (owner[inside] << np.uint64(hash_bits)) | (hashes[inside] >> np.uint64(64 - hash_bits))
        codes.sort()
        return codes[run_starts(codes)].view(np.int64)

    def surface_counts(self) -> Counter:
        """How often each token is written each way, across the corpus."""
        totals = np.bincount(self.tokens, minlength=len(self.surfaces) + 1)
        return Counter({self.surfaces[n]: int(totals[n]) for n in np.nonzero(totals[:-1])[0].tolist()})

    def capitalised_pairs(self) -> Counter:
        """How often each pair of adjacent capitalised words is written ("Biển Đông": 12)."""
        tokens = self.tokens
        capitalised = self.is_capitalised[tokens]
        both = capitalised[:-1] & capitalised[1:]
        span = len(self.surfaces) + 1
        ordered = np.sort(tokens[:-1][both].astype(np.int64) * span + tokens[1:][both])
        starts = run_starts(ordered)
        codes, totals = ordered[starts], np.diff(starts, append=len(ordered))
        first, second = np.divmod(codes, span)
        return Counter(
            {
                f"{self.surfaces[a]} {self.surfaces[b]}": int(total)
                for a, b, total in zip(first.tolist(), second.tolist(), totals.tolist(), strict=True)
            }
        )


def surface_forms(
    surfaces: Counter, capitalised: Counter, pair_totals: dict[str, int], wanted: set[str]
) -> dict[str, str]:
    """How to display each wanted feature key, as the articles mostly write it.

    A single syllable takes its most frequent written form ("ASEAN",
    "hợp"). In a phrase each syllable is written in lower case (its most
    frequent lower-case tone-mark placement), except that a pair of words
    capitalised together in at least half of its occurrences stays
    capitalised ("Biển Đông", "Bộ Quốc phòng", "quốc phòng Việt Nam").
    ``pair_totals`` counts every occurrence of each pair key.
    """
    phrases = {key: key.split(" ") for key in wanted}
    pairs = {f"{a} {b}" for parts in phrases.values() for a, b in zip(parts, parts[1:], strict=False)}
    syllables = {part for parts in phrases.values() for part in parts}
    best: dict[str, tuple[int, str]] = {}
    best_lower: dict[str, tuple[int, str]] = {}
    for surface, count in surfaces.items():
        key = _KEYS[surface]
        if key in syllables:
            _keep_most_frequent(best, key, count, surface)
            if surface[0].islower():
                _keep_most_frequent(best_lower, key, count, surface)
    written_capitalised: dict[str, Counter] = {}
    for written, count in capitalised.items():
        first, second = written.split(" ")
        key = _KEYS[first] + " " + _KEYS[second]
        if key in pairs:
            written_capitalised.setdefault(key, Counter())[written] += count
    result = {}
    for key, parts in phrases.items():
        if len(parts) == 1:
            result[key] = best.get(key, (0, key))[1]
            continue
        words = [best_lower.get(part, best.get(part, (0, part)))[1] for part in parts]
        for n in range(len(parts) - 1):
            forms = written_capitalised.get(parts[n] + " " + parts[n + 1])
            if forms and 2 * sum(forms.values()) >= pair_totals.get(parts[n] + " " + parts[n + 1], 0):
                form = min(forms.items(), key=lambda item: (-item[1], item[0]))[0]
                words[n : n + 2] = form.split(" ")
        result[key] = " ".join(words)
    return result


def _keep_most_frequent(best: dict, key: str, count: int, surface: str) -> None:
    current = best.get(key)
    if current is None or (-count, surface) < (-current[0], current[1]):
        best[key] = (count, surface)
