// Accuracy against a hand-checked gold file, counted as ../shared/eval/README.md describes, so
// users can keep gold files for their own issues and regression-test accuracy.
type Rec = { start: number; end: number; text?: string; value?: unknown; number?: unknown; alt?: string[]; [k: string]: unknown };
type Prf = { gold: number; pred: number; match: number; p: number; r: number; f1: number };
export type Report = Record<string, Record<string, number>> & { macroF1: number };
export type Diffs = Record<string, Record<string, string[]>>;

const overlaps = (a: Rec, b: Rec) => a.start < b.end && b.start < a.end;
const overlapSize = (a: Rec, b: Rec) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const norm = (s: unknown) => String(s ?? "").normalize("NFKC").replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function prf(nGold: number, nPred: number, nMatch: number): Prf {
  const p = nPred ? nMatch / nPred : nGold ? 0 : 1;
  const r = nGold ? nMatch / nGold : 1;
  return { gold: nGold, pred: nPred, match: nMatch, p, r, f1: f1(p, r) };
}

/** One-to-one matching of overlapping records that satisfy `ok`, largest overlap first. */
function match(golds: Rec[], preds: Rec[], ok: (g: Rec, p: Rec) => boolean) {
  const pairs: Array<[number, number, number]> = [];
  golds.forEach((g, gi) => preds.forEach((p, pi) => {
    if (overlaps(g, p) && ok(g, p)) pairs.push([overlapSize(g, p), gi, pi]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, gi, pi] of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    out.push([gi, pi]);
  }
  return { pairs: out, missed: golds.filter((_, i) => !usedG.has(i)), spurious: preds.filter((_, i) => !usedP.has(i)) };
}

function clusterF1(golds: Rec[], preds: Rec[], pairs: Array<[number, number]>, field: string): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < pairs.length; i++)
    for (let j = i + 1; j < pairs.length; j++) {
      const [gi, pi] = pairs[i];
      const [gj, pj] = pairs[j];
      const sameG = norm(golds[gi][field]) === norm(golds[gj][field]);
      const sameP = norm(preds[pi][field]) === norm(preds[pj][field]);
      if (sameG && sameP) tp++;
      else if (sameP) fp++;
      else if (sameG) fn++;
    }
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return f1(p, r);
}

const list = (x: unknown): Rec[] => (Array.isArray(x) ? x.filter((r) => r && Number.isFinite(r.start) && Number.isFinite(r.end)) : []);
const show = (r: Rec) =>
  `${r.start}-${r.end} ${JSON.stringify(r.text)}${r.value !== undefined ? ` = ${JSON.stringify(r.value)}` : ""}${r.number !== undefined ? ` #${r.number}` : ""}`;
const macroKinds = ["dates", "numbers", "organisations", "treaties", "markers", "notes", "sections", "paragraphs"];

type Scored = { report: Record<string, number>; diffs: Record<string, string[]> };

/** A kind whose records match by overlap and `ok`; strict F1 also asks for the exact span. */
function scoreKind(golds: Rec[], preds: Rec[], ok: (g: Rec, p: Rec) => boolean, extra?: (m: ReturnType<typeof match>) => Record<string, number>): Scored {
  const lenient = match(golds, preds, ok);
  const strict = match(golds, preds, (g, p) => g.start === p.start && g.end === p.end && ok(g, p));
  return {
    report: { ...prf(golds.length, preds.length, lenient.pairs.length), strictF1: prf(golds.length, preds.length, strict.pairs.length).f1, ...(extra ? extra(lenient) : {}) },
    diffs: { missed: lenient.missed.map(show), spurious: lenient.spurious.map(show) },
  };
}

/** Notes match by number and overlap; their URLs are scored apart, as a share of the gold notes. */
function scoreNotes(gn: Rec[], pn: Rec[]): Scored {
  const cleanUrl = (u: unknown) => String(u).trim().replace(/[.,;)]+$/, "").replace(/\/$/, "");
  let numbered = 0;
  let urlsRight = 0;
  const missed: string[] = [];
  const wrongUrls: string[] = [];
  for (const g of gn) {
    const p = pn.find((x) => Number(x.number) === Number(g.number) && overlaps(x, g));
    if (!p) {
      missed.push(show(g));
      continue;
    }
    numbered++;
    const a = [...new Set(((g.urls as string[]) ?? []).map(cleanUrl))].sort();
    const b = [...new Set(((p.urls as string[]) ?? []).map(cleanUrl))].sort();
    if (JSON.stringify(a) === JSON.stringify(b)) urlsRight++;
    else wrongUrls.push(`#${g.number} gold ${JSON.stringify(a)} got ${JSON.stringify(b)}`);
  }
  return {
    report: { ...prf(gn.length, pn.length, numbered), urlAccuracy: gn.length ? urlsRight / gn.length : 1 },
    diffs: { missed, wrongUrls, spurious: pn.filter((p) => !gn.some((g) => Number(g.number) === Number(p.number))).map(show) },
  };
}

/** Sections match by kind and heading, one to one in order. */
function scoreSections(gs: Rec[], ps: Rec[]): Scored {
  const key = (s: Rec) => `${s.kind}|${norm(s.heading)}`;
  const pk = ps.map(key);
  const used = new Set<number>();
  let m = 0;
  const missed: string[] = [];
  for (const g of gs) {
    const i = pk.findIndex((k, j) => k === key(g) && !used.has(j));
    if (i >= 0) {
      used.add(i);
      m++;
    } else missed.push(key(g));
  }
  return { report: prf(gs.length, ps.length, m), diffs: { missed, spurious: ps.filter((_, j) => !used.has(j)).map(key) } };
}

