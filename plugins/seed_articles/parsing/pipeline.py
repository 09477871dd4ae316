"""The order the rules run in, and the ledger that proves no line is lost.

1. sidecar ``drop`` fragments, then line-level furniture: player residue,
   footers, chrome by shape (:mod:`.chrome`) and by recurrence across the
   folder's seeds (:mod:`.recurrence`);
2. header: headline, category, byline/date stamps, lead (and its publisher
   marker), the page furniture around them;
3. the headline repeated later, related-stories widgets;
4. lines after the closing mark ``./.``; trailing teasers of other stories;
5. trailing buttons, the closing signature (authors, source) and stamp;
6. repeated lines, and recurring lines left over by the metadata rules; then the lines
   the learned chrome model (:mod:`.line_features`) scores as furniture;
7. the remaining lines become blocks.

Every non-blank line ends in exactly one place of the ledger
(:class:`ParseResult.roles`): ``title``, ``category``, ``byline``, ``date``,
``lead``, ``signature``, ``block``, ``image`` (a figure's file name) or ``dropped:<rule>``. Lines kept
although a weak rule suspected them are listed in ``ParseResult.suspects``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, field, replace

from ..model import ArticleDate, Block, DroppedLine, ParsedArticle
from ..text.vietnamese import fold
from . import boilerplate as bp
from . import recurrence as ev
from .bylines import (
    MAX_FRONT_MATTER_LINES,
    agency_credit,
    branch_credit,
    cover_writer,
    first_credit,
    front_matter,
    header_outlet,
    is_credit_line,
    is_post_meta_footer,
    is_signing_row,
    lead_attribution,
    lead_marker,
    made_by_credit,
    paper_authors,
    posted_at,
    press_name,
    read_byline,
    signature_parts,
    split_byline,
    stranded_credit,
    wire_attribution,
    word_opener_parts,
    writers_over_logins,
)
from .chrome import (
    INLINE_RELATED,
    ascii_shadows,
    breadcrumb_parts,
    foreign_ui_lines,
    is_breadcrumb,
    is_image_alt,
    is_linked_page_title,
    is_widget,
    number_placeholders,
    series_links,
    shape_rule,
    site_alt_lines,
    software_messages,
    unaccented_alts,
)
from .chrome_contents import contents_list
from .chrome_crumbs import numbered_breadcrumbs
from .chrome_widgets import CAPTION_LABEL, is_caption_label, widget_rule
from .cohesion import VocabularyPool, content_bigrams
from .date_features import AFTER_LEAD, CLOSING, DateContext, DateLine
from .dates import find_dates
from .errors import SeedError
from .evidence import NO_EVIDENCE, SeedEvidence
from .figures import is_image_reference, is_markdown_image, is_photo_caption
from .furniture_quiz import quiz_lines, recipient_lines
from .furniture_tail import blog_sidebar, late_furniture, post_footer_time
from .header import Header, read_header, strip_bare_dash
from .line_features import LineContext, model_chrome, model_wanted
from .lines import (
    SourceLine,
    ends_sentence,
    is_headline_like,
    is_prose,
    lower_tokens,
    split_lines,
    syllable_count,
)
from .pubdate import is_listing, is_page_widget_stamp, publication_date
from .sidecar import Sidecar, fragment_key
from .software import software_lines
from .structure import build_blocks, line_roles
from .teasers import teaser_run
from .titles import derive_title, glued_headline
from .wraps import join_hard_wraps, join_wrapped_headline

SIDECAR_DROP = "sidecar-drop"
MAX_SIGNATURE_LINES = 2
KEPT_ROLES = ("lead", "block")


@dataclass
class ParseResult:
    article: ParsedArticle
    roles: dict[int, str] = field(default_factory=dict)  # line number → where the line went
    suspects: dict[int, str] = field(default_factory=dict)  # kept line → weak rule that suspected it


class _Ledger:
    """Which non-blank line went where, and which kept lines a weak rule suspected."""

    def __init__(self, content: Sequence[SourceLine]) -> None:
        self.content = list(content)
        self.roles: dict[int, str] = {}
        self.rules: dict[int, str] = {}
        self.suspected: dict[int, str] = {}

    def drop(self, found: dict[int, str], protected: set[int] = frozenset()) -> None:
        for no, rule in found.items():
            if no not in self.roles and no not in protected:
                self.roles[no] = f"dropped:{rule}"
                self.rules[no] = rule

    def suspect(self, found: dict[int, str]) -> None:
        for no, rule in found.items():
            self.suspected.setdefault(no, rule)

    def assign(self, no: int, role: str) -> None:
        self.roles[no] = role
        self.rules.pop(no, None)  # a line a furniture rule removed, read back as metadata

    def unfold(self, raw: Sequence[SourceLine], followers: dict[int, list[int]]) -> None:
        """Back to the copy's own lines: each line folded into a hard-wrapped paragraph
        goes where the paragraph went."""
        for head, rest in followers.items():
            for no in rest:
                if head in self.roles:
                    self.roles[no] = self.roles[head]
                if head in self.rules:
                    self.rules[no] = self.rules[head]
                if head in self.suspected:
                    self.suspected.setdefault(no, self.suspected[head])
        self.content = list(raw)

    def free(self) -> list[SourceLine]:
        return [line for line in self.content if line.no not in self.roles]

    def kept_suspects(self) -> dict[int, str]:
        return {no: rule for no, rule in sorted(self.suspected.items()) if self.roles.get(no) in KEPT_ROLES}


def parse_lines(
    text: str, seed: str, sidecar: Sidecar | None = None, evidence: SeedEvidence = NO_EVIDENCE
) -> ParseResult:
    """Parse decoded text; ``evidence`` tells which lines recur in other seeds of the folder."""
    if "\x00" in text:
        raise SeedError("the text contains NUL characters: it looks binary, not text")
    raw = [line for line in split_lines(text) if line.text]
    if not raw:
        raise SeedError("the file is empty or holds only whitespace")
    # a paragraph hard-wrapped over several lines is read as one line (:mod:`.wraps`)
    content, followers = join_hard_wraps(raw)
    wrapped_headline = join_wrapped_headline(content, followers, raw)
    ledger = _Ledger(content)
    warnings: list[str] = []
    # the text's own quiz and recipient list: no furniture rule takes them
    protected = _apply_fragments(ledger, sidecar, warnings) | quiz_lines(content) | recipient_lines(content)
    recurring = _joined_verdicts(_recurring_lines(raw, evidence), followers)
    ledger.suspect({no: verdict for no, verdict in recurring.items() if verdict == ev.RECURRING_WEAK})
    _drop_furniture(ledger, protected, recurring)  # 1
    head = _read_head(ledger, protected, recurring, set(followers) - {wrapped_headline})  # 2
    _drop_widgets_and_teasers(ledger, protected, head)  # 3-4
    _read_signature(ledger, protected, head)  # 5
    _drop_repeats(ledger, protected, head, recurring)  # 6
    listing = _listing_so_far(ledger, head)
    kept = {line.no for line in ledger.free()}
    ledger.drop(late_furniture(ledger.content, ledger.rules, kept, head.start, listing), protected)  # 6a
    if model_wanted() and not listing:  # a listing's items are its text
        context = LineContext(ledger.content, ledger.roles, head.start, recurring, set(ledger.suspected))
        ledger.drop(model_chrome(context, protected), protected)  # 6b
    blocks, placed = build_blocks(ledger.free())  # 7
    heading = _listing_heading(ledger, head, line_roles(blocks, placed))
    if heading is not None:  # a category page: its heading is the title, the first item an item
        assert head.title_line is not None and head.lead_line is not None
        ledger.roles.pop(head.title_line.no, None)
        for no in range(head.title_line.no + 1, head.lead_line.no):
            if ledger.roles.get(no) == "date":  # the first item's stamp is the item's, kept with it
                ledger.roles.pop(no)
        ledger.assign(heading.no, "title")
        head.title_line = heading
        blocks, placed = build_blocks(ledger.free())
    for no, role in line_roles(blocks, placed).items():
        ledger.assign(no, role)  # "image": a figure's file name, not article text
    ledger.unfold(raw, followers)
    return _finish(ledger, seed, sidecar, head, blocks, warnings)


def _listing_so_far(ledger: _Ledger, head: _Head) -> bool:
    """:func:`_is_listing` with the lines still free counted as kept (before the blocks are built)."""
    if head.header.listing:
        return True
    if head.lead_line is None:
        return False
    after = [line.text for line in ledger.content if line.no > head.lead_line.no]
    kept = [head.lead_line.text] + [line.text for line in ledger.free()]
    return is_listing(head.lead_line.text, after, kept)


def _joined_verdicts(verdicts: dict[int, str], followers: dict[int, list[int]]) -> dict[int, str]:
    """Recurrence verdicts of the joined lines: a hard-wrapped paragraph recurs only when
    every one of its lines does (with the same verdict)."""
    found = dict(verdicts)
    for head, rest in followers.items():
        parts = {verdicts.get(no) for no in [head, *rest]}
        for no in rest:
            found.pop(no, None)
        if len(parts) != 1:
            found.pop(head, None)
    return found


@dataclass
class _Head:
    """What the header and the closing lines said about the article."""

    header: Header
    title_line: SourceLine | None
    lead_line: SourceLine | None
    lead_text: str
    source: str | None
    authors: list[str]
    stamps: list[str]
    publisher: str | None = None
    date_lines: list[DateLine] = field(default_factory=list)  # where the page's own date may be
    navigation: set[int] = field(default_factory=set)  # menus and breadcrumbs
    recurring: set[int] = field(default_factory=set)  # lines recurring in the folder's other seeds
    posted_time: tuple[int, int] | None = None  # "Đăng bởi X vào lúc 10:15": the post's time of day

    @property
    def start(self) -> int:
        return self.lead_line.no if self.lead_line is not None else 0


def _recurring_lines(content: Sequence[SourceLine], evidence: SeedEvidence) -> dict[int, str]:
    """Lines the folder's other seeds also hold, and whether that makes them chrome."""
    if not evidence.counts:
        return {}
    counts = {line.no: evidence.seeds_with(line.text) for line in content}
    return ev.recurring_verdicts(content, counts)


