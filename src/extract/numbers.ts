// Cardinal quantities in digits or words, with their qualifier ("more than") and the counted noun
// as unit. Lexicon: English number words, scale words, currency signs and codes, quantity
// qualifiers — general English, not drawn from any article.
import type { Span } from "../text/view.js";
import { Mask } from "../text/mask.js";
import pluralize from "pluralize";
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

// Lengths: a glued "m" before one of these is metres ("800m-deep", "30m long"), otherwise millions ("$3m")
const DIMENSION = String.raw`(?:high|long|wide|deep|tall|thick|across|above|below)`;
// A minus sign: U+2212, a hyphen glued to the figure or its currency where no word or figure is
// glued before it (so not "F-16", "2015-2019", "1-2"), or the word "minus". A dash followed by a
// space opens a list item.
const SIGN = String.raw`(?<![\w-])-(?=[$€£¥₹]?\d)|(?<!\w)−\s?|\bminus\s+`;
const digitNumber = new RegExp(
  String.raw`(?<![\w.,/\-–−$€£¥₹])(?:\b(?<qualifier>${QUALIFIER})\s+)?(?<sign>${SIGN})?(?<currency>US\$|[$€£¥₹]|\b(?:${CODES})\s?)?(?<![\w.,/–]|\w-)(?<int>\d{1,3}(?:,\d{3})+|\d+)(?<frac>\.\d+)?(?![\w,.]?\d)(?:(?<scale>\s?(?:million|billion|trillion|thousand|bn|mn)\b|m\b(?![\s-]?${DIMENSION}\b))|(?<metre>m)(?=[\s-]?${DIMENSION}\b))?(?<percent>\s?%|\s+(?:percent|per cent)\b)?(?<glued>-[a-z]+\b)?`,
  "gid",
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

// Project exceptions to pluralize's singulars: "data" is a mass noun in policy writing (pluralize
// gives "datum"), and "arms" counts weapons, not limbs.
const singularExceptions: Record<string, string> = { data: "data", arms: "arms" };

function singular(w: string): string {
  const l = w.toLowerCase();
  if (l in singularExceptions) return singularExceptions[l];
  const one = pluralize.singular(l);
  return currencyWords[one] ?? one;
}

// "sixtieth", "twenty-second", "hundredth", "3rd": a rank, not a count
const ordinalWord = /^(?:first|second|third|\p{L}*(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|ieth|hundredth|thousandth|millionth|billionth))$/iu;

/** A digit figure is a label, an identifier, a page or a rank rather than a quantity. */
function notAQuantity(text: string, g: DigitGroups, numStart: number, inNotes: (pos: number) => boolean): boolean {
  const before = text.slice(Math.max(0, numStart - 16), numStart);
  const afterInt = text.slice(numStart + g.int.length);
  if (!g.currency && identifierBefore.test(before)) return true;
  // "Option 3", "Task Force 153": a number right after a capitalised word names, not counts
  const prevWord = /(\p{Lu}\p{L}*)\s+$/u.exec(before)?.[1];
  if (!g.currency && !g.qualifier && !g.percent && !g.sign && prevWord && !sentenceWords.test(prevWord)) return true;
  if (!g.currency && !g.percent && inNotes(numStart) && /(?:\)\s*:|:|,)\s*$/.test(before)) return true; // a page in a citation
  if (/\(\s*$/.test(before) && /^\)/.test(afterInt)) return true; // list label (1)
  // "1. Introduction": the number of a heading or list item at the start of its line
  if (!g.sign && /(?:^|\n)(?:#{1,6}\s+)?$/.test(before) && /^[.)]\s+\p{Lu}/u.test(afterInt)) return true;
  if (/^(?:st|nd|rd|th)\b/.test(afterInt)) return true; // ordinal
  return /^[-–−]\s?\d/.test(text.slice(numStart + g.int.length + (g.frac?.length ?? 0))); // ranges of pages or ids
}

type DigitGroups = { [k in "qualifier" | "sign" | "currency" | "frac" | "scale" | "metre" | "percent" | "glued"]?: string } & { int: string };

/** Figures in digits: "more than 7,000", "−3.5%", "-$4 billion", "€2bn", "800m-deep", "44-day". */
function digitNumbers(text: string, inNotes: (pos: number) => boolean): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of text.matchAll(digitNumber)) {
    const g = m.groups as DigitGroups;
    const numStart = m.indices!.groups!.int![0];
    if (notAQuantity(text, g, numStart, inNotes)) continue;
    const scale = g.scale ? scales[g.scale.trim().toLowerCase()] : 1;
    const value = (g.sign ? -1 : 1) * Number(g.int.replace(/,/g, "") + (g.frac ?? "")) * scale;
    const all = m.index + m[0].length;
    // the span ends at the number ("45" of "45 percent"), a glued sign ("12%") or a glued noun ("44-day")
    const end = all - (g.glued?.length ?? 0) - (g.percent && !g.percent.includes("%") ? g.percent.length : 0);
    const code = g.currency?.trim();
    const unit = g.percent ? "percent" : code ? (currencies[code] ?? (codes.test(code) ? code.toUpperCase() : null)) : g.metre ? "metre" : unitOf(text, end, g.glued);
    out.push({ start: m.index, end: g.glued ? all : end, value, unit, qualifier: g.qualifier?.toLowerCase() ?? null });
  }
  return out;
}

