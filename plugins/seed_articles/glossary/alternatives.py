"""Other wordings of an entry's long form, taken from the articles ("còn viết là").

An article may define an abbreviation the glossary already knows with its own
wording: ``Liên Hiệp Quốc (LHQ)`` where the curated entry says ``Liên hợp
quốc``, ``Phái bộ LHQ tại Nam Sudan (UNMISS)``.  The entry keeps its own long
form and lists the article's wording as an alternative, which the glossary
page shows and search expands — when the wording plausibly names the same
thing:

* its syllable initials spell the abbreviation (``Liên Hiệp Quốc`` → LHQ), or the first
  letters of its English words do (``Passage Exercise`` → PASS + EX = PASSEX), or
* it shares most of its words with one of the entry's long forms, both ways
  (``Bộ quy tắc về các cuộc chạm trán bất ngờ trên biển`` and ``Bộ quy tắc
  ứng xử khi chạm trán bất ngờ trên biển``); an abbreviation inside the
  wording counts as the words of its own expansion (``LHQ`` for ``Liên hợp
  quốc``).

Refused: a wording closer to another entry's long form than to this one's
(``Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng`` offered for ADMM names
ADMM+; closeness is the share of distinct words in common), and one that
shares too little (``Cục Đối ngoại`` for BQP = Bộ Quốc phòng: a
department of the ministry, not the ministry).  A wording the entry already
says (equal or contained either way, tone-mark placement, case and function
words ignored) adds nothing.  Each entry keeps the few most frequent new
wordings.  Wordings that differ only in function words (``Phái bộ LHQ ở Nam
Sudan``, ``Phái bộ LHQ tại Nam Sudan``) count as one wording; each is listed
(the articles write it so and search should find it), up to two, the most
frequent first, on a tie the one whose function words the entry's own long
form uses (``tại`` in ``Phái bộ Liên hợp quốc tại Nam Sudan``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from ..text.vietnamese import syllables, tone_key
from .discovery import FUNCTION_WORDS, spells
from .initials import spells_by_syllables
from .model import GlossaryEntry
from .tokens import is_all_caps

MAX_ALTERNATIVES = 3  # per entry, the most frequent first
MAX_SPELLINGS = 2  # of one wording that differ only in function words
# Share of the wording's words found in the entry's long form, and of that
# long form's words found in the wording (abbreviations counted as their words).
MIN_WORDING_SHARE = 2 / 3
MIN_ENTRY_SHARE = 2 / 3
MIN_SHARED_WORDS = 2
# A text's wording that keeps at least this many last words of a long form (and half of it)
# words the same name with a head noun of its own (see :func:`wording_from`).
MIN_TAIL_WORDS = 2

Resolve = Callable[[str], GlossaryEntry | None]


@lru_cache(maxsize=65_536)
def content_words(text: str) -> tuple[str, ...]:
    """Tone-keyed syllables of ``text`` without function words (``các``, ``về``, ``of`` …)."""
    return tuple(key for key in (tone_key(word) for word in syllables(text)) if key not in _FUNCTION_KEYS)


_FUNCTION_KEYS = frozenset(tone_key(word) for word in FUNCTION_WORDS)


def _joined(words: tuple[str, ...]) -> str:
    return f" {' '.join(words)} "


def says_already(known: Iterable[str], wording: str) -> bool:
    """True if ``wording`` equals or contains one of ``known``, or is contained in one."""
    mine = _joined(content_words(wording))
    if not mine.strip():
        return True
    for text in known:
        theirs = _joined(content_words(text))
        if theirs.strip() and (mine in theirs or theirs in mine):
            return True
    return False


def names_same_thing(entry: GlossaryEntry, wording: str, resolve: Resolve) -> bool:
    """True if ``wording`` plausibly names what ``entry`` names (see the module docs).

    A place after ``tại``/``ở`` (``Phái bộ LHQ tại Nam Sudan``) is compared apart: the
    names before it share their words as above, and when both texts name a place it is
    the same place (``Phái bộ Liên hợp quốc tại Mali`` is another mission than ``…
    tại Nam Sudan``).  A place only one of them names qualifies the same thing.
    """
    written = syllables(wording)
    if len(written) >= 2 and (spells(entry.key, written) or spells_by_syllables(entry.key, written)):
        return True
    if _same_document(entry, written):
        return True
    name, place = _split_place(written)
    for text in entry.expansions():
        their_name, their_place = _split_place(syllables(text))
        if place and their_place and place != their_place:
            continue
        if _shares_words(" ".join(their_name), name, resolve):
            return True
    return False


# Heads of a named legal text.  Two wordings of one acronym that open with the same one and
# share another word name one text translated twice ("Quy định chống phá rừng của EU" and
# "Quy định của Liên minh châu Âu về sản phẩm không gây mất rừng" for EUDR): an agency or a
# meeting may have namesakes, a rule or an agreement under the same acronym hardly.
_DOCUMENT_HEADS = frozenset(
    tuple(tone_key(word) for word in head.split())
    for head in ("quy định", "công ước", "hiệp định", "hiệp ước", "tuyên bố", "thỏa thuận", "thoả thuận")
)


def _document_head(words: list[str]) -> tuple[str, ...]:
    """The document head ``words`` open with (tone keys), or ``()``."""
    head = tuple(tone_key(word) for word in words[:2])
    return head if head in _DOCUMENT_HEADS else ()


def _same_document(entry: GlossaryEntry, written: list[str]) -> bool:
    """True if ``written`` and one of ``entry``'s long forms open with the same document head
    and share a content word after it."""
    keys = [tone_key(word) for word in written]
    head = _document_head(written)
    if not head:
        return False
    rest = {key for key in keys[2:] if key not in _FUNCTION_KEYS}
    for text in entry.expansions():
        theirs = [tone_key(word) for word in syllables(text)]
        if tuple(theirs[:2]) == head and rest & {key for key in theirs[2:] if key not in _FUNCTION_KEYS}:
            return True
    return False


_PLACE_WORDS = frozenset(["tại", "ở"])
# Lower-case nouns that may open a place's name after tại/ở ("tại khu vực Abyei", "ở vùng
# Darfur"): the place is the capitalised name after them, as if they were not written.
_PLACE_NOUNS = frozenset(
    tone_key(word) for word in ("khu", "vực", "vùng", "tỉnh", "thành", "phố", "đảo", "quần", "miền", "nước")
)
MAX_PLACE_NOUN_WORDS = 2


def _split_place(words: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """``Phái bộ LHQ tại Nam Sudan`` → (``Phái bộ LHQ``, keys of ``Nam Sudan``): the name and
    the place after the last ``tại``/``ở`` that a capitalised word follows (none: ``()``),
    maybe after a place noun (``tại khu vực Abyei`` → ``Abyei``)."""
    for index in range(len(words) - 2, 0, -1):
        if words[index].lower() not in _PLACE_WORDS:
            continue
        first = index + 1
        while (
            first < len(words) - 1
            and first - index <= MAX_PLACE_NOUN_WORDS
            and words[first][:1].islower()
            and tone_key(words[first]) in _PLACE_NOUNS
        ):
            first += 1
        if words[first][:1].isupper():
            place = tuple(tone_key(w) for w in words[first:] if tone_key(w) not in _FUNCTION_KEYS)
            return words[:index], place
    return words, ()


def _shares_words(long_form: str, written: list[str], resolve: Resolve) -> bool:
    theirs = set(content_words(long_form))
    if not theirs:
        return False
    shared = 0
    counted = 0
    covered: set[str] = set()
    for word in written:
        key = tone_key(word)
        if key in _FUNCTION_KEYS:
            continue
        counted += 1
        expansion = _expansion_words(word, resolve)
        if key in theirs:
            shared += 1
            covered.add(key)
        elif expansion and set(expansion) <= theirs:  # "LHQ" for "Liên hợp quốc"
            shared += 1
            covered.update(expansion)
        else:
            covered.update(expansion)
    return (
        shared >= MIN_SHARED_WORDS
        and shared >= MIN_WORDING_SHARE * counted
        and len(covered & theirs) >= MIN_ENTRY_SHARE * len(theirs)
    )


def _expansion_words(word: str, resolve: Resolve) -> tuple[str, ...]:
    """Words of the Vietnamese expansion of an abbreviation written inside a long form."""
    if not is_all_caps(word):
        return ()
    entry = resolve(word)
    return content_words(entry.vi) if entry is not None else ()


@dataclass
class AlternativeCollector:
    """Wordings offered for entries, judged and counted; :meth:`chosen` gives the keepers."""

    entries: Mapping[str, GlossaryEntry]
    resolve: Resolve
    # key → content words → [wording, count, order offered, {words: (spelling, count)}]
    _offers: dict[str, dict[tuple[str, ...], list]] = field(default_factory=dict, init=False)
    _verdicts: dict[tuple[str, tuple[str, ...]], bool] = field(default_factory=dict, init=False)
    _index: dict[str, set[str]] | None = field(default=None, init=False)  # word → entry keys

    def offer(self, key: str, wording: str, seeds: tuple[str, ...] = ()) -> bool:
        """Count ``wording`` for entry ``key`` if it is a new name for the same thing."""
        wording = " ".join(wording.split())
        entry = self.entries.get(key)
        if entry is None or not wording:
            return False
        words = content_words(wording)
        verdict = self._verdicts.get((key, words))
        if verdict is None:  # judged once per entry and wording, however many articles use it
            verdict = not (
                says_already(entry.expansions(), wording)
                or not names_same_thing(entry, wording, self.resolve)
                or self._closer_elsewhere(entry, words, _document_head(syllables(wording)))
            )
            self._verdicts[(key, words)] = verdict
        if not verdict:
            return False
        offers = self._offers.setdefault(key, {})
        count = max(1, len(seeds))
        if words in offers:
            offers[words][1] += count
        else:
            offers[words] = [wording, count, len(offers), {}]
        # One spelling per sequence of words (function words kept; case and tone-mark
        # placement ignored): "hợp tập xã" is "Hợp tập xã", "ở" is not "tại".
        spellings = offers[words][3]
        spelled = tuple(tone_key(word) for word in syllables(wording))
        surface, seen = spellings.get(spelled, (wording, 0))
        spellings[spelled] = (surface, seen + count)
        return True

    def chosen(self) -> dict[str, list[str]]:
        """Entry key → its most frequent new wordings (first offered first on ties)."""
        result: dict[str, list[str]] = {}
        for key, offers in self._offers.items():
            ranked = sorted(offers.values(), key=lambda offer: (-offer[1], offer[2]))
            own = _function_keys(self.entries[key].vi)
            result[key] = [
                spelling for offer in ranked[:MAX_ALTERNATIVES] for spelling in _spellings(offer[3], own)
            ]
        return result

    def _closer_elsewhere(self, entry: GlossaryEntry, words: tuple[str, ...], document: tuple = ()) -> bool:
        """True if another entry's long form shares a larger part of its words with ``words``.

        For a wording of a legal text (``document``: its head, see :func:`_same_document`)
        only another text of that head competes: the author's name inside it ("… của Liên
        minh châu Âu về …") is the text's author, not what it names.
        """
        mine = set(words)
        own = max(_closeness(mine, set(content_words(text))) for text in entry.expansions())
        for key in self._keys_sharing(mine) - {entry.key}:
            for text in self.entries[key].expansions():
                if document and _document_head(syllables(text)) != document:
                    continue
                if _closeness(mine, set(content_words(text))) > own:
                    return True
        return False

    def _keys_sharing(self, words: set[str]) -> set[str]:
        """Keys of the entries whose long forms share a word with ``words`` (an index built once)."""
        if self._index is None:
            self._index = {}
            for entry in self.entries.values():
                for text in entry.expansions():
                    for word in content_words(text):
                        self._index.setdefault(word, set()).add(entry.key)
        keys: set[str] = set()
        for word in words:
            keys |= self._index.get(word, set())
        return keys


def wording_from(entry: GlossaryEntry, words: str) -> list[str]:
    """Where a text's own wording of ``entry`` may start in ``words`` (the lower-case words an
    article writes before the abbreviation, see :func:`.discovery.text_wordings`).

    A translation keeps the head word of the name (``Diễn tập đi qua`` written ``… theo
    hình thức diễn tập thông qua (PASSEX)``): each candidate runs from the last word that
    is the first word of one of the entry's long forms to the end; longest first.  Or it
    keeps the name's tail and words the head noun its own way (``Máy bay không người lái``
    written ``… bằng thiết bị bay không người lái (UAV)``): when the words end with the
    last half of a long form (:data:`MIN_TAIL_WORDS` words or more), the candidate starts
    up to one word further back than that long form's head, never before a function word
    (``bằng``).  The collector still judges each one (:func:`names_same_thing`).
    """
    written = words.split()
    keys = [tone_key(word.strip(".,;:")) for word in written]
    starts = set()
    for text in (entry.vi, *entry.alternatives):
        own = [tone_key(word) for word in syllables(text)]
        if not own:
            continue
        last = max((index for index, key in enumerate(keys) if key == own[0]), default=None)
        if last is not None and len(written) - last >= 2:
            starts.add(last)
        head_start = _own_head_start(keys, own)
        if head_start is not None:
            starts.add(head_start)
    return [_capitalised(" ".join(written[start:])) for start in sorted(starts)]


def _own_head_start(written: list[str], own: list[str]) -> int | None:
    """Where a head noun of the text's own starts before the tail it shares with ``own``.

    None unless ``written`` ends with the last half of ``own`` (at least
    :data:`MIN_TAIL_WORDS` words) and a head word precedes that tail.
    """
    shared = 0
    while shared < min(len(written), len(own)) and written[-1 - shared] == own[-1 - shared]:
        shared += 1
    if shared >= len(own) or shared < max(MIN_TAIL_WORDS, (len(own) + 1) // 2):
        return None
    start = len(written) - shared
    longest = len(own) - shared + 1  # the entry's head, or one word more ("máy" → "thiết bị")
    while start > 0 and len(written) - shared - start < longest and written[start - 1] not in _FUNCTION_KEYS:
        start -= 1
    return start if start < len(written) - shared else None


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _function_keys(text: str) -> set[str]:
    """Tone-keyed function words of ``text`` (``tại``, ``của`` …)."""
    return {key for key in (tone_key(word) for word in syllables(text)) if key in _FUNCTION_KEYS}


def _spellings(spellings: dict[tuple[str, ...], tuple[str, int]], own: set[str]) -> list[str]:
    """Spellings of one wording, the most frequent first; on a tie, the one sharing the most
    function words with the entry's long form (``own``), then the first offered."""
    offered = list(spellings.values())
    ranked = sorted(
        range(len(offered)),
        key=lambda i: (-offered[i][1], -len(_function_keys(offered[i][0]) & own), i),
    )
    return [offered[i][0] for i in ranked[:MAX_SPELLINGS]]


def _closeness(a: set[str], b: set[str]) -> float:
    """Share of the distinct words of both texts that they have in common."""
    return len(a & b) / len(a | b) if a or b else 0.0
