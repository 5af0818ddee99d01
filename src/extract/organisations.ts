// Named organisations. Candidates are runs of capitalised words (joined by "of", "for", "and",
// "the"…). A run is an organisation when it holds an organisation head word, or is an acronym not
// defined as something else; in notes, also where citations name their sources
// (citation-sources.ts). Names are then grouped under one canonical form.
// Lexicon: organisation head words and job titles, general to the genre.
import type { Span } from "../text/view.js";
import { Mask } from "../text/mask.js";
import { UPPER_AHEAD } from "../text/patterns.js";
import { canonicalOrganisations, type Found } from "./organisation-names.js";
import { tokenAt, tokens } from "./nlp.js";
import { isDemonym, namesAPeople } from "./demonyms.js";
import { bracketSpans, listMembers, noteSources, outlets, publishers, type OrganisationContext } from "./citation-sources.js";

export type OrganisationMatch = Span & { name: string; acronym: string | null };
export type { OrganisationContext };

const HEADS = [
  "University", "Universities", "Institute", "Institution", "Institutions", "Center", "Centre", "Academy", "School", "College",
  "Faculty", "Ministry", "Department", "Agency", "Council", "Committee", "Commission", "Forces", "Force", "Army", "Navy",
  "Corps", "Command", "Staff", "Gendarmerie", "Troops", "Police", "Guard", "Guards", "Parliament", "Assembly", "Government",
  "Administration", "Office", "Bureau", "Service", "Services", "Authority", "Bank", "Fund", "Organization", "Organisation",
  "Union", "Association", "Foundation", "Forum", "Network", "Group", "Company", "Corporation", "Inc", "Ltd", "Agency",
  "Journal", "Weekly", "Gazette", "Herald", "Tribune", "Press", "Publishing", "Publishers", "Publications", "Radio",
  "Television", "Broadcasting", "Website", "Party", "Court", "Tribunal", "Secretariat", "Coalition", "Programme", "Program",
  "Representation", "Mission", "Embassy", "Consulate", "Delegation", "Directorate", "Cabinet", "Senate", "Congress",
  "Brigade", "Division", "Battalion", "Regiment", "Fleet", "Industries", "Holdings", "Airlines", "Initiative",
  "Panel", "Board", "Chamber", "Observatory", "Magazine", "Quarterly", "Review", "Monitor", "News", "Times", "Post",
  "Daily", "Research", "Alliance", "Drilling", "Petroleum", "Lines", "Society", "League", "Nations", "Community",
  "Consortium", "Watch", "Université", "Universidad", "Universität", "Università", "Institut", "Instituto",
];
const heads = new Set(HEADS);
// Heads that need company: "the Army" or "Government" alone is a generic reference.
const notAlone = new Set(["Government", "Army", "Navy", "Parliament", "Cabinet", "Police", "Press", "Union", "Service", "Office",
  "Staff", "Forces", "Force", "Agency", "Fund", "Bank", "Group", "Party", "Court", "Program", "Programme", "Mission", "Network",
  "News", "Times", "Post", "Daily", "Research", "Review", "Monitor", "Board", "Panel", "Initiative", "Alliance", "Lines", "Society"]);
const acronymStop = new Set(["US", "USA", "UK", "GDP", "PhD", "CEO", "USD", "EUR", "GBP", "TV", "AM", "PM", "II", "III", "IV", "VI",
  "VII", "VIII", "IX", "XI", "XII", "OK", "ND", "LNG", "GW", "MW", "KM", "BCM", "EEZ", "AD", "BC", "COVID", "ID", "IT", "AI",
  "FAQ", "PDF", "URL", "HTML", "DC", "MP", "MPs", "NGO", "NGOs", "FEED", "CEOs",
  // states and currencies written as letters
  "UAE", "USSR", "PRC", "DPRK", "ROK", "KSA", "GDR", "FRG", "AED", "SAR", "QAR", "KWD", "OMR", "BHD", "RMB", "CNY", "JPY", "CHF", "INR"]);
