// Named instruments: a capitalised name ending in an instrument word ("Shusha Declaration"), an
// instrument word followed by what it is on ("Agreement on Strategic Partnership ...", "the
// agreement on military education, technical, and scientific cooperation"). Generic ones ("a peace
// agreement") are not named. Wordings of one instrument share a canonical name.
// Lexicon: instrument words, and the verbs and prepositions that end an instrument's description.
import type { Span } from "../text/view.js";
import type { Unit } from "../text/flat.js";
import { insideAny } from "./urls.js";
import type { DateMatch } from "./dates.js";

export type TreatyMatch = Span & { name: string };
export type RegisterMatch = {
  name: string;
  wordings: string[];
  signed: (Span & { value: string }) | null;
  place: Span | null;
  parties: Span[];
  mentions: number[];
};

const INSTRUMENT = String.raw`(?:Agreements?|Declaration|Protocol|Charter|Convention|Treaty|Memorandum(?:\s+of\s+Understanding)?|Accords?|Pact|Statement\s+of\s+Principles|Communiqu[eé]|Framework\s+Agreement|Arrangement|Concordat|Covenant)`;
const CAP = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*|\d{4})`;
// "Military Training Cooperation Agreement", "UN Charter", "2015 Declaration of Principles"
const named = new RegExp(String.raw`(?:${CAP}(?:\s+|-)(?:(?:of|on|for|and|the)\s+)*)*?${CAP}\s+${INSTRUMENT}\b`, "gu");
// "Agreement on ...", "Declaration of Principles", "agreement on military education ..."
const headed = new RegExp(String.raw`\b(${INSTRUMENT.replace(/\\p\{Lu\}/g, "\\p{L}")}|agreement|declaration|protocol|memorandum of understanding|convention|treaty|accord|charter)\s+(on|of|regarding|concerning|between|for)\s+`, "giu");
const stop = /^(?:signed|concluded|adopted|approved|ratified|was|were|is|are|has|had|have|will|would|which|that|who|by|in|at|with|from|as|under|after|before|since|during|into|within|upon|it|its|this|these|on)$/i;

function describe(text: string, from: number, preposition: string): number {
  // words after the preposition, through commas and "and", up to a verb, a clause word or punctuation
  const re = /\s*(,\s*(?:and\s+)?|\s+and\s+|\s+|-)?([\p{L}\p{M}'’]+(?:-[\p{L}\p{M}]+)*)/uy;
  re.lastIndex = from;
  let end = from;
  let count = 0;
  let lastBetweenAnd = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[2];
    if (stop.test(w) || /^\p{Lu}{2,}$/u.test(w) && count > 6) break;
    if (w === "between" || w === "regarding") lastBetweenAnd = true;
    if (/[.;:()"“”]/.test(text.slice(end, m.index))) break;
    end = m.index + m[0].length;
    count++;
    if (count > 40) break;
  }
  void preposition;
  void lastBetweenAnd;
  // do not end on a connector
  const tail = /(?:\s*,)?\s+(?:and|of|the|on|for|between|regarding|a|an)$/i;
  let s = text.slice(from, end);
  while (tail.test(s)) s = s.replace(tail, "");
  return from + s.length;
}

const titleCase = (s: string) =>
  s
    .replace(/\s+/g, " ")
    .split(" ")
    .map((w, i) => (i > 0 && /^(?:of|on|and|the|for|between|to|in|a|an|regarding)$/i.test(w) ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1)))
    .join(" ");

export function findTreaties(text: string, exclude: Span[], units: Unit[]): TreatyMatch[] {
  void units;
  const spans: Span[] = [];
  for (const m of text.matchAll(named)) {
    let start = m.index;
    const lead = /^(?:(?:The|A|An|This|That|In|On|By|Under|After|Following|According to)\s+)+/.exec(m[0]);
    if (lead) start += lead[0].length;
    spans.push({ start, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(headed)) {
    const head = m[1];
    const lower = /^\p{Ll}/u.test(head);
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (lower && !/\bthe\s+$/i.test(before)) continue; // "a peace agreement", "an agreement on": not named
    const end = describe(text, m.index + m[0].length, m[2]);
    const words = text.slice(m.index + m[0].length, end).split(/\s+/).filter(Boolean);
    if (words.length < (lower ? 2 : 1)) continue;
    spans.push({ start: m.index, end });
  }
  // merge: a named head followed by its description ("Shusha Declaration" + " on allied relations")
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const out = merged.filter((s) => !insideAny(exclude, s));
  return canonical(text, out);
}

const contentWords = (s: string) =>
  new Set(s.toLowerCase().replace(/[^\p{L}\s]/gu, " ").split(/\s+/).filter((w) => w.length > 2 && !/^(?:the|and|between|regarding|republic|government)$/.test(w)));

function canonical(text: string, spans: Span[]): TreatyMatch[] {
  const names: string[] = [];
  return spans.map((s) => {
    const wording = titleCase(text.slice(s.start, s.end).replace(/^(?:the)\s+/i, ""));
    const core = (w: string) => w.split(/\s+between\s+/i)[0];
    const match = names.find((n) => {
      const a = core(n).toLowerCase();
      const b = core(wording).toLowerCase();
      if (a === b || a.startsWith(b + " ") || b.startsWith(a + " ")) return true;
      const ca = contentWords(a);
      const cb = contentWords(b);
      const inter = [...ca].filter((w) => cb.has(w)).length;
      return inter / Math.max(1, Math.min(ca.size, cb.size)) >= 0.75 && inter >= 3 && a.split(" ").pop() === b.split(" ").pop();
    });
    let name = match ?? core(wording);
    if (match && core(wording).length > core(match).length && !/\s+between\s+/i.test(wording)) {
      // keep the fuller wording as the canonical name
      for (let i = 0; i < names.length; i++) if (names[i] === match) names[i] = core(wording);
      name = core(wording);
    }
    names.push(name);
    return { ...s, name };
  }).map((t, i, all) => ({ ...t, name: finalName(t.name, all.map((x) => x.name), names[i]) }));
}

function finalName(name: string, _all: string[], latest: string): string {
  void _all;
  return latest.length >= name.length ? latest : name;
}

export function treatyRegister(text: string, treaties: TreatyMatch[], dates: DateMatch[]): RegisterMatch[] {
  const byName = new Map<string, RegisterMatch>();
  treaties.forEach((t, i) => {
    const r = byName.get(t.name) ?? { name: t.name, wordings: [], signed: null, place: null, parties: [], mentions: [] };
    const wording = text.slice(t.start, t.end).replace(/\s+/g, " ");
    if (!r.wordings.includes(wording)) r.wordings.push(wording);
    r.mentions.push(i);
    // "signed ... on June 15, 2021 in Ankara": a full date in the same sentence, after the name
    const sentenceEnd = text.slice(t.end).search(/[.!?](?:\s|$)/);
    const limit = t.end + (sentenceEnd < 0 ? text.length : sentenceEnd);
    const after = text.slice(t.end, limit);
    if (!r.signed && /\b(?:signed|concluded|adopted|agreed)\b/.test(after)) {
      const d = dates.find((x) => x.start >= t.end && x.end <= limit && /^\d{4}-\d{2}-\d{2}$/.test(x.value));
      if (d) r.signed = { start: d.start, end: d.end, value: d.value };
    }
    if (!r.place) {
      const p = /\b(?:signed|concluded)\b[^.]*?\bin\s+(\p{Lu}[\p{L}-]+)/u.exec(after);
      if (p && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(p[1])) {
        const at = t.end + p.index + p[0].length - p[1].length;
        r.place = { start: at, end: at + p[1].length };
      }
    }
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
