// Named instruments. Three shapes: a capitalised name ending in an instrument word ("Shusha
// Declaration", "Djibouti Code of Conduct"), optionally with what it is on ("… on allied
// relations"); an instrument word followed by its subject or parties ("Agreement on Strategic
// Partnership …", "Protocol between the Government of …", "the agreement on military education …",
// "the maritime accord between Israel and Lebanon"); and an acronym the text defines for one
// ("(CFA)"). Generic ones ("a peace agreement", "the deal") have neither name nor subject.
// Lexicon: instrument words and the words that end an instrument's description — general English.
import type { Span } from "../text/view.js";
import { Mask } from "../text/mask.js";
import { UPPER_AHEAD } from "../text/patterns.js";
import { treatyNames } from "./treaty-names.js";

export type TreatyMatch = Span & { name: string };
/** A mention; `name` is its named part ("Shusha Declaration") where it has one. */
export type Named = Span & { name?: string };

const INSTRUMENT = String.raw`(?:Agreements?|Declaration|Protocol|Charter|Convention|Treaty|Memorandum(?:\s+of\s+Understanding)?|Accords?|Pact|Statement\s+of\s+Principles|Code\s+of\s+Conduct|Communiqu[eé]|Amendment|Covenant|Concordat)`;
const CAP = String.raw`(?:\p{Lu}[\p{L}\p{M}'’]*(?:[-–]\p{Lu}[\p{L}\p{M}'’]*)*)`;
const named = new RegExp(
  String.raw`${UPPER_AHEAD}${CAP}(?:[ \t]+(?:(?:of|on|for|and|the|to)[ \t]+)*${CAP})*?[ \t]+${INSTRUMENT}(?:[ \t]+${INSTRUMENT})*\b(?![ \t]+(?:Secretariat|Commission|Council|Conference|Organi[sz]ation|Court|Committee|Agency|Office|Forum)\b)`,
  "gu",
);
const LOWER_HEAD = String.raw`(?:agreement|declaration|protocol|memorandum of understanding|memorandum|convention|treaty|accord|charter|pact)`;
const headFirst = new RegExp(String.raw`\b(${INSTRUMENT}|Framework|${LOWER_HEAD})[ \t]+(on|of|between|regarding|concerning|for|with(?=[ \t]+\p{Lu}))[ \t]+`, "gu");
// "the maritime accord", "the 2015 declaration", "the EU–Egypt–Israel gas memorandum"
const specificBefore = new RegExp(String.raw`\b[Tt]he[ \t]+(?:\d{4}[ \t]+)?(?:${CAP}(?:[-–]${CAP})*[ \t]+)?(?:\p{Ll}+[ \t]+){0,3}$`, "u");
const partyChain = new RegExp(String.raw`${UPPER_AHEAD}${CAP}(?:[-–]${CAP})+(?:[ \t]+\p{Ll}+)?[ \t]+${LOWER_HEAD}\b`, "gu");

const stopWord = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|signed|concluded|adopted|approved|ratified|was|were|is|are|has|had|have|will|would|could|should|which|that|who|by|at|with|from|as|under|after|before|since|during|into|within|upon|it|its|this|these|remains|remained|in)$/i;
const connector = /^(?:of|on|for|and|the|to|between|regarding|concerning|a|an|in)$/i;
const sentenceStart = /^(?:The|A|An|This|That|These|Those|What|Why|How|When|In|On|By|Under|After|Following|According|Its|Their|Both)$/;

