"""Time and peak memory of compute_related on synthetic corpora.

Articles are made by drawing paragraphs of the real seeds (as the parser
cleans them) at random (fixed seed) and giving each a varied title, so the corpus has the vocabulary of
real Vietnamese news but is far more repetitive than a real archive — a hard
case, since almost every pair of articles shares something.

    PYTHONPATH=plugins .venv/bin/python benchmarks/relations_bench.py [SIZES...] [--tracemalloc]

Besides the cold computation (``seconds``, tokenising included), each size
measures what a rebuild costs the relation stage, tokens kept per article as
the plugin keeps them: the first computation with a :class:`RelationMemory`
(``first_s``), then one seed edited by one sentence (``edit_s``), one seed
added (``add_s``) and one deleted (``delete_s``), each updated from the
memory of the computation before, with what the update searched again and
reused, and how many articles' TF-IDF vectors the edit changed
(``edit_vectors_changed``: every article sharing a feature whose document
frequency the edit changed; with an article added or deleted, all of them),
and how many candidate scores and rankings of shared terms were updated
from the memory rather than computed from the rows (``*_scores_updated``,
``*_rankings_updated``; none when the corpus size changed, as every weight
then moves), and how many texts were counted into the token table
(``*_texts_counted``; the other rows are copied from the memory). ``people_s`` is the people index of a rebuild, mentions kept
per article as the plugin keeps them.

Each size runs twice in a fresh process: once timed, once with its memory
sampled from outside (the summed proportional set size of the process and
its worker processes, so pages the forked workers share with it count
once). Sampling costs the machine some work, so it never runs during the
timed run.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from seed_articles.relations.memory import RelationMemory
from seed_articles.relations.model import RelationDoc
from seed_articles.relations.people import build_people_index, doc_people
from seed_articles.relations.similarity import _vectorize, compute_related, related_index, tokenize_docs

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import real_paragraphs  # noqa: E402  (the parser's clean paragraphs of the real seeds)

RANDOM_SEED = 1234


def synthetic_corpus(size: int, paragraphs: list[str], seed: int = RANDOM_SEED) -> list[RelationDoc]:
    rng = random.Random(seed)
    words = " ".join(paragraphs).split()
    docs = []
    for n in range(size):
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(3, 8)))
        start = rng.randrange(len(words) - 12)
        title = " ".join(words[start : start + rng.randint(6, 12)])
        year, month, day = 2016 + rng.randrange(9), 1 + rng.randrange(12), 1 + rng.randrange(28)
        docs.append(
            RelationDoc(
                key=f"{n:05d}",
                title=title,
                text="\n".join(body),
                date_sort=(year, month, day, 0, 0, 0) if rng.random() < 0.9 else None,
            )
        )
    return docs


def measure(size: int, paragraphs: list[str], trace: bool = False) -> dict:
    """Time and memory of one compute_related run (call in a fresh process)."""
    docs = synthetic_corpus(size, paragraphs)
    words = sum(len(d.text.split()) for d in docs)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if trace:  # tracemalloc slows allocation-heavy code: time is only honest without it
        tracemalloc.start()
    started, cpu_started = time.perf_counter(), time.process_time()
    related = compute_related(docs)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    result = {
        "articles": size,
        "words": words,
        "seconds": round(elapsed, 2),
        "cpu_seconds": round(cpu, 2),  # less sensitive than wall time to other load
        "load_average": round(os.getloadavg()[0], 2),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        # Worker processes are forks: their RSS counts pages shared with this process.
        "worker_max_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "rss_before_mb": round(rss_before, 1),
        "articles_with_related": sum(1 for items in related.values() if items),
    }
    if trace:
        result["peak_traced_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        tracemalloc.stop()
    else:
        result.update(measure_updates(docs, paragraphs))
    return result


def measure_updates(docs: list[RelationDoc], paragraphs: list[str]) -> dict:
    """The relation stage on a rebuild: one seed edited, added, deleted; tokens kept per article."""
    rng = random.Random(RANDOM_SEED + 1)
    tokens = dict(zip((doc.key for doc in docs), tokenize_docs(docs), strict=True))
    memory = RelationMemory()
    result: dict = {}

    def timed(name: str, current: list[RelationDoc]) -> None:
        for doc in current:
            if doc.key not in tokens:
                tokens[doc.key] = tokenize_docs([doc])[0]
        started = time.perf_counter()
        related_index(current, tokenized=[tokens[doc.key] for doc in current], memory=memory)
        result[f"{name}_s"] = round(time.perf_counter() - started, 2)
        if name != "first":
            last = memory.last
            result[f"{name}_rows_searched"] = last.get("search_searched")
            result[f"{name}_explanations_reused"] = (
                f"{last.get('explanations_reused', 0)}/{last.get('pairs_explained', 0)}"
            )
            # Pairs whose score was updated from its old sums, whose ranking of shared
            # terms was updated without multiplying their rows (relations.pair_scores).
            result[f"{name}_scores_updated"] = (
                f"{last.get('scores_updated', 0)}/{last.get('scores_pairs', 0)}"
            )
            result[f"{name}_rankings_updated"] = last.get("explanations_settled", 0)
            # Texts counted into the token table (the others' rows copied, relations.token_table).
            result[f"{name}_texts_counted"] = last.get("tokens_counted")

    timed("first", docs)
    # The people index after an edit, mentions kept per article as the plugin keeps them.
    mentions = {doc.key: doc_people(doc) for doc in docs}
    build_people_index(docs, mentions_of=lambda doc: mentions[doc.key])  # the first, as in "first"
    started = time.perf_counter()
    build_people_index(docs, mentions_of=lambda doc: mentions[doc.key])
    result["people_s"] = round(time.perf_counter() - started, 3)
    edited = list(docs)
    at = rng.randrange(len(edited))
    sentences = edited[at].text.split(". ")
    sentences[rng.randrange(len(sentences))] = rng.choice(paragraphs).split(". ")[0]
    edited[at] = RelationDoc(
        edited[at].key, edited[at].title, ". ".join(sentences), edited[at].date_sort, edited[at].abbreviations
    )
    tokens.pop(edited[at].key)
    result["edit_vectors_changed"] = vectors_changed(docs, edited, at)
    timed("edit", edited)
    extra = synthetic_corpus(1, paragraphs, seed=RANDOM_SEED + 2)[0]
    added = [*edited, RelationDoc("99999", extra.title, extra.text, extra.date_sort)]
    timed("add", added)
    timed("delete", [doc for n, doc in enumerate(added) if n != len(added) // 2])
    return result


def vectors_changed(before: list[RelationDoc], after: list[RelationDoc], at: int) -> int:
    """Articles whose TF-IDF vector an edit of article ``at`` changes (the corpus size unchanged).

    Every article that has a feature the edit added to or removed from article ``at``:
    its document frequency, so its weight, changed.
    """
    old, new = _vectorize(before), _vectorize(after)
    old_names = {old.names[c] for c in old.matrix[at].indices.tolist()}
    new_names = {new.names[c] for c in new.matrix[at].indices.tolist()}
    changed = old_names ^ new_names
    columns = [c for c, name in enumerate(new.names) if name in changed]
    touched = set(new.matrix[:, columns].tocoo().row.tolist()) if columns else set()
    return len(touched | {at})


def main(argv: list[str]) -> None:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return
    trace = "--tracemalloc" in argv
    args = [a for a in argv if not a.startswith("--")]
    if "--one" in argv:  # child process: one size, result as JSON
        print(json.dumps(measure(int(args[0]), real_paragraphs(), trace)))
        return
    sizes = [int(a) for a in args] or [1_000, 10_000]
    print(f"{len(real_paragraphs())} seed paragraphs")
    for size in sizes:
        # A fresh process per size, so max RSS is this run's peak.
        command = [sys.executable, __file__, "--one", str(size), *(["--tracemalloc"] if trace else [])]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        result = json.loads(output.strip().splitlines()[-1])
        result["peak_memory_mb"] = peak_memory(command)
        print(result, flush=True)


def peak_memory(command: list[str], interval: float = 0.05) -> float:
    """Peak summed PSS (MB) of a command's process and its children, sampled every ``interval`` s."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _tree_pss_kb(process.pid) / 1024)
        time.sleep(interval)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)
    return round(peak, 1)


def _tree_pss_kb(root: int) -> int:
    """Proportional set size of a process and all its descendants, in kB (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                # The command name may hold spaces: the parent id is the second field after ")".
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, changed = {root}, True
    while changed:
        grown = tree | {pid for pid, parent in parents.items() if parent in tree}
        changed, tree = grown != tree, grown
    total = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue  # the process ended between listing and reading
    return total


if __name__ == "__main__":
    main(sys.argv[1:])
