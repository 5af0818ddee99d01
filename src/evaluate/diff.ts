// Record-level differences between two article.json values, for `npm run check` and the golden
// test. Entries are matched by content, not by offsets or ids: an edit that lengthens one number
// shifts every later offset and renumbers nothing, and must show as that one number changed.
//
// Per kind: (1) a longest common subsequence over content keys (the compared fields without ids,
// offsets and references to other entries) matches entries in order, repeats going to the nearest
// occurrence; (2) an entry left over on one side whose key is left over on the other side moved and
// is matched too; (3) an old and a new entry left over in one gap of the alignment whose spans
// overlap, once the old span is shifted by the offset change of the matched entries either side
// of the gap, are one entry changed; the rest were removed or added. Matched entries are then
// compared with their references (section, note and call ids) translated through the matching.
//
// When both runs read the same source (same sha256), offsets mean the same text, so they are
// compared too; when the input changed, they are not: a section that only grew by an edit inside
// it, or moved, is the same section. Sections are compared by kind, heading and paragraph count.
import type { Article } from "../schema/article.js";
import { lcs, type Pair } from "./align.js";

type Entry = Record<string, unknown>;
type Span = { start: number; end: number };

type Kind = {
  name: string;
  list: (a: Article) => Entry[];
  /** the fields compared; with `offsets`, the spans too */
  view: (e: Entry, offsets: boolean) => Entry;
  /** fields holding ids of another kind's entries */
  refs: Record<string, string>;
  /** what matches entries; by default the view without offsets and references */
  key?: (e: Entry) => string;
  label: (e: Entry) => string;
  /** fields the label already shows */
  inLabel: string[];
  /** may an old and a new entry left over at one place be one entry changed? */
  pairable: (o: Entry, n: Entry) => boolean;
};

const spanOf = (e: Entry): Span | null => (typeof e.start === "number" && typeof e.end === "number" ? { start: e.start, end: e.end } : null);
const at = (e: Entry | null | undefined) => (e && spanOf(e) ? `${e.start}-${e.end}` : null);
const q = JSON.stringify;

const inSection = { section: "sections" };
const record = (name: string, list: Kind["list"], refs: Record<string, string>): Kind => ({
  name,
  list,
  refs,
  view: ({ id: _id, start: _s, end: _e, ...rest }, offsets) => (offsets ? { ...rest, span: at({ start: _s, end: _e }) } : rest),
  label: (e) => `${at(e)} ${q(e.text)}`,
  inLabel: ["text", "span"],
  pairable: () => true,
});

const kinds: Kind[] = [
  {
    name: "sections",
    list: (a) => a.sections,
    refs: {},
    view: (s, offsets) => {
      const paragraphs = s.paragraphs as Span[];
      const base = { kind: s.kind, heading: s.heading, paragraphs: paragraphs.length };
      return offsets ? { ...base, span: at(s), paragraphSpans: paragraphs.map(at).join(" ") } : base;
    },
    label: (s) => `${s.id} ${s.kind}${s.heading === null ? "" : ` ${q(s.heading)}`}`,
    inLabel: ["kind", "heading"],
    pairable: () => true,
  },
  record("dates", (a) => a.dates, inSection),
  record("numbers", (a) => a.numbers, inSection),
  record("organisations", (a) => a.organisations, inSection),
  record("treaties", (a) => a.treaties, inSection),
  {
    name: "treatyRegister",
    list: (a) => a.treatyRegister,
    refs: {},
    key: (r) => String(r.name),
    view: (r, offsets) => registerView(r as Article["treatyRegister"][number], offsets),
    label: (r) => q(r.name),
    inLabel: [],
    pairable: () => false,
  },
  record("markers", (a) => a.footnotes.markers, { ...inSection, note: "notes" }),
  record("notes", (a) => a.footnotes.notes, { markers: "markers" }),
  {
    name: "warnings",
    list: (a) => a.warnings,
    refs: {},
    view: (w, offsets) => (offsets ? { code: w.code, message: w.message, span: at(w) } : { code: w.code, message: w.message }),
    label: (w) => `${at(w) ?? ""} ${w.code}: ${w.message}`.trim(),
    inLabel: ["code", "message", "span"],
    pairable: (o, n) => o.code === n.code,
  },
];

