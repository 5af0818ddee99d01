// Explicit calendar expressions and their ISO 8601 / EDTF values. Atoms (a full date, a month and
// year, a bare month, a year, a decade, a quarter or half) are found first; atoms joined by a range
// word become one range whose first part borrows the year (and month) it leaves unsaid from the
// second. Each atom keeps which parts its words state (`stated`); the rest is inferred.
// Word lists: ./date-words.ts.
import type { Span } from "../text/view.js";
import { daysInMonth } from "../schema/edtf.js";
import type { Stated } from "../schema/dates.js";
import { dayOrdinals, foreignMonths, MONTH, monthNames, partOrdinals, PERIOD_EDGE, WEEKDAY } from "./date-words.js";
import { numericDates } from "./numeric-dates.js";
import { yearWords } from "./year-words.js";

/** `ambiguous`: the warning's message when the day and month order of an all-digit date was a guess. */
export type DateMatch = Span & { value: string; resolved: string | null; stated: Stated; ambiguous?: string };

type Parts = { y: number | null; m: number | null; d: number | null; decade?: number };
type Atom = Span & { a: Parts; b?: Parts; stated: Stated; ambiguous?: string };
type Parsed = Omit<Atom, "start" | "end" | "stated"> & { stated?: Stated };

// A year a month or day names: 1000–2099, or two digits after an apostrophe ("Mar 3, '89").
const YEAR = String.raw`(1[5-9]\d\d|20\d\d)`;
const MYEAR = String.raw`(1\d{3}|20\d\d|['’]\d\d)(?![\w'’])`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
// a day before its month may carry a full stop ("7. Feb. 2019") when the line goes on before it
const DAY_BEFORE = String.raw`(\d{1,2})(?:st|nd|rd|th|(?<=\S[ \t]+\d{1,2})\.)?`;
const DAY_JOIN = String.raw`(?:\s*[-–—]\s*|\s+(?:to|until|till|through|and)\s+)`;
const WEEKDAY_BEFORE = String.raw`(?:${WEEKDAY},?\s+(?:the\s+)?)?`;
const cap = (w: string) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1).replace("-", "[-\\s]")}`;
const ORDINAL = `(${[...dayOrdinals].reverse().map(cap).join("|")})`;

const foreignMonth = new Map(foreignMonths.flatMap((names) => names.map((n, i) => [n, i + 1] as const)));
const FOREIGN_MONTH = `(${[...foreignMonth.keys()].sort((x, y) => y.length - x.length).map(cap).join("|")})`;

const monthOf = (s: string) => monthNames.findIndex((m) => m.startsWith(s.toLowerCase().replace(".", "").slice(0, 3))) + 1;
const monthIn = (s: string) => monthOf(new RegExp(MONTH).exec(s)![0]);
/** A year as written: four digits, or two after an apostrophe, 00–39 in this century and 40–99 in the last. */
const yearOf = (s: string) => (/^\d{4}$/.test(s) ? +s : +s.slice(1) + (+s.slice(1) < 40 ? 2000 : 1900));
const ordinalOf = (s: string) => dayOrdinals.indexOf(s.toLowerCase().replace(/\s+/, "-")) + 1;
const day = (y: number | null, m: number | null, d: number | null): Parts => ({ y, m, d });

/** A day range inside one month: "3–9 June 2001", "from 3 to 9 June 2001", "June 3 to 9, 2001". */
function dayRange(m: RegExpExecArray, order: "dm" | "md"): Parsed | null {
  const lead = m[1]?.toLowerCase();
  if (/\band\s/i.test(m[0]) !== (lead === "between")) return null;
  const [d1, d2, month, year] = order === "dm" ? [m[2], m[3], m[4], m[5]] : [m[3], m[4], m[2], m[5]];
  const [y, mo] = [year ? yearOf(year) : null, monthIn(month)];
  return { a: day(y, mo, +d1), b: day(y, mo, +d2) };
}

/** "Q3 2021", "the second quarter of 2019", "H1 2020", "4Q24": the months they span. */
function period(kind: "quarter" | "half", n: number, year: string): Parsed {
  const months = kind === "quarter" ? 3 : 6;
  const y = yearOf(/^\d\d$/.test(year) ? `'${year}` : year);
  return { a: day(y, (n - 1) * months + 1, null), b: day(y, n * months, null), stated: kind === "quarter" ? "year-quarter" : "year-half" };
}
const partOf = (s: string) => partOrdinals.findIndex((o) => o.includes(s.toLowerCase())) + 1;
const PART_YEAR = String.raw`((?:1\d|20)\d\d|['’]?\d\d)(?![\w'’])`;

