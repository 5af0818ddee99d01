// Cardinal quantities in digits or words, with their qualifier ("more than") and the counted noun
// as unit. Lexicon: English number words, scale words, currency signs and codes, quantity
// qualifiers — general English, not drawn from any article.
import type { Span } from "../text/view.js";
import { Mask } from "../text/mask.js";
import pluralize from "pluralize";
import { nextNoun } from "./nlp.js";
import { CODES, CURRENCY_SIGN, DIGIT_SCALE, SUBUNIT, currencies, currencyWords, fractions, scales, small } from "./number-words.js";

export type NumberMatch = Span & { value: number; unit: string | null; qualifier: string | null };

const codes = new RegExp(`^(?:${CODES})$`);
const WORD = `(?:${[...Object.keys(small), ...Object.keys(scales)].join("|")})`;
const QUALIFIER = String.raw`(?:more than|less than|fewer than|at least|at most|up to|as many as|as much as|close to|upwards of|in excess of|just over|just under|an estimated|over|under|nearly|almost|about|around|approximately|roughly|some|exactly|approx\.)`;

// Lengths: a glued "m" before one of these is metres ("800m-deep", "30m long"), otherwise millions ("$3m")
const DIMENSION = String.raw`(?:high|long|wide|deep|tall|thick|across|above|below)`;
// A minus sign: U+2212, a hyphen glued to the figure or its currency where no word or figure is
// glued before it (so not "F-16", "2015-2019", "1-2"), or the word "minus". A dash followed by a
// space opens a list item.
const SIGN = String.raw`(?<![\w-])-(?=[$€£¥₹₽₺₪₩]?\d)|(?<!\w)−\s?|\bminus\s+`;
// Thousands grouped by commas, or by spaces, no-break or thin spaces ("2 500 000"); a bare decimal
// part (".5 percent"); a decimal comma only before a percent sign ("10,4 %"), where it cannot
// group thousands. A space-grouped figure followed by another digit group is a phone number.
const GROUP_SPACE = "[ \u00A0\u2009\u202F]";
const INT = String.raw`\d{1,3}(?:,\d{3})+|\d{1,3}(?:${GROUP_SPACE}\d{3})+(?!${GROUP_SPACE}?\d)|\d+|(?=\.\d)`;
const vulgar: Record<string, number> = { "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3 };
const digitNumber = new RegExp(
  String.raw`(?<![\w.,:/\-–−$€£¥₹₽₺₪₩])(?:\b(?<qualifier>${QUALIFIER})\s+)?(?<sign>${SIGN})?(?<currency>${CURRENCY_SIGN}|\b(?:${CODES})\s?)?(?<![\w.,:/–]|\w-)(?<int>${INT})(?<frac>\.\d+|,\d{1,2}(?=\s?%))?(?<vulgar>[½¼¾⅓⅔])?(?![\w,.:]?\d)(?:(?<scale>\s?(?:${DIGIT_SCALE})\b|m\b(?![\s-]?${DIMENSION}\b))|(?<metre>m)(?=[\s-]?${DIMENSION}\b))?(?<percent>\s?%|\s+(?:percent|per cent)\b)?(?<glued>-[a-z]+\b)?`,
  "gid",
);
const wordNumber = new RegExp(
  String.raw`(?:\b(${QUALIFIER})\s+)?\b((?:a|an)\s+)?(${WORD}(?:(?:\s+and\s+|[\s-]+)${WORD})*)\b(-[a-z]+\b|(?:\s+(?:percent|per cent))\b)?`,
  "gi",
);
// "fiveitem": a number word glued to its noun where a converter lost the hyphen
const gluedWord = /\b(two|three|four|five|six|seven|eight|nine|eleven|twelve)([a-z]{3,})\b/g;

/** The value of a cardinal in words, or null where the words do not compose one: a ten may take a
 *  unit after it ("eighty-four"), nothing else may follow a figure below a hundred, so
 *  "nineteen eighty-four" (a year read in pairs) and "one two" are not numbers. */
function wordsValue(words: string): number | null {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[\s-]+|\s+and\s+/).filter((x) => x && x !== "and")) {
    if (w === "dozen") current = (current || 1) * 12;
    else if (w in small) {
      const below = current % 100;
      if (below !== 0 && !(below >= 20 && below % 10 === 0 && small[w] < 10)) return null;
      current += small[w];
    } else if (w === "hundred") current = (current || 1) * 100;
    else if (w in scales) {
      total += (current || 1) * scales[w];
      current = 0;
    } else return null;
  }
  return total + current;
}