// A register row's mentions are ids of treaty records, which renumber: their count is compared.
function registerView(r: Article["treatyRegister"][number], offsets: boolean): Entry {
  const base = {
    wordings: r.wordings,
    signed: r.signed ? `${r.signed.text} (${r.signed.value})` : null,
    place: r.place?.text ?? null,
    parties: r.parties.map((p) => p.text),
    mentions: r.mentions.length,
  };
  return offsets ? { ...base, signedSpan: at(r.signed), placeSpan: at(r.place), partySpans: r.parties.map(at) } : base;
}

type Aligned = { kind: Kind; old: Entry[]; now: Entry[]; same: Pair[]; changed: Pair[]; removed: number[]; added: number[] };

export function articleDiff(before: Article, after: Article): string[] {
  const offsets = before.source.sha256 === after.source.sha256;
  const aligned = kinds.map((kind) => alignKind(kind, before, after));
  const ids = new Map<string, Map<string, string>>();
  for (const k of aligned) ids.set(k.kind.name, new Map([...k.same, ...k.changed].map(([i, j]) => [String(k.old[i].id), String(k.now[j].id)])));
  const lines = metadataDiff(before, after, offsets);
  for (const k of aligned) lines.push(...kindLines(k, offsets, ids));
  return lines;
}

/** The top-level fields of article.json that differ, for when no compared field does. */
export const topLevelDifferences = (a: Article, b: Article) =>
  (Object.keys({ ...a, ...b }) as Array<keyof Article>).filter((k) => q(a[k]) !== q(b[k])).join(", ") || "formatting";

function metadataDiff(before: Article, after: Article, offsets: boolean): string[] {
  const strip = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) && !offsets ? { ...v, start: undefined, end: undefined } : v);
  const fields = [...new Set([...Object.keys(before.metadata), ...Object.keys(after.metadata)])] as Array<keyof Article["metadata"]>;
  return fields
    .filter((f) => q(strip(before.metadata[f])) !== q(strip(after.metadata[f])))
    .map((f) => `metadata changed: ${f}\n    was ${q(before.metadata[f] ?? null)}\n    now ${q(after.metadata[f] ?? null)}`);
}

function alignKind(kind: Kind, before: Article, after: Article): Aligned {
  const old = kind.list(before) as Entry[];
  const now = kind.list(after) as Entry[];
  const key = kind.key ?? ((e: Entry) => q(omit(kind.view(e, false), Object.keys(kind.refs))));
  const a = old.map(key);
  const b = now.map(key);
  const place = (e: Entry, chars: number) => (spanOf(e) ? (e.start as number) / Math.max(1, chars) : 0);
  const same = lcs(a, b, (i, j) => Math.abs(place(old[i], before.source.chars) - place(now[j], after.source.chars)));
  const gaps = gapsOf(same, old, now, after.source.chars - before.source.chars);
  moves(gaps, a, b, same);
  const changed = gaps.flatMap((g) => changes(g, old, now, kind));
  const paired = (side: 0 | 1) => new Set([...same, ...changed].map((p) => p[side]));
  const [usedOld, usedNew] = [paired(0), paired(1)];
  return {
    kind, old, now, same, changed,
    removed: old.map((_, i) => i).filter((i) => !usedOld.has(i)),
    added: now.map((_, j) => j).filter((j) => !usedNew.has(j)),
  };
}

const omit = (e: Entry, fields: string[]) => Object.fromEntries(Object.entries(e).filter(([k]) => !fields.includes(k)));

/** A stretch between two matched pairs: the old and new entries left over there, and how far
 *  the matched entries before and after it moved. */
type Gap = { old: number[]; now: number[]; shiftBefore: number; shiftAfter: number };

function gapsOf(same: Pair[], old: Entry[], now: Entry[], growth: number): Gap[] {
  const shift = (p: Pair | undefined, edge: "start" | "end", otherwise: number) =>
    p && spanOf(old[p[0]]) && spanOf(now[p[1]]) ? (now[p[1]][edge] as number) - (old[p[0]][edge] as number) : otherwise;
  const gaps: Gap[] = [];
  const bounds: Array<Pair | undefined> = [undefined, ...same, undefined];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [p, n] = [bounds[k], bounds[k + 1]];
    const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, x) => from + x);
    const gap = {
      old: range(p ? p[0] + 1 : 0, n ? n[0] : old.length),
      now: range(p ? p[1] + 1 : 0, n ? n[1] : now.length),
      shiftBefore: shift(p, "start", 0),
      shiftAfter: shift(n, "end", growth),
    };
    if (gap.old.length || gap.now.length) gaps.push(gap);
  }
  return gaps;
}

