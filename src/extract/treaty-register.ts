// One row per instrument: its canonical name, the wordings the text uses, and where the text
// states them, the signing date, the place and the parties (read from the mention's own sentence).
import type { Span } from "../text/view.js";
import type { DateMatch } from "./dates.js";
import { lastStartingAtOrBefore } from "../text/mask.js";
import type { TreatyMatch } from "./treaties.js";
import { isDemonym } from "./demonyms.js";

export type RegisterMatch = {
  name: string;
  wordings: string[];
  signed: (Span & { value: string }) | null;
  place: Span | null;
  parties: Span[];
  mentions: number[];
};

const months = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** "signed … in Ankara": the first "in" and a capitalised word after the signing verb, when that
 *  word is a place: "in August" is a time, "in Azerbaijani" a language and "in Turkish waters" a
 *  people's adjective. */
function signingPlace(text: string, from: number, after: string, signedBefore: boolean): Span | null {
  const p = (signedBefore ? /^\s+in\s+(?<place>\p{Lu}[\p{L}-]+)/u : /\b(?:signed|concluded)\b[^.]*?\bin\s+(?<place>\p{Lu}[\p{L}-]+)/u).exec(after);
  const place = p?.groups!.place;
  if (!p || !place || months.test(place) || isDemonym(place, text)) return null;
  const at = from + p.index + p[0].length - place.length;
  return { start: at, end: at + place.length };
}

/** The mentions, renamed where an instrument is named after another's signing place
 *  (`namesByPlace`), and the register over them. The text around each mention is read once;
 *  only the grouping by name is done again after renaming. */
export function treatyRegister(text: string, found: TreatyMatch[], dates: DateMatch[]): { treaties: TreatyMatch[]; register: RegisterMatch[] } {
  const facts = found.map((t, i) => mentionFacts(text, found, dates, i));
  const treaties = namesByPlace(text, found, byName(text, found, facts));
  return { treaties, register: byName(text, treaties, facts) };
}

type Facts = Pick<RegisterMatch, "signed" | "place" | "parties">;

/** One row per name: every wording, and each fact from the first mention that states it. */
function byName(text: string, treaties: TreatyMatch[], facts: Facts[]): RegisterMatch[] {
  const rows = new Map<string, RegisterMatch>();
  treaties.forEach((t, i) => {
    const r = rows.get(t.name) ?? { name: t.name, wordings: [], signed: null, place: null, parties: [], mentions: [] };
    const wording = text.slice(t.start, t.end).replace(/\s+/g, " ");
    if (!r.wordings.includes(wording)) r.wordings.push(wording);
    r.mentions.push(i);
    r.signed ??= facts[i].signed;
    r.place ??= facts[i].place;
    if (r.parties.length === 0) r.parties = facts[i].parties;
    rows.set(t.name, r);
  });
  return [...rows.values()];
}

/** What the clause after the i-th mention states: the signing date, the place, the parties. */
function mentionFacts(text: string, treaties: TreatyMatch[], dates: DateMatch[], i: number): Facts {
  const t = treaties[i];
  // "signed ... on June 15, 2021 in Ankara": a full date in the same clause, after the name and
  // before the next instrument named
  const clauseEnd = text.slice(t.end, t.end + 600).search(/[.!?;](?:\s|$)/);
  const nextMention = treaties[i + 1] && treaties[i + 1].start > t.end ? treaties[i + 1].start : Infinity;
  const limit = Math.min(t.end + (clauseEnd < 0 ? 600 : clauseEnd), nextMention);
  const after = text.slice(t.end, limit);
  // the signing verb stands after the name ("… was signed on …") or just before it ("signed the …")
  const signedBefore = /\b(?:signed|concluded|adopted)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, t.start - 30), t.start));
  const signing = signedBefore || /\b(?:signed|concluded|adopted|agreed)\b/.test(after);
  const facts: Facts = { signed: null, place: null, parties: [] };
  if (signing) {
    let d: DateMatch | undefined;
    for (let k = lastStartingAtOrBefore(dates, t.end) + 1; k < dates.length && dates[k].end <= limit && !d; k++)
      if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(dates[k].value)) d = dates[k];
    if (d) facts.signed = { start: d.start, end: d.end, value: d.value };
  }
  facts.place = signingPlace(text, t.end, after, signedBefore);
  const parties = /\b(?:between|by)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/u.exec(after);
  if (parties) {
    const a = t.end + parties.index + parties[0].indexOf(parties[1]);
    const b = t.end + parties.index + parties[0].lastIndexOf(parties[2]);
    facts.parties = [{ start: a, end: a + parties[1].length }, { start: b, end: b + parties[2].length }];
  }
  return facts;
}

/** "the Aktau Convention" after "the Convention on the Legal Status of the Caspian Sea, signed in
 *  Aktau": an instrument named after the place where another was signed, with the same instrument
 *  word, is that instrument. Returns the mentions renamed. */
function namesByPlace(text: string, treaties: TreatyMatch[], register: RegisterMatch[]): TreatyMatch[] {
  const byPlace = new Map<string, RegisterMatch>();
  for (const r of register) if (r.place) byPlace.set(text.slice(r.place.start, r.place.end).toLowerCase(), r);
  if (byPlace.size === 0) return treaties;
  return treaties.map((t) => {
    const m = /^(\p{Lu}[\p{L}-]+)\s+(\p{L}+)$/u.exec(text.slice(t.start, t.end));
    const r = m ? byPlace.get(m[1].toLowerCase()) : undefined;
    const sameKind = r && new RegExp(`\\b${m![2]}\\b`, "i").test(r.name);
    return r && sameKind && r.name !== t.name ? { ...t, name: r.name } : t;
  });
}