// Each pattern: regex (global) and a function from the match to one or two parts (null: no date).
const atoms: Array<[RegExp, (m: RegExpExecArray) => Parsed | null]> = [
  [
    new RegExp(String.raw`\b(?:([Ff]rom|[Bb]etween)\s+)?${DAY_BEFORE}${DAY_JOIN}${DAY_BEFORE}\s+(?:of\s+)?(${MONTH}),?\s+${MYEAR}`, "g"),
    (m) => dayRange(m, "dm"),
  ],
  [
    new RegExp(String.raw`\b(?:([Ff]rom|[Bb]etween)\s+)?(${MONTH})\s+${DAY}${DAY_JOIN}${DAY}(?:,?\s+${MYEAR}|\b(?![,.]?\d))`, "g"),
    (m) => dayRange(m, "md"),
  ],
  [
    new RegExp(String.raw`\b${WEEKDAY_BEFORE}(?:the\s+)?${ORDINAL}\s+(?:day\s+)?of\s+(${MONTH})(?:,?\s+${MYEAR})?`, "g"),
    (m) => ({ a: day(m[3] ? yearOf(m[3]) : null, monthIn(m[2]), ordinalOf(m[1])) }),
  ],
  [new RegExp(String.raw`\b${WEEKDAY_BEFORE}${DAY_BEFORE}\s+(?:of\s+)?(${MONTH}),?\s+${MYEAR}`, "g"), (m) => ({ a: day(yearOf(m[3]), monthIn(m[2]), +m[1]) })],
  [new RegExp(String.raw`\b${WEEKDAY_BEFORE}(${MONTH})\s+(?:the\s+)?${DAY},?\s+${MYEAR}`, "g"), (m) => ({ a: day(yearOf(m[3]), monthIn(m[1]), +m[2]) })],
  [
    new RegExp(String.raw`\b(\d{1,2})(?:er|\.)?\s+(?:de\s+)?${FOREIGN_MONTH}\s+(?:de\s+)?(1\d{3}|20\d\d)\b`, "gu"),
    (m) => ({ a: day(+m[3], foreignMonth.get(m[2].toLowerCase())!, +m[1]) }),
  ],
  [new RegExp(String.raw`\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter\s+(?:of\s+)?${PART_YEAR}`, "gi"), (m) => period("quarter", partOf(m[1]), m[2])],
  [new RegExp(String.raw`\b(?:the\s+)?(first|second|1st|2nd)[\s-]half\s+(?:of\s+)?${PART_YEAR}`, "gi"), (m) => period("half", partOf(m[1]), m[2])],
  [new RegExp(String.raw`\bQ([1-4])(?:\s*[-/]\s*|\s+(?:of\s+)?)${PART_YEAR}`, "g"), (m) => period("quarter", +m[1], m[2])],
  [new RegExp(String.raw`\b([1-4])Q\s*${PART_YEAR}`, "g"), (m) => period("quarter", +m[1], m[2])],
  [new RegExp(String.raw`\bH([12])(?:\s*[-/]\s*|\s+(?:of\s+)?)${PART_YEAR}`, "g"), (m) => period("half", +m[1], m[2])],
  [new RegExp(String.raw`\b([12])H\s*${PART_YEAR}`, "g"), (m) => period("half", +m[1], m[2])],
  [new RegExp(String.raw`\b(${MONTH}),?\s+${MYEAR}`, "g"), (m) => ({ a: day(yearOf(m[2]), monthIn(m[1]), null) })],
  [new RegExp(String.raw`\b${WEEKDAY_BEFORE}(${MONTH})\s+${DAY}\b(?![,.]?\d)`, "g"), (m) => ({ a: day(null, monthIn(m[1]), +m[2]) })],
  [new RegExp(String.raw`\b${WEEKDAY_BEFORE}${DAY}\s+(${MONTH})(?![\w.]*\s*,?\s*\d)`, "g"), (m) => ({ a: day(null, monthIn(m[2]), +m[1]) })],
  [/\b(?:[Tt]he\s+)?(1[5-9]\d|20\d)0['’]?s\b/g, (m) => ({ a: { y: null, m: null, d: null, decade: +m[1] } })],
  [
    new RegExp(String.raw`\b(?:early|mid|late|spring|summer|autumn|fall|winter)(?:-|\s+(?:of\s+)?)${YEAR}\b`, "gi"),
    (m) => ({ a: day(+m[1], null, null) }),
  ],
  [new RegExp(String.raw`(?<![$€£¥\d.,:]|(?<!(?:1[5-9]|20)\d\d)\/|\p{L}-)\b${YEAR}\b(?![.,:]\d|%|\s*(?:percent|per cent)\b|\/(?:\d{3}(?!\d)|0\d))`, "gu"), (m) => ({ a: day(+m[1], null, null) })],
];

// A bare month name counts only after a word that makes it a time ("in August", "by May") or
// before a range to another month ("July - August 2023").
const monthWord = new RegExp(String.raw`\b${MONTH}(?!\p{L})`, "gu");
const timeWordBefore = /\b(?:in|since|by|until|till|during|from|to|through|before|after|around|between|early|late|mid|last|next|this|of|and|or)[\s-]+$/i;
const mayBefore = /\b(?:in|since|by|until|from|to|between|early|late|mid|last|next|of)[\s-]+$/i; // "may" is also a verb
const rangeAfter = new RegExp(String.raw`^\s*(?:[-–—/]|to|until|through)\s*${MONTH}`);

// Words before a number that make it an identifier, not a year: "Resolution 1701", "No. 2000".
const identifierBefore = /(?:\b(?:resolution|article|no|nos|number|law|decree|order|section|paragraph|item|flight|route|block|vol|volume|p|pp|page|pages|issue|chapter|code|unit)\.?|#)\s*$/i;
const quantityBefore = /\b(?:some|about|around|over|nearly|almost|approximately|roughly|more than|less than|fewer than|at least|up to|than)\s*$/i;

/** A day or month the calendar has ("45 March", "31 June" are not dates). */
const onCalendar = (p: Parts) => p.m === null || (p.m >= 1 && p.m <= 12 && (p.d === null || (p.d >= 1 && p.d <= daysInMonth(p.m, p.y))));

/** The parts a date's words state. */
function statedOf(p: Parts): Stated {
  if (p.decade !== undefined) return "decade";
  return ([["year", p.y], ["month", p.m], ["day", p.d]] as const).filter(([, v]) => v !== null).map(([k]) => k).join("-") as Stated;
}

/** The parts either end of a range states. */
function unite(a: Stated, b: Stated): Stated {
  if (a === b || a === "decade") return b;
  if (b === "decade") return a;
  const parts = new Set([...a.split("-"), ...b.split("-")]);
  return (["year", "month", "day"] as const).filter((k) => parts.has(k)).join("-") as Stated;
}

function findAtoms(text: string): Atom[] {
  const found: Atom[] = [];
  const taken = new Uint8Array(text.length);
  const take = (start: number, end: number, rest: Parsed | null) => {
    // an impossible day leaves its characters to a later pattern ("March 2021" of "45 March 2021")
    if (!rest || !onCalendar(rest.a) || (rest.b && !onCalendar(rest.b))) return;
    for (let k = start; k < end; k++) if (taken[k]) return;
    taken.fill(1, start, end);
    found.push({ start, end, ...rest, stated: rest.stated ?? statedOf(rest.a) });
  };
  for (const n of numericDates(text)) take(n.start, n.end, { a: day(n.y, n.m, n.d), ambiguous: n.other ? `${iso(day(n.y, n.m, n.d))} or ${n.other}` : undefined });
  for (const w of yearWords(text)) take(w.start, w.end, { a: day(w.year, null, null) });
  for (const [re, parse] of atoms) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      if (/^\d{4}$/.test(m[0]) && (identifierBefore.test(before) || quantityBefore.test(before))) continue;
      take(m.index, m.index + m[0].length, parse(m));
    }
  }
  for (const m of text.matchAll(monthWord)) {
    const name = m[0];
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const range = rangeAfter.test(text.slice(m.index + name.length, m.index + name.length + 24));
    if (!range && !(name === "May" ? mayBefore : timeWordBefore).test(before)) continue;
    take(m.index, m.index + name.length, { a: day(null, monthIn(name), null) });
  }
  return found.sort((x, y) => x.start - y.start);
}

const pad = (n: number) => String(n).padStart(2, "0");
function iso(p: Parts): string {
  if (p.decade !== undefined) return `${p.decade}X`;
  let s = p.y === null ? "XXXX" : String(p.y);
  if (p.m) s += `-${pad(p.m)}`;
  if (p.m && p.d) s += `-${pad(p.d)}`;
  return s;
}

/** Whether a is after b, at the precision both state. */
function after(a: Parts, b: Parts): boolean {
  for (const [x, y] of [[a.y, b.y], [a.m, b.m], [a.d, b.d]]) {
    if (x === null || y === null) return false;
    if (x !== y) return x > y;
  }
  return false;
}

// what may stand between the two ends of a range; "the end of" before the second end adds nothing
// the year does not say at the precision written ("between 2010 and the end of 2012")
const joinWords = new RegExp(String.raw`^(?:\s*[-–—]\s*|\s+(?:to|until|till|through|and|or)\s+(?:${PERIOD_EDGE})?|\/)$`, "i");
const leadWords = new RegExp(String.raw`\b(between|from)\s+(?:${PERIOD_EDGE})?$`, "i");

/** Whether atoms x and y, with `gap` between them, make one range. */
function joins(x: Atom, y: Atom | undefined, gap: string, lead: string | undefined): y is Atom {
  if (!y || x.b || y.b || !joinWords.test(gap)) return false;
  const word = /^[-–—\/]|^\w+/.exec(gap.trim())?.[0].toLowerCase();
  if (word === "or") return false;
  if (word === "and" && lead !== "between") return false;
  return word !== "/" || (x.a.y !== null && y.a.y !== null);
}

/** Joins atoms into ranges: "between 1997 and 2013", "from May to July 2022", "July - August 2023". */
function ranges(text: string, found: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let k = 0; k < found.length; k++) {
    const x = found[k];
    const y = found[k + 1];
    const lead = leadWords.exec(text.slice(Math.max(0, x.start - 30), x.start));
    if (!joins(x, y, y ? text.slice(x.end, y.start) : "", lead?.[1].toLowerCase())) {
      out.push(x);
      continue;
    }
    const a = { ...x.a };
    const b = y.a;
    // the first part borrows the second's year, or the year before it when it crosses a new year
    // ("December 30 to January 2, 2024")
    if (a.y === null && a.decade === undefined && b.y !== null) a.y = after({ ...a, y: 0 }, { ...b, y: 0 }) ? b.y - 1 : b.y;
    if (after(a, b) || !onCalendar(a)) {
      out.push(x);
      continue;
    }
    const dash = /^\s*[-–—]\s*$/.test(text.slice(x.end, y.start));
    const start = lead && !dash ? x.start - lead[0].length : x.start;
    out.push({ start, end: y.end, a, b, stated: unite(x.stated, y.stated), ambiguous: x.ambiguous ?? y.ambiguous });
    k++;
  }
  return out;
}