/** Entries left over on both sides with one key moved: matched, and taken out of their gaps. */
function moves(gaps: Gap[], a: string[], b: string[], same: Pair[]): void {
  const waiting = new Map<string, number[]>();
  for (const g of gaps) for (const j of g.now) waiting.set(b[j], [...(waiting.get(b[j]) ?? []), j]);
  const taken = new Set<number>();
  for (const g of gaps)
    g.old = g.old.filter((i) => {
      const j = waiting.get(a[i])?.shift();
      if (j === undefined) return true;
      same.push([i, j]);
      taken.add(j);
      return false;
    });
  for (const g of gaps) g.now = g.now.filter((j) => !taken.has(j));
  same.sort((x, y) => x[0] - y[0]);
}

/** Within a gap, each old entry and the first new one after the last paired whose span it
 *  overlaps (shifted by the gap's offset change) are one entry changed. */
function changes(g: Gap, old: Entry[], now: Entry[], kind: Kind): Pair[] {
  const out: Pair[] = [];
  let from = 0;
  for (const i of g.old) {
    const o = spanOf(old[i]);
    const k = g.now.findIndex((j, x) => {
      if (x < from || !kind.pairable(old[i], now[j])) return false;
      const n = spanOf(now[j]);
      if (!o || !n) return !o && !n;
      return n.start < o.end + Math.max(g.shiftBefore, g.shiftAfter) && o.start + Math.min(g.shiftBefore, g.shiftAfter) < n.end;
    });
    if (k < 0) continue;
    out.push([i, g.now[k]]);
    from = k + 1;
  }
  return out;
}

function kindLines(k: Aligned, offsets: boolean, ids: Map<string, Map<string, string>>): string[] {
  const translate = (e: Entry) => {
    const v = k.kind.view(e, offsets);
    for (const [field, target] of Object.entries(k.kind.refs)) {
      const map = ids.get(target)!;
      const one = (id: unknown) => (id === null ? null : (map.get(String(id)) ?? `${id} (no longer there)`));
      v[field] = Array.isArray(v[field]) ? (v[field] as unknown[]).map(one) : one(v[field]);
    }
    return v;
  };
  const lines: Array<[number, string]> = [];
  for (const [i, j] of [...k.same, ...k.changed]) {
    const was = translate(k.old[i]);
    const now = k.kind.view(k.now[j], offsets);
    const fields = Object.keys({ ...was, ...now }).filter((f) => q(was[f]) !== q(now[f]));
    if (fields.length) lines.push([i, changedLine(k, i, j, fields, offsets)]);
  }
  for (const i of k.removed) lines.push([i, `${k.kind.name} removed: ${describe(k.kind, k.old[i], offsets)}`]);
  // an addition is listed after the entry before it in the old run
  for (const j of k.added) lines.push([precedingOld(k, j) + 0.5, `${k.kind.name} added: ${describe(k.kind, k.now[j], offsets)}`]);
  return lines.sort((x, y) => x[0] - y[0]).map(([, l]) => l);
}

function precedingOld(k: Aligned, j: number): number {
  let best = -1;
  for (const [i, jj] of [...k.same, ...k.changed]) if (jj < j) best = Math.max(best, i);
  return best;
}

const fieldList = (v: Entry, fields: string[]) => fields.filter((f) => f !== "span").map((f) => `${f} ${q(v[f])}`).join(", ");

function changedLine(k: Aligned, i: number, j: number, fields: string[], offsets: boolean): string {
  const [o, n] = [k.old[i], k.now[j]];
  const side = (e: Entry) => [at(e), fieldList(k.kind.view(e, offsets), fields)].filter(Boolean).join(" ");
  return `${k.kind.name} changed: ${k.kind.label(o)}\n    was ${side(o)}\n    now ${side(n)}`;
}

function describe(kind: Kind, e: Entry, offsets: boolean): string {
  const v = kind.view(e, offsets);
  const rest = fieldList(v, Object.keys(v).filter((f) => !kind.inLabel.includes(f)));
  return `${kind.label(e)}${rest ? ` (${rest})` : ""}`;
}