const titles = /^(?:(?:former|then|acting|deputy|vice|chief|prime|first)\s+)*(?:President|Prime Minister|Minister|Chief|Head|Director|Secretary|Chairman|Chair|Ambassador|Commander|Spokesman|Spokesperson|Speaker|King|Queen|Emir|Sheikh|Governor|Mayor|General|Admiral|Colonel|Captain|Editor|Professor|Dr)\b\s*(?:-General\s*)?(?:(?:of|for)\s+(?:the\s+)?)?/;
const leading = /^(?:(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|In|On|At|By|For|From|With|As|After|Before|Since|During|Under|Between|Through|According to|Following|Both|Although|While|When|Today|However|Moreover|Notably|Thus|Therefore|Later|Also|And|But|Or|If|Unlike|Like|Despite|Without|Within|Across|Against)\s+)+/;
const demonym = /^\p{Lu}\p{Ll}+(?:ish|ian|ese|i|ic|an|ch)$/u;
const modifiers = new Set(["Military", "Air", "Armed", "Naval", "National", "Federal", "Central", "State", "Foreign", "Internal",
  "Special", "Defense", "Defence", "General", "Supreme", "Joint", "Land", "Maritime", "Coast", "Border", "Security", "Intelligence",
  "Interior", "Public", "Presidential", "Official", "Royal", "Republican", "Electric", "Energy"]);

const CONNECT = String.raw`(?:of|for|and|on|to|de|del|des|du|la|al|el|in|d'|'s)`;
const WORDC = String.raw`(?:\p{Lu}[\p{L}\p{M}'’&-]*\p{L}|\p{Lu}|\p{Lu}{2,}s?)`;
// runs never cross a line: in the flat view a unit is one line
const run = new RegExp(String.raw`${UPPER_AHEAD}${WORDC}(?:(?:[ \t]+|/|-)(?:${CONNECT}[ \t]+(?:the[ \t]+)?)?${WORDC})*(?:['’]s)?`, "gu");