def _drop_furniture(ledger: _Ledger, protected: set[int], recurring: dict[int, str]) -> None:
    """Phase 1: player residue, footers, widgets and other shapes, lines recurring across seeds."""
    found: dict[int, str] = {
        **ascii_shadows(ledger.free()),
        **unaccented_alts(ledger.free()),
        **site_alt_lines(ledger.free()),
        **number_placeholders(ledger.free()),
        **software_messages(ledger.free()),
        **software_lines(ledger.free()),
        **foreign_ui_lines(ledger.free()),
        **contents_list(ledger.free()),
        **numbered_breadcrumbs(ledger.free()),
        **series_links(ledger.free()),
    }
    first_prose = next((line.no for line in ledger.free() if is_prose(line.text)), 0)
    for line in ledger.free():
        if line.no in found or bp.is_related_label(line.text) and not is_widget(line.text):
            continue  # a widget label is left to the related-stories rule, which takes its items too
        if line.no < first_prose and is_breadcrumb(line.text):
            continue  # the header reads the section name from it
        if bp.is_player_residue(line.text):
            found[line.no] = bp.PLAYER
        elif bp.is_footer(line.text):
            found[line.no] = bp.FOOTER
        elif (rule := widget_rule(line.text)) is not None:
            found[line.no] = rule  # no metadata has these shapes ("Bài trước: ... năm 2026")
        elif (rule := shape_rule(line)) is not None and (
            not ev.is_meta_shaped(line.text) or is_widget(line.text)  # "Ý KIẾN": a button, not a name
        ):
            found[line.no] = rule
        elif recurring.get(line.no) == ev.RECURRING and not ev.is_meta_shaped(line.text):
            found[line.no] = ev.RECURRING
    ledger.drop(found, protected)


