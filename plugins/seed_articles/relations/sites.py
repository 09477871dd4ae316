"""Words a site prints on all its pages, which relate no two of its articles.

Two pages of one site print the same masthead, menus and footer ("Hội Nhà báo
Việt Nam", "Giải báo chí", "Tin tức - Sự kiện"); the parser drops them, but a
site's articles also write those words in their text (the association's own
name, the sections it covers). In an archive about another subject those words
are rare, so TF-IDF weighs them as if they named a subject the two articles
share, and two articles of one site on different subjects would link.

The parser's dropped chrome (:attr:`.model.RelationDoc.chrome`) tells which
lines two pages print alike. The features of those lines are the pair's site
vocabulary: a pair that may link (:func:`.linking.linkable`) is judged again
without them (its score, evidence and shared names less what the site
vocabulary gave). Lines two sites happen to share ("Bản in", "Chia sẻ") are
no subject either, so pairs of different sites lose nothing that mattered.

The parser does not find all of a site's chrome: a mirror's interface lines in
another language ("Lépjen offline állapotba az Player FM alkalmazással!", a
provider notice) may stay in the text of every page. Two pages of one site
(they print chrome lines alike: a long one, or several; two sites' menus share a short
label or two, "Trang chủ", "Thời sự") that also write a line of their title or text
word for word alike print that line as the site's, not as the subject both
report: its features count as site vocabulary too. Reports of one event from
one site still link as a story (:mod:`.stories`), whatever this removes.

Pages of two sites print different chrome, but both may name one place or body
in it: the city of a weather widget ("Hà Nội: 27°C") and of a ministry's
address ("Hoàn Kiếm, Hà Nội"). Such a name tells where both sites are, not
what their two articles report alike, so a name both pages print in their
chrome (as a name both texts write) counts as site vocabulary too. Only names:
the words of two sites' menus and section labels ("Quốc phòng", "Giáo dục")
still tell what two articles are about.

A site that is an institution (a university, a ministry, an association) prints its own
name as its masthead ("TRƯỜNG ĐẠI HỌC X", "HỌC VIỆN Y"), and its news writes that name as
the actor of every story ("Trường Đại học X và ... đã ký kết"). Another site's text about
that institution on another occasion (its admissions, a seminar it hosted) writes the name
too: a name of four words or more gives a dozen shared features, enough to link two
otherwise unrelated texts. A masthead name the page's own text writes (:meth:`SiteWords.own_name`)
is site vocabulary in every pair of that page: a report of the same occasion from another
site shares much more than the name and still links.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
from scipy import sparse

from .features import features_of
from .model import RelationDoc

# A chrome line this long (in words) that the page's text also writes is the site's own name
# (its masthead); shorter lines are menu and section labels ("Quốc phòng", "Tin tức"), which
# texts write as ordinary words ("Bộ Quốc phòng").
OWN_NAME_WORDS = 4

# Chrome lines two pages print alike that show one site even when all are short labels.
SITE_LINES = 3

_NOT_WORD = re.compile(r"[^\w]+")
# A masthead names an institution; a line with a number ("... GIAI ĐOẠN 2027 - 2031") is a heading.
_DIGIT = re.compile(r"\d")


def chrome_lines(doc: RelationDoc) -> frozenset[str]:
    """The chrome lines of a document, normalised for comparison (case and spaces)."""
    return frozenset(" ".join(line.split()).casefold() for line in doc.chrome if line.strip())


def text_lines(doc: RelationDoc) -> frozenset[str]:
    """The lines of a document's title and text, normalised as :func:`chrome_lines` does."""
    return frozenset(
        " ".join(line.split()).casefold() for line in (doc.title, *doc.text.splitlines()) if line.strip()
    )


def _row_values(matrix: sparse.csr_matrix, row: int, columns: np.ndarray, dtype) -> np.ndarray:
    """``matrix[row, columns]`` as a dense array of ``dtype`` (``matrix`` canonical: sorted, no duplicates)."""
    start, end = matrix.indptr[row], matrix.indptr[row + 1]
    indices = matrix.indices[start:end]
    values = np.zeros(len(columns), dtype=dtype)
    if end > start and len(columns):
        places = np.minimum(np.searchsorted(indices, columns), len(indices) - 1)
        found = indices[places] == columns
        values[found] = matrix.data[start:end][places[found]]
    return values