const words = (s: string) => s.split(/[\s/]+/).filter(Boolean);
const bare = (w: string) => w.replace(/['’]s$/, "");
const isAcronym = (w: string) =>
  /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}s?$/u.test(w) && w.length <= 8 && [...w].filter((c) => /\p{Lu}/u.test(c)).length >= 2 && !acronymStop.has(w.replace(/s$/, ""));

/** The name holds an organisation head word ("Korkyt Institute", not "Caspian Energy Studies"). */
export const namesABody = (name: string) => headed(words(name));

function headed(ws: string[]): boolean {
  const caps = ws.map(bare).filter((w) => /^\p{Lu}/u.test(w));
  if (!caps.some((w) => heads.has(w))) return false;
  return caps.length > 1 || !notAlone.has(caps[0]);
}

const trailing = new RegExp(String.raw`(?:[ \t]+${CONNECT}(?:[ \t]+the)?|['’]s?|[.&-])$`, "u");

/** Trims connectors at the end and articles, sentence words and (once, on the whole run) job titles at the start. */
function trimRun(text: string, span: Span, titlesToo = true): Span | null {
  let s = text.slice(span.start, span.end);
  for (;;) {
    const t = s.replace(trailing, "");
    if (t === s) break;
    s = t;
  }
  let lead = 0;
  const title = titlesToo ? titles.exec(s) : null;
  if (title && title[0].length < s.length) lead = title[0].length;
  const l = leading.exec(s.slice(lead));
  if (l) lead += l[0].length;
  if (lead >= s.length) return null;
  return { start: span.start + lead, end: span.start + s.length };
}

type Part = Span & { conjunct?: boolean };

// "Ministry of Foreign Affairs and Trade", "Bank for Reconstruction and Development": an "and"
// inside the "of"/"for" phrase of a name joins two words of one name
const ofPhrase = (ws: string[]) => ws.some((w, k) => k > 0 && (w === "of" || w === "for" || w === "on"));

/** "A and B": two names, unless the "and" stands inside the "of"/"for"/"on" phrase of one (see
 *  ofPhrase) and B is neither a body ("… and Tel Aviv University") nor a country the text names.
 *  B is marked as the conjunct of a body ("Delek Drilling and Chevron"). */
function splitAnd(text: string, span: Span): Part[] {
  const s = text.slice(span.start, span.end);
  const m = /[ \t]+and[ \t]+(the[ \t]+)?/.exec(s);
  if (!m) return [span];
  const left = { start: span.start, end: span.start + m.index };
  const right = { start: span.start + m.index + m[0].length, end: span.end };
  const leftWords = words(text.slice(left.start, left.end));
  const rightWords = words(text.slice(right.start, right.end));
  // a body of its own after the "and" ends in a singular head word ("Tel Aviv University"); a
  // plural one is part of the phrase ("Network of Think Tanks and Academic Institutions")
  const body = headed(rightWords) && heads.has(rightWords[rightWords.length - 1]) && !/s$/.test(rightWords[rightWords.length - 1]);
  const oneName = !m[1] && headed(leftWords) && ofPhrase(leftWords) && !heads.has(rightWords[0]) && !body && !namesAPeople(rightWords[0], text);
  if (oneName) return [span];
  const [next, ...rest] = splitAnd(text, right);
  return [left, { ...next, conjunct: headed(leftWords) }, ...rest];
}

/** The conjunct of a body is a body too, where it is a name and not a people or a country. */
function conjunctName(text: string, ws: string[]): boolean {
  return ws.length <= 4 && ws.every((w) => /^\p{Lu}/u.test(w)) && !ws.some((w) => isDemonym(bare(w), text) || namesAPeople(bare(w), text));
}

const instrumentWords = /^(?:Agreements?|Declaration|Protocol|Charter|Convention|Treaty|Memorandum|Accords?|Pact)$/;

/** A name holds no finite verb: a title-case run ("Parliament Refuses to Back …") ends before one. */
function cutAtVerb(text: string, span: Span): Span {
  const toks = tokens(text);
  for (let i = tokenAt(text, span.start); i < toks.length && toks[i].start < span.end; i++)
    // a finite verb ("Refuses", "Says", "Is"); participles stand in names ("Integrated", "United")
    if ((toks[i].pos === "VERB" || toks[i].pos === "AUX") && toks[i].start > span.start && /^(?:\p{Lu}\p{Ll}+[^s]s|Is|Are|Was|Were|Has|Have|Had|Will|Can|May)$/u.test(toks[i].value)) {
      const head = text.slice(span.start, toks[i].start).trimEnd();
      if (headed(words(head))) return { start: span.start, end: span.start + head.length };
    }
  return span;
}

// Words that end the name of a thing, not a body: "Grand Ethiopian Renaissance Dam (GERD)".
const thingWords = /\b(?:Dams?|Pipelines?|Projects?|Corridors?|Canals?|Fields?|Zones?|Areas?|Systems?|Vehicles?|Products?|Index|Rates?|Agreements?|Declaration|Protocol|Charter|Convention|Treaty|Memorandum|Accords?|Pact|Understanding|Conduct|Operation|Plan|Strategy|Act|Law|Resolution)$/;

/** The capitalised words right before "(ACR)", where they spell a body, not a thing: "Jama'at Nusrat … (JNIM)". */
function bodyBefore(text: string, def: Span): Span | null {
  const before = text.slice(def.start, def.end);
  const m = /((?:\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:of|for|and|the|on|in|al|wal)[ \t-]+)?)?)+)\s*$/u.exec(before);
  let name = m?.[1]?.trim() ?? "";
  // "Islamic State Sahel Province and Jama'at … (JNIM)": the definition is the name after "and",
  // unless the words before it are one word ("Food and Agriculture Organization") or an "of"/"for" phrase
  const and = name.lastIndexOf(" and ");
  if (and > 0 && words(name.slice(0, and)).length > 1 && !ofPhrase(words(name.slice(0, and)))) name = name.slice(and + 5);
  // two words or more, or one word with capitals inside ("KazMunayGas (KMG)"), as companies write
  const oneWordName = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(name);
  if ((name.split(/\s+/).length < 2 && !oneWordName) || thingWords.test(name)) return null;
  const start = def.start + m!.index + m![1].trim().length - name.length;
  return { start, end: start + name.length };
}

function isShouting(line: string): boolean {
  if (line.length > 300) return false; // capitals are set for headings and mastheads, not paragraphs
  let upper = 0;
  let lower = 0;
  for (const ch of line) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return upper + lower >= 8 && upper / (upper + lower) > 0.7;
}