def _read_head(
    ledger: _Ledger, protected: set[int], recurring: dict[int, str], joined: set[int] = frozenset()
) -> _Head:
    """Phase 2: category, headline, byline/date stamps, lead (and its publisher marker)."""
    header = read_header(
        ledger.free(),
        {no for no, verdict in recurring.items() if verdict == ev.RECURRING},
        dropped=[line for line in ledger.content if line.no in ledger.rules],  # menu labels among them
        joined=joined,
        shared=set(recurring),
    )
    if header.listing:
        _restore_recurring_items(ledger)
    if header.category_line is not None:
        ledger.assign(header.category_line, "category")
    for no, role in header.meta_lines.items():
        ledger.assign(no, role)
    if header.title is not None:
        ledger.assign(header.title.no, "title")
    ledger.drop(header.chrome, protected)
    ledger.suspect(header.suspects)
    source, lead_text = header.source, ""
    if header.lead is not None:
        ledger.assign(header.lead.no, "lead")
        marker = lead_marker(header.lead.text) or _masthead_opener(ledger, header.lead)
        if marker is not None:
            source, lead_text = source or marker[0], marker[1]
        else:
            lead_text = strip_bare_dash(header.lead.text)
            source = source or lead_attribution(lead_text)  # "Theo Vietnam+, ...": the outlet reported after
    anchor = header.title or header.lead
    navigation = _navigation_lines(ledger) if anchor is not None else set()
    stamps = [
        stamp
        for no, stamp in header.date_texts
        if anchor is None or not is_page_widget_stamp(no, anchor.no, navigation)
    ]
    date_lines = list(header.date_lines)
    if header.lead is not None:
        source = source or header_outlet(line.text for line in ledger.content if line.no < header.lead.no)
        stamps = stamps or _stamp_after_lead(ledger, header.lead.no)
        source = source or _stamp_outlet(ledger, header.lead.no)
        date_lines += _dated_after_lead(ledger, header.lead.no)
        source = _credit_under_stamp(ledger, header.lead.no, source)
    head = _Head(header, header.title, header.lead, lead_text, source, list(header.authors), stamps)
    head.date_lines, head.navigation = date_lines, navigation
    if header.lead is not None and not head.authors:
        _read_degree_byline(ledger, header.lead.no, head)
    head.recurring = {no for no, verdict in recurring.items() if verdict == ev.RECURRING}
    return head


def _item_headlines(ledger: _Ledger) -> set[int]:
    """On a listing, a story's headline recurs in the folder as the headline of that story's own
    page: a headline with its lead right under it is an item of the list, not the site's chrome."""
    content = ledger.content
    return {
        line.no
        for line, following in zip(content, content[1:], strict=False)
        if following.no not in ledger.roles
        and is_prose(following.text)
        and is_headline_like(line.text)
        and not is_prose(line.text)
    }


def _restore_recurring_items(ledger: _Ledger) -> None:
    """Phase 1 took a listing's item headline for chrome recurring in the folder: read it back."""
    for no in _item_headlines(ledger):
        if ledger.rules.get(no) == ev.RECURRING:
            del ledger.roles[no], ledger.rules[no]


def _read_degree_byline(ledger: _Ledger, lead_no: int, head: _Head) -> None:
    """A research paper's byline under its sapo: ``TS. Lê Thu Trang``, maybe with the writer's
    institution on the next line, the journal's running head and the title in capitals above
    it (:func:`.bylines.front_matter`); all but the title are metadata."""
    after = [line for line in ledger.content if line.no > lead_no and line.no not in ledger.roles]
    headline = head.title_line.text if head.title_line is not None else ""
    front = front_matter([line.text for line in after[: MAX_FRONT_MATTER_LINES + 1]], headline)
    if front is None:
        return
    _add_names(head, front.authors)
    head.source = head.source or front.source
    for index in front.meta:
        ledger.assign(after[index].no, "byline")


def _dated_after_lead(ledger: _Ledger, lead_no: int) -> list[DateLine]:
    """The line right under the sapo when it is a short line holding a full date (a stamp
    printed there, maybe with the outlet glued to it)."""
    after = [
        line for line in ledger.content if line.no > lead_no and ledger.roles.get(line.no) in (None, "date")
    ]
    if not after or is_prose(after[0].text):
        return []
    line = after[0]
    return [DateLine(line.no, line.text, AFTER_LEAD)] if _stamp_shaped(line.text) else []


MAX_STAMP_PREFIX_SYLLABLES = 8


def _stamp_shaped(text: str) -> bool:
    """A stamp line: read as one, or a full date closing a short line (``Báo X•12/04/2026``);
    never a date inside a sentence or a caption."""
    byline = read_byline(text)
    if byline is not None and byline.stamp:
        return True
    hits = [hit for hit in find_dates(text) if hit.has_year]
    if not hits or is_photo_caption(text):
        return False
    hit = hits[-1]
    rest = text[hit.end :].strip(" .")
    return not rest and len(hits) == 1 and len(lower_tokens(text[: hit.start])) <= MAX_STAMP_PREFIX_SYLLABLES


def _masthead_words(ledger: _Ledger, below: int) -> list[str]:
    """The folded words of each line the header removed above line ``below`` (masthead, menu)."""
    return [
        " " + " ".join(fold(line.text).split()) + " "
        for line in ledger.content
        if line.no < below and line.no in ledger.rules
    ]


def _masthead_opener(ledger: _Ledger, lead: SourceLine) -> tuple[str, str] | None:
    """``Tre Việt - Ngày 16/2, ...`` under the masthead ``LÀNG TRE VIỆT``: a lead opened by
    (part of) the site's own name is the outlet's marker, whatever its shape."""
    opener = word_opener_parts(lead.text)
    if opener is None or len(opener[0].split()) < MIN_MASTHEAD_OPENER_WORDS:
        return None
    key = " " + " ".join(fold(opener[0]).split()) + " "
    return opener if any(key in line for line in _masthead_words(ledger, lead.no)) else None


MIN_MASTHEAD_OPENER_WORDS = 2


def _headline_no(head: _Head) -> int:
    """The line under the page's masthead and menus: the headline's, else the article's start."""
    return head.title_line.no if head.title_line is not None else head.start


def _is_masthead_name(ledger: _Ledger, head: _Head, names: Sequence[str]) -> bool:
    """``Posted by Lang Tre Viet`` on the blog ``LÀNG TRE VIỆT``: the account is the site's name,
    or two or more of its words (``Publié par Dân Quyền`` on the blog ``Dân Quyền VN``, ``Posted
    by Lâm Viên`` on ``DIỄN ĐÀN LÂM VIÊN``)."""
    below = head.title_line.no if head.title_line is not None else head.start
    mastheads = _masthead_words(ledger, below)
    keys = [" ".join(fold(name).split()) for name in names]
    return bool(names) and all(
        any(line.strip() == key or len(key.split()) >= 2 and f" {key} " in line for line in mastheads)
        for key in keys
    )


