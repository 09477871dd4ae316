"""Head nouns: the capitalised nouns that start the name of an organisation, meeting,
agreement or programme (``Hội nghị``, ``Tổ chức``, ``Khóa học``), and the phrase they head."""

from __future__ import annotations

from ..text.vietnamese import tone_key
from .initials import FUNCTION_WORDS, _units
from .words import MAX_LONG_FORM_WORDS, _has_lowercase_word, _Word

_SUBJECT_HEADS_TEXT = ("diễn tập", "quân đội", "lục quân", "hải quân", "không quân", "quân khu", "hạm đội")


def _phrase_keys(phrases: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Each phrase as its syllables' tone keys, so "thoả thuận" and "thỏa thuận" match alike."""
    return frozenset(tuple(tone_key(s) for s in phrase.split()) for phrase in phrases)


# First syllables (or two) of nouns that head the name of an organisation,
# meeting, agreement or programme.
_HEAD_NOUNS = _phrase_keys(
    (
        "hội nghị",
        "hội đồng",
        "hội thảo",
        "hiệp hội",
        "hiệp định",
        "hiệp ước",
        "công ước",
        "tổ chức",
        "liên minh",
        "liên đoàn",
        "liên hợp quốc",
        "diễn đàn",
        "đối thoại",
        "ủy ban",
        "uỷ ban",
        "bộ",
        "cục",
        "tổng cục",
        "quỹ",
        "chương trình",
        "ngân hàng",
        "cơ quan",
        "phái bộ",
        "trung tâm",
        "viện",
        "học viện",
        "đại học",
        "cao đẳng",  # Cao đẳng Quốc tế …: a named college, as "Đại học" heads a university
        "tuyên bố",
        "nhóm",
        "cộng đồng",
        "mặt trận",
        "tập đoàn",
        "công ty",
        "văn phòng",
        "tòa án",
        "toà án",
        "lực lượng",
        "mạng lưới",
        "sáng kiến",
        "thỏa thuận",
        "thoả thuận",
        "hệ thống",
        "cơ chế",
        "dự án",
        "khu vực",
        "thông tấn xã",
        "phòng thương mại",
        "hội",  # Hội Nạn nhân chất độc da cam, Hội Chữ thập đỏ: an association
        "ủy hội",  # tone_key reads "uỷ hội" the same
        "tiểu vùng",
        "tiêu chuẩn",
        "quy chuẩn",
        "đại hội",
        "đại hội đồng",
        "liên hiệp",  # Liên hiệp các tổ chức hữu nghị, Liên hiệp các Hội Khoa học: a federation
        "khảo sát",  # Khảo sát … (a named survey programme)
        "khóa học",  # Khóa học Quốc phòng và Chiến lược: a named course
        "khoá học",
        "khu công nghiệp",  # Khu công nghiệp Việt Nam - Singapore: a named industrial park
        "khu kinh tế",
        "khu chế xuất",
        "khu công nghệ cao",
        # A named rule or portal, capitalised as a name is ("Quy định chống phá rừng của EU",
        # "Cổng thông tin một cửa quốc gia"); lower case they are a verb or a common noun.
        "quy định",
        "cổng thông tin",
        *_SUBJECT_HEADS_TEXT,
    )
)
# Heads that are also common words or surnames ("Đoàn đã thăm …", "Đoàn Văn Hậu"): they head
# a name only with a capitalised word right after them ("Đoàn Tùy viên Quốc phòng …",
# "Đoàn Thanh niên …") that starts no other head ("Đoàn Bộ Quốc phòng": a delegation of
# the ministry); a person's name has no lower-case word and is no long form.
# "Đối tác" (a partner, any partner) heads a framework's name the same way: "Đối tác
# Chiến lược Toàn diện (CSP)", not "đối tác (Nhật Bản)".
# "Sở" (a department: "Sở Ngoại vụ", "Sở Di trú và Nhập tịch Hoa Kỳ") opens a common word
# too ("Sở dĩ …": that is why): a capitalised word must follow it the same way.
_NAMED_HEADS = _phrase_keys(("đoàn", "đối tác", "sở"))
# Common nouns that often open a sentence as its subject ("Hải quân hai nước diễn tập …"):
# they head a name only when a capitalised word follows in it ("Lục quân Hoàng gia Thái
# Lan", "Diễn tập song phương Lục quân Việt Nam - Ấn Độ").
_SUBJECT_HEADS = _phrase_keys(_SUBJECT_HEADS_TEXT)
# Words after which a capitalised head noun starts a new name, not part of the one before.
# ("trong khuôn khổ Hội nghị …": "khổ" ends "within the framework of"; "… và Chương
# trình …": "và" joins two names.)
# Verbs that take an event or body as object end in "mạc" (khai mạc, bế mạc), "dự" (tham
# dự), "trì" (chủ trì): "… khai mạc Diễn tập …" starts a name at "Diễn tập".
_NAME_INTRODUCERS = frozenset(
    ["do", "tại", "bởi", "thuộc", "với", "cho", "như", "là", "gồm", "giữa", "từ", "khổ", "và", "cùng"]
    + ["mạc", "dự", "trì"]
    # "Viện cho biết Ngân hàng Thế giới (WB) …": what a body said names something else.
    + ["biết", "thấy"]
)
_MAX_HEAD_LEN = max(len(h) for h in _HEAD_NOUNS)
# Words that start with a head noun's syllable but name no body: "hội" heads "Hội Nhà
# văn", not "Hội nhập quốc tế" (integration) or "Hội An" (a town).
_NOT_HEAD_NOUNS = _phrase_keys(
    ("hội nhập", "hội tụ", "hội chứng", "hội viên", "hội họp", "hội sở", "hội trường", "hội an")
)
# Lower-case head nouns that are never verbs: "hiệp định thương mại tự do (FTA)".
_LOWER_HEAD_NOUNS = _phrase_keys(
    ("hiệp định", "hiệp ước", "công ước", "bộ quy tắc", "thỏa thuận", "thoả thuận", "diễn đàn")
)
# English head nouns of names and the Vietnamese head nouns that translate them.
_ENGLISH_HEADS = {
    english: _phrase_keys(tuple(vietnamese.split("|")))
    for english, vietnamese in {
        "navy": "hải quân",
        "force": "lực lượng|quân|quân đội|không quân|lục quân|hải quân",
        "forces": "lực lượng|quân|quân đội|các lực lượng",
        "army": "lục quân|quân đội|quân",
        "guard": "cảnh sát|lực lượng|bảo vệ",
        "corps": "quân đoàn|lực lượng|binh chủng|đoàn",
        "course": "khóa học|khoá học",
        "park": "khu công nghiệp|khu công nghệ cao|công viên",
        "command": "bộ tư lệnh|bộ chỉ huy",
        "organization": "tổ chức",
        "organisation": "tổ chức",
        "agency": "cơ quan|tổng cục|cục",
        "authority": "cơ quan|cục|ủy ban|uỷ ban",
        "administration": "cơ quan|cục|tổng cục",
        "service": "cơ quan|cục|dịch vụ",
        "program": "chương trình",
        "programme": "chương trình",
        "fund": "quỹ",
        "ministry": "bộ",
        "department": "bộ|cục|sở|ban|vụ",
        "institute": "viện|học viện",
        "academy": "học viện|viện",
        "university": "đại học|trường",
        "council": "hội đồng",
        "committee": "ủy ban|uỷ ban|ban",
        "commission": "ủy ban|uỷ ban|ủy hội|uỷ hội",
        "association": "hiệp hội|hội",
        "society": "hội",
        "federation": "liên đoàn|liên hiệp",
        "union": "liên minh|liên hiệp|liên đoàn",
        "alliance": "liên minh",
        "bank": "ngân hàng",
        "centre": "trung tâm",
        "center": "trung tâm",
        "forum": "diễn đàn",
        "dialogue": "đối thoại",
        "conference": "hội nghị",
        "meeting": "hội nghị|cuộc họp",
        "summit": "hội nghị",
        "mission": "phái bộ",
        "group": "nhóm|tập đoàn",
        "office": "văn phòng",
        "initiative": "sáng kiến",
        "agreement": "hiệp định|thỏa thuận|thoả thuận",
        "treaty": "hiệp ước",
        "convention": "công ước",
        "code": "bộ quy tắc",
        "community": "cộng đồng",
        "network": "mạng lưới",
        "mechanism": "cơ chế",
        "system": "hệ thống",
        "project": "dự án",
        "court": "tòa án|toà án",
        "partnership": "đối tác|quan hệ đối tác",
        "region": "khu vực|tiểu vùng",
        "zone": "khu vực|vùng|khu kinh tế|khu chế xuất",
        "company": "công ty",
        "corporation": "tập đoàn|công ty|tổng công ty",
        "standard": "tiêu chuẩn",
        "survey": "khảo sát",
        "declaration": "tuyên bố",
        "front": "mặt trận",
    }.items()
}
# English words after which the head noun has been named: "Agency for International Development".
_ENGLISH_POSTMODIFIERS = frozenset(["of", "for", "on", "in", "to", "against"])


def _heads_agree(english: list[_Word], phrase: list[_Word]) -> bool:
    """The English name's head noun (last before ``of``/``for``, else last) translates the
    Vietnamese name's head; an English head this table does not know is let through."""
    names = [w.text for w in english]
    cut = next((i for i, w in enumerate(names) if i and w.lower() in _ENGLISH_POSTMODIFIERS), len(names))
    head = names[cut - 1].lower().strip("'’")
    translations = _ENGLISH_HEADS.get(head)
    if translations is None:
        return True
    keys = tuple(tone_key(w.text) for w in phrase)
    return any(keys[: len(t)] == t for t in translations)


def _head_noun_phrase(words: list[_Word], form: str = "", bounded: bool = False) -> list[_Word]:
    """Words from the first head noun that starts a usable name to the end (see module docs).

    A capitalised head noun is looked for first, then a lower-case one of the
    few that are never verbs (``hiệp định thương mại tự do (FTA)``).  With
    ``bounded`` the words are the whole gloss (``ABBR (gloss)``), so an
    abbreviation cannot name a possessor inside them.
    """
    keys = [tone_key(w.text) for w in words]
    texts = [w.text for w in words]
    heads = [
        i
        for i, w in enumerate(words)
        if w.text[0].isupper() and _head_noun_at(keys, i, texts) and not _bare_subject_at(words, keys, i)
    ]
    if not heads:
        heads = [i for i in range(len(words)) if _lower_head_at(keys, i)]
    if not heads:
        return []
    start = heads[0]
    for index in heads[1:]:
        # "Dự án do Chương trình … (UNDP)": a preposition starts a new name.
        if words[index - 1].text.lower() in _NAME_INTRODUCERS:
            start = index
    start = _event_name_start(words, keys, start)
    phrase = words[start:]
    if (
        2 <= len(phrase) <= MAX_LONG_FORM_WORDS
        and phrase[-1].text.lower() not in FUNCTION_WORDS
        and not _reports(keys[start:])
        and _has_lowercase_word(phrase)
        and (bounded or not _names_a_possessor(phrase, keys[start:], form))
    ):
        return phrase
    return []


# Verbs whose object is an event ("Bộ … chủ trì khai mạc Giao lưu sĩ quan trẻ ASEAN"): a name
# never holds one, so the capitalised words after it name the event, head noun or not.
_EVENT_VERBS = _phrase_keys(("khai mạc", "bế mạc", "chủ trì", "tham dự"))


def _event_name_start(words: list[_Word], keys: list[str], start: int) -> int:
    """Where the name starts when an event verb stands inside the phrase from ``start``:
    the capitalised word right after the last such verb (``khai mạc Giao lưu …``)."""
    for index in range(len(words) - 1, start + 1, -1):
        if tuple(keys[index - 2 : index]) in _EVENT_VERBS and words[index].text[0].isupper():
            return index
    return start


# "Khảo sát cho thấy Chỉ số … (PCI)": what a body says or shows, never inside a name.
_REPORTING_VERBS = _phrase_keys(("cho biết", "cho thấy"))


def _reports(keys: list[str]) -> bool:
    return any(tuple(keys[i : i + 2]) in _REPORTING_VERBS for i in range(len(keys) - 1))


def _bare_subject_at(words: list[_Word], keys: list[str], index: int) -> bool:
    """A subject-prone head (``Hải quân``) with no capitalised word after it: not a name."""
    for size in range(1, _MAX_HEAD_LEN + 1):
        if tuple(keys[index : index + size]) in _SUBJECT_HEADS:
            return not any(w.text[0].isupper() for w in words[index + size :])
    return False


def _head_noun_at(keys: list[str], index: int, texts: list[str] | None = None) -> bool:
    """True if a head noun starts at ``index``; one of :data:`_NAMED_HEADS` only when ``texts``
    (the words as written) show a capitalised word right after it."""
    if tuple(keys[index : index + 2]) in _NOT_HEAD_NOUNS:
        return False
    if any(tuple(keys[index : index + size]) in _HEAD_NOUNS for size in range(1, _MAX_HEAD_LEN + 1)):
        return True
    if texts is None:
        return False
    for size in (1, 2):
        if (
            tuple(keys[index : index + size]) in _NAMED_HEADS
            and index + size < len(texts)
            and texts[index + size][:1].isupper()
            # "Đoàn Quân đội nhân dân Việt Nam": a delegation of the body the next head names.
            and not _head_noun_at(keys, index + size)
        ):
            return True
    return False


def starts_with_head_noun(words: list[str]) -> bool:
    """True if ``words`` open with a noun that heads a name (``Hội nghị``, ``Bộ``, ``Tiêu chuẩn``)."""
    return _head_noun_at([tone_key(word) for word in words[:_MAX_HEAD_LEN]], 0, words)


def _lower_head_at(keys: list[str], index: int) -> bool:
    return any(tuple(keys[index : index + size]) in _LOWER_HEAD_NOUNS for size in (2, 3))


def _names_a_possessor(phrase: list[_Word], keys: list[str], form: str) -> bool:
    """``Tuyên bố chung của Bộ trưởng … (ADMM)``: the abbreviation may name either noun.

    A capitalised head noun after ``của`` makes the phrase ambiguous when the
    possessor's words alone are enough to spell the abbreviation's name (about
    one syllable per letter); ``Lực lượng An ninh lâm thời của Liên hợp quốc
    tại Abyei (UNISFA)`` is not ambiguous: five syllables cannot name six letters.
    """
    letters = len(_units(form)) if form else 0
    for index in range(1, len(phrase) - 1):
        if phrase[index].text.lower() == "của":
            following = phrase[index + 1]
            if following.text[0].isupper() and _head_noun_at(keys, index + 1, [w.text for w in phrase]):
                return _possessor_length(phrase, index + 1) >= letters
    return False


# Prepositions that give the subject of a text or an agreement: "Công ước của Liên hợp quốc
# về chống tham nhũng" is a convention of the UN about corruption; "về …" words the head.
_TOPIC_WORDS = frozenset(["về"])


def _possessor_length(phrase: list[_Word], start: int) -> int:
    """Words of the possessor's name from ``start``: up to a lower-case ``về`` that follows its
    capitalised words (the subject of the head noun before ``của``), else to the end."""
    for index in range(start + 1, len(phrase) - 1):
        if phrase[index].text in _TOPIC_WORDS:
            return index - start
    return len(phrase) - start
