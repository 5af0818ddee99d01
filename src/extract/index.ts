// The entity stage: dates, numbers, organisations and treaties, read from the flat view of every
// text unit, returned in source positions.
import { flatten, type Flat, type Unit } from "../text/flat.js";
import { toSource, type Span, type View } from "../text/view.js";
import type { Layout } from "../structure/sections.js";
import type { ViewWarning } from "../footnotes/link.js";
import { findDates } from "./dates.js";
import { findNumbers, type NumberMatch } from "./numbers.js";
import { findOrganisations, type OrganisationMatch } from "./organisations.js";
import { findTreaties, treatyRegister, type RegisterMatch, type TreatyMatch } from "./treaties.js";
import { urlSpans } from "./urls.js";

export type Entities = {
  dates: Array<Span & { value: string; resolved: string | null }>;
  numbers: Array<Span & Omit<NumberMatch, "start" | "end">>;
  organisations: Array<Span & Omit<OrganisationMatch, "start" | "end">>;
  treaties: Array<Span & { name: string }>;
  register: RegisterMatch[];
  warnings: ViewWarning[];
};

export function textUnits(layout: Layout): Array<Span & { section: number; kind: Unit["kind"] }> {
  return layout.sections.flatMap((s, section) => [
    ...(s.headingSpan && s.kind !== "notes" ? [{ ...s.headingSpan, section, kind: "heading" as const }] : []),
    ...s.paragraphs.map((p) => ({ ...p, section, kind: "paragraph" as const })),
  ]);
}

export function extractEntities(view: View, layout: Layout, calls: Span[]): Entities {
  const flat: Flat = flatten(view, textUnits(layout), calls);
  const text = flat.view.text;
  const urls = urlSpans(text);
  const kindOf = (start: number) => layout.sections[flat.units.find((u) => u.start <= start && start <= u.end)?.section ?? 0]?.kind;
  const src = <T extends Span>(x: T): T => ({ ...x, ...toSource(flat.view, x.start, x.end) });
  const named = (start: number) => !["title", "byline"].includes(kindOf(start) ?? "");

  const dates = findDates(text, urls);
  const numbers = findNumbers(text, [...urls, ...dates]).filter((n) => kindOf(n.start) !== "byline");
  const treaties: TreatyMatch[] = findTreaties(text, urls, flat.units).filter((t) => named(t.start));
  const organisations = findOrganisations(text, urls, flat.units).filter((o) => named(o.start));
  return {
    dates: dates.map(src),
    numbers: numbers.map(src),
    organisations: organisations.map(src),
    treaties: treaties.map(src),
    register: treatyRegister(text, treaties, dates).map((r) => ({
      ...r,
      signed: r.signed ? src(r.signed) : null,
      place: r.place ? src(r.place) : null,
      parties: r.parties.map(src),
    })),
    warnings: [],
  };
}
