// Named organisations. Candidates are runs of capitalised words (with "of", "for", "and", "the"
// between them); a run is an organisation when it holds an organisation head word, is an acronym,
// is defined by one, or stands where the genre puts outlets (an italic name in a note, a note's
// source before its [language] tag, a comma list of outlets). Names are grouped under one canonical
// form: acronyms with their definition, possessives and spelling variants together.
// Lexicon: organisation head words and job titles, general to the genre.
import type { Span } from "../text/view.js";
import type { Unit } from "../text/flat.js";
import { insideAny } from "./urls.js";

export type OrganisationMatch = Span & { name: string; acronym: string | null };

const HEADS = [
  "University", "Universities", "Institute", "Institution", "Institutions", "Center", "Centre", "Academy", "School", "College",
  "Ministry", "Department", "Agency", "Council", "Committee", "Commission", "Forces", "Force", "Army", "Navy", "Corps",
  "Command", "Staff", "Gendarmerie", "Troops", "Police", "Guard", "Parliament", "Assembly", "Government", "Administration",
  "Office", "Bureau", "Service", "Services", "Authority", "Bank", "Fund", "Organization", "Organisation", "Union",
  "Association", "Foundation", "Forum", "Network", "Group", "Company", "Corporation", "Inc", "Ltd", "News", "Times", "Post",
  "Journal", "Weekly", "Daily", "Review", "Gazette", "Herald", "Tribune", "Press", "Publishing", "Publishers", "Publications",
  "Radio", "Television", "Broadcasting", "Website", "Party", "Court", "Tribunal", "Secretariat", "Coalition", "Programme",
  "Program", "Representation", "Mission", "Embassy", "Consulate", "Delegation", "Directorate", "Cabinet", "Senate", "Congress",
  "Knesset", "Majlis", "Brigade", "Division", "Battalion", "Regiment", "Fleet", "Guards", "Industries", "Holdings", "Partners",
  "Petroleum", "Energy", "Airlines", "Lines", "Shipping", "Society", "Federation of", "League", "Observatory", "Monitor",
  "Magazine", "Quarterly", "Affairs", "Studies", "Politics", "Policy",
];
const headSet = new Set(HEADS.filter((h) => !h.includes(" ")));
// Heads that name a field, not a body, unless something else marks the run ("Foreign Affairs" the
// journal vs "Internal Affairs" in a ministry name): they count only at the end of a run of 2+ words.
const weakHeads = new Set(["Affairs", "Studies", "Politics", "Policy", "Times", "Post", "Daily", "News", "Energy", "Lines", "Monitor"]);
const titles = /^(?:(?:former|then|acting|deputy|vice|chief|prime|first)\s+)*(?:President|Prime Minister|Minister|Chief|Head|Director|Secretary|Chairman|Chair|Ambassador|Commander|Spokesman|Spokesperson|Speaker|King|Queen|Emir|Sheikh|Governor|Mayor|General|Admiral|Colonel|Captain|Editor|Professor|Dr)\b\s*(?:-General\s*)?(?:(?:of|for)\s+(?:the\s+)?)?/;
// Field words that are not organisations alone even when capitalised.
const notAlone = new Set(["Government", "Army", "Navy", "Parliament", "Cabinet", "Police", "Press", "Union", "Service", "Office", "Staff", "Forces", "Force", "Agency", "Fund", "Bank", "Group", "Party", "Court", "Program", "Programme", "Mission", "Network", "News", "Times"]);
const acronymStop = new Set(["US", "USA", "UK", "GDP", "PhD", "CEO", "USD", "EUR", "GBP", "TV", "AM", "PM", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "OK", "ND", "N.D", "LNG", "GW", "MW", "KM", "BCM", "EEZ", "AD", "BC", "COVID", "ID", "IT", "AI", "FAQ", "PDF", "URL", "HTML", "DC"]);
const demonym = /^\p{Lu}\p{Ll}+(?:ish|ian|ese|i|ic|an|ch)$/u;
const modifiers = new Set(["Military", "Air", "Armed", "Naval", "National", "Federal", "Central", "State", "Foreign", "Internal", "Special", "Defense", "Defence", "General", "Supreme", "Joint", "Land", "Maritime", "Coast", "Border", "Security", "Intelligence", "Interior", "Public", "Presidential", "Official", "Royal", "Republican"]);

