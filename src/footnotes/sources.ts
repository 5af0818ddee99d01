// Reads each note as citations: authors, title, outlet, publisher, date, URLs, access date and
// language, every field a span of the source. A note is cut into works at "; " between two
// citations, each work into top-level pieces (quoted, emphasised, bracketed, parenthesised,
// plain; dates and addresses whole), and the pieces fill the slots by their order around the
// title, as in the notes-bibliography style (Chicago) most bulletins follow.
import { accessCue, corporateWord, documentKind, languages, nameFunctionWord, repeatCue } from "../lexicon/citations.js";
import type { Source } from "../schema/sources.js";

type Span = { start: number; end: number };
type Piece = Span & { kind: "quoted" | "emphasis" | "bracket" | "paren" | "date" | "url" | "plain" };
export type CitedNote = Span & { id: string; urls: string[] };
export type DatedSpan = Span & { value: string };

const label = /^\s*(?:\[\^?\d+\]:?|\d+[.)]?|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*/;
const pairs: Array<{ open: string; close: string; kind: Piece["kind"] }> = [
  { open: "**", close: "**", kind: "emphasis" },
  { open: "*", close: "*", kind: "emphasis" },
  { open: "_", close: "_", kind: "emphasis" },
  { open: '"', close: '"', kind: "quoted" },
  { open: "“", close: "”", kind: "quoted" },
  { open: "[", close: "]", kind: "bracket" },
  { open: "(", close: ")", kind: "paren" },
];

/** The quoted, emphasised or bracketed piece opening at `i` inside the work, if one does. */
function enclosed(source: string, i: number, end: number): Piece | null {
  for (const { open, close, kind } of pairs) {
    if (!source.startsWith(open, i)) continue;
    // an underscore inside a word (snake_case in an address) opens nothing
    if (open === "_" && /\w/.test(source[i - 1] ?? " ")) return null;
    const at = source.indexOf(close, i + open.length);
    return at > i + open.length && at + close.length <= end ? { kind, start: i + open.length, end: at } : null;
  }
  return null;
}

/** Top-level pieces of one work; commas and full stops outside quotes and brackets cut plain text.
 *  Only the places where a piece can open are visited: the starts of dates and addresses, and marks. */
