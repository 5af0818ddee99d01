// The entity stage: dates, numbers, organisations and treaties, read from the flat view of every
// text unit. The extractors work in view positions; what this stage returns is in source positions.
import { flatten, type Flat, type Unit } from "../text/flat.js";
import { fromSource, recordToSource, sourceSpan, type Sourced, type SourceSpan, type View, type ViewSpan } from "../text/view.js";
import { lastStartingAtOrBefore } from "../text/mask.js";
import type { Layout } from "../structure/sections.js";
import { findDates, yearCodes, type DateMatch } from "./dates.js";
import { findNumbers, type NumberMatch } from "./numbers.js";
import { findOrganisations, type OrganisationMatch } from "./organisations.js";
import { findTreaties, type TreatyMatch } from "./treaties.js";
import { treatyRegister, type RegisterMatch } from "./treaty-register.js";
import { urlSpans } from "./urls.js";
import { sentences } from "./nlp.js";

export type RegisterRow = Omit<RegisterMatch, "signed" | "place" | "parties"> & {
  signed: Sourced<NonNullable<RegisterMatch["signed"]>> | null;
  place: SourceSpan | null;
  parties: SourceSpan[];
};
export type Entities = {
  dates: Array<Sourced<DateMatch>>;
  numbers: Array<Sourced<NumberMatch>>;
  organisations: Array<Sourced<OrganisationMatch>>;
  treaties: Array<Sourced<TreatyMatch>>;
  register: RegisterRow[];
  /** Sentence spans in the source, from the same wink-nlp reading: the tables' context column. */
  sentences: SourceSpan[];
  /** What the extractors could not settle (an all-digit date's day and month order), in source positions. */
  warnings: Array<{ code: "ambiguous-numeric-date"; message: string; start: number; end: number }>;
};

/** Source spans of *italic* and **bold** text: outlets and book titles in notes are set in italics. */
function italicSpans(source: string): SourceSpan[] {
  return [...source.matchAll(/(?<!\*)(\*{1,2})(?=[^\s*])((?:[^*\n]|\r?\n(?![ \t]*\r?\n))+?)(?<=[^\s*])\1(?!\*)/g)].map((m) =>
    sourceSpan(m.index + m[1].length, m.index + m[0].length - m[1].length),
  );
}

function textUnits(layout: Layout): Array<ViewSpan & { section: number; kind: Unit["kind"] }> {
  return layout.sections.flatMap((s, section) => [
    ...(s.headingSpan && s.kind !== "notes" ? [{ ...s.headingSpan, section, kind: "heading" as const }] : []),
    ...s.paragraphs.map((p) => ({ ...p, section, kind: "paragraph" as const })),
  ]);
}

const sourceOf = (s: SourceSpan) => ({ start: s.start, end: s.end });

export function extractEntities(source: string, view: View, layout: Layout, calls: ViewSpan[]): Entities {
  // note labels ("1.", "[1]", "¹") are no more part of the text than calls are
  const labels = (layout.notes?.entries ?? []).flatMap((e) => (e.label ? [e.label] : []));
  const flat: Flat = flatten(view, textUnits(layout), [...calls, ...labels]);
  const text = flat.view.text;
  const urls = urlSpans(text);
  const kindOf = (start: number) => layout.sections[flat.units[Math.max(0, lastStartingAtOrBefore(flat.units, start))]?.section ?? 0]?.kind;
  const src = <T extends ViewSpan>(x: T) => recordToSource(flat.view, x);
  const named = (start: number) => !["title", "byline"].includes(kindOf(start) ?? "");

  const dates = findDates(text, urls);
  const inNotes = (pos: number) => kindOf(pos) === "notes";
  const numbers = findNumbers(text, [...urls, ...dates, ...yearCodes(text)], inNotes).filter((n) => kindOf(n.start) !== "byline");
  const found: TreatyMatch[] = findTreaties(text, urls).filter((t) => named(t.start));
  const { treaties, register } = treatyRegister(text, found, dates);
  const italics = italicSpans(source).map((s) => ({ start: fromSource(flat.view, s.start), end: fromSource(flat.view, s.end) }));
  const organisations = findOrganisations(text, urls, flat.units, { inNotes, italics }).filter((o) => named(o.start));
  return {
    dates: dates.map(src),
    numbers: numbers.map(src),
    organisations: organisations.map(src),
    treaties: treaties.map(src),
    register: register.map((r) => ({
      ...r,
      signed: r.signed ? src(r.signed) : null,
      place: r.place ? src(r.place) : null,
      parties: r.parties.map(src),
    })),
    sentences: sentences(text).map(src),
    warnings: dates.flatMap((d) => (d.ambiguous ? [{ code: "ambiguous-numeric-date" as const, message: d.ambiguous, ...sourceOf(src(d)) }] : [])),
  };
}
