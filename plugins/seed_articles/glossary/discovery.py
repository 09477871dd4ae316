"""Find abbreviations that an article defines in its own text.

Patterns (``ABBR`` is an abbreviation-shaped token, see :mod:`.tokens`):

1. ``long form (ABBR)`` — the long form is found by matching ABBR's letters
   to syllable initials, anchored at the word before ``(``, so the start of
   the long form needs no guessing.
2. ``ABBR (long form)`` — the whole parenthesised text must match by initials
   (otherwise ``USAID (Mỹ)`` or ``UNMISS (Nam Sudan)`` would be "defined"),
   or, for an English acronym with a Vietnamese gloss (``UNCLOS (Công ước
   Liên hợp quốc về Luật Biển năm 1982)``), start with a capitalised head
   noun (see below).  ``WPS (Women, Peace and Security – Phụ nữ, Hòa bình và
   An ninh)``: one side of the dash spells ABBR, the other translates it
   (the Vietnamese side is the long form, the English one ``english``).
3. ``long form - ABBR`` and ``ABBR - long form`` (any dash) — by initials, or
   (for an English acronym such as ``Liên hợp quốc - UN``) when the item is a
   capitalised phrase inside a parenthesised list, or a head-noun phrase
   that fills its line with the abbreviation, ends before a second name
   (``KOICA – Cơ quan … Hàn Quốc và Chương trình …``) or ends the sentence
   after a preposition (``theo IMAS – Tiêu chuẩn quốc tế …``), or a short
   lower-case concept (``PPP – đối tác công tư,``).
4. ``A và B (X và Y)`` — several abbreviations in one pair of parentheses
   are matched right to left, each against the words before the previous one
   and the conjunction between them.
5. ``Phụ nữ, Hòa bình và An ninh (WPS)`` (either order) — an English acronym
   of a list, translated item by item: one capitalised item per letter.
6. ``1.000 ppt (phần nghìn tỷ)`` — a lower-case unit after a number, or
   ``62.000 héc-ta (ha)`` — a unit's name after a number and its symbol (:mod:`.units`).
7. ``Campuchia, Lào, Myanmar và Việt Nam (CLMV)`` — a proper name per letter,
   each starting with its letter (checked before the head-noun rule).
8. ``Viện Nghiên cứu Chiến lược, Chính sách Công Thương (VIOIT)`` and
   ``VIOIT – Viện …, Chính sách Công Thương,`` — a comma inside a name: a
   head-noun name, then capitalised name parts after the comma.
9. ``Hải quân Hoàng gia Australia (Royal Australian Navy - RAN)`` — the
   Vietnamese name is the long form, the English one spelled by initials
   ``english``.  An English list filling the parentheses (``(Intelligence,
   Surveillance & Reconnaissance - ISR)``) is read from ``(``: all of it must spell ABBR.
   An English long form filling them may give letters from inside a word
   (``(sanitary and phytosanitary - SPS)``): all letters in order, two of them initials.
10. ``văn hóa, thể thao và du lịch (VHTT&DL)`` — initials across the commas of
    a lower-case enumeration (items of two words or more, no clause word);
    ``Viet Nam - Singapore Industrial Park (VSIP)`` — in an English long form a
    Vietnamese name written syllable by syllable gives one letter.  Tried last.
11. ``Lễ … kỷ niệm 80 năm Cách mạng tháng Tám (A80)`` — a code name of a letter
    and a number: the nearest capitalised word before the same number starts it.
12. ``hỗ trợ nhân đạo, cứu trợ thảm họa (HA/DR)`` — a slash form is one entry
    unless each part has a long form of its own (``(PCTT/TKCN)``): spelled by
    initials, or one translated item per part, the first anchored on its letter.
13. ``PASSEX (Passage Exercise)``, ``tập trận Rim of the Pacific (RIMPAC)`` — a syllabic
    English acronym: each capitalised word gives its first letters, at least one gives two
    (:func:`.initials.spells_by_syllables`); an acronym written in a long form gives all its
    letters (``ASEAN-PAC (ASEAN Parties Against Corruption)``).
14. ``Hiệp định …, viết tắt là ReCAAP`` and ``tên tiếng Anh là Vietnam Maritime University,
    viết tắt VMU`` — the abbreviation named after a comma (:mod:`.abbreviated`), the long
    form read as before ``(``.

:func:`discover_entries` also adds ship-name prefixes known only from their
shape (``tàu hộ vệ KD Lekiu``, :mod:`.ships`).

Numbered and two-token forms are defined too: ``(ADMM-17)``, ``(CMCN 4.0)``,
``(ADMM+ EWG)``, ``(UN Women)``.  A number's wording at the end of the long
form (``lần thứ 17``, ``4.0``) is not matched by initials; the entry goes to
the base abbreviation (``ADMM``, ``CMCN``) without it.  A noun the text
spells out in both forms goes too: ``Ban Quản lý dự án (Ban QLDA)`` defines
``QLDA``.

A full stop after a name's initial (``Đô đốc G.I. Nevelskoy``) ends no clause, nor does
the line end of a hard-wrapped sentence (a letter before it, a lower-case letter after it).
Initials: each letter of ABBR matches the first letter of one syllable after
folding diacritics (``Ủy`` → U); ``Đ`` matches only ``đ`` while ``D`` matches
``d`` or ``đ`` (Đ is often typed as D); ``W`` also matches ``ư`` (Telex
spelling, ``QUTW`` = Quân ủy Trung ương); ``&`` matches ``và``/``and``; digraph
initials (``Th``, ``Ng``…) may take two letters; function words (các, và,
của, về, of, the …) may be skipped inside the long form but never at its
ends.  The shortest long form that matches wins.

English acronyms with a Vietnamese long form (``Hội nghị Bộ trưởng Quốc phòng
các nước ASEAN (ADMM)``) cannot match by initials.  They are accepted only
when the words before ``(`` — after the last clause delimiter — contain a
capitalised *head noun* that names an organisation, meeting, agreement or
programme (Hội nghị, Tổ chức, Liên minh, Ủy ban, Bộ, Quỹ …); the long form
runs from the first such head noun to ``(`` and has 2 to 15 words.  After ``của`` a
second head noun makes it ambiguous when the possessor's name alone could spell the
letters; a subject after it (``Công ước của Liên hợp quốc về chống tham nhũng``) words
the first head, not the possessor.  Without
a head noun (``chiến tranh Việt Nam (MIA)``, ``trí tuệ nhân tạo (AI)``)
the start of the long form would be a guess, with one exception: a run of
lower-case words whose first syllable starts with the acronym's first letter
(``nhu cầu hỗ trợ nhân đạo và cứu trợ thảm họa (HADR)`` → from ``hỗ``), with
one to two syllables per letter; otherwise nothing is discovered.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.vietnamese import fold
from .abbreviated import comma_definitions
from .dashes import _from_dash, _from_dash_after
from .heads import _head_noun_phrase, starts_with_head_noun
from .initials import FUNCTION_WORDS, spells
from .model import GlossaryEntry
from .parentheses import _from_parentheses, paired_english_name
from .phrases import (
    _ABBR,
    _FORM_RE,
    _YEAR,
    MAX_GLOSS_WORDS,
    Definition,
    _is_abbreviation,
    _is_form,
    _number_tail_start,
    base_form,
)
from .ships import ship_prefix_entry, ship_prefixes
from .tokens import fix_d_lookalikes
from .units import unit_definitions, unit_names
from .words import MAX_LONG_FORM_WORDS, _clause_start, _span, _Word, _words

# The public names.  The rules live in .parentheses and .dashes; what they share in
# .phrases (shapes of forms and glosses), .heads (head nouns), .initials, .words (clauses).
__all__ = [
    "FUNCTION_WORDS",
    "MAX_LONG_FORM_WORDS",
    "Definition",
    "base_form",
    "discover_entries",
    "find_definitions",
    "spells",
    "starts_with_head_noun",
    "text_wordings",
]

_PARENS_RE = re.compile(r"\(([^()\n]{1,300})\)")
# Starts at the dash itself so the regex engine can skip ahead to dashes.
_DASH_RE = re.compile(rf"[-–—](?<=\s.)[^\S\n]+({_ABBR})(?![\w&+])")
# "ABBR - long form": the abbreviation, then a spaced dash.
_ABBR_DASH_RE = re.compile(rf"(?<![\w&+.\-])({_ABBR}(?:[^\S\n]+{_YEAR})?)[^\S\n]+[-–—][^\S\n]+(?=\w)")


def find_definitions(text: str) -> list[Definition]:
    """Every definition of an abbreviation written in ``text`` (NFC, as the parser gives it).

    Offsets in the result refer to ``text``.
    """
    text = fix_d_lookalikes(text)
    found: list[Definition] = []
    paired: list[Definition] = []
    if "(" in text:
        for match in _PARENS_RE.finditer(text):
            definitions = _from_parentheses(text, match)
            found.extend(definitions)
            pair = None if definitions else paired_english_name(text, match.start(1), match.end(1))
            if pair is not None:
                paired.append(pair)
        for unit, gloss, start in unit_definitions(text):
            found.append(Definition(unit, gloss, "unit-paren", start))
        for unit, name, start in unit_names(text):
            found.append(Definition(unit, name, "unit-name", start))
    for match in _DASH_RE.finditer(text):
        definition = _from_dash(text, match)
        if definition is not None:
            found.append(definition)
    for match in _ABBR_DASH_RE.finditer(text):
        definition = _from_dash_after(text, match)
        if definition is not None:
            found.append(definition)
    found.extend(comma_definitions(text))
    if paired:
        # "(English Name - ABBR)" alone defines the acronym only where no rule read a
        # Vietnamese name before the pair as its long form.
        defined = {definition.abbr for definition in found}
        found.extend(pair for pair in paired if pair.abbr not in defined)
    unique: dict[tuple[str, str], Definition] = {}
    for definition in sorted(found, key=lambda d: d.start):
        unique.setdefault((definition.abbr, fold(definition.long_form)), _with_base(definition))
    return list(unique.values())


def _with_base(definition: Definition) -> Definition:
    base = base_form(definition.abbr)
    long_form = definition.long_form
    if base != definition.abbr:
        long_form = _strip_number_words(long_form) or long_form
    else:
        base, long_form = _without_head_word(definition.abbr, long_form)
    return replace(definition, base=base, base_long_form=long_form)


def _without_head_word(form: str, long_form: str) -> tuple[str, str]:
    """``Ban Quản lý dự án (Ban QLDA)`` defines QLDA = ``Quản lý dự án``.

    The word written before the abbreviation is a noun the text spells out in
    both forms (Ban, Sở, Trường); the abbreviation is the rest, and it is what
    other texts write after other nouns (``Ban QLDA``, ``dự án QLDA``).
    """
    word, _, token = form.partition(" ")
    if not token or _is_abbreviation(word) or not _is_abbreviation(token):
        return form, long_form
    first, _, rest = long_form.partition(" ")
    if first != word or not spells(token, rest.split()):
        return form, long_form
    return token, rest


def _strip_number_words(long_form: str) -> str:
    """``Hội nghị … lần thứ 17`` → ``Hội nghị …``: the number belongs to the numbered form."""
    words = long_form.split()
    return " ".join(words[: _number_tail_start([_Word(w, 0, 0) for w in words])])


def discover_entries(text: str, seed: str) -> list[GlossaryEntry]:
    """Definitions in one article as glossary entries marked with their seed.

    The first definition of each abbreviation in the article is kept.  Last come
    the lower-case words written before an abbreviation no rule defines
    (:func:`text_wordings`), as ``source="wording"`` entries with no long form:
    the merge only lets them word an entry the glossary already has.
    """
    entries: dict[str, GlossaryEntry] = {}
    for definition in find_definitions(text):
        entries.setdefault(
            definition.base,
            GlossaryEntry(
                key=definition.base,
                vi=_sentence_case(definition.base_long_form),
                en=definition.english,
                source="discovered",
                found_in=(seed,),
            ),
        )
    for prefix in ship_prefixes(text):
        entries.setdefault(prefix, ship_prefix_entry(prefix, seed))
    wordings = [
        # No long form of its own: the words are only ever another wording of a known entry.
        GlossaryEntry(key=key, vi="", alternatives=(wording,), source="wording", found_in=(seed,))
        for key, wording in text_wordings(text, set(entries))
    ]
    return [*entries.values(), *wordings]


def text_wordings(text: str, defined: set[str] | None = None) -> list[tuple[str, str]]:
    """``diễn tập thông qua (PASSEX)``: the lower-case words right before an abbreviation in
    parentheses that no rule reads as its definition, as (entry key, words), for the merge.

    The start of such a long form is unknown (``theo hình thức diễn tập thông qua``), so
    it never makes an entry of its own: :func:`.merge.merge_discovered` lets it word
    an entry the glossary already has, from that entry's own first word on
    (:func:`.alternatives.wording_from`).  Up to :data:`MAX_GLOSS_WORDS` words, within the clause.
    ``defined``: the entries the text defines (found here when not given).
    """
    if "(" not in text:
        return []
    text = fix_d_lookalikes(text)
    if defined is None:
        defined = {definition.base for definition in find_definitions(text)}
    found: dict[str, str] = {}
    for match in _PARENS_RE.finditer(text):
        inner = " ".join(match.group(1).split())
        if not (_FORM_RE.fullmatch(inner) and _is_form(inner)) or " " in inner:
            continue
        key = base_form(inner)
        if key in defined or key in found:
            continue
        open_at = match.start()
        words = _words(text, max(_clause_start(text, open_at), open_at - 200), open_at)
        if not words or text[words[-1].end : open_at].strip():
            continue
        phrase = _head_noun_phrase(words, inner, bounded=True)
        if phrase:
            # "Quy định của Liên minh châu Âu về … (EUDR)": a name either noun may be what the
            # letters abbreviate defines nothing (heads._names_a_possessor), but it may word an
            # entry another text defines, when the merge judges it names the same thing.
            found[key] = _span(text, phrase)
            continue
        run = len(words)
        while run > 0 and len(words) - run < MAX_GLOSS_WORDS and words[run - 1].text.isalpha():
            if not words[run - 1].text.islower():
                break
            run -= 1
        if len(words) - run >= 2:
            found[key] = _span(text, words[run:])
    return list(found.items())


def _sentence_case(long_form: str) -> str:
    """Capitalise the first letter only (``hội nhập quốc tế`` → ``Hội nhập quốc tế``)."""
    return long_form[:1].upper() + long_form[1:]
