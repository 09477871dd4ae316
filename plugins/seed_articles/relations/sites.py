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
    both documents print; zero where they print none alike.
    """
    score = np.zeros(len(which))
    evidence = np.zeros(len(which))
    named = np.zeros(len(which), dtype=np.int64)
    lines = [chrome_lines(doc) for doc in docs]
    columns_of: dict[frozenset[str], np.ndarray] = {}
    for place, k in enumerate(which.tolist()):
        i, j = int(first[k]), int(second[k])
        common = lines[i] & lines[j]
        if not common:
            continue
        columns = columns_of.get(common)
        if columns is None:
            found = {column_of(feature) for line in sorted(common) for feature in features_of(line)}
            columns = columns_of[common] = np.array(sorted(found - {-1}), dtype=np.int64)
        if not len(columns):
            continue
        a = matrix[i, columns].toarray().ravel().astype(np.float64)
        b = matrix[j, columns].toarray().ravel().astype(np.float64)
        both = (a > 0) & (b > 0)
        score[place] = float(a @ b)
        evidence[place] = float(units[columns][both].sum())
        named[place] = int((names[i, columns].toarray().ravel() * names[j, columns].toarray().ravel()).sum())
    return score, evidence, named
