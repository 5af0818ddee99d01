// What the archive keeps of one article: its row in articles.csv and its share of the registers.
// An archive of thousands of issues is built from these, one article.json read at a time.
import type { Article } from "../schema/article.js";

export type NameShare = { name: string; acronym: string | null; wordings: string[]; mentions: number };
export type TreatyShare = NameShare & { signed: string | null; signedValue: string | null; place: string | null; parties: string[] };
export type OutletShare = { outlet: string; citations: number; dates: string[] };

export type ArticleSummary = {
  id: string;
  file: string;
  title: string | null;
  authors: string[];
  editors: string[];
  volume: number | null;
  issue: number | null;
  issueDate: string | null;
  issueDateValue: string | null;
  publisher: string | null;
  counts: Record<string, number>;
  warnings: number;
  organisations: NameShare[];
  treaties: TreatyShare[];
  outlets: OutletShare[];
};

export const countedKinds = ["sections", "dates", "numbers", "organisations", "treaties", "calls", "notes", "sources"] as const;

/** Distinct values in order of first appearance. */
const distinct = (xs: string[]) => [...new Set(xs)];

function organisationShares(a: Article): NameShare[] {
  const byName = new Map<string, NameShare>();
  for (const o of a.organisations) {
    const share = byName.get(o.name) ?? { name: o.name, acronym: null, wordings: [], mentions: 0 };
    share.acronym ??= o.acronym;
    share.wordings = distinct([...share.wordings, o.text.replace(/\s+/g, " ")]);
    share.mentions++;
    byName.set(o.name, share);
  }
  return [...byName.values()];
}

function treatyShares(a: Article): TreatyShare[] {
  return a.treatyRegister.map((r) => ({
    name: r.name,
    acronym: null,
    wordings: distinct(r.wordings.map((w) => w.replace(/\s+/g, " "))),
    mentions: r.mentions.length,
    signed: r.signed?.text ?? null,
    signedValue: r.signed?.value ?? null,
    place: r.place?.text ?? null,
    parties: distinct(r.parties.map((p) => p.text.replace(/\s+/g, " "))),
  }));
}

function outletShares(a: Article): OutletShare[] {
  const byOutlet = new Map<string, OutletShare>();
  for (const s of a.sources ?? []) {
    if (!s.outlet) continue;
    const share = byOutlet.get(s.outlet.text) ?? { outlet: s.outlet.text, citations: 0, dates: [] };
    share.citations++;
    if (s.date?.value) share.dates.push(s.date.value);
    byOutlet.set(s.outlet.text, share);
  }
  return [...byOutlet.values()];
}

export function summarise(a: Article): ArticleSummary {
  const m = a.metadata;
  return {
    id: a.id,
    file: a.source.file,
    title: m.title,
    authors: m.authors,
    editors: m.editors,
    volume: m.volume,
    issue: m.issue,
    issueDate: m.issueDate?.text.replace(/\s+/g, " ") ?? null,
    issueDateValue: m.issueDate?.value ?? null,
    publisher: m.publisher,
    counts: {
      sections: a.sections.length,
      dates: a.dates.length,
      numbers: a.numbers.length,
      organisations: a.organisations.length,
      treaties: a.treaties.length,
      calls: a.footnotes.markers.length,
      notes: a.footnotes.notes.length,
      sources: a.sources?.length ?? 0,
    },
    warnings: a.warnings.length,
    organisations: organisationShares(a),
    treaties: treatyShares(a),
    outlets: outletShares(a),
  };
}
