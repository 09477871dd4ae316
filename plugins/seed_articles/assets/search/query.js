/* Parse what the reader typed into concepts to find.
 *
 * A concept is one thing the reader asks for, with alternatives that all
 * satisfy it: a syllable, or an abbreviation and its expansions (BVDC ↔
 * "benh vien da chien"). Pairs are adjacent typed syllables whose adjacency
 * in a page makes the page rank higher (names, multi-syllable words). */
(function (root) {
  "use strict";
  const S = root.SeedSearch || (root.SeedSearch = {});
  const MAX_EXPANSION_WORDS = 10;
  const MIN_PREFIX = 2;  // a single typed letter is not completed: it would read many shards

  const term = (folded, extra) => Object.assign({ folded, tone: null, accented: false, prefix: false }, extra);
  const phraseTerms = phrase => phrase.split(" ").map(folded => term(folded));

  function expansionIndex(abbreviations) {
    const reverse = new Map();
    for (const [key, phrases] of Object.entries(abbreviations))
      for (const phrase of phrases) {
        if (!reverse.has(phrase)) reverse.set(phrase, []);
        reverse.get(phrase).push(key);
      }
    return reverse;
  }

  const abbreviationTerms = key => S.tokens(key).map(token => term(token.folded));

  S.parseQuery = (raw, abbreviations) => {
    const text = S.normalize(raw);
    const tokens = S.tokens(text);
    const reverse = S._reverse && S._reverseOf === abbreviations
      ? S._reverse : (S._reverse = expansionIndex(abbreviations), S._reverseOf = abbreviations, S._reverse);
    const typing = tokens.length > 0 && !/\s$/.test(raw) && tokens[tokens.length - 1].end === text.length;
    const owner = new Array(tokens.length).fill(-1);
    const concepts = [];
    // A reader who types any accent types them all: "Việt Nam" means Nam, not năm.
    // Without any, every accented form of the typed letters is meant.
    const accentedQuery = tokens.some(token => token.folded !== token.word.toLowerCase());
    const termOf = (token, index) => term(token.folded, {
      tone: S.toneKey(token.word),
      accented: token.folded !== token.word.toLowerCase(),
      prefix: typing && index === tokens.length - 1 && token.folded.length >= MIN_PREFIX,
      typed: accentedQuery ? S.toneParts(token.word) : null,  // the accents previews must match
    });

    // Whole typed words that are abbreviations (BVDC, ĐNQP, ADMM+, TT&TT).
    for (const match of text.matchAll(/\S+/g)) {
      const key = S.abbreviationKey(match[0]);
      const inside = tokens.map((t, i) => i).filter(i =>
        tokens[i].start >= match.index && tokens[i].end <= match.index + match[0].length);
      if (!inside.length || !Object.prototype.hasOwnProperty.call(abbreviations, key)) continue;
      const own = inside.map(i => term(tokens[i].folded));
      concepts.push({ typed: match[0], first: inside[0], alternatives: [own, ...abbreviations[key].map(phraseTerms)] });
      for (const i of inside) owner[i] = concepts.length - 1;
    }
    // Runs of typed syllables that spell out an abbreviation ("bệnh viện dã chiến").
    for (let i = 0; i < tokens.length; i++) {
      for (let n = Math.min(MAX_EXPANSION_WORDS, tokens.length - i); n >= 2; n--) {
        const span = tokens.slice(i, i + n);
        if (span.some((t, j) => owner[i + j] >= 0 || t.phrase !== span[0].phrase)) continue;
        const keys = reverse.get(span.map(t => t.folded).join(" "));
        if (!keys) continue;
        concepts.push({
          typed: text.slice(span[0].start, span[n - 1].end),
          first: i,
          alternatives: [span.map((t, j) => termOf(t, i + j)), ...keys.map(abbreviationTerms)],
        });
        for (let j = 0; j < n; j++) owner[i + j] = concepts.length - 1;
        i += n - 1;
        break;
      }
    }
    // Every other syllable is a concept of its own.
    tokens.forEach((token, i) => {
      if (owner[i] >= 0) return;
      concepts.push({ typed: token.word, first: i, alternatives: [[termOf(token, i)]], single: true });
      owner[i] = concepts.length - 1;
    });
    concepts.sort((a, b) => a.first - b.first);
    const byToken = tokens.map((_, i) => concepts.findIndex(c => c.first === i && c.single));
    const pairs = [];
    for (let i = 0; i + 1 < tokens.length; i++)
      if (byToken[i] >= 0 && byToken[i + 1] >= 0 && tokens[i].phrase === tokens[i + 1].phrase)
        pairs.push([concepts[byToken[i]].alternatives[0][0], concepts[byToken[i + 1]].alternatives[0][0]]);
    const last = tokens.length ? tokens[tokens.length - 1].word : "";
    return { concepts, pairs, typing, last, accented: accentedQuery };
  };
})(self);
