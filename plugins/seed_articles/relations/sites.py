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
(they print chrome lines alike) that also write a line of their title or text
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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from scipy import sparse

from .features import features_of
from .model import RelationDoc


def chrome_lines(doc: RelationDoc) -> frozenset[str]:
    """The chrome lines of a document, normalised for comparison (case and spaces)."""
    return frozenset(" ".join(line.split()).casefold() for line in doc.chrome if line.strip())


def text_lines(doc: RelationDoc) -> frozenset[str]:
    """The lines of a document's title and text, normalised as :func:`chrome_lines` does."""
    return frozenset(
        " ".join(line.split()).casefold() for line in (doc.title, *doc.text.splitlines()) if line.strip()
    )


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
    """
    score = np.zeros(len(which))
    evidence = np.zeros(len(which))
    named = np.zeros(len(which), dtype=np.int64)
    chrome: dict[int, frozenset[str]] = {}
    texts: dict[int, frozenset[str]] = {}

    def lines_of(index: int) -> frozenset[str]:
        if index not in chrome:
            chrome[index] = chrome_lines(docs[index])
        return chrome[index]

    def text_of(index: int) -> frozenset[str]:
        if index not in texts:
            texts[index] = text_lines(docs[index])
        return texts[index]

    chrome_columns: dict[int, np.ndarray] = {}

    def chrome_columns_of(index: int) -> np.ndarray:
        """Columns of the features of a document's chrome lines (sorted)."""
        if index not in chrome_columns:
            found = {column_of(feature) for line in sorted(lines_of(index)) for feature in features_of(line)}
            chrome_columns[index] = np.array(sorted(found - {-1}), dtype=np.int64)
        return chrome_columns[index]

    columns_of: dict[frozenset[str], np.ndarray] = {}
    for place, k in enumerate(which.tolist()):
        i, j = int(first[k]), int(second[k])
        common = lines_of(i) & lines_of(j)
        if common:
            # One site's pages: the lines both write alike are the site's too.
            common = common | (text_of(i) & text_of(j))
            columns = columns_of.get(common)
            if columns is None:
                found = {column_of(feature) for line in sorted(common) for feature in features_of(line)}
                columns = columns_of[common] = np.array(sorted(found - {-1}), dtype=np.int64)
        else:
            # Two sites: the names both print in their chrome, where both texts write them as names.
            columns = np.intersect1d(chrome_columns_of(i), chrome_columns_of(j), assume_unique=True)
            if len(columns):
                named_both = names[i, columns].toarray().ravel() * names[j, columns].toarray().ravel()
                columns = columns[named_both > 0]
        if not len(columns):
            continue
        a = matrix[i, columns].toarray().ravel().astype(np.float64)
        b = matrix[j, columns].toarray().ravel().astype(np.float64)
        both = (a > 0) & (b > 0)
        score[place] = float(a @ b)
        evidence[place] = float(units[columns][both].sum())
        named[place] = int((names[i, columns].toarray().ravel() * names[j, columns].toarray().ravel()).sum())
    return score, evidence, named