/** "2015-19", "2023/24": a short second year in a range of years. */
function shortRanges(text: string, found: Atom[]): Atom[] {
  return found.map((x) => {
    if (x.b || x.a.m !== null || x.a.y === null) return x;
    const m = /^[-–\/](\d{2})\b(?![-–\/]?\d)/.exec(text.slice(x.end));
    if (!m) return x;
    const y2 = Math.floor(x.a.y / 100) * 100 + Number(m[1]);
    return y2 > x.a.y ? { ...x, end: x.end + m[0].length, b: { y: y2, m: null, d: null } } : x;
  });
}

/** A lone year glued by a dash or slash to another number is part of a code or a page range
 *  ("pp. 1510-1530", "ISSN 2045-1938", "2020/1999"), not a date: ranges of years were joined before this. */
function withoutGluedYears(text: string, found: Atom[]): Atom[] {
  const glued = (x: Atom) => /\d[-–/]$/.test(text.slice(Math.max(0, x.start - 2), x.start)) || /^[-–/]\d/.test(text.slice(x.end, x.end + 2));
  return found.filter((x) => x.b || x.stated !== "year" || !glued(x));
}

/** Year-like numbers inside document numbers ("Regulation 2019/452", "procedure 2017/0223",
 *  "ECLI:EU:C:2016:970"): neither dates nor quantities, so the number reader passes over them too. */
