// One table per record kind, as plain rows with a fixed column order; the CSV and combined
// writers share these so every table has the same columns wherever it is written. Columns and
// their meanings come from columns.ts; a row is built by column name, so the two cannot drift.
import type { Article } from "../schema/article.js";
import { columns, type ColumnName, type TableName } from "./columns.js";

export type Cell = string | number | null;
export type Table = { columns: string[]; rows: Cell[][] };
type Span = { start: number; end: number };

const join = (xs: string[]) => xs.join(" | ");

/** A line break of a hard-wrapped source (CRLF, LF or CR), with the spaces around it, is one
 *  space in a cell: a spreadsheet row stays one line high. article.json keeps the source text. */
export const foldLines = (c: Cell): Cell => (typeof c === "string" && /[\r\n]/.test(c) ? c.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, " ") : c);

function table<T extends TableName>(name: T, rows: Array<Record<ColumnName<T>, Cell>>): Table {
  const names = Object.keys(columns[name]) as Array<ColumnName<T>>;
  return { columns: names, rows: rows.map((r) => names.map((c) => foldLines(r[c]))) };
}

/** Index of the last span starting at or before `pos` in spans sorted by start, or -1. */
function lastAtOrBefore(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// A context cell is at most this long: a run-on paragraph or a 1 MB line gives each record a
// window around it, so a table grows with the records, not with records × line length.
const MAX_CONTEXT = 600;

/** `source[from, to)` trimmed; when longer than MAX_CONTEXT, a window around `at` marked with "…". */
function context(source: string, from: number, to: number, at: Span): string {
  if (to - from <= MAX_CONTEXT) return source.slice(from, to).trim();
  const margin = Math.max(0, (MAX_CONTEXT - (at.end - at.start)) >> 1);
  let a = Math.max(from, at.start - margin);
  let b = Math.min(to, at.end + margin);
  if (/[\uDC00-\uDFFF]/.test(source[a] ?? "")) a++; // never half a surrogate pair
  if (/[\uD800-\uDBFF]/.test(source[b - 1] ?? "")) b--;
  return `${a > from ? "…" : ""}${source.slice(a, b).trim()}${b < to ? "…" : ""}`;
}

/** The sentence holding `at`: from the last sentence start at or before it to the next start
 *  after it, within its paragraph. A note call sits between a sentence's full stop and the next
 *  sentence's start, so it stays with the sentence it follows. Outside paragraphs: the line. */
function sentenceFinder(a: Article, source: string): (at: Span) => string {
  // a header's lines (editors, volume and number, issue date) are items, not prose: each its own line
  const paragraphs = a.sections.filter((s) => s.kind !== "header").flatMap((s) => s.paragraphs);
  // wink-nlp ends a sentence after an abbreviation it does not know ("Vol. 7", "bn. in"); a
  // sentence that would begin with a digit or a lower-case letter after a full stop goes on
  const continues = (s: Span) => /^[\p{Ll}\d]/u.test(source[s.start] ?? "") && /\.\s*$/.test(source.slice(Math.max(0, s.start - 8), s.start));
  const starts = a.sentences.filter((s) => !continues(s)).sort((x, y) => x.start - y.start);
  return (at) => {
    const p = paragraphs[lastAtOrBefore(paragraphs, at.start)];
    if (!p || at.start >= p.end) {
      // the line, looked for no further than a context cell can show (beyond that, any bound
      // past the window serves: the cell is cut to the window)
      const before = source.slice(Math.max(0, at.start - MAX_CONTEXT), at.start);
      const back = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
      const from = back >= 0 || before.length < MAX_CONTEXT ? at.start - before.length + back + 1 : at.start - MAX_CONTEXT - 1;
      const after = source.slice(at.end, at.end + MAX_CONTEXT).search(/[\r\n]/);
      const to = after >= 0 ? at.end + after : Math.min(source.length, at.end + MAX_CONTEXT + 1);
      return context(source, from, to, at);
    }
    const k = lastAtOrBefore(starts, at.start);
    let from = k >= 0 && starts[k].start >= p.start ? starts[k].start : p.start;
    // markup and opening quotes glued to the first word ("**Name** is", "“We") belong to the sentence
    while (from > p.start && /[*_“‘"'(]/.test(source[from - 1])) from--;
    let next = k + 1;
    while (next < starts.length && starts[next].start < at.end) next++;
    const to = next < starts.length && starts[next].start < p.end ? starts[next].start : p.end;
    return context(source, from, to, at);
  };
}

/** The article's tables; `source` is the text its offsets refer to (source.txt beside article.json). */
export function tables(a: Article, source: string): Record<TableName, Table> {
  const headingOf = new Map(a.sections.map((s) => [s.id, s.heading]));
  const sentence = sentenceFinder(a, source);
  // the columns every text record shares
  const base = (r: { id: string; section: string; text: string; start: number; end: number }) => ({
    id: r.id, section: r.section, heading: headingOf.get(r.section) ?? null, text: r.text, start: r.start, end: r.end, sentence: sentence(r),
  });
  const notes = new Map(a.footnotes.notes.map((n) => [n.id, n]));
  return {
    sections: table("sections", a.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.length }))),
    dates: table("dates", a.dates.map((d) => Object.assign(base(d), { value: d.value, resolved: d.resolved, stated: d.stated }))),
    numbers: table("numbers", a.numbers.map((n) => Object.assign(base(n), { value: n.value, unit: n.unit, qualifier: n.qualifier }))),
    organisations: table("organisations", a.organisations.map((o) => Object.assign(base(o), { name: o.name, acronym: o.acronym }))),
    treaties: table("treaties", a.treaties.map((t) => Object.assign(base(t), { name: t.name }))),
    "treaty-register": table(
      "treaty-register",
      a.treatyRegister.map((r) => ({
        name: r.name,
        wordings: join(r.wordings),
        signed: r.signed?.text ?? null,
        signed_value: r.signed?.value ?? null,
        place: r.place?.text ?? null,
        parties: join(r.parties.map((p) => p.text)),
        mentions: join(r.mentions),
      })),
    ),
    footnotes: table("footnotes", [
      ...a.footnotes.markers.map((m) => {
        const note = m.note ? notes.get(m.note) : undefined;
        return Object.assign(base(m), {
          type: "marker", number: m.number, style: m.style, links: m.note,
          note_number: note?.number ?? null, note_text: note?.text ?? null, urls: note ? join(note.urls) : null,
        });
      }),
      ...a.footnotes.notes.map((n) => ({
        id: n.id, type: "note", number: n.number, section: null, heading: null, text: n.text, start: n.start, end: n.end,
        style: n.labelled ? "labelled" : "inferred", links: join(n.markers), note_number: null, note_text: null, urls: join(n.urls), sentence: null,
      })),
    ]),
    sources: table(
      "sources",
      a.sources.map((s) => ({
        id: s.id, note: s.note, text: s.text, start: s.start, end: s.end,
        authors: join(s.authors.map((p) => p.text)), title: s.title?.text ?? null, outlet: s.outlet?.text ?? null, publisher: s.publisher?.text ?? null,
        date: s.date?.text ?? null, date_value: s.date?.value ?? null, urls: join(s.urls),
        accessed: s.accessed?.text ?? null, accessed_value: s.accessed?.value ?? null, language: s.language?.text ?? null,
      })),
    ),
    warnings: table("warnings", a.warnings),
  };
}