/** End of an instrument's subject: title-case words and connectors, or a lowercase description. */
function describe(text: string, from: number, allowBetween: boolean): number {
  const titleMode = /^(?:(?:the|a|an)[ \t]+)?\p{Lu}/u.test(text.slice(from, from + 40));
  const word = /([ \t]*(?:,[ \t]*(?:and[ \t]+)?)?)([\p{L}\p{M}'’]+(?:[-–][\p{L}\p{M}]+)*|\d{4})/uy;
  word.lastIndex = from;
  let end = from;
  let beforeComma = -1;
  let n = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const w = m[2];
    const stops = stopWord.test(w) || (!allowBetween && /^between$/i.test(w)) || /^\d{4}$/.test(w) || (titleMode && /^\p{Ll}/u.test(w) && !connector.test(w));
    if (stops) {
      if (beforeComma >= 0 && titleMode) end = beforeComma;
      break;
    }
    if (m[1].includes(",")) beforeComma = end;
    // after a comma only lowercase words go on ("education, technical, and scientific", ", the
    // Hellenic Republic"); a capitalised word starts something else
    if (m[1].includes(",") && (!/^\p{Ll}/u.test(w) || (!titleMode && /^(?:the|a|an)$/i.test(w)))) break;
    end = m.index + m[0].length;
    if (++n > 45) break;
  }
  let s = text.slice(from, end);
  for (;;) {
    const t = s.replace(/(?:[ \t]*,)?[ \t]+(\S+)$/, (all, w: string) => (connector.test(w) ? "" : all));
    if (t === s) break;
    s = t;
  }
  if (connector.test(s.trim())) return from;
  return from + s.length;
}

const instrumentAtEnd = new RegExp(String.raw`[ \t]${INSTRUMENT}$`, "u");

function namedInstruments(text: string): Named[] {
  const out: Named[] = [];
  for (const m of text.matchAll(named)) {
    let start = m.index;
    let name = m[0];
    // whatever stands before a "the" inside the run is not part of the name ("Greece and Cyprus
    // Sign the EastMed Agreement", "Law on Approval of the … Agreement")
    const the = name.lastIndexOf(" the ", name.search(instrumentAtEnd));
    if (the >= 0) {
      start += the + 5;
      name = name.slice(the + 5);
    }
    // sentence-initial words and a year are not part of it either
    for (;;) {
      const lead = /^(?:\d{4}|\p{Lu}\p{Ll}*)[ \t]+/u.exec(name);
      if (!lead || !(sentenceStart.test(lead[0].trim()) || /^\d{4}$/.test(lead[0].trim()))) break;
      start += lead[0].length;
      name = name.slice(lead[0].length);
    }
    if (/^(?:Agreements?|Declaration|Protocol|Charter|Convention|Treaty|Memorandum|Accords?|Pact|Amendment)$/.test(name)) continue;
    let end = start + name.length;
    // what it is on ("… on allied relations"), or a title's tail ("… to the Djibouti Code of
    // Conduct", "… of Principles"); an article after "on" starts a description, not a name
    const more = /^[ \t]+(?:on(?![ \t]+(?:an?|the)[ \t]+\p{Ll})|(?:of|to)(?=[ \t]+(?:the[ \t]+)?\p{Lu}))[ \t]+/u.exec(text.slice(end));
    if (more) {
      const d = describe(text, end + more[0].length, false);
      if (d > end + more[0].length) end = d;
    }
    out.push({ start, end, name: text.slice(start, start + name.length) });
  }
  return out;
}

function headFirstInstruments(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(headFirst)) {
    const lower = /^\p{Ll}/u.test(m[1]);
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (!lower && /\p{Lu}[\p{L}\p{M}'’-]*[ \t]+$/u.test(before) && !/(?:^|[.!?]\s+)\p{Lu}\p{Ll}*[ \t]+$/u.test(before)) continue; // the tail of a named one
    const definite = specificBefore.test(before);
    const indefinite = /\b[Aa]n?[ \t]+(?:\p{Ll}+[ \t]+)?$/u.test(before);
    // "sign memorandum of understanding on …", "Turkiye, Russia agreement on …": a verb or a party
    // right before the instrument word makes it a specific one
    const signed = /\b(?:sign|signs|signed|signing|ratif\w*|adopt\w*|conclud\w*)[ \t]+$/.test(before);
    const party = /(?:^|[^.!?][ \t]+)\p{Lu}\p{L}+[ \t]+$/u.test(before) && !sentenceStart.test(/(\p{Lu}\p{L}+)[ \t]+$/u.exec(before)![1]);
    if (lower && !definite && !indefinite && !signed && !party) continue;
    if (lower && /\b(?:future|possible|potential|new|further|eventual|final|lasting|binding|comprehensive|peace|similar|separate|such)[ \t]+$/.test(before)) continue;
    const from = m.index + m[0].length;
    const end = describe(text, from, true);
    const subject = text.slice(from, end).split(/\s+/).filter((w) => w && !connector.test(w));
    // a lowercase instrument is specific when its subject says which one: "the agreement on
    // military education, technical, and scientific cooperation", "the 2015 declaration of principles"
    const needed = !lower || m[2] === "between" || /^\p{Lu}/u.test(subject[0] ?? "") ? 1 : indefinite ? 3 : /\d{4}[ \t]+$/.test(before) ? 1 : 2;
    if (subject.length < needed) continue;
    let start = m.index;
    if (lower && definite) {
      const before = specificBefore.exec(text.slice(Math.max(0, m.index - 60), m.index))!;
      const mods = before[0].replace(/^[Tt]he[ \t]+(?:\d{4}[ \t]+)?/, "");
      start -= mods.length;
    }
    out.push({ start, end });
  }
  for (const m of text.matchAll(partyChain)) {
    if (/\b(?:a|an|any|no|new|future|possible|eventual)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** "Cooperative Framework Agreement (CFA)": later bare "CFA" is the same instrument. */
function acronymMentions(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const m = /^[ \t]*\((\p{Lu}{2,8})\)/u.exec(text.slice(s.end, s.end + 14));
    if (!m) continue;
    for (const x of text.matchAll(new RegExp(String.raw`\b${m[1]}\b`, "gu"))) out.push({ start: x.index, end: x.index + m[1].length });
  }
  return out;
}

export function findTreaties(text: string, exclude: Span[]): TreatyMatch[] {
  const candidates = [...namedInstruments(text), ...headFirstInstruments(text)];
  const all: Named[] = [...candidates, ...acronymMentions(text, candidates)].sort((a, b) => a.start - b.start || b.end - a.end);
  // overlapping candidates are one mention: the widest reading wins
  const merged: Named[] = [];
  for (const s of all) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.name ??= (s as Named).name;
    } else merged.push({ ...s });
  }
  const excluded = new Mask(text.length, exclude);
  return treatyNames(text, merged.filter((s) => !excluded.hits(s)));
}