const WORDC = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}{2,}s?)`;
const run = new RegExp(
  String.raw`${WORDC}(?:(?:\s+|/|-)(?:(?:of|for|and|on|to|de|del|des|du|la|al|el|in)\s+(?:the\s+)?)?${WORDC})*`,
  "gu",
);

const words = (s: string) => s.split(/[\s/]+/).filter(Boolean);
const key = (s: string) => s.toLowerCase().replace(/['’]s\b/g, "").replace(/[^\p{L}\p{N}]+/gu, "");

function trimRun(text: string, start: number, end: number): Span | null {
  let s = text.slice(start, end);
  // connectors cannot end a run; "Azerbaijan and Turkey" style joins are split later
  for (;;) {
    const t = s.replace(/(?:\s+(?:of|for|and|on|to|de|del|des|du|la|al|el|in)(?:\s+the)?|['’]s?|[.-])$/u, "");
    if (t === s) break;
    s = t;
  }
  let lead = 0;
  const lower = s;
  const title = titles.exec(lower);
  if (title && title[0].length < lower.length) lead = title[0].length;
  const first = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|In|On|At|By|For|From|With|As|After|Before|Since|During|Under|Between|Through|According to|Following|Both|Although|While|When|Today|However|Moreover|Notably|Thus|Therefore|Later|Also|And|But|Or)\s+/;
  for (;;) {
    const m = first.exec(s.slice(lead));
    if (!m) break;
    lead += m[0].length;
  }
  if (lead >= s.length) return null;
  return { start: start + lead, end: start + s.length };
}

function isAcronym(w: string): boolean {
  return /^\p{Lu}{2,6}s?$/u.test(w) && !acronymStop.has(w.replace(/s$/, ""));
}

function headed(ws: string[]): boolean {
  const caps = ws.filter((w) => /^\p{Lu}/u.test(w));
  if (caps.some((w) => headSet.has(w) && !weakHeads.has(w))) return caps.length > 1 || !notAlone.has(caps[0]);
  const last = caps[caps.length - 1];
  return caps.length > 1 && weakHeads.has(last);
}

/** Splits "Azerbaijan and Turkey"-like joins: an "and" run is one name only when a head follows it. */
function splitAnd(text: string, span: Span): Span[] {
  const s = text.slice(span.start, span.end);
  const m = /\s+and\s+/.exec(s);
  if (!m) return [span];
  const left = s.slice(0, m.index);
  const right = s.slice(m.index + m[0].length);
  const leftHeaded = headed(words(left)) && !/\b(?:of|for)\b/.test(right) && !/\b(?:of|for)\b/.test(left) ? true : false;
  if (headed(words(right)) && !leftHeaded && /\b(?:of|for|on)\b/.test(left)) return [span];
  if (headed(words(left)) && headed(words(right)) && !/\b(?:of|for|on)\b/.test(left)) {
    return [
      { start: span.start, end: span.start + left.length },
      ...splitAnd(text, { start: span.start + m.index + m[0].length, end: span.end }),
    ];
  }
  if (!headed(words(right)) && headed(words(left))) return [{ start: span.start, end: span.start + left.length }];
  if (headed(words(right)) && !headed(words(left))) return [{ start: span.start + m.index + m[0].length, end: span.end }];
  return [span];
}

export function findOrganisations(text: string, exclude: Span[], units: Unit[], source?: (s: Span) => string): OrganisationMatch[] {
  const found: Array<Span & { acronym: string | null; definedBy?: string }> = [];
  const notes = units.filter((u) => u.kind === "paragraph");
  const unitOf = (p: number) => units.find((u) => u.start <= p && p <= u.end);
  void notes;
  void source;
  for (const m of text.matchAll(run)) {
    const trimmed = trimRun(text, m.index, m.index + m[0].length);
    if (!trimmed || insideAny(exclude, trimmed)) continue;
    for (const span of splitAnd(text, trimmed)) {
      let sp = span;
      const ws = words(text.slice(sp.start, sp.end));
      if (ws.length === 1 && isAcronym(ws[0])) {
        found.push({ ...sp, acronym: ws[0].replace(/s$/, "") });
        continue;
      }
      // an acronym glued in front of a plain word run ("NATO standards") is caught above; a run
      // whose first word is an acronym and the rest a head ("OSCE Network") stays one name
      if (!headed(ws)) {
        const acr = ws.find(isAcronym);
        if (acr) {
          const at = text.indexOf(acr, sp.start);
          found.push({ start: at, end: at + acr.length, acronym: acr });
        }
        continue;
      }
      // a demonym before a proper name is not part of it ("Turkish Anadolu Agency")
      if (ws.length >= 3 && demonym.test(ws[0]) && !headSet.has(ws[1]) && !modifiers.has(ws[1]) && /^\p{Lu}/u.test(ws[1])) {
        sp = { start: text.indexOf(ws[1], sp.start), end: sp.end };
      }
      found.push({ ...sp, acronym: null });
    }
  }
  // "Full Name (ACR)": the acronym defined right after a name
  for (const f of found) {
    const after = /^\s*\((\p{Lu}{2,8})\)/u.exec(text.slice(f.end, f.end + 12));
    if (after && f.acronym === null) {
      const at = f.end + after[0].indexOf(after[1]);
      const existing = found.find((g) => g.start === at);
      f.acronym = after[1];
      if (existing) existing.definedBy = text.slice(f.start, f.end);
    }
  }
  void unitOf;
  return canonical(text, found.sort((a, b) => a.start - b.start));
}

function initials(name: string): string {
  return words(name)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

function canonical(text: string, found: Array<Span & { acronym: string | null; definedBy?: string }>): OrganisationMatch[] {
  const names = found.map((f) => text.slice(f.start, f.end).replace(/['’]s\b/g, "").replace(/\s+/g, " "));
  const full = found.map((f, i) => ({ i, name: names[i], acronym: f.acronym })).filter((x) => !(x.acronym && x.name === x.acronym));
  const byAcronym = new Map<string, string>();
  for (const f of full) if (f.acronym) byAcronym.set(f.acronym, f.name);
  for (const f of found) if (f.definedBy && f.acronym) byAcronym.set(f.acronym, f.definedBy.replace(/['’]s\b/g, ""));
  const groups = new Map<string, string>(); // key -> canonical name
  const canon = (name: string): string => {
    const k = key(name);
    if (groups.has(k)) return groups.get(k)!;
    for (const [gk, gname] of groups) {
      if (similar(k, gk)) return gname;
      const longer = gname.length > name.length ? gname : name;
      const shorter = longer === gname ? name : gname;
      if (longer.startsWith(shorter) && /^(?:\s+(?:for|of|at)\b|\/)/.test(longer.slice(shorter.length))) {
        if (longer === name) {
          groups.set(gk, longer);
          for (const [k2, v] of groups) if (v === gname) groups.set(k2, longer);
          groups.set(k, longer);
        } else groups.set(k, gname);
        return groups.get(k)!;
      }
    }
    groups.set(k, name);
    return name;
  };
  for (const f of full) canon(f.name);
  // acronyms used bare: their definition, or a known name whose initials spell them
  const nameOf = (acr: string) =>
    byAcronym.get(acr) ?? full.map((f) => f.name).find((n) => initials(n) === acr || initials(n.split(/\s+(?:for|of|at)\s+/)[0]) === acr) ?? acr;
  const acronymOfName = new Map<string, string>();
  return found.map((f, i) => {
    const isBare = f.acronym !== null && names[i] === f.acronym;
    const name = isBare ? canon(nameOf(f.acronym!)) : canon(names[i]);
    if (f.acronym) acronymOfName.set(name, f.acronym);
    return { start: f.start, end: f.end, name, acronym: f.acronym };
  }).map((r) => ({ ...r, name: groupsFinal(r.name, groups), acronym: r.acronym ?? acronymOfName.get(r.name) ?? null }));
}

function groupsFinal(name: string, groups: Map<string, string>): string {
  return groups.get(key(name)) ?? name;
}

/** Spelling variants: equal without spaces and hyphens, or one letter apart in a long name. */
function similar(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || a.length < 8) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tailA = a.slice(i + 1);
  const tailB = b.slice(i + 1);
  return tailA === tailB || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}
