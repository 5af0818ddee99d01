// Registers across the archive: one row per organisation, instrument and outlet, with how many
// articles name it, how often, and between which issue dates. Names merge by canonical name
// (case and a leading "the" aside) and by acronym: "NATO" undefined in one issue joins
// "North Atlantic Treaty Organization (NATO)" of another, unless two bodies share the acronym.
import type { Table } from "../write/tables.js";
import type { ArticleSummary, NameShare, TreatyShare } from "./summary.js";

/** One register row and, for the index page's plot, its mentions in each article (by index). */
export type RegisterEntry<S> = { key: string; first: S; wordings: Set<string>; mentions: number; perArticle: Map<number, number>; merged: S[] };

const fold = (name: string) => name.replace(/\s+/g, " ").replace(/^the /i, "").trim().toLowerCase();
const dateStart = (v: string | null) => v?.split("/")[0] ?? null;
const dateEnd = (v: string | null) => v?.split("/").at(-1) ?? null;

function gather<S extends NameShare>(summaries: ArticleSummary[], shares: (a: ArticleSummary) => S[]): Map<string, RegisterEntry<S>> {
  const entries = new Map<string, RegisterEntry<S>>();
  summaries.forEach((a, i) => {
    for (const s of shares(a)) {
      const key = fold(s.name);
      const e = entries.get(key) ?? { key, first: s, wordings: new Set<string>(), mentions: 0, perArticle: new Map<number, number>(), merged: [] as S[] };
      for (const w of s.wordings) e.wordings.add(w);
      e.mentions += s.mentions;
      e.perArticle.set(i, (e.perArticle.get(i) ?? 0) + s.mentions);
      e.merged.push(s);
      entries.set(key, e);
    }
  });
  return entries;
}

/** An entry named only by an acronym joins the one full name defined for it anywhere in the archive. */
function mergeAcronyms<S extends NameShare>(entries: Map<string, RegisterEntry<S>>): RegisterEntry<S>[] {
  const fullNames = new Map<string, Set<string>>();
  for (const e of entries.values())
    for (const s of e.merged) if (s.acronym && fold(s.acronym) !== e.key) fullNames.set(s.acronym, (fullNames.get(s.acronym) ?? new Set()).add(e.key));
  for (const e of [...entries.values()]) {
    const targets = fullNames.get(e.first.name);
    if (!targets || targets.size !== 1) continue;
    const into = entries.get([...targets][0])!;
    if (into === e) continue;
    for (const w of e.wordings) into.wordings.add(w);
    into.mentions += e.mentions;
    for (const [i, n] of e.perArticle) into.perArticle.set(i, (into.perArticle.get(i) ?? 0) + n);
    into.merged.push(...e.merged);
    entries.delete(e.key);
  }
  return [...entries.values()].sort((a, b) => b.perArticle.size - a.perArticle.size || b.mentions - a.mentions || a.key.localeCompare(b.key));
}

function span(e: RegisterEntry<unknown>, summaries: ArticleSummary[]) {
  const dates = [...e.perArticle.keys()].map((i) => summaries[i].issueDateValue).filter((v): v is string => v !== null);
  const starts = dates.map(dateStart).filter((v): v is string => v !== null).sort();
  const ends = dates.map(dateEnd).filter((v): v is string => v !== null).sort();
  const ids = [...e.perArticle.keys()].sort((a, b) => a - b).map((i) => summaries[i].id);
  return { articles: e.perArticle.size, first: starts[0] ?? null, last: ends.at(-1) ?? null, ids: ids.join(" | ") };
}

const acronymOf = (e: RegisterEntry<NameShare>) => e.merged.find((s) => s.acronym)?.acronym ?? null;
const nameOf = (e: RegisterEntry<NameShare>) => e.merged.find((s) => s.acronym !== s.name && fold(s.name) === e.key)?.name ?? e.first.name;

export function organisationRegister(summaries: ArticleSummary[]): { table: Table; entries: RegisterEntry<NameShare>[] } {
  const entries = mergeAcronyms(gather(summaries, (a) => a.organisations));
  const rows = entries.map((e) => {
    const s = span(e, summaries);
    return [nameOf(e), acronymOf(e), [...e.wordings].join(" | "), s.articles, e.mentions, s.first, s.last, s.ids];
  });
  return { table: { columns: ["name", "acronym", "wordings", "articles", "mentions", "first_issue", "last_issue", "article_ids"], rows }, entries };
}

export function treatyRegister(summaries: ArticleSummary[]): { table: Table; entries: RegisterEntry<TreatyShare>[] } {
  const entries = mergeAcronyms(gather(summaries, (a) => a.treaties));
  const rows = entries.map((e) => {
    const s = span(e, summaries);
    const signed = e.merged.find((t) => t.signed);
    const place = e.merged.find((t) => t.place)?.place ?? null;
    const parties = [...new Set(e.merged.flatMap((t) => t.parties))].join(" | ");
    return [nameOf(e), [...e.wordings].join(" | "), signed?.signed ?? null, signed?.signedValue ?? null, place, parties, s.articles, e.mentions, s.first, s.last, s.ids];
  });
  const columns = ["name", "wordings", "signed", "signed_value", "place", "parties", "articles", "mentions", "first_issue", "last_issue", "article_ids"];
  return { table: { columns, rows }, entries };
}

export function outletRegister(summaries: ArticleSummary[]): Table {
  const byOutlet = new Map<string, { outlet: string; citations: number; articles: Set<number>; dates: string[] }>();
  summaries.forEach((a, i) => {
    for (const o of a.outlets) {
      const key = fold(o.outlet);
      const e = byOutlet.get(key) ?? { outlet: o.outlet, citations: 0, articles: new Set<number>(), dates: [] };
      e.citations += o.citations;
      e.articles.add(i);
      e.dates.push(...o.dates);
      byOutlet.set(key, e);
    }
  });
  const rows = [...byOutlet.values()]
    .sort((a, b) => b.citations - a.citations || a.outlet.localeCompare(b.outlet))
    .map((e) => {
      const dates = e.dates.flatMap((d) => [dateStart(d)!, dateEnd(d)!]).sort();
      return [e.outlet, e.citations, e.articles.size, dates[0] ?? null, dates.at(-1) ?? null];
    });
  return { columns: ["outlet", "citations", "articles", "first_cited", "last_cited"], rows };
}
