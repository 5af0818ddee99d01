// Canonical names for organisation mentions: an acronym takes the name it was defined with (or a
// name whose initials spell it), possessives are dropped, spelling variants ("Tel-Aviv"/"Tel Aviv",
// "Dailysabah"/"Daily Sabah", one letter apart in a long name) and a short form of a longer name
// ("Moshe Dayan Center" / "… for Middle Eastern …", "Radio Free Europe" / "…/Freedom") share one.
import type { Span } from "../text/view.js";
import type { OrganisationMatch } from "./organisations.js";

export type Found = Span & { acronym: string | null };

const key = (s: string) => s.toLowerCase().replace(/['’]s\b/g, "").replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, "");
// a lowercase "the" is the sentence's article, not part of the name ("the World Food Programme")
const display = (s: string) => s.replace(/['’]s\b/g, "").replace(/\s+/g, " ").trim().replace(/^the\s+/, "");
// a title's "The" ("The Economic Times") counts for nothing when choosing the longest form, so a
// group the text also writes without it is named without it
const weight = (s: string) => s.replace(/^The\s+/, "").length;

function initials(name: string): string {
  return name
    .split(/[\s/-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/** One letter added, dropped or changed in a name of eight letters or more. */
function oneApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 8) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

const extends_ = (longer: string, shorter: string) =>
  longer.startsWith(shorter) && /^(?:\s+(?:for|of|at|on)\s|\s*\/)/.test(longer.slice(shorter.length));

export function canonicalOrganisations(text: string, found: Found[]): OrganisationMatch[] {
  const names = found.map((f) => display(text.slice(f.start, f.end)));
  const isBare = found.map((f, i) => f.acronym !== null && names[i] === f.acronym);
  // acronym → the name written right before "(ACR)"
  const defined = new Map<string, string>();
  found.forEach((f, i) => {
    const m = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu})\)/u.exec(text.slice(f.end, f.end + 14));
    if (m && !isBare[i]) defined.set(m[1], names[i]);
  });
  // groups: canonical name per key, longest form wins
  const groups: string[] = [];
  const keys: string[] = [];
  const seen = new Map<string, number>(); // each distinct name is compared once
  const groupOf = (name: string): number => {
    const known = seen.get(name);
    if (known !== undefined) return known;
    const k = key(name);
    let g = groups.findIndex((n, j) => oneApart(keys[j], k) || extends_(n, name) || extends_(name, n));
    if (g < 0) {
      g = groups.push(name) - 1;
      keys.push(k);
    } else if (!name.includes("/") && (weight(name) > weight(groups[g]) || (weight(name) === weight(groups[g]) && name.length < groups[g].length))) {
      groups[g] = name;
      keys[g] = k;
    }
    seen.set(name, g);
    return g;
  };
  const full = names.filter((_, i) => !isBare[i]);
  full.forEach(groupOf);
  const byInitials = new Map<string, string>();
  for (const n of new Set(full)) {
    for (const form of [n, n.split(/\s+(?:for|of|at)\s+/)[0]]) if (!byInitials.has(initials(form))) byInitials.set(initials(form), n);
  }
  const forAcronym = (acr: string) => defined.get(acr) ?? byInitials.get(acr);
  const group = found.map((f, i) => {
    if (!isBare[i]) return groupOf(names[i]);
    const long = forAcronym(f.acronym!);
    return long ? groupOf(long) : groupOf(names[i]);
  });
  const acronymOf = new Map<number, string>();
  found.forEach((f, i) => {
    if (f.acronym) acronymOf.set(group[i], f.acronym);
  });
  for (const [acr, name] of defined) acronymOf.set(groupOf(name), acr);
  return found.map((f, i) => ({ start: f.start, end: f.end, name: groups[group[i]], acronym: acronymOf.get(group[i]) ?? null }));
}
