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

export function treatyRegister(text: string, treaties: TreatyMatch[], dates: DateMatch[]): RegisterMatch[] {
  const byName = new Map<string, RegisterMatch>();
  treaties.forEach((t, i) => {
    const r = byName.get(t.name) ?? { name: t.name, wordings: [], signed: null, place: null, parties: [], mentions: [] };
    const wording = text.slice(t.start, t.end).replace(/\s+/g, " ");
    if (!r.wordings.includes(wording)) r.wordings.push(wording);
    r.mentions.push(i);
    // "signed ... on June 15, 2021 in Ankara": a full date in the same clause, after the name and
    // before the next instrument named
    const clauseEnd = text.slice(t.end, t.end + 600).search(/[.!?;](?:\s|$)/);
    const nextMention = treaties[i + 1] && treaties[i + 1].start > t.end ? treaties[i + 1].start : Infinity;
    const limit = Math.min(t.end + (clauseEnd < 0 ? 600 : clauseEnd), nextMention);
    const after = text.slice(t.end, limit);
    // the signing verb stands after the name ("… was signed on …") or just before it ("signed the …")
    const signedBefore = /\b(?:signed|concluded|adopted)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, t.start - 30), t.start));
    const signing = signedBefore || /\b(?:signed|concluded|adopted|agreed)\b/.test(after);
    if (!r.signed && signing) {
      let d: DateMatch | undefined;
      for (let k = lastStartingAtOrBefore(dates, t.end) + 1; k < dates.length && dates[k].end <= limit && !d; k++)
        if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(dates[k].value)) d = dates[k];
      if (d) r.signed = { start: d.start, end: d.end, value: d.value };
    }
    if (!r.place) r.place = signingPlace(text, t.end, after, signedBefore);
    if (r.parties.length === 0) {
      const p = /\b(?:between|by)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/u.exec(after);
      if (p) {
        const a = t.end + p.index + p[0].indexOf(p[1]);
        const b = t.end + p.index + p[0].lastIndexOf(p[2]);
        r.parties.push({ start: a, end: a + p[1].length }, { start: b, end: b + p[2].length });
      }
    }
    byName.set(t.name, r);
  });
  return [...byName.values()];
}

/** "the Aktau Convention" after "the Convention on the Legal Status of the Caspian Sea, signed in
 *  Aktau": an instrument named after the place where another was signed, with the same instrument
 *  word, is that instrument. Returns the mentions renamed. */
export function namesByPlace(text: string, treaties: TreatyMatch[], register: RegisterMatch[]): TreatyMatch[] {
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