export function yearCodes(text: string): Span[] {
  const code = /(?<![\w\/:])(?:1[5-9]|20)\d\d(?=\/(?:\d{3}(?!\d)|0\d)|:\d)|(?<=[A-Z]:)(?:1[5-9]|20)\d\d(?=:)/g;
  return [...text.matchAll(code)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The text with the excluded spans blanked out, so positions stay the same. */
function blank(text: string, exclude: Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of [...exclude].sort((x, y) => x.start - y.start)) {
    if (s.start < at) continue;
    parts.push(text.slice(at, s.start), " ".repeat(s.end - s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/** The year the text around an atom with no year of its own gives it: the same day named in full
 *  earlier ("November 10" after "November 10, 2020"), or the one year its sentence names. */
function contextYear(text: string, found: Atom[], k: number, fullDays: Map<string, number>): number | undefined {
  const f = found[k];
  const sameDay = f.a.d !== null ? fullDays.get(`${f.a.m}-${f.a.d}`) : undefined;
  if (sameDay !== undefined) return sameDay;
  const back = text.slice(Math.max(0, f.start - 1000), f.start);
  const from = f.start - back.length + Math.max(back.lastIndexOf(". "), back.lastIndexOf("\n")) + 1;
  const stop = text.slice(f.end, f.end + 1000).search(/[.!?](?:\s|$)/);
  const to = stop < 0 ? f.end + 1000 : f.end + stop + 1;
  const years = new Set<number>();
  for (let j = k - 1; j >= 0 && found[j].start >= from; j--) if (found[j].a.y !== null) years.add(found[j].a.y!);
  for (let j = k + 1; j < found.length && found[j].end <= to; j++) if (found[j].a.y !== null) years.add(found[j].a.y!);
  return years.size === 1 ? [...years][0] : undefined;
}

/** Dates in `text`; spans inside `exclude` (URLs) are skipped. */
export function findDates(text: string, exclude: Span[] = []): DateMatch[] {
  const masked = blank(text, exclude);
  const found = withoutGluedYears(masked, ranges(masked, shortRanges(masked, findAtoms(masked))));
  const fullDays = new Map<string, number>(); // "11-10" → the year of the last full date of that day
  return found.map((f, k) => {
    const value = f.b ? `${iso(f.a)}/${iso(f.b)}` : iso(f.a);
    if (!f.b && f.a.y !== null && f.a.m !== null && f.a.d !== null) fullDays.set(`${f.a.m}-${f.a.d}`, f.a.y);
    let resolved: string | null = null;
    if (!f.b && f.a.y === null && f.a.m !== null && f.a.decade === undefined) {
      const year = contextYear(masked, found, k, fullDays);
      // "February 29" in a sentence about a year without one stays unresolved
      if (year !== undefined && onCalendar({ ...f.a, y: year })) resolved = iso({ ...f.a, y: year });
    }
    const ambiguous = f.ambiguous && `"${text.slice(f.start, f.end)}" could be ${f.ambiguous}: the article has no all-digit date with a day above 12 to settle the order; read month first`;
    return { start: f.start, end: f.end, value, resolved, stated: f.stated, ...(ambiguous ? { ambiguous } : {}) };
  });
}