def _canonical(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    if matrix.has_canonical_format:
        return matrix
    matrix = matrix.copy()
    matrix.sum_duplicates()
    return matrix


class SiteWords:
    """The site vocabulary of the pairs of one computation (see :func:`site_shares`).

    What depends on one document alone (its chrome and text lines, the columns of its chrome
    lines' features and of those that are its names) or on one line (its features' columns)
    is read once and kept, so the passes of the pair-judging loop, each judging the pairs
    newly chosen, read each document and line once between them. Same shares as reading
    everything again for each pair.
    """

    def __init__(
        self,
        docs: Sequence[RelationDoc],
        matrix: sparse.csr_matrix,
        names: sparse.csr_matrix,
        units: np.ndarray,
        column_of: Callable[[str], int],
    ) -> None:
        self.docs = docs
        self.matrix = _canonical(matrix)
        self.names = _canonical(names)
        self.units = units
        self.column_of = column_of
        self._chrome: dict[int, frozenset[str]] = {}
        self._texts: dict[int, frozenset[str]] = {}
        self._named_chrome: dict[int, frozenset[int]] = {}
        self._own_names: dict[int, frozenset[int]] = {}
        self._line_columns: dict[str, frozenset[int]] = {}
        self._columns: dict[frozenset[str], np.ndarray] = {}

    def lines_of(self, index: int) -> frozenset[str]:
        found = self._chrome.get(index)
        if found is None:
            found = self._chrome[index] = chrome_lines(self.docs[index])
        return found

    def text_of(self, index: int) -> frozenset[str]:
        found = self._texts.get(index)
        if found is None:
            found = self._texts[index] = text_lines(self.docs[index])
        return found

    def line_columns(self, line: str) -> frozenset[int]:
        """Columns of a line's features (those of the corpus)."""
        found = self._line_columns.get(line)
        if found is None:
            found = self._line_columns[line] = frozenset(
                column for column in map(self.column_of, features_of(line)) if column != -1
            )
        return found

    def columns_of(self, lines: frozenset[str]) -> np.ndarray:
        """Columns of the features of ``lines`` (sorted)."""
        found = self._columns.get(lines)
        if found is None:
            every = set().union(*(self.line_columns(line) for line in lines))
            found = self._columns[lines] = np.array(sorted(every), dtype=np.int64)
        return found

    def named_chrome(self, index: int) -> frozenset[int]:
        """Columns of a document's chrome features that it writes as a name."""
        found = self._named_chrome.get(index)
        if found is None:
            every = set().union(*(self.line_columns(line) for line in self.lines_of(index)))
            start, end = self.names.indptr[index], self.names.indptr[index + 1]
            named = self.names.indices[start:end][self.names.data[start:end] > 0]
            found = self._named_chrome[index] = frozenset(every.intersection(named.tolist()))
        return found

    def own_name(self, index: int) -> frozenset[int]:
        """Columns of the features of a document's masthead name: its chrome lines of
        :data:`OWN_NAME_WORDS` words or more that its text writes too (case and punctuation
        ignored)."""
        found = self._own_names.get(index)
        if found is None:
            text = self.docs[index].text.casefold()
            # Cheap first: every word of the line somewhere in the text (most footers fail).
            long_lines = [
                (line, plain)
                for line, plain in ((line, _words_only(line)) for line in self.lines_of(index))
                if len(plain.split()) >= OWN_NAME_WORDS
                and not _DIGIT.search(plain)
                and all(word in text for word in plain.split())
            ]
            written = _words_only(text) if long_lines else ""
            found = self._own_names[index] = frozenset().union(
                *(self.line_columns(line) for line, plain in long_lines if plain in written)
            )
        return found

    def shares(
        self, first: np.ndarray, second: np.ndarray, which: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """What the shared site vocabulary gives each pair ``which``: see :func:`site_shares`."""
        score = np.zeros(len(which))
        evidence = np.zeros(len(which))
        named = np.zeros(len(which), dtype=np.int64)
        matrix, names, units = self.matrix, self.names, self.units
        for place, (i, j) in enumerate(zip(first[which].tolist(), second[which].tolist(), strict=True)):
            lines_i, lines_j = self.lines_of(i), self.lines_of(j)
            own = self.own_name(i) | self.own_name(j)  # empty without chrome
            common = lines_i & lines_j
            if common:
                # Chrome lines both print are the site's; on one site's pages, so are the
                # lines of text both write alike (a teaser, an interface line).
                alike = self.text_of(i) & self.text_of(j) if _one_site(common) else frozenset()
                columns = self.columns_of(common | alike)
                if own:
                    columns = np.union1d(columns, np.array(sorted(own), dtype=np.int64))
            else:
                # Two sites: the names both print in their chrome, where both texts write them as
                # names, and the masthead name either page's own text writes.
                site_names = (
                    own | (self.named_chrome(i) & self.named_chrome(j)) if lines_i and lines_j else own
                )
                if not site_names:
                    continue
                columns = np.array(sorted(site_names), dtype=np.int64)
            if not len(columns):
                continue
            a = _row_values(matrix, i, columns, matrix.dtype).astype(np.float64)
            b = _row_values(matrix, j, columns, matrix.dtype).astype(np.float64)
            both = (a > 0) & (b > 0)
            score[place] = float(a @ b)
            evidence[place] = float(units[columns][both].sum())
            named[place] = int(
                (
                    _row_values(names, i, columns, names.dtype) * _row_values(names, j, columns, names.dtype)
                ).sum()
            )
        return score, evidence, named


def _one_site(common: frozenset[str]) -> bool:
    """True if the chrome lines two pages print alike show one site: a line of its own (a
    masthead, a footer, a whole menu line, :data:`OWN_NAME_WORDS` words or more) or
    :data:`SITE_LINES` lines.  Two sites' menus share a short label or two ("Trang chủ",
    "Thời sự"); a lead both reports of one event write alike is then no site's line."""
    return len(common) >= SITE_LINES or any(
        len(_words_only(line).split()) >= OWN_NAME_WORDS for line in common
    )


def _words_only(text: str) -> str:
    """``text`` casefolded, its words separated by one space and framed by spaces."""
    return f" {' '.join(_NOT_WORD.sub(' ', text.casefold()).split())} "


def site_shares(
    docs: Sequence[RelationDoc],
    matrix: sparse.csr_matrix,
    names: sparse.csr_matrix,
    units: np.ndarray,
    column_of: Callable[[str], int],
    first: np.ndarray,
    second: np.ndarray,
    which: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """What the shared site vocabulary gives each pair ``which`` (indices into ``first``/``second``).

    Returns the part of the pair's cosine score (``matrix``: l2-normalised rows), of its
    evidence (``units``: evidence weight of each column) and of its shared names (``names``:
    binary documents × columns, the names that count) owed to features of the chrome lines
    both documents print, and of the lines of title and text both write alike when they
    print a chrome line alike (one site's pages); for pages of two sites, owed to the names
    both print in their chrome and write as names; zero where they share none of these.
    A caller judging pairs in several passes keeps one :class:`SiteWords` instead.
    """
    return SiteWords(docs, matrix, names, units, column_of).shares(first, second, which)
