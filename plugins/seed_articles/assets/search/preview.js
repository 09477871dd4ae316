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

  const matches = (token, term) => term.prefix
    ? token.folded.startsWith(term.folded) : token.folded === term.folded;

  /* Find the query's concepts in a text: which tokens to mark, which concepts occur. */
  function analyse(text, query) {
    const tokens = S.tokens(text);
    const marked = new Uint8Array(tokens.length);
    const inPair = new Uint8Array(tokens.length);
    const hits = query.concepts.map(() => []);
    const adjacent = (k, j) => k + j < tokens.length && tokens[k + j].phrase === tokens[k].phrase;
    for (let k = 0; k < tokens.length; k++)
      query.concepts.forEach((concept, c) => {
        for (const alternative of concept.alternatives) {
          if (!alternative.every((term, j) => adjacent(k, j) && matches(tokens[k + j], term))) continue;
          for (let j = 0; j < alternative.length; j++) marked[k + j] = alternative.length > 1 ? 2 : 1;
          hits[c].push(tokens.slice(k, k + alternative.length).map(t => t.word.toLowerCase()).join(" "));
        }
      });
    let pairs = 0;
    for (let k = 0; k + 1 < tokens.length; k++)
      for (const [a, b] of query.pairs)
        if (adjacent(k, 1) && matches(tokens[k], a) && matches(tokens[k + 1], b)) {
          inPair[k] = inPair[k + 1] = 1;
          pairs += 1;
        }
    // Where the typed syllables occur side by side, a lone syllable elsewhere is noise.
    if (pairs > 0)
      for (let k = 0; k < tokens.length; k++)
        if (marked[k] === 1 && !inPair[k] && query.pairs.some(p => matches(tokens[k], p[0]) || matches(tokens[k], p[1])))
          marked[k] = 0;
    return { tokens, marked, hits, pairs };
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

  function terms(query, hitLists) {
    const result = {};
    query.concepts.forEach((concept, c) => {
      if (hitLists[c].length) for (const hit of new Set(hitLists[c])) result[hit] = true;
      else result[concept.typed.toLowerCase()] = false;
    });
    return result;
  }

  /* Items of one page: the page itself, then its sections that match. */
  S.pageItems = (record, query, base) => {
    const items = record.s.map(([anchor, title, paragraphs], number) => {
      const heading = analyse(title, query);
      const body = paragraphs.map(p => analyse(p, query));
      const hitLists = query.concepts.map((_, c) => [...heading.hits[c], ...body.flatMap(a => a.hits[c])]);
      const found = hitLists.filter(list => list.length).length;
      const pairs = heading.pairs + body.reduce((n, a) => n + a.pairs, 0);
      const local = Math.min(99, found * 12 + Math.min(pairs, 5) * 4 + (heading.hits.some(h => h.length) ? 6 : 0));
      const item = {
        location: anchor ? `${record.l}#${anchor}` : record.l,
        title: markedHTML(number === 0 ? record.t : title, number === 0 ? analyse(record.t, query) : heading),
        text: paragraphs.length ? `<p>${snippet(paragraphs, body)}</p>` : "",
        score: base + local,
        terms: terms(query, hitLists),
      };
      // Material inserts tags as HTML: escape them like every other text.
      if (number === 0 && record.g) item.tags = record.g.map(S.escapeHTML);
      return { item, found, number };
    });
    const page = items.find(entry => entry.number === 0);
    const sections = items.filter(entry => entry.number > 0 && entry.found > 0)
      .sort((a, b) => b.item.score - a.item.score || a.number - b.number).slice(0, MAX_SECTIONS);
    return [page, ...sections].filter(Boolean).map(entry => entry.item)
      .sort((a, b) => b.score - a.score);
  };
})(self);
