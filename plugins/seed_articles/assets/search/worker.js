/* Search worker behind Material's unchanged search box.
 *
 * Speaks Material's protocol (0 SETUP → 1 READY, 2 QUERY → 3 RESULT) but
 * searches the prebuilt Vietnamese index in search/seed/ instead of lunr:
 * diacritic- and tone-placement-insensitive, abbreviation-aware, and
 * loading only the shards and pages a query needs.
 *
 * Every query gets a sequence number; an answer is computed only from the
 * shards and page records that query needs (all awaited) and is posted only
 * if no newer query arrived meanwhile, so the last answer the page receives
 * always belongs to the last query it sent.
 *
 * Material reads its search box on `keyup` only: text that arrives without
 * a key release (the last letter of "hội nhập quốc tế" committed by an input
 * method, a paste from the context menu) reaches this worker only if the
 * page turns the box's `input` events into the keyup Material listens for
 * (page wiring: the plugin's search template). A worker cannot read the box
 * itself, and Material re-reads it on the first READY only. */
importScripts("fold.js", "query.js", "index.js", "rank.js", "preview.js");

(function (root) {
  "use strict";
  const S = root.SeedSearch;
  const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;

  const index = new S.Index(new URL("../../search/seed/", root.location));
  index.load().catch(() => {});  // start at once: the manifest is ready before the reader types
  let options = { suggest: false };
  let latest = 0;  // sequence number of the newest query received

  function suggestion(query, completions) {
    if (!query.typing || !query.last) return [];
    const typed = query.last;
    const lower = typed.toLowerCase();
    const best = completions
      .filter(c => c.term.prefix && c.display.startsWith(lower) && c.display !== lower)
      .sort((a, b) => b.count - a.count)[0];
    if (!best) return [];
    const word = typed[0] !== lower[0] ? best.display[0].toUpperCase() + best.display.slice(1) : best.display;
    return word.startsWith(typed) ? [word] : [];
  }

  /* Result for `text`, or null when `stale()` says a newer query made it useless. */
  S.search = async (text, wanted, stale = () => false) => {
    await index.load();  // the same promise every time, or a new try after a failed read
    await new Promise(resolve => setTimeout(resolve, 0));  // let a newer query arrive first
    if (stale()) return null;
    const query = S.parseQuery(text, index.manifest.abbreviations || {});
    if (!query.concepts.length) return { items: [], query: text };
    const { ranked, completions } = await S.rank(index, query);  // awaits every shard it reads
    if (stale()) return null;  // the reader typed on: fetch no page records for this one
    const top = ranked.slice(0, index.manifest.maxResults);
    const records = await Promise.all(top.map(entry => index.page(entry.page)));
    if (stale()) return null;
    const items = [];
    records.forEach((record, position) => {
      if (record) items.push(S.pageItems(record, query, (top.length - position) * 100, top[position]));
    });
    const result = { items, query: text };  // `query` lets tests tell answers apart
    if (wanted.suggest) result.suggest = suggestion(query, completions);
    return result;
  };

  async function answer(text, id) {
    const stale = () => id !== latest;
    let data;
    try {
      data = await S.search(text, options, stale);
    } catch (error) {
      console.warn("seed-search: query failed", error);
      if (stale()) return;
      try {  // a shard or the manifest failed to load: it is not cached, try once more
        data = await S.search(text, options, stale);
      } catch (again) {
        console.warn("seed-search: query failed", again);
        data = { items: [], query: text };
      }
    }
    if (data && !stale()) root.postMessage({ type: RESULT, data });  // drop answers to stale queries
  }

  root.addEventListener("message", event => {
    const message = event.data;
    if (message.type === SETUP) {
      options = (message.data && message.data.options) || options;
      root.postMessage({ type: READY });
    } else if (message.type === QUERY) {
      answer(String(message.data || ""), ++latest);
    }
  });
})(self);
