// The pipeline's stages, each a pure function from the previous stage's value to the next. Work
// happens in view positions; `assemble` turns everything into source positions and ids, and
// `validate` checks the result against the zod schema.
import { decode } from "./ingest/decode.js";
import { articleView } from "./ingest/normalise.js";
import { identityView, toSource, type Span, type View } from "./text/view.js";
import { lastStartingAtOrBefore } from "./text/mask.js";
import { layout as readLayout, type Layout } from "./structure/sections.js";
import { readMetadata, type Metadata } from "./structure/metadata.js";
import { linkFootnotes, type FootnoteLinks, type ViewWarning } from "./footnotes/link.js";
import { extractEntities, type Entities } from "./extract/index.js";
import { pipelineVersion } from "./version.js";
import { readSources } from "./footnotes/sources.js";
import { ArticleSchema, sourcedRecords, type Article } from "./schema/article.js";

export type Ingested = { id: string; file: string; source: string; sha256: string; view: View; warnings: ViewWarning[] };
export type Structured = Ingested & { layout: Layout; metadata: Metadata };
export type WithFootnotes = Structured & { footnotes: FootnoteLinks };
export type WithEntities = WithFootnotes & { entities: Entities };

export function ingest(id: string, file: string, bytes: Uint8Array): Ingested {
  const decoded = decode(file, bytes);
  const warnings: ViewWarning[] = [];
  if (/\r(?!\n)/.test(decoded.text) || decoded.text.includes("\r\n"))
    warnings.push({ code: "line-endings", message: "the file uses CR or CRLF line endings; read as LF", span: null });
  return { id, file, source: decoded.text, sha256: decoded.sha256, view: articleView(identityView(decoded.text)), warnings };
}

export function structure(input: Ingested): Structured {
  const layout = readLayout(input.view.text);
  const warnings = [...input.warnings];
  if (!layout.sections.some((s) => s.kind === "notes"))
    warnings.push({ code: "no-notes-list", message: "no Notes/Endnotes list was found", span: null });
  if (!layout.sections.some((s) => s.kind === "body" && s.heading))
    warnings.push({ code: "no-headings", message: "no section headings were found; the body is one section", span: null });
  return { ...input, layout, metadata: readMetadata(input.source, input.view, layout), warnings };
}

export function footnotes(input: Structured): WithFootnotes {
  return { ...input, footnotes: linkFootnotes(input.view, input.layout) };
}

export function entities(input: WithFootnotes): WithEntities {
  return { ...input, entities: extractEntities(input.source, input.view, input.layout, input.footnotes.calls) };
}