def _in_site_menu(ledger: _Ledger, head: _Head, names: Sequence[str]) -> bool:
    """Each name (two or more words) an item inside the site's menu the header removed
    (``Về Viettel`` in ``Về Viettel  Tin tức  Tuyển dụng``): a section of the site, not a person;
    a blog's masthead (``Nguyễn Trung - Ghi chép``) is no menu: its writer signs under the post."""
    below = head.title_line.no if head.title_line is not None else head.start
    menus = [
        " " + " ".join(fold(line.text).split()) + " "
        for line in ledger.content
        if line.no < below and ledger.rules.get(line.no) == MENU_RULE
    ]
    keys = [" ".join(fold(name).split()) for name in names]
    return bool(names) and all(
        len(key.split()) >= 2 and any(f" {key} " in line for line in menus) for key in keys
    )


MENU_RULE = "menu"  # the rule id of a menu line (``chrome.is_menu``, ``chrome_widgets.is_inline_menu``)


def _credit_under_stamp(ledger: _Ledger, lead_no: int, source: str | None) -> str | None:
    """``Nguồn: Báo Chính phủ`` right under the stamp printed under the sapo (a video page
    crediting the programme's origin): the source, and a metadata line."""
    after = [line for line in ledger.content if line.no > lead_no][:2]
    if len(after) < 2 or ledger.roles.get(after[0].no) != "date" or after[1].no in ledger.roles:
        return source
    parts = signature_parts(after[1].text) if is_credit_line(after[1].text) else None
    if parts is None or parts[1] is None:
        return source
    ledger.assign(after[1].no, "byline")
    return source or parts[1]


def _navigation_lines(ledger: _Ledger) -> set[int]:
    """Menus and breadcrumbs: the site's navigation, which sits between masthead and article."""
    return {
        line.no for line in ledger.content if ledger.rules.get(line.no) == "menu" or is_breadcrumb(line.text)
    }


def _stamp_after_lead(ledger: _Ledger, lead_no: int) -> list[str]:
    """A stamp printed right under the sapo (as government portals do), when it is the only one.

    Several stamp-only lines below the lead are a listing's item dates, none of them this page's.
    """
    after = [line for line in ledger.free() if line.no > lead_no]
    if not after or sum(1 for line in after if _stamp_only(line.text)) != 1 or not _stamp_only(after[0].text):
        return []
    ledger.assign(after[0].no, "date")
    byline = read_byline(after[0].text)
    return [byline.stamp] if byline is not None else []


def _stamp_outlet(ledger: _Ledger, lead_no: int) -> str | None:
    """The outlet set off from the stamp read under the sapo (``Báo Quân đội Nhân dân•12/04/2026``)."""
    stamp = next(
        (line for line in ledger.content if line.no > lead_no and ledger.roles.get(line.no) == "date"), None
    )
    byline = read_byline(stamp.text) if stamp is not None else None
    return byline.source if byline is not None else None


def _drop_widgets_and_teasers(ledger: _Ledger, protected: set[int], head: _Head) -> None:
    """Phases 3-4: headline repeated, related widgets, after ``./.``, trailing teasers."""
    title_line, lead_line = head.title_line, head.lead_line
    ledger.drop({line.no: CAPTION_LABEL for line in ledger.free() if is_caption_label(line.text)}, protected)
    if title_line is not None:
        title_key = lower_tokens(title_line.text)
        ledger.drop(
            {
                line.no: bp.TITLE_REPEAT
                for line in ledger.free()
                if line.no > title_line.no
                and (
                    abs(len(line.text) - len(title_line.text)) < 8
                    and lower_tokens(line.text) == title_key
                    or _labelled_title(line.text, title_key)
                    or _title_without_label(line.text, title_line.text)
                )
            },
            protected,
        )
    related = bp.related_runs(ledger.content, skip=set(ledger.roles) - {lead_line.no if lead_line else -1})
    head.publisher = _publisher(ledger.content, related, head.source)
    ledger.drop(related, protected)
    if lead_line is not None and not head.header.listing:
        ledger.drop(_teaser_runs(ledger.free(), title_line, lead_line, _captioned(ledger.content)), protected)
    body = [line for line in ledger.free() if line.no > head.start]
    ledger.drop(
        {
            line.no: INLINE_RELATED
            for line in body
            if lead_line is not None and is_linked_page_title(line.text)
        },
        protected,
    )
    ledger.drop(_after_closing_mark(lead_line, body), protected)
    core = [title_line.text if title_line else "", head.lead_text]
    ledger.drop(_after_credit(ledger.free(), head.start, core), protected)
    body = [line for line in ledger.free() if line.no > head.start]
    if head.header.listing:
        return  # a listing's stories are its text, not teasers
    ledger.drop(
        bp.teaser_tail(
            [title_line.text if title_line else "", head.lead_text],
            body,
            is_marker_line=lambda text: lead_marker(text) is not None,
            is_stop_line=lambda line: line.no in protected or _closing_line(line.text),
            dropped={no for no, role in ledger.roles.items() if role.startswith("dropped:")},
            footers={no for no, rule in ledger.rules.items() if rule == bp.FOOTER and no > head.start},
            page_year=lambda: bp.newest_year(line.text for line in ledger.content),
        ),
        protected,
    )


def _captioned(content: Sequence[SourceLine]) -> set[int]:
    """The lines printed right under a picture (a file name, a Markdown image, an alt text)."""
    return {
        line.no
        for above, line in zip(content, content[1:], strict=False)
        if is_image_reference(above.text) or is_markdown_image(above.text) or is_image_alt(above.text)
    }


def _teaser_runs(
    free: Sequence[SourceLine],
    title: SourceLine | None,
    lead: SourceLine,
    captioned: Set[int] = frozenset(),
) -> dict[int, str]:
    """Unlabelled teaser lists inside the article (:mod:`.teasers`): between the headline and
    the sapo, and right under the sapo with the article going on after them."""
    found: dict[int, str] = {}
    if title is not None:
        below_title = [line for line in free if title.no < line.no < lead.no]
        run = teaser_run(below_title, need_prose_after=False, after=lead, captioned=captioned)
        texts = {line.no: line.text for line in below_title}
        if not any(_restates(texts[no], title.text) for no in run):
            found.update(dict.fromkeys(run, bp.TEASER))
    after_lead = [line for line in free if line.no > lead.no]
    found.update(dict.fromkeys(teaser_run(after_lead, captioned=captioned), bp.TEASER))
    return found


MAX_TITLE_LABEL_WORDS = 4


