// Explicit calendar expressions and their ISO 8601 / EDTF values. Atoms (a full date, a month and
// year, a bare month, a year, a decade) are found first; atoms joined by a range word become one
// range whose first part borrows the year (and month) it leaves unsaid from the second.
// Lexicon: English month names and abbreviations, range words, period modifiers — general, not
// drawn from any article.
import type { Span } from "../text/view.js";
import { daysInMonth } from "../schema/edtf.js";

export type DateMatch = Span & { value: string; resolved: string | null };

type Parts = { y: number | null; m: number | null; d: number | null; decade?: number };
type Atom = Span & { a: Parts; b?: Parts };

const monthNames = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const YEAR = String.raw`(1[5-9]\d\d|20\d\d)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const DASH = String.raw`\s*[-–—]\s*`;

const monthOf = (s: string) => monthNames.findIndex((m) => m.startsWith(s.toLowerCase().replace(".", "").slice(0, 3))) + 1;
const monthIn = (s: string) => monthOf(new RegExp(MONTH).exec(s)![0]);

// Each pattern: regex (global) and a function from the match to one or two parts.
const atoms: Array<[RegExp, (m: RegExpExecArray) => Omit<Atom, "start" | "end">]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => ({ a: { y: +m[1], m: +m[2], d: +m[3] } })],
  [
    new RegExp(String.raw`\b${DAY}${DASH}${DAY}\s+(${MONTH}),?\s+${YEAR}\b`, "g"),
    (m) => ({ a: { y: +m[4], m: monthIn(m[3]), d: +m[1] }, b: { y: +m[4], m: monthIn(m[3]), d: +m[2] } }),
  ],
  [
    new RegExp(String.raw`\b(${MONTH})\s+${DAY}${DASH}${DAY},?\s+${YEAR}\b`, "g"),
    (m) => ({ a: { y: +m[4], m: monthIn(m[1]), d: +m[2] }, b: { y: +m[4], m: monthIn(m[1]), d: +m[3] } }),
  ],
  [new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?(${MONTH}),?\s+${YEAR}\b`, "g"), (m) => ({ a: { y: +m[3], m: monthIn(m[2]), d: +m[1] } })],
  [new RegExp(String.raw`\b(${MONTH})\s+${DAY},?\s+${YEAR}\b`, "g"), (m) => ({ a: { y: +m[3], m: monthIn(m[1]), d: +m[2] } })],
  [new RegExp(String.raw`\b(${MONTH}),?\s+${YEAR}\b`, "g"), (m) => ({ a: { y: +m[2], m: monthIn(m[1]), d: null } })],
  [new RegExp(String.raw`\b(${MONTH})\s+${DAY}\b(?![,.]?\d)`, "g"), (m) => ({ a: { y: null, m: monthIn(m[1]), d: +m[2] } })],
  [new RegExp(String.raw`\b${DAY}\s+(${MONTH})(?![\w.]*\s*,?\s*\d)`, "g"), (m) => ({ a: { y: null, m: monthIn(m[2]), d: +m[1] } })],
  [/\b(?:the\s+)?(1[5-9]\d|20\d)0['’]?s\b/g, (m) => ({ a: { y: null, m: null, d: null, decade: +m[1] } })],
  [
    new RegExp(String.raw`\b(?:early|mid|late|spring|summer|autumn|fall|winter)(?:-|\s+(?:of\s+)?)${YEAR}\b`, "gi"),
    (m) => ({ a: { y: +m[1], m: null, d: null } }),
  ],
  [new RegExp(String.raw`(?<![$€£¥\d.,/]|\p{L}-)\b${YEAR}\b(?![.,]\d|%|\s*(?:percent|per cent)\b)`, "gu"), (m) => ({ a: { y: +m[1], m: null, d: null } })],
];

// A bare month name counts only after a word that makes it a time ("in August", "by May") or
// before a range to another month ("July - August 2023").
const monthWord = new RegExp(String.raw`\b${MONTH}(?!\p{L})`, "gu");
const timeWordBefore = /\b(?:in|since|by|until|till|during|from|to|through|before|after|around|early|late|mid|last|next|this|of|and|or)[\s-]+$/i;
const mayBefore = /\b(?:in|since|by|until|from|to|early|late|mid|last|next|of)[\s-]+$/i; // "may" is also a verb
const rangeAfter = new RegExp(String.raw`^\s*(?:[-–—/]|to|until|through)\s*${MONTH}`);

// Words before a number that make it an identifier, not a year: "Resolution 1701", "No. 2000".
const identifierBefore = /(?:\b(?:resolution|article|no|nos|number|law|decree|order|section|paragraph|item|flight|route|block|vol|volume|p|pp|page|pages|issue|chapter|code|unit)\.?|#)\s*$/i;
const quantityBefore = /\b(?:some|about|around|over|nearly|almost|approximately|roughly|more than|less than|fewer than|at least|up to|than)\s*$/i;

/** A day or month the calendar has ("45 March", "31 June" are not dates). */
const onCalendar = (p: Parts) => p.m === null || (p.m >= 1 && p.m <= 12 && (p.d === null || (p.d >= 1 && p.d <= daysInMonth(p.m, p.y))));

function findAtoms(text: string): Atom[] {
  const found: Atom[] = [];
  const taken = new Uint8Array(text.length);
  const take = (start: number, end: number, rest: Omit<Atom, "start" | "end">) => {
    // an impossible day leaves its characters to a later pattern ("March 2021" of "45 March 2021")
    if (!onCalendar(rest.a) || (rest.b && !onCalendar(rest.b))) return;
    for (let k = start; k < end; k++) if (taken[k]) return;
    taken.fill(1, start, end);
    found.push({ start, end, ...rest });
  };
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
    take(m.index, m.index + name.length, { a: { y: null, m: monthIn(name), d: null } });
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

const joinWords = /^(?:\s*[-–—]\s*|\s+(?:to|until|till|through|and|or)\s+|\/)$/i;

/** Joins atoms into ranges: "between 1997 and 2013", "from May to July 2022", "July - August 2023". */
function ranges(text: string, found: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let k = 0; k < found.length; k++) {
    const x = found[k];
    const y = found[k + 1];
    const gap = y ? text.slice(x.end, y.start) : "";
    const lead = /\b(between|from)\s+$/i.exec(text.slice(Math.max(0, x.start - 10), x.start));
    const word = gap.trim().toLowerCase();
    const ok =
      y &&
      !x.b &&
      !y.b &&
      joinWords.test(gap) &&
      (word !== "and" || lead?.[1].toLowerCase() === "between") &&
      (word !== "or" ? true : false) &&
      (word !== "/" || (x.a.y !== null && y.a.y !== null));
    if (!ok) {
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
    const start = lead && word !== "-" && word !== "–" && word !== "—" ? x.start - lead[0].length : x.start;
    out.push({ start, end: y.end, a, b });
    k++;
  }
  return out;
}

/** "2015-19": a short second year in a range of years. */
function shortRanges(text: string, found: Atom[]): Atom[] {
  return found.map((x) => {
    if (x.b || x.a.m !== null || x.a.y === null) return x;
    const m = /^[-–](\d{2})\b(?![-–]?\d)/.exec(text.slice(x.end));
    if (!m) return x;
    const y2 = Math.floor(x.a.y / 100) * 100 + Number(m[1]);
    return y2 > x.a.y ? { ...x, end: x.end + m[0].length, b: { y: y2, m: null, d: null } } : x;
  });
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

/** Dates in `text`; spans inside `exclude` (URLs) are skipped. */
export function findDates(text: string, exclude: Span[] = []): DateMatch[] {
  const masked = blank(text, exclude);
  const found = ranges(masked, shortRanges(masked, findAtoms(masked)));
  const fullDays = new Map<string, number>(); // "11-10" → the year of the last full date of that day
  return found.map((f, k) => {
    const value = f.b ? `${iso(f.a)}/${iso(f.b)}` : iso(f.a);
    if (!f.b && f.a.y !== null && f.a.m !== null && f.a.d !== null) fullDays.set(`${f.a.m}-${f.a.d}`, f.a.y);
    let resolved: string | null = null;
    if (!f.b && f.a.y === null && f.a.m !== null && f.a.decade === undefined) {
      // "November 10" after "November 10, 2020": the same day named in full earlier
      const sameDay = f.a.d !== null ? fullDays.get(`${f.a.m}-${f.a.d}`) : undefined;
      // "in August" in a sentence that names one year: that year
      const back = masked.slice(Math.max(0, f.start - 1000), f.start);
      const from = f.start - back.length + Math.max(back.lastIndexOf(". "), back.lastIndexOf("\n")) + 1;
      const stop = masked.slice(f.end, f.end + 1000).search(/[.!?](?:\s|$)/);
      const to = stop < 0 ? f.end + 1000 : f.end + stop + 1;
      const years = new Set<number>();
      for (let j = k - 1; j >= 0 && found[j].start >= from; j--) if (found[j].a.y !== null) years.add(found[j].a.y!);
      for (let j = k + 1; j < found.length && found[j].end <= to; j++) if (found[j].a.y !== null) years.add(found[j].a.y!);
      const year = sameDay ?? (years.size === 1 ? [...years][0] : undefined);
      // "February 29" in a sentence about a year without one stays unresolved
      if (year !== undefined && onCalendar({ ...f.a, y: year })) resolved = iso({ ...f.a, y: year });
    }
    return { start: f.start, end: f.end, value, resolved };
  });
}
