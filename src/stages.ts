// The pipeline's stages, each a pure function from the previous stage's value to the next. Work
// happens in view positions (the entity stage returns source positions); `assemble` turns
// everything into source positions and ids, and `validate` checks the result against the zod schema.
import { decode } from "./ingest/decode.js";
import { articleView } from "./ingest/normalise.js";
import { identityView, sourceSpan, toSource, type SourceSpan, type View, type ViewSpan } from "./text/view.js";
import { lastStartingAtOrBefore } from "./text/mask.js";
import { layout as readLayout, type Layout } from "./structure/sections.js";
import { readMetadata } from "./structure/metadata.js";
import { linkFootnotes, type FootnoteLinks, type ViewWarning } from "./footnotes/link.js";
import { extractEntities, type Entities, type RegisterRow } from "./extract/index.js";
import { ArticleSchema, sourcedRecords, type Article, type Metadata } from "./schema/article.js";
import { readSources } from "./footnotes/sources.js";
import { pipelineVersion } from "./version.js";

type Ingested = { id: string; file: string; source: string; sha256: string; view: View; warnings: ViewWarning[] };
type Structured = Ingested & { layout: Layout; metadata: Metadata };
type WithFootnotes = Structured & { footnotes: FootnoteLinks };
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
  const { source, view } = input;
  const sections = assembleSections(source, view, input.layout);
  const at = recordAt(source, sections);
  const entities = assembleEntities(input.entities, at);
  const footnotes = assembleFootnotes(source, view, input.footnotes, at);
  return {
    schemaVersion: 1,
    id: input.id,
    pipelineVersion,
    source: { file: input.file, sha256: input.sha256, chars: source.length, text: "source.txt" },
    metadata: input.metadata,
    sections,
    ...entities,
    treatyRegister: assembleRegister(source, input.entities.register, entities.treaties),
    footnotes,
    sources: readSources(source, footnotes.notes, entities.dates, addressSpans(source, footnotes.notes.map((n) => sourceSpan(n.start, n.end)))),
    sentences: input.entities.sentences.map(({ start, end }) => ({ start, end })),
    warnings: [...assembleWarnings(view, [...input.warnings, ...input.footnotes.warnings]), ...input.entities.warnings],
  };
}

/** Dates, numbers, organisations and treaties: their spans are source spans already. */
function assembleEntities(ents: Entities, at: RecordAt): Pick<Article, "dates" | "numbers" | "organisations" | "treaties"> {
  return {
    dates: ents.dates.map((d, i) => ({ ...at("date", i, d), value: d.value, resolved: d.resolved, stated: d.stated })),
    numbers: ents.numbers.map((n, i) => ({ ...at("num", i, n), value: n.value, unit: n.unit, qualifier: n.qualifier })),
    organisations: ents.organisations.map((o, i) => ({ ...at("org", i, o), name: o.name, acronym: o.acronym })),
    treaties: ents.treaties.map((t, i) => ({ ...at("treaty", i, t), name: t.name })),
  };
}

function assembleWarnings(view: View, warnings: ViewWarning[]): Article["warnings"] {
  return warnings.map((w) => ({
    code: w.code,
    message: w.message,
    ...(w.span ? toSource(view, w.span.start, w.span.end) : { start: null, end: null }),
  }));
}

/** A record's id, section, text and source span. */
type RecordAt = (prefix: string, i: number, span: SourceSpan) => { id: string; section: string; text: string; start: number; end: number };

function recordAt(source: string, sections: Article["sections"]): RecordAt {
  const sectionOf = (start: number) => sections[Math.max(0, lastStartingAtOrBefore(sections, start))]?.id ?? "s0";
  return (prefix, i, span) => ({
    id: `${prefix}${i + 1}`,
    section: sectionOf(span.start),
    text: source.slice(span.start, span.end),
    start: span.start,
    end: span.end,
  });
}

// Paragraphs, sections and notes are whole lines: markup the view dropped at their edges
// ("**Name** is ...") belongs to them.
const lines = (source: string, view: View, s: ViewSpan) => wholeLines(source, toSource(view, s.start, s.end));

function assembleSections(source: string, view: View, layout: Layout): Article["sections"] {
  return layout.sections.map((s, index) => ({
    id: `s${index}`,
    index,
    kind: s.kind,
    heading: s.heading,
    ...lines(source, view, s.span),
    paragraphs: s.paragraphs.map((p) => lines(source, view, p)),
  }));
}

/** Calls and notes linked by id. A note's id is its number; a number that stands twice in the list
 *  gets a suffix, and only its first note is linked to the calls. */
function assembleFootnotes(source: string, view: View, fn: FootnoteLinks, at: RecordAt): Article["footnotes"] {
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
    ...at("call", i, toSource(view, c.start, c.end)),
    number: c.number,
    note: noteIds.get(c.number) ?? null,
    style: c.style,
  }));
  const markersOf = new Map<number, string[]>();
  for (const m of markers) markersOf.set(m.number, [...(markersOf.get(m.number) ?? []), m.id]);
  const notes = fn.notes.map((n, k) => {
    const span = lines(source, view, n);
    return {
      id: ids[k],
      number: n.number,
      text: source.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      labelled: n.labelled,
      urls: n.urls,
      markers: noteIds.get(n.number) === ids[k] ? (markersOf.get(n.number) ?? []) : [],
    };
  });
  return { markers, notes };
}

function assembleRegister(source: string, register: RegisterRow[], treaties: Array<{ id: string }>): Article["treatyRegister"] {
  const piece = (s: SourceSpan) => ({ text: source.slice(s.start, s.end), start: s.start, end: s.end });
  return register.map((r) => ({
    ...r,
    signed: r.signed ? { ...piece(r.signed), value: r.signed.value } : null,
    place: r.place ? piece(r.place) : null,
    parties: r.parties.map(piece),
    mentions: r.mentions.map((k) => treaties[k].id),
  }));
}

/** Web addresses inside the notes, as written (a break inside one leaves two pieces). */
function addressSpans(source: string, notes: SourceSpan[]): SourceSpan[] {
  return notes.flatMap((n) =>
    [...source.slice(n.start, n.end).matchAll(/(?:https?:\/\/|www\.)[^\s<>"]+/g)].map((m) => sourceSpan(n.start + m.index, n.start + m.index + m[0].replace(/[.,;)]+$/, "").length)),
  );
}

function wholeLines(source: string, s: SourceSpan): SourceSpan {
  let start = source.lastIndexOf("\n", s.start - 1) + 1;
  let end = source.indexOf("\n", s.end);
  if (end < 0) end = source.length;
  while (start < s.start && /\s/.test(source[start])) start++;
  while (end > s.end && /\s/.test(source[end - 1])) end--;
  return sourceSpan(start, end);
}

/** Checks the schema and the provenance invariant; a failure here is a bug, not bad input. */
export function validate(article: Article, source: string): Article {
  const parsed = ArticleSchema.parse(article);
  const broken = sourcedRecords(parsed).find((r) => source.slice(r.start, r.end) !== r.text);
  if (broken) throw new Error(`${article.id}: record ${broken.id} breaks source.slice(start, end) === text`);
  return parsed;
}

export function runArticle(id: string, file: string, bytes: Uint8Array): Article {
  return runArticleWithSource(id, file, bytes).article;
}

/** The article with the decoded source text its offsets (and its tables) refer to. */
export function runArticleWithSource(id: string, file: string, bytes: Uint8Array): { article: Article; source: string } {
  const ready = entities(footnotes(structure(ingest(id, file, bytes))));
  return { article: validate(assemble(ready), ready.source), source: ready.source };
}
