/* Vietnamese folding and tokenising for the search worker.
 * Mirrors seed_articles.text.vietnamese (normalize_text, fold, tone_key,
 * syllables) so queries meet the terms the build indexed. */
(function (root) {
  "use strict";
  const S = root.SeedSearch || (root.SeedSearch = {});

  // Look-alikes some sites type for Đ/đ, spaces that should be plain, invisible characters.
  const LOOKALIKE = /[\u00d0\u00f0\u0189\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff]/g;
  const REPLACEMENT = { "\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110",
    "\u00a0": " ", "\u2007": " ", "\u202f": " " };
  const TONES = { "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5 };
  // A word (syllable) or a run of punctuation, which ends a phrase.
  const TOKEN = /[\p{L}\p{N}]+|[^\p{L}\p{N}\s-]+/gu;
  const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

  S.normalize = text => text.normalize("NFC")
    .replace(LOOKALIKE, ch => REPLACEMENT[ch] || "").normalize("NFC");

  S.fold = text => S.normalize(text).toLowerCase().replace(/đ/g, "d")
    .normalize("NFD").replace(/\p{Mn}/gu, "");

  /* A syllable's letters with their vowel marks but without the tone mark,
   * and its tone (0: none): hoà and hòa → { base: "hoa", tone: 1 }. */
  S.toneParts = word => {
    let tone = 0;
    let kept = "";
    for (const ch of S.normalize(word).toLowerCase().normalize("NFD")) {
      if (TONES[ch]) tone = TONES[ch];
      else kept += ch;
    }
    return { base: kept.normalize("NFC"), tone };
  };

  /* Key of a syllable that ignores where the tone mark sits (hoà = hòa). */
  S.toneKey = word => {
    const { base, tone } = S.toneParts(word);
    return tone ? base + tone : base;
  };

  // Folding is the costly part of reading previews; pages repeat their words.
  const folded = new Map();
  const foldWord = word => {
    let result = folded.get(word);
    if (result === undefined) {
      if (folded.size > 100000) folded.clear();
      result = S.fold(word);
      folded.set(word, result);
    }
    return result;
  };

  /* Words of NFC text with offsets; `phrase` grows at every punctuation run. */
  S.tokens = text => {
    const result = [];
    let phrase = 0;
    for (const match of text.matchAll(TOKEN)) {
      const word = match[0];
      if (!LETTER_OR_DIGIT.test(word[0])) {
        phrase += 1;
        continue;
      }
      result.push({ word, folded: foldWord(word), start: match.index, end: match.index + word.length, phrase });
    }
    return result;
  };

  /* Key of an abbreviation as the build writes it (ĐNQP → dnqp, ADMM+ → admm+). */
  S.abbreviationKey = word => S.fold(word).replace(/[^\p{L}\p{N}+&-]/gu, "");
})(self);
