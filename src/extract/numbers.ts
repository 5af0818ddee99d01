// Cardinal quantities in digits or words, with their qualifier ("more than") and the counted noun
// as unit. Lexicon: English number words, scale words, currency signs and codes, quantity
// qualifiers — general English, not drawn from any article.
import type { Span } from "../text/view.js";
import { Mask } from "../text/mask.js";
import { nextNoun } from "./nlp.js";

export type NumberMatch = Span & { value: number; unit: string | null; qualifier: string | null };

const small: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const scales: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6 };
const currencies: Record<string, string> = { $: "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR" };
// ISO 4217 codes common in policy writing (general, not drawn from any article)
const CODES = "USD|EUR|GBP|JPY|CNY|RMB|RUB|TRY|AZN|ILS|EGP|INR|CHF|AED|SAR|QAR|KWD|OMR|BHD|IRR|IQD|JOD|LBP|PKR|KZT|UZS|GEL|AMD|UAH|PLN|SEK|NOK|DKK|CAD|AUD|NZD|HKD|SGD|KRW|BRL|MXN|ZAR|NGN|KES|ETB";
const codes = new RegExp(`^(?:${CODES})$`);
const currencyWords: Record<string, string> = { dollar: "USD", euro: "EUR", pound: "GBP", yen: "JPY", ruble: "RUB", rouble: "RUB", lira: "TRY", shekel: "ILS" };

const WORD = `(?:${[...Object.keys(small), ...Object.keys(scales)].join("|")})`;
const QUALIFIER = String.raw`(?:more than|less than|fewer than|at least|at most|up to|as many as|as much as|close to|upwards of|in excess of|just over|just under|an estimated|over|under|nearly|almost|about|around|approximately|roughly|some|exactly|approx\.)`;

const digitNumber = new RegExp(
  String.raw`(?<![\w.,/\-–$€£¥₹])(?:\b(${QUALIFIER})\s+)?(US\$|[$€£¥₹]|\b(?:${CODES})\s?)?(?<![\w.,/\-–])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w,.]?\d)(\s?(?:million|billion|trillion|thousand|bn|mn)\b|m\b(?!\s+(?:high|long|wide|deep|tall|above|below)\b))?(\s?%|\s+(?:percent|per cent)\b)?(-[a-z]+\b)?`,
  "gi",
);
const wordNumber = new RegExp(
  String.raw`(?:\b(${QUALIFIER})\s+)?\b((?:a|an)\s+)?(${WORD}(?:(?:\s+and\s+|[\s-]+)${WORD})*)\b(-[a-z]+\b|(?:\s+(?:percent|per cent))\b)?`,
  "gi",
);
// "fiveitem": a number word glued to its noun where a converter lost the hyphen
const gluedWord = /\b(two|three|four|five|six|seven|eight|nine|eleven|twelve)([a-z]{3,})\b/g;

function wordsValue(words: string): number | null {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[\s-]+|\s+and\s+/).filter((x) => x && x !== "and")) {
    if (w in small) current += small[w];
    else if (w === "hundred") current = (current || 1) * 100;
    else if (w in scales) {
      total += (current || 1) * scales[w];
      current = 0;
    } else return null;
  }
  return total + current;
}