/** "half a million" before "a million" is read alone. */
function halves(text: string): NumberMatch[] {
  return [...text.matchAll(new RegExp(String.raw`\b(?:(?<qualifier>${QUALIFIER})\s+)?half an?\s+(?<scale>million|billion|thousand|dozen)\b`, "gi"))].map((m) => {
    const scale = m.groups!.scale.toLowerCase();
    const end = m.index + m[0].length;
    return { start: m.index, end, value: scale === "dozen" ? 6 : scales[scale] / 2, unit: unitOf(text, end, undefined), qualifier: m.groups!.qualifier?.toLowerCase() ?? null };
  });
}

/** Figures in words: "seven thousand", "a dozen", "five-day"; not "one of the", ordinals or fractions. */
function wordNumbers(text: string, inNotes: (pos: number) => boolean): NumberMatch[] {
  const out: NumberMatch[] = [];
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
    if (ordinalWord.test(tail?.slice(1) ?? "") || /^[-\s](?:thirds?|quarters?|fifths?|sixths?|tenths?|halves|half)\b/i.test(after)) continue;
    const start = qualifier ? m.index : article ? wordsStart - article.length : wordsStart;
    const glued = tail && tail.startsWith("-") ? tail : undefined;
    const end = wordsStart + words.length + (glued?.length ?? 0);
    const unit = tail && !glued ? "percent" : unitOf(text, wordsStart + words.length, glued);
    out.push({ start, end, value, unit, qualifier: qualifier ? qualifier.toLowerCase() : null });
  }
  return out;
}

/** "fiveitem": a number word glued to its noun where a converter lost the hyphen. */
function gluedWords(text: string): NumberMatch[] {
  return [...text.matchAll(gluedWord)]
    .filter((m) => !ordinalWord.test(m[0]) && !/^(?:teen|ty|th|fold|some|score|sies|thirds?|fifths?)$/.test(m[2]) && !/^(?:teen|ty|th)/.test(m[2]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, value: small[m[1]], unit: singular(m[2]), qualifier: null }));
}

export function findNumbers(text: string, exclude: Span[], inNotes: (pos: number) => boolean = () => false): NumberMatch[] {
  const taken = new Mask(text.length, exclude);
  // in order of precedence: a figure read by an earlier step keeps its characters
  const candidates = [...digitNumbers(text, inNotes), ...halves(text), ...wordNumbers(text, inNotes), ...gluedWords(text)];
  const out = candidates.filter((m) => {
    if (taken.hits(m)) return false;
    taken.add(m);
    return true;
  });
  return out.sort((a, b) => a.start - b.start);
}