// Before a number: words that make it an identifier or a page, not a quantity.
const ID_WORD = String.raw`(?:\b(?:article|articles|no|nos|number|vol|volume|resolution|law|decree|order|section|sections|chapter|chapters|paragraph|paragraphs|para|paras|item|items|phase|block|unit|p|pp|page|pages|esp|issue|annex|annexes|table|figure|fig|level|round|stage|grade|class|version|ch|art|sec|note|notes|endnote|footnote|fn|tel|phone|fax|isbn|doi|ref|res|code|ibid|cit)\.?,?\s*|\bn\.\s*|[#¶§]\s*)`;
const identifierBefore = new RegExp(`${ID_WORD}$`, "i");
// "pages 10 and 11", "Articles 3, 4 and 9": the later figures of a list of identifiers
const identifierListBefore = new RegExp(String.raw`${ID_WORD}\d+(?:\s*(?:,|and|&|or|to)\s*\d+)*\s*(?:,|and|&|or|to)\s*$`, "i");
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
  if (!g.currency && (identifierBefore.test(before) || identifierListBefore.test(text.slice(Math.max(0, numStart - 48), numStart)))) return true;
  if (!g.currency && /^\p{Lu}(?!\w)/u.test(afterInt)) return true; // "5G", "3D", "4K": a name
  if (/\w\+$/.test(before)) return true; // "P5+1"
  if (/^s\b/.test(afterInt)) return true; // a decade: "the '90s"
  // "H.R. 815", "S. 1234": a number after a capital initial names a bill or a series
  if (!g.currency && !g.qualifier && !g.percent && !g.sign && /\b\p{Lu}\.\s*$/u.test(before)) return true;
  // "Option 3", "Task Force 153": a number right after a capitalised word names, not counts
  const prevWord = /(\p{Lu}\p{L}*)\s+$/u.exec(before)?.[1];
  if (!g.currency && !g.qualifier && !g.percent && !g.sign && prevWord && !sentenceWords.test(prevWord)) return true;
  if (!g.currency && !g.percent && inNotes(numStart) && /(?:\)\s*:|:|,)\s*$/.test(before)) return true; // a page in a citation
  if (/[([]\s*$/.test(before) && /^[)\]]/.test(afterInt)) return true; // list or note label (1), [1]
  if (/^(?:\.\d+)?\s?(?:[ap]\.m\.|[ap]m\b|o['’]clock|GMT\b|UTC\b|hrs\b)/i.test(afterInt)) return true; // time of day
  if (!g.currency && /^(?:\.\d+)?\//.test(afterInt)) return true; // "10.1093/…", "24/7": part of an identifier or a ratio
  // "1. Introduction": the number of a heading or list item at the start of its line
  if (!g.sign && /(?:^|\n)(?:#{1,6}\s+)?$/.test(before) && /^[.)]\s+\p{Lu}/u.test(afterInt)) return true;
  if (/^(?:st|nd|rd|th)\b/.test(afterInt)) return true; // ordinal
  return /^[-–−]\s?\d/.test(text.slice(numStart + g.int.length + (g.frac?.length ?? 0))); // ranges of pages or ids
}

type DigitGroups = { [k in "qualifier" | "sign" | "currency" | "frac" | "vulgar" | "scale" | "metre" | "percent" | "glued"]?: string } & { int: string };

/** "2 500 000" → 2500000, ".5" → 0.5, "2½" → 2.5, "40 crores" → 400000000. */
function digitValue(g: DigitGroups): number {
  const scale = g.scale ? scales[g.scale.trim().toLowerCase().replace(/(?<=lakh|crore)s$/, "")] : 1;
  const figure = Number(g.int.replace(/[^\d]/g, "") + (g.frac?.replace(",", ".") ?? "")) + (g.vulgar ? vulgar[g.vulgar] : 0);
  return (g.sign ? -1 : 1) * figure * scale;
}

/** Figures in digits: "more than 7,000", "−3.5%", "-$4 billion", "€2bn", "800m-deep", "44-day". */
function digitNumbers(text: string, inNotes: (pos: number) => boolean): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of text.matchAll(digitNumber)) {
    const g = m.groups as DigitGroups;
    const numStart = m.indices!.groups!.int![0];
    if (notAQuantity(text, g, numStart, inNotes)) continue;
    const value = digitValue(g);
    const all = m.index + m[0].length;
    // the span ends at the number ("45" of "45 percent"), a glued sign ("12%") or a glued noun ("44-day")
    const end = all - (g.glued?.length ?? 0) - (g.percent && !g.percent.includes("%") ? g.percent.length : 0);
    const code = g.currency?.trim();
    const unit = g.percent ? "percent" : code ? (currencies[code] ?? (codes.test(code) ? code.toUpperCase() : null)) : g.metre ? "metre" : unitOf(text, end, g.glued);
    // a bare four-digit figure of a year's shape that counts nothing is a year the date reader left
    if (unit === null && /^(?:1[5-9]|20)\d\d$/.test(g.int) && !g.frac && !g.scale && !g.sign) continue;
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
    if (ordinalWord.test(tail?.slice(1) ?? "") || (value % 10 === 0 && value < 100 && /^\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/i.test(after)) || /^[-\s](?:thirds?|quarters?|fifths?|sixths?|tenths?|halves|half)\b/i.test(after)) continue;
    const start = qualifier ? m.index : article ? wordsStart - article.length : wordsStart;
    const glued = tail && tail.startsWith("-") ? tail : undefined;
    const end = wordsStart + words.length + (glued?.length ?? 0);
    const unit = tail && !glued ? "percent" : unitOf(text, wordsStart + words.length, glued);
    out.push({ start, end, value, unit, qualifier: qualifier ? qualifier.toLowerCase() : null });
  }
  return out;
}

const WORDS = `${WORD}(?:(?:\\s+and\\s+|[\\s-]+)${WORD})*`;
const fractionWord = new RegExp(
  String.raw`(?:\b(?<qualifier>${QUALIFIER})\s+)?\b(?:(?<whole>${WORDS})\s+and\s+)?(?<num>an?|one|two|three|four|five|six|seven|eight|nine)(?<sep>[\s-]+)(?<den>${Object.keys(fractions).join("|")})\b(?:\s+(?:of\s+an?\s+)?(?<scale>million|billion|trillion|thousand|lakh|crore)\b)?`,
  "gi",
);

/** Fractions and mixed numbers: "three and a half", "two-thirds", "a quarter billion", "three-quarters
 *  of a billion". A lone "a third" or "three quarters" is left alone (a rank, or three quarters of
 *  a year) unless a scale or "of" follows; "a third" also after a qualifier ("about a third").
 *  A bare "half" is not read here: "half of them" is a share the gold files do not agree on. */
function fractionWords(text: string): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const m of text.matchAll(fractionWord)) {
    const g = m.groups!;
    const num = /^an?$/i.test(g.num) ? 1 : small[g.num.toLowerCase()];
    const plural = /s$/i.test(g.den) && !/^half$/i.test(g.den);
    const whole = g.whole ? wordsValue(g.whole) : 0;
    const end = m.index + m[0].length;
    const ofFollows = /^\s+of\b/.test(text.slice(end));
    if (whole === null || plural !== num > 1) continue;
    const joined = /^an?$/i.test(g.num) ? ofFollows || g.qualifier : g.sep.includes("-") || ofFollows;
    if (!g.whole && !g.scale && (!joined || /^half$/i.test(g.den))) continue;
    const value = (whole + num / fractions[g.den.toLowerCase()]) * (g.scale ? scales[g.scale.toLowerCase()] : 1);
    if (/^\s+of\s+(?:the\s+)?(?:\d{4}\b|year\b)/.test(text.slice(end))) continue; // a quarter of a year
    out.push({ start: m.index, end, value, unit: unitOf(text, end, undefined) ?? shareOf(text, end), qualifier: g.qualifier?.toLowerCase() ?? null });
  }
  return out;
}

/** The noun a share is taken of: "two-thirds of the members" → "member". */
function shareOf(text: string, end: number): string | null {
  const of = /^\s+of\s+(?:(?:the|its|their|all|his|her|our|this|that|these|those)\s+)?/i.exec(text.slice(end));
  if (!of) return null;
  const noun = nextNoun(text, end + of[0].length);
  return noun && !unitless.has(noun) ? singular(noun) : null;
}

const moneyWord = new RegExp(
  String.raw`\b(?<major>${WORDS})\s+(?<currency>${Object.keys(currencyWords).join("|")})s?\s+and\s+(?<minor>${WORDS})\s+(?:${SUBUNIT})\b`,
  "gi",
);

/** Money in words with its hundredth part: "twenty dollars and ten cents" → 20.10 USD, one span. */
function moneyWords(text: string): NumberMatch[] {
  return [...text.matchAll(moneyWord)].flatMap((m) => {
    const [major, minor] = [wordsValue(m.groups!.major), wordsValue(m.groups!.minor)];
    if (major === null || minor === null || minor >= 100) return [];
    return [{ start: m.index, end: m.index + m[0].length, value: major + minor / 100, unit: currencyWords[m.groups!.currency.toLowerCase()], qualifier: null }];
  });
}

/** "threefold", "tenfold": a multiplier, value the factor, unit "fold". "twice" is not read: it
 *  counts occasions ("met twice") as often as it multiplies. */
function multiplierWords(text: string): NumberMatch[] {
  return [...text.matchAll(/\b(?<words>[a-z]+(?:-[a-z]+)?)fold\b/gi)].flatMap((m) => {
    const value = wordsValue(m.groups!.words);
    return value === null ? [] : [{ start: m.index, end: m.index + m[0].length, value, unit: "fold", qualifier: null }];
  });
}

// Digit runs that identify rather than count: phone numbers, IP addresses, version triples,
// ISBNs, DOIs, clock times. Their characters are closed to every number reader.
const identifiers = new RegExp(
  [
    String.raw`\+(?=(?:[\s().-]*\d){8})\d{1,3}[\s.-]?(?:\(\d{1,4}\)\s?)?\d{1,4}(?:[\s.-]\d{1,4})+`,
    String.raw`\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{4}`,
    String.raw`\b\d{3}[.-]\d{3}[.-]\d{4}\b`,
    String.raw`\b0\d{1,4}[\s-]\d{3,4}[\s-]\d{3,4}\b`,
    String.raw`\b\d{1,3}(?:\.\d{1,3}){3}\b`,
    String.raw`\bv?\d+\.\d+\.\d+(?:[.-]\w+)*`,
    String.raw`\bISBN(?:-1[03])?:?\s*[\dX](?:[\s-]?[\dX]){9,12}`,
    String.raw`\b97[89](?:-\d+){4}\b`,
    String.raw`\b10\.\d{4,9}\/\S+`,
    String.raw`\b\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)|\b\d{1,2}:\d{2}\b`,
    String.raw`\b(?:${Object.keys(small).join("|")}|\d{1,2})\s+o['’]clock\b`,
  ].join("|"),
  "gi",
);
const identifierSpans = (text: string): Span[] => [...text.matchAll(identifiers)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** "fiveitem": a number word glued to its noun where a converter lost the hyphen. */
function gluedWords(text: string): NumberMatch[] {
  return [...text.matchAll(gluedWord)]
    .filter((m) => !ordinalWord.test(m[0]) && !/^(?:teen|ty|th|fold|some|score|sies|thirds?|fifths?)$/.test(m[2]) && !/^(?:teen|ty|th)/.test(m[2]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, value: small[m[1]], unit: singular(m[2]), qualifier: null }));
}

export function findNumbers(text: string, exclude: Span[], inNotes: (pos: number) => boolean = () => false): NumberMatch[] {
  const taken = new Mask(text.length, [...exclude, ...identifierSpans(text)]);
  // in order of precedence: a figure read by an earlier step keeps its characters
  const candidates = [
    ...digitNumbers(text, inNotes),
    ...moneyWords(text),
    ...fractionWords(text),
    ...halves(text),
    ...multiplierWords(text),
    ...wordNumbers(text, inNotes),
    ...gluedWords(text),
  ];
  const out = candidates.filter((m) => {
    if (taken.hits(m)) return false;
    taken.add(m);
    return true;
  });
  return out.sort((a, b) => a.start - b.start);
}