// Before a number: words that make it an identifier or a page, not a quantity.
const identifierBefore = /(?:\b(?:article|articles|no|nos|number|vol|volume|resolution|law|decree|order|section|chapter|paragraph|para|item|phase|block|unit|p|pp|page|pages|esp|issue|annex|table|figure|fig|level|round|stage|grade|class|version|ch|art|sec)\.?\s*|#\s*)$/i;
// Capitalised words that start a sentence before a count ("About 40 ships", "Only 3 of them").
const sentenceWords = /^(?:About|Some|Nearly|Over|Under|Around|Almost|Only|Just|All|The|These|Those|Its|Their|His|Her|Our|While|When|In|By|With|For|Of|And|But|Or|At|After|Before|Since|From|To|Until|Another|Roughly|Approximately|Exactly|Up|Fewer|Less|More|Most|Least)$/;
const pronounAfter = /^\s*(?:of\b|another\b|as\b|such\b|who\b|that\b|which\b|by one\b|or (?:the )?other\b)/i;
const unitless = new Set(["of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "which", "who", "that"]);

function unitOf(text: string, end: number, glued: string | undefined): string | null {
  if (glued) return singular(glued.replace(/^-/, ""));
  const noun = nextNoun(text, end);
  return noun && !unitless.has(noun) ? singular(noun) : null;
}

const irregular: Record<string, string> = { people: "person", men: "man", women: "woman", children: "child", feet: "foot", teeth: "tooth", mice: "mouse", staff: "staff", data: "data", media: "media" };

function singular(w: string): string {
  const l = w.toLowerCase();
  if (l in irregular) return irregular[l];
  if (l in currencyWords || l.replace(/s$/, "") in currencyWords) return currencyWords[l] ?? currencyWords[l.replace(/s$/, "")];
  if (/(?:ss|us|is|personnel|news)$/.test(l)) return l;
  if (/ies$/.test(l)) return l.slice(0, -3) + "y";
  if (/(?:ches|shes|xes|sses|zes)$/.test(l)) return l.slice(0, -2);
  if (/s$/.test(l)) return l.slice(0, -1);
  return l;
}

export function findNumbers(text: string, exclude: Span[], inNotes: (pos: number) => boolean = () => false): NumberMatch[] {
  const out: NumberMatch[] = [];
  const taken = new Mask(text.length, exclude);
  const push = (m: NumberMatch) => {
    if (taken.hits(m)) return;
    taken.add(m);
    out.push(m);
  };

  for (const m of text.matchAll(digitNumber)) {
    const [all, qualifier, currency, intPart, frac, scale, percent, glued] = m;
    const numStart = m.index + all.indexOf(intPart, (qualifier?.length ?? 0) + (currency?.length ?? 0));
    const before = text.slice(Math.max(0, numStart - 16), numStart);
    if (!currency && identifierBefore.test(before)) continue;
    // "Option 3", "Task Force 153": a number right after a capitalised word names, not counts
    const prevWord = /(\p{Lu}\p{L}*)\s+$/u.exec(before)?.[1];
    if (!currency && !qualifier && !percent && prevWord && !sentenceWords.test(prevWord)) continue;
    if (!currency && !percent && inNotes(numStart) && /(?:\)\s*:|:|,)\s*$/.test(before)) continue; // a page in a citation
    if (/\(\s*$/.test(before) && /^\)/.test(text.slice(numStart + intPart.length))) continue; // list label (1)
    if (/^(?:st|nd|rd|th)\b/.test(text.slice(numStart + intPart.length))) continue; // ordinal
    if (/^[-–]\s?\d/.test(text.slice(numStart + intPart.length + (frac?.length ?? 0)))) continue; // ranges of pages or ids
    const value = Number(intPart.replace(/,/g, "") + (frac ?? "")) * (scale ? scales[scale.trim().toLowerCase()] : 1);
    const start = qualifier ? m.index : currency ? m.index + (qualifier?.length ?? 0) : numStart;
    // the span ends at the number ("45" of "45 percent"), a glued sign ("12%") or a glued noun ("44-day")
    const end = m.index + all.length - (glued?.length ?? 0) - (percent && !percent.includes("%") ? percent.length : 0);
    const spanEnd = glued ? m.index + all.length : end;
    const unit = percent ? "percent" : currency ? (currencies[currency.trim()] ?? (codes.test(currency.trim()) ? currency.trim().toUpperCase() : null)) : unitOf(text, end, glued);
    push({ start, end: spanEnd, value, unit, qualifier: qualifier ? qualifier.toLowerCase() : null });
  }

  // "half a million" before "a million" is read alone
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:(${QUALIFIER})\s+)?half an?\s+(million|billion|thousand|dozen)\b`, "gi"))) {
    const value = m[2].toLowerCase() === "dozen" ? 6 : scales[m[2].toLowerCase()] / 2;
    push({ start: m.index, end: m.index + m[0].length, value, unit: unitOf(text, m.index + m[0].length, undefined), qualifier: m[1]?.toLowerCase() ?? null });
  }

  for (const m of text.matchAll(wordNumber)) {
    const [all, qualifier, article, words, tail] = m;
    const lower = words.toLowerCase();
    if (lower in scales && !article) continue; // "thousands", "a million" needs its "a"
    if (lower === "dozen" && !article) continue;
    const value = wordsValue(words);
    if (value === null) continue;
    const wordsStart = m.index + all.indexOf(words, (qualifier?.length ?? 0) + (article?.length ?? 0));
    const after = text.slice(wordsStart + words.length, wordsStart + words.length + 40);
    if (lower === "one" && (inNotes(wordsStart) || pronounAfter.test(after) || /\b(?:the|no|every|any|each|this|that)\s+$/i.test(text.slice(Math.max(0, wordsStart - 12), wordsStart)) || !nextNoun(text, wordsStart + words.length, 1)))
      continue;
    // ordinals and fractions ("twenty-first", "two-thirds", "two thirds") are not cardinals
    if (/^-(?:th|st|nd|rd)\b/.test(tail ?? "") || /^[-\s](?:thirds?|quarters?|fifths?|sixths?|tenths?|halves|half)\b/i.test(after)) continue;
    const start = qualifier ? m.index : article ? wordsStart - article.length : wordsStart;
    const glued = tail && tail.startsWith("-") ? tail : undefined;
    const end = wordsStart + words.length + (glued?.length ?? 0);
    const unit = tail && !glued ? "percent" : unitOf(text, wordsStart + words.length, glued);
    push({ start, end, value, unit, qualifier: qualifier ? qualifier.toLowerCase() : null });
  }

  for (const m of text.matchAll(gluedWord)) {
    if (/^(?:teen|ty|th|fold|some|score|sies|thirds?|fifths?)$/.test(m[2]) || /^(?:teen|ty|th)/.test(m[2])) continue;
    push({ start: m.index, end: m.index + m[0].length, value: small[m[1]], unit: singular(m[2]), qualifier: null });
  }
  return out.sort((a, b) => a.start - b.start);
}