/** Paragraphs match by span, with white space at either end trimmed when the source is known. */
function scoreParagraphs(gs: Rec[], ps: Rec[], source: string | null): Record<string, number> {
  const trim = (p: Rec) => {
    if (!source) return `${p.start}-${p.end}`;
    let a = p.start;
    let b = p.end;
    while (a < b && /\s/.test(source[a])) a++;
    while (b > a && /\s/.test(source[b - 1])) b--;
    return `${a}-${b}`;
  };
  const paragraphs = (ss: Rec[]) => ss.flatMap((s) => (Array.isArray(s.paragraphs) ? (s.paragraphs as Rec[]) : []));
  const gp = new Set(paragraphs(gs).map(trim));
  const pp = new Set(paragraphs(ps).map(trim));
  return prf(gp.size, pp.size, [...pp].filter((x) => gp.has(x)).length);
}

/** Metadata: the share of the gold file's fields the prediction gets right. */
function scoreMetadata(gm: Rec, pm: Rec): Scored {
  const fields = Object.keys(gm);
  const same = (a: unknown, b: unknown): boolean => {
    if (Array.isArray(a)) return Array.isArray(b) && JSON.stringify(a.map(norm).sort()) === JSON.stringify(b.map(norm).sort());
    if (a && typeof a === "object") return !!b && typeof b === "object" && Object.keys(a).every((k) => same((a as Rec)[k], (b as Rec)[k]));
    return norm(a) === norm(b);
  };
  const wrong = fields.filter((f) => !same(gm[f], pm[f]));
  return {
    report: { fields: fields.length, right: fields.length - wrong.length, accuracy: fields.length ? (fields.length - wrong.length) / fields.length : 1 },
    diffs: { wrong: wrong.map((f) => `${f}: gold ${JSON.stringify(gm[f])} got ${JSON.stringify(pm[f])}`) },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function scoreOffsets(pred: any, source: string): Scored {
  const all = [...list(pred.dates), ...list(pred.numbers), ...list(pred.organisations), ...list(pred.treaties), ...list(pred.footnotes?.markers), ...list(pred.footnotes?.notes)];
  const bad = all.filter((r) => source.slice(r.start, r.end) !== r.text);
  return { report: { records: all.length, violations: bad.length }, diffs: { broken: bad.slice(0, 20).map(show) } };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function score(pred: any, gold: any, source: string | null): { report: Report; diffs: Diffs } {
  const sameValue = (g: Rec, p: Rec) => String(p.value) === String(g.value) || (g.alt ?? []).includes(String(p.value));
  const byName = (g: Rec[], p: Rec[]) => scoreKind(g, p, () => true, (m) => ({ nameGrouping: clusterF1(g, p, m.pairs, "name") }));
  const goldSections: Rec[] = gold.sections ?? [];
  const predSections: Rec[] = Array.isArray(pred.sections) ? pred.sections : [];
  const scored: Record<string, Scored> = {
    dates: scoreKind(list(gold.dates), list(pred.dates), sameValue),
    numbers: scoreKind(list(gold.numbers), list(pred.numbers), (g, p) => Number(p.value) === Number(g.value)),
    organisations: byName(list(gold.organisations), list(pred.organisations)),
    treaties: byName(list(gold.treaties), list(pred.treaties)),
    markers: scoreKind(list(gold.footnotes?.markers), list(pred.footnotes?.markers), (g, p) => Number(p.number) === Number(g.number)),
    notes: scoreNotes(list(gold.footnotes?.notes), list(pred.footnotes?.notes)),
    sections: scoreSections(goldSections, predSections),
    metadata: scoreMetadata(gold.metadata ?? {}, pred.metadata ?? {}),
    ...(source !== null ? { offsets: scoreOffsets(pred, source) } : {}),
  };
  const report: Record<string, Record<string, number>> = {};
  for (const [k, s] of Object.entries(scored)) {
    report[k] = s.report;
    if (k === "sections") report.paragraphs = scoreParagraphs(goldSections, predSections, source);
  }
  const diffs: Diffs = Object.fromEntries(Object.entries(scored).map(([k, s]) => [k, s.diffs]));
  const macroF1 = macroKinds.reduce((s, k) => s + report[k].f1, 0) / macroKinds.length;
  return { report: { ...report, macroF1 } as Report, diffs };
}

export function formatReport(report: Report, diffs: Diffs | null): string {
  const fx = (x: number | undefined) => (x === undefined ? "" : !Number.isInteger(x) ? x.toFixed(3) : String(x));
  const lines = ["kind           gold  pred match      P      R     F1  strictF1  other"];
  for (const k of macroKinds) {
    const r = report[k];
    const other = Object.entries(r)
      .filter(([n]) => !["gold", "pred", "match", "p", "r", "f1", "strictF1"].includes(n))
      .map(([n, v]) => `${n}=${fx(v)}`)
      .join(" ");
    lines.push(
      `${k.padEnd(14)} ${fx(r.gold).padStart(4)} ${fx(r.pred).padStart(5)} ${fx(r.match).padStart(5)} ${fx(r.p).padStart(6)} ${fx(r.r).padStart(6)} ${fx(r.f1).padStart(6)}  ${fx(r.strictF1).padStart(8)}  ${other}`,
    );
  }
  lines.push(`metadata       ${report.metadata.right}/${report.metadata.fields} fields right`);
  if (report.offsets) lines.push(`offsets        ${report.offsets.violations} of ${report.offsets.records} records break source.slice(start, end) === text`);
  if (diffs)
    for (const [k, d] of Object.entries(diffs)) {
      const rows = Object.entries(d).flatMap(([n, v]) => v.map((x) => `  ${n}: ${x}`));
      if (rows.length) lines.push(`\n${k}\n${rows.join("\n")}`);
    }
  lines.push(`macro F1 ${report.macroF1.toFixed(3)}`);
  return lines.join("\n");
}
