/* Rank pages for a parsed query.
 *
 * Only pages matching the most concepts are listed. Order: index pages the
 * query names (its words make up most of the page's title: "chủ đề",
 * "bảng chữ viết tắt"); then articles; then the other index pages (home,
 * topics, glossary, people, ...: they repeat every article's words); within
 * each, pages where more typed syllable pairs are adjacent (the whole name
 * or term, not just one of its syllables); then pages with the exact tone
 * marks the reader typed; then a tf-idf style relevance. */
(function (root) {
  "use strict";
  const S = root.SeedSearch || (root.SeedSearch = {});
  const MAX_COMPLETIONS = 40;
  const COMPLETION_FACTOR = 0.8;

  const saturate = weight => weight / (weight + 1.2);
  const NAMED = 0, ARTICLE = 1, LISTING = 2;  // tiers, best first

  const termIn = (word, term) => term.prefix ? word.startsWith(term.folded) : word === term.folded;

  /* Whether the query names an index page: every concept is in its folded
   * title, and the typed words cover at least half of the title's words. */
  function names(title, query) {
    const words = title ? title.split(" ") : [];
    if (!words.length) return false;
    const covered = new Uint8Array(words.length);
    for (const concept of query.concepts) {
      let found = false;
      for (const alternative of concept.alternatives)
        for (let k = 0; k + alternative.length <= words.length; k++)
          if (alternative.every((term, j) => termIn(words[k + j], term))) {
            found = true;
            covered.fill(1, k, k + alternative.length);
          }
      if (!found) return false;
    }
    return 2 * covered.reduce((n, c) => n + c, 0) >= words.length;
  }

  /* Pages of one term: Map(page → weight), plus the pages having each tone variant. */
  async function termPostings(index, term) {
    const entries = term.prefix
      ? (await index.startingWith(term.folded)).filter(([key]) => !key.includes(" "))
      : [[term.folded, await index.get(term.folded)]].filter(([, value]) => value);
    const ranked = entries
      .map(([key, variants]) => ({ key, variants, df: variants.reduce((n, v) => n + v[2].length, 0) }))
      .sort((a, b) => (b.key === term.folded) - (a.key === term.folded) || b.df - a.df)
      .slice(0, MAX_COMPLETIONS);
    const pages = new Map();
    const exact = new Set();
    const completions = [];
    for (const { key, variants } of ranked) {
      const factor = key === term.folded ? 1 : COMPLETION_FACTOR;
      for (const [tone, display, flat] of variants) {
        completions.push({ key, display, count: flat.length });
        for (const [page, weight] of S.decodePostings(flat)) {
          pages.set(page, (pages.get(page) || 0) + weight * factor);
          if (term.tone !== null && tone === term.tone) exact.add(page);
        }
      }
    }
    return { pages, exact, completions };
  }

  /* Pages where two terms are adjacent: Map(page → weight). */
  async function pairPostings(index, first, second) {
    const head = `${first.folded} ${second.folded}`;
    const entries = second.prefix
      ? (await index.startingWith(head)).filter(([key]) => key.split(" ").length === 2)
      : [[head, await index.get(head)]].filter(([, value]) => value);
    const pages = new Map();
    for (const [key, flat] of entries) {
      const factor = key === head ? 1 : COMPLETION_FACTOR;
      for (const [page, weight] of S.decodePostings(flat))
        pages.set(page, (pages.get(page) || 0) + weight * factor);
    }
    return pages;
  }

  function intersect(maps) {
    const [smallest, ...others] = [...maps].sort((a, b) => a.size - b.size);
    const result = new Map();
    for (const [page, weight] of smallest || []) {
      let least = weight;
      for (const other of others) {
        if (!other.has(page)) { least = -1; break; }
        least = Math.min(least, other.get(page));
      }
      if (least >= 0) result.set(page, least);
    }
    return result;
  }

  /* Map(page → weight) of pages satisfying one alternative. */
  async function alternativePages(index, alternative, found) {
    if (alternative.length === 1) {
      const postings = await termPostings(index, alternative[0]);
      found.completions.push(...postings.completions.map(c => ({ ...c, term: alternative[0] })));
      if (alternative[0].accented) found.exact.push(postings.exact);
      return postings.pages;
    }
    const pairs = [];
    for (let i = 0; i + 1 < alternative.length; i++)
      pairs.push(pairPostings(index, alternative[i], alternative[i + 1]));
    return intersect(await Promise.all(pairs));
  }

  S.rank = async (index, query) => {
    const total = index.manifest.pages;
    const idf = df => Math.log(1 + total / Math.max(1, df));
    const found = { completions: [], exact: [] };
    const conceptPages = await Promise.all(query.concepts.map(async concept => {
      const best = new Map();
      const alternatives = await Promise.all(concept.alternatives.map(a => alternativePages(index, a, found)));
      for (const pages of alternatives) {
        const weight = idf(pages.size);
        for (const [page, w] of pages)
          best.set(page, Math.max(best.get(page) || 0, weight * saturate(w)));
      }
      return best;
    }));
    const pairPages = await Promise.all(query.pairs.map(([a, b]) => pairPostings(index, a, b)));

    const scores = new Map();
    const entry = page => {
      if (!scores.has(page))
        scores.set(page, { page, concepts: 0, matched: [], pairs: 0, pairsFound: [], accents: 0, relevance: 0 });
      return scores.get(page);
    };
    conceptPages.forEach((pages, number) => {
      for (const [page, score] of pages) {
        const e = entry(page);
        e.concepts += 1;
        e.matched.push(number);  // which concepts the page has (its stored text may be trimmed)
        e.relevance += score;
      }
    });
    pairPages.forEach((pages, number) => {
      const weight = idf(pages.size);
      for (const [page, w] of pages)
        if (scores.has(page)) {
          const e = scores.get(page);
          e.pairs += 1;
          e.pairsFound.push(number);  // typed pairs adjacent somewhere in the page
          e.relevance += weight * saturate(w);
        }
    });
    for (const pages of found.exact)
      for (const page of pages)
        if (scores.has(page)) scores.get(page).accents += 1;

    let ranked = [...scores.values()];
    const most = ranked.reduce((m, e) => Math.max(m, e.concepts), 0);
    ranked = ranked.filter(e => e.concepts === most);
    for (const e of ranked)
      e.tier = index.isArticle(e.page) ? ARTICLE : names(index.listings.get(e.page), query) ? NAMED : LISTING;
    ranked.sort((a, b) => b.concepts - a.concepts || a.tier - b.tier || b.pairs - a.pairs
      || b.accents - a.accents || b.relevance - a.relevance || a.page - b.page);
    return { ranked, completions: found.completions };
  };
})(self);
