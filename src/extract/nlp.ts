// The shared wink-nlp instance and a token table with character offsets. wink-nlp reads a whole
// article in milliseconds; its tokens carry the part of speech, which the extractors use to find
// the noun a number counts, proper nouns, and the verbs that end a name.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

// Only the part-of-speech annotation is used; leaving out sentence boundaries, entities, negation
// and sentiment halves wink-nlp's cost and gives the same tags (checked on every fixture).
const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;

type Token = { start: number; end: number; value: string; pos: string };

let cache: { text: string; tokens: Token[]; starts: number[] } | null = null;

/** Tokens of `text` with offsets; the last text's table is kept, as every extractor reads the same one. */
export function tokens(text: string): Token[] {
  if (cache?.text === text) return cache.tokens;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const out: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const found = text.indexOf(values[i], at);
    if (found < 0) continue; // wink normalises a few tokens; they carry no position
    out.push({ start: found, end: found + values[i].length, value: values[i], pos: pos[i] });
    at = found + values[i].length;
  }
  cache = { text, tokens: out, starts: out.map((t) => t.start) };
  return out;
}

export function tokenAt(text: string, pos: number): number {
  tokens(text);
  const starts = cache!.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The common noun a number at `pos` counts: the first noun within a few modifier words. */
export function nextNoun(text: string, pos: number, reach = 4): string | null {
  const toks = tokens(text);
  for (let i = tokenAt(text, pos), seen = 0; i < toks.length && seen <= reach; i++, seen++) {
    const t = toks[i];
    if (t.pos === "NOUN") return /^\p{Ll}/u.test(t.value) || t.value.toLowerCase() === t.value ? t.value : t.value.toLowerCase();
    if (!["ADJ", "PROPN", "NUM", "ADV"].includes(t.pos) && !(t.pos === "PUNCT" && t.value === "-")) return null;
  }
  return null;
}
