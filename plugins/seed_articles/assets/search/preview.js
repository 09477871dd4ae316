/* Turn ranked pages into Material's result groups: titles and previews in
 * their original spelling, the matched words wrapped in <mark>. */
(function (root) {
  "use strict";
  const S = root.SeedSearch || (root.SeedSearch = {});
  const SNIPPET_CHARS = 260;
  const CONTEXT_BEFORE = 70;
  const MAX_SECTIONS = 6;

  const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  S.escapeHTML = text => text.replace(/[&<>"']/g, ch => ESCAPES[ch]);

  const parts = new Map();
  const partsOf = word => {
    let result = parts.get(word);
    if (result === undefined) {
      if (parts.size > 100000) parts.clear();
      result = S.toneParts(word);
      parts.set(word, result);
    }
    return result;
  };

  /* Whether a word stands for a typed term: the same folded letters (the
   * first ones, for the word being typed) and, when the reader typed accents,
   * the same accents — a word still being typed may lack its tone mark. */
  const matches = (token, term) => {
    if (!(term.prefix ? token.folded.startsWith(term.folded) : token.folded === term.folded)) return false;
    if (!term.typed) return true;
    const word = partsOf(token.word);
    return term.prefix
      ? word.base.startsWith(term.typed.base) && (!term.typed.tone || word.tone === term.typed.tone)
      : word.base === term.typed.base && word.tone === term.typed.tone;
  };

  /* Find the query's concepts in a text: where they occur, which typed pairs are adjacent. */
  function analyse(text, query) {
    const tokens = S.tokens(text);
    const marked = new Uint8Array(tokens.length);
    const inPair = new Uint8Array(tokens.length);
    const found = [];  // { k, n, c }: tokens k .. k+n-1 satisfy concept c
    const pairsFound = new Set();
    const adjacent = (k, j) => k + j < tokens.length && tokens[k + j].phrase === tokens[k].phrase;
    for (let k = 0; k < tokens.length; k++)
      query.concepts.forEach((concept, c) => {
        for (const alternative of concept.alternatives) {
          if (!alternative.every((term, j) => adjacent(k, j) && matches(tokens[k + j], term))) continue;
          for (let j = 0; j < alternative.length; j++) marked[k + j] = Math.max(marked[k + j], alternative.length > 1 ? 2 : 1);
          found.push({ k, n: alternative.length, c });
        }
      });
    let pairs = 0;
    for (let k = 0; k + 1 < tokens.length; k++)
      query.pairs.forEach(([a, b], p) => {
        if (adjacent(k, 1) && matches(tokens[k], a) && matches(tokens[k + 1], b)) {
          inPair[k] = inPair[k + 1] = 1;
          pairsFound.add(p);
          pairs += 1;
        }
      });
    return { tokens, marked, inPair, found, pairs, pairsFound, hits: null };
  }

  /* Where the typed syllables occur side by side in a page, a lone syllable
   * elsewhere in it is noise ("năm" for "Nam Sudan"): unmark it, then list
   * the words found for each concept. */
  function settle(analysis, query, pagePairs) {
    const { tokens, marked, inPair } = analysis;
    const terms = [...pagePairs].flatMap(p => query.pairs[p]);
    if (terms.length)
      for (let k = 0; k < tokens.length; k++)
        if (marked[k] === 1 && !inPair[k] && terms.some(term => matches(tokens[k], term))) marked[k] = 0;
    analysis.hits = query.concepts.map(() => []);
    for (const { k, n, c } of analysis.found)
      if (n > 1 || marked[k])
        analysis.hits[c].push(tokens.slice(k, k + n).map(t => t.word.toLowerCase()).join(" "));
    return analysis;
  }

  function markedHTML(text, analysis, from = 0, to = text.length) {
    let html = "";
    let at = from;
    const { tokens, marked } = analysis;
    for (let k = 0; k < tokens.length; k++) {
      if (!marked[k] || tokens[k].start < from || tokens[k].end > to) continue;
      let end = k;
      while (end + 1 < tokens.length && marked[end + 1] && tokens[end + 1].end <= to
        && /^[\s-]*$/.test(text.slice(tokens[end].end, tokens[end + 1].start))) end++;
      html += S.escapeHTML(text.slice(at, tokens[k].start))
        + `<mark>${S.escapeHTML(text.slice(tokens[k].start, tokens[end].end))}</mark>`;
      at = tokens[end].end;
      k = end;
    }
    return html + S.escapeHTML(text.slice(at, to));
  }

  /* A window of the best paragraph around its first match. */
  function snippet(paragraphs, analyses) {
    let best = null;
    paragraphs.forEach((paragraph, number) => {
      const analysis = analyses[number];
      const count = analysis.marked.reduce((n, m) => n + (m ? 1 : 0), 0);
      if (!best || count > best.count) best = { paragraph, analysis, count };
    });
    if (!best) return "";
    const { paragraph, analysis } = best;
    if (paragraph.length <= SNIPPET_CHARS) return markedHTML(paragraph, analysis);
    const first = analysis.tokens.find((t, k) => analysis.marked[k]);
    let from = first ? Math.max(0, first.start - CONTEXT_BEFORE) : 0;
    if (from > 0) from = paragraph.indexOf(" ", from) + 1 || from;
    let to = Math.min(paragraph.length, from + SNIPPET_CHARS);
    if (to < paragraph.length) to = paragraph.lastIndexOf(" ", to) > from ? paragraph.lastIndexOf(" ", to) : to;
    return (from > 0 ? "… " : "") + markedHTML(paragraph, analysis, from, to) + (to < paragraph.length ? " …" : "");
  }

  /* Material's `terms` of an item: the words found (→ the link's ?h=, what
   * the page highlights), typed words not found (→ "Missing"). A concept the
   * index found in the page beyond its stored text counts as found. */
  function terms(query, hitLists, matched = []) {
    const result = {};
    query.concepts.forEach((concept, c) => {
      if (hitLists[c].length) for (const hit of new Set(hitLists[c])) result[hit] = true;
      else result[concept.typed.toLowerCase()] = matched.includes(c);
    });
    return result;
  }

  /* Items of one page: the page itself, then its sections that match.
   * `entry` is the page's ranking (concepts and pairs the index found in it). */
  S.pageItems = (record, query, base, entry = null) => {
    const sections = record.s.map(([anchor, title, paragraphs], number) => ({
      anchor, number, paragraphs,
      title: number === 0 ? record.t : title,
      heading: analyse(number === 0 ? record.t : title, query),
      body: paragraphs.map(p => analyse(p, query)),
    }));
    const pagePairs = new Set(entry ? entry.pairsFound : []);
    for (const section of sections)
      for (const analysis of [section.heading, ...section.body])
        for (const p of analysis.pairsFound) pagePairs.add(p);
    for (const section of sections)
      for (const analysis of [section.heading, ...section.body]) settle(analysis, query, pagePairs);
    const hitsOf = section => query.concepts.map((_, c) =>
      [...section.heading.hits[c], ...section.body.flatMap(a => a.hits[c])]);
    const pageHits = query.concepts.map((_, c) => sections.flatMap(section => hitsOf(section)[c]));
    const items = sections.map(section => {
      const { anchor, number, paragraphs, heading, body } = section;
      const hitLists = hitsOf(section);
      const found = hitLists.filter(list => list.length).length;
      const pairs = heading.pairs + body.reduce((n, a) => n + a.pairs, 0);
      const local = Math.min(99, found * 12 + Math.min(pairs, 5) * 4 + (heading.hits.some(h => h.length) ? 6 : 0));
      const item = {
        location: anchor ? `${record.l}#${anchor}` : record.l,
        title: markedHTML(section.title, heading),
        text: paragraphs.length ? `<p>${snippet(paragraphs, body)}</p>` : "",
        score: base + local,
        // The page's own item links to the whole page: what the whole page has.
        terms: number === 0 ? terms(query, pageHits, entry ? entry.matched : []) : terms(query, hitLists),
      };
      // Material inserts tags as HTML: escape them like every other text.
      if (number === 0 && record.g) item.tags = record.g.map(S.escapeHTML);
      return { item, found, number };
    });
    const page = items.find(entry => entry.number === 0);
    const matching = items.filter(entry => entry.number > 0 && entry.found > 0)
      .sort((a, b) => b.item.score - a.item.score || a.number - b.number).slice(0, MAX_SECTIONS);
    return [page, ...matching].filter(Boolean).map(entry => entry.item)
      .sort((a, b) => b.score - a.score);
  };
})(self);