def _labelled_title(text: str, title_key: Sequence[str]) -> bool:
    """``Nội dung toàn văn <headline>``: a few words of a label or link, then the whole headline
    (a document site's label over the text, a link to the page itself); no sentence."""
    words = lower_tokens(text)
    extra = len(words) - len(title_key)
    return (
        0 < extra <= MAX_TITLE_LABEL_WORDS
        and len(title_key) >= MIN_LABELLED_TITLE_WORDS
        and tuple(words[extra:]) == tuple(title_key)
        and not ends_sentence(text)
    )


MIN_LABELLED_TITLE_WORDS = 5
# "Quan hệ quốc tế - <headline>": a document site's headline, its category set before a dash
_LABEL_DASH_RE = re.compile(r"^(?P<label>[^-–—:|]{2,40}?)\s[-–—]\s(?P<rest>\S.*)$")


def _title_without_label(text: str, headline: str) -> bool:
    """The headline printed again without the label the page set before it (``ĐỐI NGOẠI QUỐC
    PHÒNG ...`` under ``Quan hệ quốc tế - Đối ngoại quốc phòng ...``): the document's own title
    line, a copy of the headline; no sentence."""
    match = _LABEL_DASH_RE.match(headline.strip())
    if match is None or len(match.group("label").split()) > MAX_TITLE_LABEL_WORDS or ends_sentence(text):
        return False
    rest = lower_tokens(match.group("rest"))
    return len(rest) >= MIN_LABELLED_TITLE_WORDS and lower_tokens(text) == rest


RESTATED_SHARE = 0.6


def _restates(text: str, headline: str) -> bool:
    """A line holding most of the headline's words is about this page (its description, its
    "full text" label), not a teaser of another story."""
    words = set(lower_tokens(headline))
    return bool(words) and len(words & set(lower_tokens(text))) >= RESTATED_SHARE * len(words)


def _closing_line(text: str) -> bool:
    """A line that may close an article: a signature, a byline, or a date stamp."""
    return (
        signature_parts(text, bare_names=True) is not None
        or split_byline(text) is not None
        or posted_at(text) is not None
        or post_footer_time(text) is not None  # "Đăng lúc 20:45", a blog's footer
    )


def _read_signature(ledger: _Ledger, protected: set[int], head: _Head) -> None:
    """Phase 5: trailing buttons, then the closing signature and a closing date stamp."""
    tail = [line for line in ledger.free() if line.no > head.start]
    ledger.drop(_closing_promos(tail), protected)
    tail = [line for line in ledger.free() if line.no > head.start]
    credit = _press_credit(tail, head.lead_text)
    if credit is not None and credit.no not in protected:
        head.source = head.source or credit.text.strip()
        ledger.assign(credit.no, "signature")
        tail = tail[:-1]
    ledger.drop(bp.trailing_chrome(tail, _closing_line), protected)
    # a blog's post footer closes the post: the sidebar's boxes under it are no signature
    ledger.drop(blog_sidebar([line for line in ledger.free() if line.no > head.start]), protected)
    body = [line for line in ledger.free() if line.no > head.start]
    # Several stamp-only lines in the body: a listing's item dates, none of them this page's.
    listing = sum(1 for line in body if _stamp_only(line.text)) > 1
    tail = body[-MAX_SIGNATURE_LINES:]
    signed_below: list[str] = []
    posters: list[str] = []  # the blog's poster: the writer only when the post credits no one else
    for position in range(len(tail) - 1, -1, -1):
        line = tail[position]
        if line.no in protected:
            break
        before = tail[position - 1].text if position > 0 else head.lead_text
        if is_post_meta_footer(line.text):
            continue  # "Posted in X | 5 Comments »" under the post: the signature is above it
        posted = _post_footer(line.text)
        if posted is not None and not listing:
            names = [name for name in posted[0] if not _LOGIN_RE.fullmatch(name)]  # "vulep": a login
            if not _is_masthead_name(ledger, head, names):  # the blog's own account: no writer
                _add_names(head, names)  # a blog's footer: the poster, and the time of the post
                posters.extend(names)
            head.posted_time = posted[1]
            ledger.assign(line.no, "signature")
            continue
        byline = read_byline(line.text)
        if byline is not None and byline.stamp and not listing:
            head.stamps.append(byline.stamp)  # a closing stamp: a candidate of the date choice
            head.date_lines.append(DateLine(line.no, line.text, CLOSING))
            ledger.assign(line.no, "date")
            _add_names(head, byline.authors)
            continue
        if byline is not None and byline.introduced and byline.authors:
            _add_names(head, byline.authors)  # "Chia sẻ bởi: Lê Thu Trang" closing the page
            ledger.assign(line.no, "signature")
            continue
        closing = position == len(tail) - 1 or is_prose(before) or is_photo_caption(before)
        parts = signature_parts(line.text, bare_names=closing)
        if parts is None and is_signing_row(line.text):  # "PHÓ CHỦ TỊCH" over the signer: no writer
            head.authors = [name for name in head.authors if name not in signed_below]
            ledger.assign(line.no, "signature")
            continue
        if parts is None or parts[0] and _in_site_menu(ledger, head, parts[0]):
            break  # "Về Viettel" under the text, an item of the site's menu: a box's label, no writer
        if parts[0] and _under_signing_row(ledger, line.no):
            ledger.assign(line.no, "signature")  # a document's signer under his office: no writer
            continue
        signed_below = parts[0]
        names, outlet = parts
        _add_names(head, names)
        if names and outlet is None and head.source is None:  # "Y Nhung (LĐLĐ Kon Tum)": a branch sent it
            outlet = branch_credit(line.text, _masthead_words(ledger, _headline_no(head)))
        # "(Theo TTXVN)" under a site's own "(BTNO) -" lead: a republished item names its origin
        if outlet and (head.source is None or _names_origin(line.text)):
            head.source = outlet
        ledger.assign(line.no, "signature")
    if not head.authors and head.lead_line is not None:  # "<TITLE> Đỗ Minh Quân1 ... Tóm tắt ..."
        _add_names(head, paper_authors(head.lead_line.text))
    head.authors = writers_over_logins(head.authors)  # "Posted by vulep" under a named writer
    if set(head.authors) <= set(posters) and not listing and not head.header.listing:  # "Nội dung: X"
        free = [line for line in ledger.free() if line.no > head.start]
        stranded = stranded_credit([line.text for line in free])
        if stranded is not None:
            head.authors = list(stranded.authors)  # "Người dịch: X" over "Đăng bởi Y": X credited
            head.source = head.source or stranded.source
            for index in stranded.indices:
                ledger.assign(free[index].no, "signature")
    if not head.authors and not listing and not head.header.listing:  # a thesis's cover page
        free = [line for line in ledger.free() if line.no > head.start][:MAX_COVER_SCAN_LINES]
        cover = cover_writer([line.text for line in free])
        if cover is not None:
            _add_names(head, cover[1])  # "TRƯỜNG ĐẠI HỌC X / Lê Thị Thanh Tâm / ... / KHÓA LUẬN TỐT NGHIỆP"
            ledger.assign(free[cover[0]].no, "byline")
    if head.source is None and not listing and not head.header.listing:  # "Theo phóng viên TTXVN tại X, ..."
        opening = [head.lead_text] + [line.text for line in ledger.free() if line.no > head.start][:2]
        head.source = next(filter(None, map(wire_attribution, opening)), None)
    if head.source is None and not listing:  # "Theo TTXVN" alone above what the copy kept after it
        free = [line for line in ledger.free() if line.no > head.start]
        credit = first_credit([line.text for line in free])
        if credit is not None:
            head.source = credit[1]
            ledger.assign(free[credit[0]].no, "signature")
    if head.source is None:  # "... Tin do <outlet> thực hiện." closing the last paragraph
        last = [line.text for line in ledger.free() if line.no > head.start][-1:] or [head.lead_text]
        head.source = made_by_credit(last[0])