export function assemble(input: WithEntities): Article {
  const { source, view, layout, footnotes: fn, entities: ents } = input;
  const src = (s: Span) => toSource(view, s.start, s.end);
  // paragraphs, sections and notes are whole lines: markup the view dropped at their edges
  // ("**Name** is ...") belongs to them
  const lines = (s: Span) => wholeLines(source, src(s));
  const sections = layout.sections.map((s, index) => ({
    id: `s${index}`,
    index,
    kind: s.kind,
    heading: s.heading,
    ...lines(s.span),
    paragraphs: s.paragraphs.map(lines),
  }));
  const sectionOf = (start: number) => sections[Math.max(0, lastStartingAtOrBefore(sections, start))]?.id ?? "s0";
  // entity spans are source spans already; calls and notes are view spans
  const record = (prefix: string, i: number, at: Span) => {
    return { id: `${prefix}${i + 1}`, section: sectionOf(at.start), text: source.slice(at.start, at.end), ...at };
  };
  // a note's id is its number; a number that stands twice in the list gets a suffix
  const noteIds = new Map<number, string>();
  const times = new Map<number, number>();
  const ids = fn.notes.map((n) => {
    const k = (times.get(n.number) ?? 0) + 1;
    times.set(n.number, k);
    const id = k === 1 ? `note${n.number}` : `note${n.number}-${k}`;
    if (k === 1) noteIds.set(n.number, id);
    return id;
  });
  const markers = fn.calls.map((c, i) => ({
    ...record("call", i, src(c)),
    number: c.number,
    note: noteIds.get(c.number) ?? null,
    style: c.style,
  }));
  const markersOf = new Map<number, string[]>();
  for (const m of markers) markersOf.set(m.number, [...(markersOf.get(m.number) ?? []), m.id]);
  const notes = fn.notes.map((n, k) => {
    const at = lines(n);
    return {
      id: ids[k],
      number: n.number,
      text: source.slice(at.start, at.end),
      ...at,
      labelled: n.labelled,
      urls: n.urls,
      markers: noteIds.get(n.number) === ids[k] ? (markersOf.get(n.number) ?? []) : [],
    };
  });
  const treaties = ents.treaties.map((t, i) => ({ ...record("treaty", i, t), name: t.name }));
  const warnings = [...input.warnings, ...fn.warnings, ...ents.warnings].map((w) => ({
    code: w.code,
    message: w.message,
    ...(w.span ? src(w.span) : { start: null, end: null }),
  }));
  const dates = ents.dates.map((d, i) => ({ ...record("date", i, d), value: d.value, resolved: d.resolved }));
  return {
    schemaVersion: 1,
    id: input.id,
    pipelineVersion,
    source: { file: input.file, sha256: input.sha256, chars: source.length, text: "source.txt" },
    metadata: input.metadata,
    sections,
    dates,
    numbers: ents.numbers.map((n, i) => ({ ...record("num", i, n), value: n.value, unit: n.unit, qualifier: n.qualifier })),
    organisations: ents.organisations.map((o, i) => ({ ...record("org", i, o), name: o.name, acronym: o.acronym })),
    treaties,
    treatyRegister: ents.register.map((r) => ({
      ...r,
      signed: r.signed ? { text: source.slice(r.signed.start, r.signed.end), value: r.signed.value, start: r.signed.start, end: r.signed.end } : null,
      place: r.place ? { text: source.slice(r.place.start, r.place.end), start: r.place.start, end: r.place.end } : null,
      parties: r.parties.map((p) => ({ text: source.slice(p.start, p.end), start: p.start, end: p.end })),
      mentions: r.mentions.map((k) => treaties[k].id),
    })),
    footnotes: { markers, notes },
    sources: readSources(source, notes, dates, addressSpans(source, notes)),
    warnings,
  };
}

/** Web addresses inside the notes, as written (a break inside one leaves two pieces). */
const addressSpans = (source: string, notes: Span[]): Span[] =>
  notes.flatMap((n) => [...source.slice(n.start, n.end).matchAll(/(?:https?:\/\/|www\.)[^\s<>"]+/g)].map((m) => ({ start: n.start + m.index, end: n.start + m.index + m[0].replace(/[.,;)]+$/, "").length })));

function wholeLines(source: string, s: Span): Span {
  let start = source.lastIndexOf("\n", s.start - 1) + 1;
  let end = source.indexOf("\n", s.end);
  if (end < 0) end = source.length;
  while (start < s.start && /\s/.test(source[start])) start++;
  while (end > s.end && /\s/.test(source[end - 1])) end--;
  return { start, end };
}

/** Checks the schema and the provenance invariant; a failure here is a bug, not bad input. */
export function validate(article: Article, source: string): Article {
  const parsed = ArticleSchema.parse(article);
  const broken = sourcedRecords(parsed).find((r) => source.slice(r.start, r.end) !== r.text);
  if (broken) throw new Error(`${article.id}: record ${broken.id} breaks source.slice(start, end) === text`);
  return parsed;
}

export function runArticle(id: string, file: string, bytes: Uint8Array): Article {
  const ready = entities(footnotes(structure(ingest(id, file, bytes))));
  return validate(assemble(ready), ready.source);
}
