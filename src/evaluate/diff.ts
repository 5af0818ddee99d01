// Record-level differences between two article.json values: what was added, removed or changed,
// by position and value — readable where a byte diff of JSON is not.
import type { Article } from "../schema/article.js";

type Rec = { start: number; end: number; text: string };
const key = (r: Rec) => `${r.start}-${r.end} ${JSON.stringify(r.text)}`;
// ids are positional: they renumber when a record is added before them, so they are not compared
const content = (r: Rec) => JSON.stringify({ ...r, id: undefined });

export function articleDiff(before: Article, after: Article): string[] {
  const lines: string[] = [];
  const kinds: Array<[string, Rec[], Rec[]]> = [
    ["dates", before.dates, after.dates],
    ["numbers", before.numbers, after.numbers],
    ["organisations", before.organisations, after.organisations],
    ["treaties", before.treaties, after.treaties],
    ["markers", before.footnotes.markers, after.footnotes.markers],
    ["notes", before.footnotes.notes, after.footnotes.notes],
  ];
  for (const [kind, b, a] of kinds) {
    const bk = new Map(b.map((r) => [key(r), r]));
    const ak = new Map(a.map((r) => [key(r), r]));
    for (const [k, r] of bk)
      if (!ak.has(k)) lines.push(`${kind} removed: ${k}`);
      else if (content(ak.get(k)!) !== content(r)) lines.push(`${kind} changed: ${k}\n    was ${content(r)}\n    now ${content(ak.get(k)!)}`);
    for (const k of ak.keys()) if (!bk.has(k)) lines.push(`${kind} added: ${k}`);
  }
  for (const field of ["metadata", "sections", "treatyRegister", "warnings"] as const)
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) lines.push(`${field} changed`);
  return lines;
}