MAX_COVER_SCAN_LINES = 40
# a blog account's login as the engine prints it: one lower-case word of plain letters and digits
_LOGIN_RE = re.compile(r"[a-z][a-z0-9_.]{2,30}")


def _under_signing_row(ledger: _Ledger, no: int) -> bool:
    """The copy's line right above line ``no``, kept or dropped, is a row of a legal document's
    signing block (``PHÓ CHỦ TỊCH``, ``KT. CHỦ TỊCH``): line ``no`` names the signer. The rows
    recur in every document of a site, so the recurrence rules may have dropped them already."""
    index = next((i for i, line in enumerate(ledger.content) if line.no == no), 0)
    return index > 0 and is_signing_row(ledger.content[index - 1].text)


def _post_footer(text: str) -> tuple[list[str], tuple[int, int]] | None:
    """A blog's post footer: its poster (when the name reads as one) and the post's time of day
    (``Đăng bởi Góc nhỏ lúc 20:15``, ``Đăng lúc 20:45``: the time without a poster)."""
    posted = posted_at(text)
    if posted is not None:
        return posted
    time = post_footer_time(text)
    return ([], time) if time is not None else None


_PRESS_CREDIT_RE = re.compile(r"^(?:Báo|Tạp chí|Đài|Truyền hình|Thông tấn xã)\s")


def _press_credit(tail: Sequence[SourceLine], lead: str) -> SourceLine | None:
    """``Báo Sơn La`` alone right under the last paragraph, closing the copy: the paper credits
    the text (a press name after other links or labels is the footer's list of sites)."""
    before = tail[-2].text if len(tail) > 1 else lead
    if not tail or not is_prose(before):
        return None
    text = tail[-1].text.strip()
    return tail[-1] if _PRESS_CREDIT_RE.match(text) and press_name(text) == text else None


def _closing_promos(tail: Sequence[SourceLine]) -> dict[int, str]:
    """Invitations to the outlet's other programmes after the last paragraph (a signature
    may follow them); one inside the text, with paragraphs after it, stays."""
    found: dict[int, str] = {}
    for line in reversed(tail):
        if bp.is_audience_promo(line.text):
            found[line.no] = bp.PROMO
        elif not _closing_line(line.text):
            break
    return found


def _names_origin(text: str) -> bool:
    """A closing credit of the origin (``Theo X``, ``Nguồn: X``, ``TTXVN/VNP``), not a writer's
    own outlet (``Minh Anh/VOV.VN``)."""
    if is_credit_line(text) or "/" in text and signature_parts(text) == ([], text.strip()):
        return True
    return "/" in text and agency_credit(text) is not None  # "(TTXVN/Vietnam+)"


def _stamp_only(text: str) -> bool:
    byline = read_byline(text)
    return byline is not None and bool(byline.stamp) and not byline.authors


def _add_names(head: _Head, names: Sequence[str]) -> None:
    head.authors.extend(name for name in names if name not in head.authors)


def _drop_repeats(ledger: _Ledger, protected: set[int], head: _Head, recurring: dict[int, str]) -> None:
    """Phase 6: repeated lines (the lead counts as seen first), then chrome seen in other seeds."""
    start, lead_line = head.start, head.lead_line
    seen = ([lead_line] if lead_line else []) + [line for line in ledger.free() if line.no > start]
    seen += [line for line in ledger.free() if line.no < start]
    ledger.drop(bp.duplicates(sorted(seen, key=lambda line: line.no), protected), protected)
    ledger.drop(_refrains(ledger, head), protected)
    items = _item_headlines(ledger) if head.header.listing else set()
    own_end = _own_text_end(ledger, recurring) if not head.header.listing else None
    ledger.drop(
        {
            line.no: ev.RECURRING
            for line in ledger.free()
            # a dated line left over is a listing's item date: evidence (digits folded) proves nothing
            if recurring.get(line.no) == ev.RECURRING
            and (
                not ev.is_meta_shaped(line.text)
                # past the seed's own text a name-shaped line the signature rule left ("Về X"):
                # the site's foot; never a dated line
                or own_end is not None
                and line.no > own_end
                and not any(hit.has_year for hit in find_dates(line.text))
            )
            and line.no not in items
        },
        protected,
    )


def _own_text_end(ledger: _Ledger, recurring: dict[int, str]) -> int | None:
    """Line number of the seed's last kept paragraph seen in no other seed, None without one."""
    return max(
        (line.no for line in ledger.free() if line.no not in recurring and is_prose(line.text)),
        default=None,
    )


REFRAIN = "refrain"
MIN_REFRAIN_COPIES = 3
MAX_REFRAIN_SYLLABLES = 16


def _refrains(ledger: _Ledger, head: _Head) -> dict[int, str]:
    """A short line printed three or more times in one page (a slogan between a listing's items,
    a banner): the site's furniture, its first copy too; never a sentence, a stamp or the lead."""
    counts: dict[str, int] = {}
    for line in ledger.content:
        counts[line.text.strip()] = counts.get(line.text.strip(), 0) + 1
    lead_no = head.lead_line.no if head.lead_line is not None else None
    return {
        line.no: REFRAIN
        for line in ledger.free()
        if counts[line.text.strip()] >= MIN_REFRAIN_COPIES
        and line.no != lead_no
        and syllable_count(line.text) <= MAX_REFRAIN_SYLLABLES
        and not ends_sentence(line.text)
        and not ev.is_meta_shaped(line.text)
    }