function pieces(source: string, work: Span, whole: Piece[]): Piece[] {
  const out: Piece[] = [];
  let plain = work.start;
  const flush = (end: number) => {
    for (const m of source.slice(plain, end).matchAll(/[^,.;:]*\p{L}[^,.;:]*/gu)) {
      const at = trimmed(source, { start: plain + m.index, end: plain + m.index + m[0].length });
      out.push({ kind: "plain", ...at });
    }
  };
  const starts = new Map(whole.map((w) => [w.start, w]));
  const marks = [...source.slice(work.start, work.end).matchAll(/["“*_[(]/g)].map((m) => work.start + m.index);
  const candidates = [...new Set([...starts.keys(), ...marks])].sort((a, b) => a - b);
  for (const i of candidates) {
    if (i < plain) continue;
    const p = starts.get(i) ?? enclosed(source, i, work.end);
    if (!p) continue;
    flush(i);
    out.push(p);
    // the closing mark is as wide as the opening one
    plain = p.kind === "date" || p.kind === "url" ? p.end : p.end + (p.start - i);
  }
  flush(work.end);
  return out;
}

/** A piece's text without the punctuation a citation puts after it inside the quotes. */
function trimmed(source: string, p: Span): Span {
  let { start, end } = p;
  while (end > start && /[\s,.;:]/.test(source[end - 1])) end--;
  while (start < end && /\s/.test(source[start])) start++;
  return { start, end };
}

const personName = /^(?:\p{Lu}[\p{L}'’.-]*|(?:al|bin|da|de|del|der|di|du|el|ibn|la|le|van|von)(?:-| ))(?:\s+(?:\p{Lu}[\p{L}'’.-]*|al-\p{Lu}\p{L}*|bin|da|de|del|der|di|du|ibn|van|von))*$/u;

/** Personal names of an author segment ("A and B", "A, B, and C"), or null when it is not one. */
function authors(source: string, p: Span): Span[] | null {
  const text = source.slice(p.start, p.end);
  if (corporateWord.test(text)) return null;
  const names: Span[] = [];
  for (const m of text.matchAll(/[^,&]+?(?=\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|$))/g)) {
    const name = m[0].replace(/^\s*(?:and\s+)?/, "");
    const words = name.trim().split(/\s+/).length;
    if (!personName.test(name.trim()) || words < 2 || words > 5) return null;
    const start = p.start + m.index + m[0].indexOf(name.trim());
    names.push({ start, end: start + name.trim().length });
  }
  return names.length ? names : null;
}

type Slots = { authors: Span[]; title: Span | null; outlet: Span | null; publisher: Span | null };

/** A proper name: capitalised first and last words, every other word capitalised or a small word, no digits. */
function isName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const capital = (w: string) => /^[\p{Lu}'’"(]/u.test(w);
  return !/\d/.test(text) && words.length > 0 && text.length > 2 && capital(words[0]) && capital(words.at(-1)!) && words.every((w) => capital(w) || nameFunctionWord.test(w));
}

/** "(Place: Publisher, Year)" or "(Publisher, Year)"; a lone place ("Riyadh, 2003") is no publisher. */
function imprint(source: string, paren: Piece | undefined): Span | null {
  if (!paren) return null;
  const m = source.slice(paren.start, paren.end).match(/^(?:(?<place>[^:,]+):\s*)?(?<publisher>[^,:]*\p{L}[^,:]*?),\s*(?:\d{4}|n\.d\.)/u);
  if (!m?.groups) return null;
  const { place, publisher } = m.groups;
  if (!place && !corporateWord.test(publisher) && publisher.trim().split(/\s+/).length < 3) return null;
  const at = paren.start + m[0].indexOf(publisher, place ? place.length : 0);
  return trimmed(source, { start: at, end: at + publisher.length });
}

function fillSlots(source: string, ps: Piece[]): Slots {
  const text = (p: Span) => source.slice(p.start, p.end);
  const quoted = ps.findIndex((p) => p.kind === "quoted");
  const lead = ps[0]?.kind === "plain" ? ps[0] : null;
  // without quotes, a lead that is no name ("International treaties, *Dunya*") is the title
  const leadTitle = quoted < 0 && lead !== null && !isName(text(lead)) && ps[1]?.kind === "emphasis";
  const titleAt = quoted >= 0 ? quoted : leadTitle ? 0 : ps.findIndex((p) => p.kind === "emphasis");
  const before = titleAt > 0 ? ps.slice(0, titleAt).filter((p) => p.kind === "plain" || p.kind === "emphasis") : [];
  const after = titleAt >= 0 ? ps.slice(titleAt + 1) : [];
  const people = before[0]?.kind === "plain" ? authors(source, trimmed(source, before[0])) : null;
  const corporate = before[0] && !people && isName(text(before[0])) ? trimmed(source, before[0]) : null;
  const container = after.find((p) => p.kind === "emphasis");
  const named = after.find((p) => p.kind === "plain" && isName(text(p)) && !documentKind.test(text(p)));
  const outlet = container ?? corporate ?? (before.length === 0 ? named : undefined) ?? null;
  const publisher = imprint(source, after.find((p) => p.kind === "paren")) ?? (corporate && container ? corporate : null);
  return {
    authors: people ?? [],
    title: titleAt >= 0 ? trimmed(source, ps[titleAt]) : null,
    outlet: outlet && outlet !== corporate ? trimmed(source, outlet) : outlet,
    publisher: publisher === corporate && outlet === corporate ? null : publisher,
  };
}

function language(source: string, ps: Piece[]): Span | null {
  for (const p of ps.filter((x) => x.kind === "bracket" || x.kind === "paren")) {
    const m = source.slice(p.start, p.end).match(/^(?:in\s+)?(?<name>\p{Lu}\p{Ll}+)$/u);
    if (m?.groups && languages.includes(m.groups.name)) {
      const at = p.start + m[0].indexOf(m.groups.name);
      return { start: at, end: at + m.groups.name.length };
    }
  }
  return null;
}

/** The works of one note: cut at "; " when both sides cite something (a title or an address). */
function works(source: string, note: Span): Span[] {
  const body = note.start + (source.slice(note.start, note.end).match(label)?.[0].length ?? 0);
  const parts: Span[] = [];
  let start = body;
  for (const m of source.slice(body, note.end).matchAll(/;\s+(?:and,?\s+)?/g)) {
    parts.push({ start, end: body + m.index });
    start = body + m.index + m[0].length;
  }
  parts.push({ start, end: note.end });
  const cites = (p: Span) => /["“*]|https?:\/\//.test(source.slice(p.start, p.end));
  return parts.every(cites) ? parts : [{ start: body, end: note.end }];
}

export function readSources(source: string, notes: CitedNote[], dates: DatedSpan[], urlSpans: Span[]): Source[] {
  const out: Source[] = [];
  for (const note of notes) {
    const noteWorks = works(source, note);
    for (const work of noteWorks) {
      const text = source.slice(work.start, work.end);
      if (repeatCue.test(text.trim())) continue;
      const inside = (s: Span) => s.start >= work.start && s.end <= work.end;
      const datesHere = dates.filter(inside);
      const whole: Piece[] = [...datesHere.map((d) => ({ ...d, kind: "date" as const })), ...urlSpans.filter(inside).map((u) => ({ ...u, kind: "url" as const }))];
      const ps = pieces(source, work, whole);
      const slots = fillSlots(source, ps);
      const unbroken = text.replace(/\s+/g, "");
      const urls = note.urls.filter((u) => unbroken.includes(u.slice(0, 24)));
      if (!slots.title && !urls.length && !slots.outlet) continue;
      const accessed = datesHere.find((d) => accessCue.test(source.slice(work.start, d.start))) ?? null;
      const date = datesHere.find((d) => d !== accessed && !(slots.title && d.start >= slots.title.start && d.end <= slots.title.end)) ?? null;
      const piece = (s: Span | null) => (s ? { text: source.slice(s.start, s.end), start: s.start, end: s.end } : null);
      const dated = (d: DatedSpan | null) => (d ? { ...piece(d)!, value: d.value } : null);
      const span = trimmed(source, work);
      out.push({
        id: `src${out.length + 1}`,
        note: note.id,
        text: source.slice(span.start, span.end),
        ...span,
        authors: slots.authors.map((a) => piece(a)!),
        title: piece(slots.title),
        outlet: piece(slots.outlet),
        publisher: piece(slots.publisher),
        date: dated(date),
        urls: urls.length ? urls : noteWorks.length === 1 ? note.urls : [],
        accessed: dated(accessed),
        language: piece(language(source, ps)),
      });
    }
  }
  return out;
}
