// Canonical names for instrument mentions. Wordings are one instrument when one is a prefix of the
// other ("Shusha Declaration" / "… on Allied Relations"), when one's distinctive words all stand in
// the other ("Nile Waters Agreement" / "Agreement … for the Full Utilization of the Nile Waters"),
// when they share most distinctive words and their instrument word ("Strategic Partnership and
// Mutual Assistance" / "Strategic Cooperation and …"), or when an acronym stands for one. The
// group's name is its most complete short wording, in title case.
import type { Named, TreatyMatch } from "./treaties.js";

const generic = /^(?:agreements?|declaration|protocol|charter|convention|treaty|memorandum|understanding|accords?|pact|statement|code|conduct|amendment|between|the|of|on|and|for|to|a|an|in|regarding|concerning|republic|government|state|kingdom|arab|democratic|federal|people's|related|establishment|constituting|exchange|letters)$/i;
const small = /^(?:of|on|and|the|for|between|to|in|a|an|regarding|concerning|with)$/i;
const headOf = (s: string) => /\b(agreement|declaration|protocol|charter|convention|treaty|memorandum|accord|pact|code|amendment|statement)/i.exec(s)?.[1].toLowerCase() ?? "";

const stems = (s: string) =>
  new Set(
    s
      .replace(/['’]s\b/g, "")
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w && !generic.test(w))
      .map((w) => w.toLowerCase().slice(0, 5)),
  );

export function titleCase(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the\s+/i, "")
    .split(" ")
    .map((w, i) => (i > 0 && small.test(w) ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1)))
    .join(" ");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The part of a wording that names it: parties ("between …") are said, not named. */
const core = (w: string) =>
  w.replace(/\s+between\s+.*?(?=\s+(?:for|on|regarding|concerning)\s+(?:the\s+)?\p{Lu}|$)/iu, "").trim();

/** What `same` compares of a wording, read once per wording: a wording meets many others. */
type Reading = { core: string; head: string; stems: Set<string>; namedInside: RegExp };

function reading(w: string): Reading {
  const c = core(w);
  return { core: c.toLowerCase(), head: headOf(w), stems: stems(c), namedInside: new RegExp(String.raw`\b(?:on|of) ${escape(c.toLowerCase())}\b`) };
}

function same(a: Reading, b: Reading): boolean {
  const x = a.core;
  const y = b.core;
  if (x === y || x.startsWith(y + " ") || y.startsWith(x + " ")) return true;
  // "Agreement on Declaration of Principles …" is the Declaration of Principles
  if (b.namedInside.test(x) || a.namedInside.test(y)) return true;
  if (a.head !== b.head) return false;
  const sa = a.stems;
  const sb = b.stems;
  if (sa.size === 0 || sb.size === 0) return false;
  const [short, long] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  const shared = [...short].filter((w) => long.has(w)).length;
  return shared === short.size || (shared >= 3 && shared / short.size >= 0.75);
}

export function treatyNames(text: string, spans: Named[]): TreatyMatch[] {
  const wordings = spans.map((s) => text.slice(s.start, s.end).replace(/\s+/g, " "));
  const namedPart = spans.map((s) => s.name?.replace(/\s+/g, " ").toLowerCase());
  const acronym = (w: string) => /^\p{Lu}{2,8}$/u.test(w);
  const groups: number[][] = [];
  const groupOf = new Array<number>(spans.length).fill(-1);
  const seen = new Map<string, number>(); // each distinct wording is compared once
  const reps: number[][] = []; // per group, its distinct wordings
  const readings = new Map<string, Reading>();
  const readingOf = (w: string) => readings.get(w) ?? readings.set(w, reading(w)).get(w)!;
  wordings.forEach((w, i) => {
    if (acronym(w)) return;
    const known = seen.get(`${namedPart[i]}|${w}`);
    const g = known ?? reps.findIndex((members) => members.some((j) => (namedPart[i] && namedPart[i] === namedPart[j]) || same(readingOf(wordings[j]), readingOf(w))));
    if (known === undefined) {
      seen.set(`${namedPart[i]}|${w}`, g < 0 ? groups.length : g);
      if (g < 0) reps.push([i]);
      else reps[g].push(i);
    }
    if (g >= 0) {
      groups[g].push(i);
      groupOf[i] = g;
    } else groupOf[i] = groups.push([i]) - 1;
  });
  // an acronym joins the group of the wording it was defined after
  const definition = new Map<string, number>();
  spans.forEach((s, j) => {
    const m = /^[ \t]*\((\p{Lu}{2,8})\)/u.exec(text.slice(s.end, s.end + 14));
    if (m && !acronym(wordings[j]) && !definition.has(m[1])) definition.set(m[1], j);
  });
  wordings.forEach((w, i) => {
    if (!acronym(w)) return;
    const def = definition.get(w);
    groupOf[i] = def !== undefined ? groupOf[def] : groups.push([]) - 1;
    groups[groupOf[i]].push(i);
  });
  // "the Cooperative Framework Agreement (CFA), also known as the Entebbe Agreement": one instrument
  for (let i = 0; i + 1 < spans.length; i++) {
    const between = text.slice(spans[i].end, spans[i + 1].start);
    if (!/^\)?(?:\s*\([^)]*\))?\s*,?\s*(?:also\s+|often\s+|sometimes\s+|commonly\s+|formally\s+)?(?:known|referred\s+to|called)\s+as\s+(?:the\s+)?$/.test(between)) continue;
    const [keep, drop] = [groupOf[i], groupOf[i + 1]];
    if (keep === drop) continue;
    groups[keep].push(...groups[drop]);
    for (const j of groups[drop]) groupOf[j] = keep;
    groups[drop] = [];
  }
  const nameOf = groups.map((members) => {
    if (members.length === 0) return "";
    const forms = members.map((j) => (/^\S+$/.test(core(wordings[j])) ? wordings[j] : core(wordings[j]))).filter((w) => !acronym(w));
    if (forms.length === 0) return wordings[members[0]];
    // the most frequent wording, the longest among equals
    const counts = new Map<string, number>();
    for (const f of forms) counts.set(f.toLowerCase(), (counts.get(f.toLowerCase()) ?? 0) + 1);
    const count = (f: string) => counts.get(f.toLowerCase())!;
    const best = [...new Set(forms)].sort((a, b) => count(b) - count(a) || b.length - a.length || a.localeCompare(b))[0];
    return titleCase(best);
  });
  return spans.map((s, i) => ({ ...s, name: nameOf[groupOf[i]] }));
}