def _finish(
    ledger: _Ledger,
    seed: str,
    sidecar: Sidecar | None,
    head: _Head,
    blocks: list[Block],
    warnings: list[str],
) -> ParseResult:
    content = ledger.content
    # no lead (a listing): derive from the first kept text, not from the site's name on line 1
    first_text = next((block.text for block in blocks if block.text), "")
    title, derived = _title(head.title_line, head.lead_text or first_text, content)
    if head.title_line is None and head.lead_line is None:
        warnings.append("no headline and no lead: the title is the first line")
    # several stories on one page: no single publication date, no single source
    listing = _is_listing(ledger, head)
    date = None if listing else _publication_date(head, title, blocks, warnings, content)
    article = ParsedArticle(
        seed=seed,
        title=title,
        lead=head.lead_text,
        blocks=blocks,
        title_derived=derived,
        date=date,
        authors=head.authors,
        source=None if listing else head.source or head.publisher,
        category=head.header.category,
        listing=listing,
        dropped=[
            DroppedLine(line.no, line.text, ledger.rules[line.no])
            for line in content
            if line.no in ledger.rules
        ],
        warnings=warnings,
    )
    missing = [line.no for line in content if line.no not in ledger.roles]
    if missing:  # a bug in the rules, never silent
        raise AssertionError(f"lines not accounted for: {missing}")
    if sidecar is not None:
        apply_overrides(article, sidecar)
    return ParseResult(article, dict(ledger.roles), ledger.kept_suspects())


def _publication_date(
    head: _Head, title: str, blocks: Sequence[Block], warnings: list[str], content: Sequence[SourceLine]
) -> ArticleDate | None:
    """Phase 7: the scored choice among the stamps and datelines the phases above collected."""
    kept_texts = (
        [title, head.lead_text]
        + [block.text for block in blocks]
        + [item for block in blocks for item in block.items]
    )
    # the paragraph right under the lead, where a sapo that names no date leaves the dateline
    # (a photo and its caption printed above the lead are no part of that order)
    lead_no = head.lead_line.no if head.lead_line is not None else 0
    below = [block for block in blocks if block.line > lead_no] or list(blocks)
    opening = below[0].text if below and below[0].kind == "paragraph" and head.lead_text else ""
    if (
        not head.lead_text
        and head.title_line is None
        and blocks
        and blocks[0].kind in ("paragraph", "figure")
    ):
        # a copy that starts at the text (a slideshow's first photo text): its opening dateline
        opening = blocks[0].text
    anchor = head.title_line or head.lead_line
    context = DateContext(
        head.title_line.no if head.title_line else None,
        anchor.no if anchor else None,
        head.navigation,
        head.recurring,
        frozenset(line.no for line in content),
    )
    date = publication_date(head.date_lines, head.lead_text, kept_texts, warnings, opening, context, title)
    return _with_header_clock(_with_posted_time(date, head), head, content)


def _with_posted_time(date: ArticleDate | None, head: _Head) -> ArticleDate | None:
    """A day stamp read from the page (a blog's date header) completed with the time its post
    footer prints ("Đăng bởi X vào lúc 10:15"); a dateline's day is never given a time."""
    if date is None or head.posted_time is None or date.precision != "day" or date.year is None:
        return date
    # only a stamp alone on its line (the blog's date header): a date inside a credit
    # ("PMRI .10 Tháng Mười Một 2026. Theo PMRI") is the origin's, and the post's time is not its
    if not any(
        date.source_text and date.source_text in line.text and _stamp_only(line.text)
        for line in head.date_lines
    ):
        return date
    hour, minute = head.posted_time
    return replace(date, hour=hour, minute=minute, second=None, precision="minute")


def _with_header_clock(
    date: ArticleDate | None, head: _Head, content: Sequence[SourceLine]
) -> ArticleDate | None:
    """A dateline's day completed with the time of the post's own stamp printed without a year
    above the headline ("13 tháng 5 lúc 20:15 ·", as a social network prints a post of this
    year), when that stamp names the same day."""
    if date is None or date.precision not in ("day", "day-month") or head.title_line is None:
        return date
    for line in content:
        if line.no >= head.title_line.no:
            break
        hits = find_dates(line.text)
        if len(hits) != 1 or hits[0].has_year or hits[0].hour is None or hits[0].day is None:
            continue
        hit = hits[0]
        if line.text[: hit.start].strip() or line.text[hit.end :].strip(" ·•|-–"):
            continue  # the stamp alone on its line
        if (hit.month, hit.day) == (date.month, date.day):
            precision = "minute" if date.year is not None else date.precision
            if precision != "minute":
                return date
            return replace(date, hour=hit.hour, minute=hit.minute, second=None, precision=precision)
    return date


MAX_HEADING_SYLLABLES = 8


def _listing_heading(ledger: _Ledger, head: _Head, roles: dict[int, str]) -> SourceLine | None:
    """The category heading of a listing read as an article: the line right above the first
    item's headline (taken for the title) that repeats the last crumb of the breadcrumb above
    it ("Trang chủ » Tin tức - Sự kiện", then "Tin tức - Sự kiện"). Only when the items' stamps
    or markers make the page a listing."""
    title, lead = head.title_line, head.lead_line
    if title is None or lead is None or head.header.listing:
        return None
    content = ledger.content
    index = next((i for i, line in enumerate(content) if line.no == title.no), 0)
    if index < 2:
        return None
    heading, above = content[index - 1], content[index - 2]
    text = heading.text.strip()
    role = ledger.roles.get(heading.no, "")
    if not (role.startswith("dropped:") or role == "category") or is_prose(text):
        return None
    crumbs = breadcrumb_parts(above.text) if is_breadcrumb(above.text) else []
    if syllable_count(text) > MAX_HEADING_SYLLABLES:
        return None
    if not (crumbs and crumbs[-1].strip() == text) and not _unaccented_tag(text):
        return None
    after = [line.text for line in content if line.no > lead.no]
    kept = [line.text for line in content if roles.get(line.no) in KEPT_ROLES]
    return heading if is_listing(lead.text, after, kept) else None