export function findOrganisations(text: string, exclude: Span[], units: Span[], ctx: OrganisationContext): OrganisationMatch[] {
  const brackets = new Mask(text.length, bracketSpans(text));
  // lines set in capitals (ALL-CAPS headings and mastheads): every word looks like an acronym there
  const shouting = new Mask(text.length, units.filter((u) => isShouting(text.slice(u.start, u.end))));
  const taken = new Mask(text.length, exclude);
  const found: Found[] = [];
  const add = (s: Span, acronym: string | null = null) => {
    if (s.end <= s.start || taken.hits(s) || brackets.covers(s) || (acronym && shouting.hits(s))) return;
    taken.add(s);
    found.push({ ...s, acronym });
  };
  for (const s of outlets(text, ctx)) add(s);
  for (const s of noteSources(text, ctx, units)) add(s);
  for (const s of publishers(text)) if (ctx.inNotes(s.start)) add(s);
  // "G7", "G20", "G5 Sahel": groupings of states named by their number
  for (const m of text.matchAll(/\bG\d{1,2}(?:[ \t]+\p{Lu}\p{Ll}+)?\b(?![-–]\d)/gu)) add({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(run)) {
    const trimmed = trimRun(text, { start: m.index, end: m.index + m[0].length });
    if (!trimmed) continue;
    for (const span of splitAnd(text, trimmed)) {
      const t = trimRun(text, span, false);
      if (!t) continue;
      const ws = words(text.slice(t.start, t.end));
      const glued = /^(\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu})-\p{Ll}+$/u.exec(ws[0]); // "AU-led"
      if (ws.length === 1 && glued && isAcronym(glued[1])) {
        add({ start: t.start, end: t.start + glued[1].length }, glued[1]);
        continue;
      }
      if (ws.length === 1 && isAcronym(bare(ws[0]))) {
        // "CTF-153" counts only where the text defines it as a body; "TB-2" is a model
        const numbered = /^-\d+/.exec(text.slice(t.end, t.end + 8));
        if (numbered) add({ start: t.start, end: t.end + numbered[0].length }, bare(ws[0]) + numbered[0]);
        else add({ start: t.start, end: t.start + bare(ws[0]).length }, bare(ws[0]).replace(/s$/, ""));
        continue;
      }
      const instrument = ws.findIndex((w, k) => k > 0 && instrumentWords.test(w));
      if (instrument > 0 && !heads.has(ws[ws.length - 1])) {
        const prefix = ws.slice(0, instrument);
        const end = text.indexOf(prefix[prefix.length - 1], t.start) + prefix[prefix.length - 1].length;
        if (prefix.length === 1 && isAcronym(prefix[0])) add({ start: t.start, end }, prefix[0]);
        else if (headed(prefix)) add({ start: t.start, end });
        continue;
      }
      if (headed(ws)) {
        let sp = cutAtVerb(text, t);
        // a demonym before a proper name is not part of it ("Turkish Anadolu Agency")
        if (ws.length >= 3 && demonym.test(ws[0]) && !heads.has(ws[1]) && !modifiers.has(ws[1]) && /^\p{Lu}/u.test(ws[1]))
          sp = { start: text.indexOf(ws[1], t.start), end: t.end };
        if (/['’]s$/.test(text.slice(sp.start, sp.end)) && !/['’]s\s+\p{Lu}/u.test(text.slice(sp.start, sp.end))) sp = { ...sp, end: sp.end - 2 };
        add(sp);
        continue;
      }
      if (span.conjunct && conjunctName(text, ws)) {
        add(text.slice(t.end - 2, t.end).match(/['’]s$/) ? { ...t, end: t.end - 2 } : t);
        continue;
      }
      // an acronym inside a plain run ("NATO standards" is caught above; "OSCE" in a title run)
      for (const w of ws) {
        const b = bare(w);
        if (isAcronym(b)) {
          const at = text.indexOf(b, t.start);
          if (!/^-\d/.test(text.slice(at + b.length, at + b.length + 2))) add({ start: at, end: at + b.length }, b.replace(/s$/, ""));
        }
      }
    }
  }
  for (const s of listMembers(text, taken, new Mask(text.length, ctx.italics))) add(s);
  // acronyms defined as something else (a treaty, a dam) are not organisations
  const definedAs = new Map<string, Span>();
  for (const m of text.matchAll(/\((\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}(?:-\d+)?)\)/gu)) {
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    definedAs.set(m[1], { start: m.index - before.length, end: m.index });
  }
  const ends = new Set(found.filter((f) => text.slice(f.start, f.end) !== f.acronym).map((f) => f.end));
  const definedByName = (end: number) => {
    for (let k = end; k >= Math.max(0, end - 12); k--) {
      if (ends.has(k)) return true;
      if (!/[\s\d]/.test(text[k - 1] ?? "")) return false;
    }
    return false;
  };
  // a body named only by its definition ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)") is one too
  for (const def of definedAs.values()) {
    const body = !definedByName(def.end) ? bodyBefore(text, def) : null;
    if (body && !taken.hits(body)) {
      add(body);
      ends.add(body.end);
    }
  }
  const kept = found.filter((f) => {
    if (!f.acronym || text.slice(f.start, f.end) !== f.acronym) return true;
    const def = definedAs.get(f.acronym);
    if (!def) return !/-\d/.test(f.acronym);
    return definedByName(def.end);
  });
  return canonicalOrganisations(text, kept.sort((a, b) => a.start - b.start));
}