_UNACCENTED_TAG_RE = re.compile(r"[a-z]{1,12}(?: [a-z]{1,12}){1,7}")


def _unaccented_tag(text: str) -> bool:
    """``hop tac quoc te``: a tag page's heading printed from its slug, without diacritics (lower
    case words and spaces only: a file name or an address has dots, dashes or slashes)."""
    return bool(_UNACCENTED_TAG_RE.fullmatch(text))


def _is_listing(ledger: _Ledger, head: _Head) -> bool:
    """A listing by its header (a tag or search heading) or by its items' stamps and markers."""
    if head.header.listing:
        return True
    if head.lead_line is None:
        return False
    after = [line.text for line in ledger.content if line.no > head.lead_line.no]
    kept = [line.text for line in ledger.content if ledger.roles.get(line.no) in KEPT_ROLES]
    return is_listing(head.lead_line.text, after, kept)


def _apply_fragments(ledger: _Ledger, sidecar: Sidecar | None, warnings: list[str]) -> set[int]:
    """Sidecar keep/drop: drop now, return the protected line numbers."""
    if sidecar is None:
        return set()
    keys = {line.no: fragment_key(line.text) for line in ledger.content}
    protected: set[int] = set()
    for fragment in sidecar.keep:
        wanted = fragment_key(fragment)
        hits = {no for no, key in keys.items() if wanted in key}
        if not hits:
            warnings.append(f"{sidecar.name}: keep fragment {fragment!r} matches no line")
        protected |= hits
    for fragment in sidecar.drop:
        wanted = fragment_key(fragment)
        hits = {no: SIDECAR_DROP for no, key in keys.items() if wanted in key}
        if not hits:
            warnings.append(f"{sidecar.name}: drop fragment {fragment!r} matches no line")
        ledger.drop(hits)
    return protected


def _publisher(content: Sequence[SourceLine], related: dict[int, str], source: str | None) -> str | None:
    """A press organ named by a related-widget label (fallback source).

    Footers are not read: a copyright line or a follow widget names the site's
    owner, not the outlet the article credits itself to.
    """
    if source is not None:
        return None
    for line in content:
        if line.no in related and bp.is_related_label(line.text):
            name = press_name(line.text)
            if name:
                return name
    return None


def _after_closing_mark(lead: SourceLine | None, body: Sequence[SourceLine]) -> dict[int, str]:
    """Everything after the first ``./.`` except a signature right after it."""
    candidates = ([lead] if lead is not None else []) + list(body)
    for index, line in enumerate(candidates):
        if bp.has_closing_mark(line.text):
            rest = candidates[index + 1 :]
            # the line right after the end mark closes the article: bare names there sign it
            first = True
            while rest and (
                signature_parts(rest[0].text, bare_names=first) is not None or posted_at(rest[0].text)
            ):
                rest, first = rest[1:], False
            return dict.fromkeys((line.no for line in rest), bp.AFTER_CLOSING)
    return {}


MAX_AFTER_CREDIT_LINES = 4


def _after_credit(free: Sequence[SourceLine], start: int, core: Sequence[str] = ()) -> dict[int, str]:
    """A story card after the closing credit (``Theo Dantri``): a headline and its lead.

    An aggregator ends the item with the origin's credit; a headline under it
    opens another story. Only a short tail that starts with a headline goes.

    A writer's bare name under the last paragraph (``Khánh Linh``) closes the article too, but
    a name alone may also head a profile's section: the tail under it goes only when each of
    its sentences shares little vocabulary with the article (``core``: title and lead).
    """
    body = [line for line in free if line.no > start]
    credit = next((i for i in range(len(body) - 1, -1, -1) if is_credit_line(body[i].text)), None)
    signed = False
    if credit is None:
        credit, signed = _bare_signature(body), True
    if credit is None:
        return {}
    rest = body[credit + 1 :]
    if not rest or len(rest) > MAX_AFTER_CREDIT_LINES:
        return {}
    first = rest[0].text
    if not is_headline_like(first) or is_prose(first) or _closing_line(first):
        return {}
    if signed and not _unrelated_sentences(body, credit + 1, core):
        return {}
    return dict.fromkeys((line.no for line in rest), bp.TEASER)


def _bare_signature(body: Sequence[SourceLine]) -> int | None:
    """The last line of ``body`` that is a writer's name alone right under a paragraph."""
    for index in range(len(body) - 1, 0, -1):
        parts = signature_parts(body[index].text, bare_names=True)
        if parts is not None and parts[0] and parts[1] is None and ends_sentence(body[index - 1].text):
            return index
    return None


def _unrelated_sentences(body: Sequence[SourceLine], first: int, core: Sequence[str]) -> bool:
    """Every sentence of ``body[first:]`` shares less than :data:`.boilerplate.TEASER_COHESION` of
    its word pairs with the article above it (``core`` and ``body[:first]``: the card's own
    headline does not count), and the article is long enough to judge by."""
    article = VocabularyPool(content_bigrams(text) for text in [*core, *(line.text for line in body[:first])])
    if article.size < MIN_SIGNED_REFERENCE_PAIRS:
        return False
    sentences = [line.text for line in body[first:] if is_prose(line.text)]
    return bool(sentences) and all(
        article.cohesion(content_bigrams(text)) < bp.TEASER_COHESION for text in sentences
    )


# the article's word pairs needed to call a signed tail unrelated (a signature and a headline
# under it already say the article has ended: less text is needed than for a bare paragraph)
MIN_SIGNED_REFERENCE_PAIRS = 100


def _title(title_line: SourceLine | None, lead: str, content: Sequence[SourceLine]) -> tuple[str, bool]:
    if title_line is not None:
        return title_line.text, False
    if lead and (glued := glued_headline(lead)) is not None:
        return glued, False  # the page's headline, typed against its sapo
    if lead:
        return derive_title(lead), True
    return derive_title(content[0].text) or content[0].text, True


def apply_overrides(article: ParsedArticle, sidecar: Sidecar) -> None:
    """Sidecar front-matter values replace inferred ones."""
    fields = sidecar.fields
    article.overrides = dict(fields)
    if "title" in fields:
        article.title = fields["title"]
        article.title_derived = False
    if sidecar.date is not None:
        article.date = sidecar.date
    if "authors" in fields:
        article.authors = list(fields["authors"])
    if "source" in fields:
        article.source = fields["source"]
    if "category" in fields:
        article.category = fields["category"]
