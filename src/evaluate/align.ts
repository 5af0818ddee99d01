// Sequence alignment of two runs' records by content: which record of the old run is which of the
// new run, whatever their offsets. A longest common subsequence over content keys keeps record
// order, so among repeated keys ("two", "NATO") the neighbours decide which occurrence is which.

/** A pair of indices: [old, new]. */
export type Pair = [number, number];

/** `near(i, j)` in [0, 1]: how far apart old record i and new record j sit (0 = same place). */
export type Near = (i: number, j: number) => number;

// Above this many cells the quadratic table is not built: unique keys anchor the alignment first
// (as patience diff does), and only the stretches between anchors get the table.
const TABLE_LIMIT = 2_000_000;

/** The matched pairs of a longest common subsequence of `a` and `b`, in order. Among alignments of
 *  equal length, the one whose matched records sit nearest each other (`near`) wins. */
export function lcs(a: string[], b: string[], near: Near = () => 0): Pair[] {
  const out: Pair[] = [];
  alignRange(a, b, near, 0, a.length, 0, b.length, out);
  return out.sort((x, y) => x[0] - y[0]);
}

function alignRange(a: string[], b: string[], near: Near, a0: number, a1: number, b0: number, b1: number, out: Pair[]): void {
  // A common first (last) key is matched at once only when it occurs once on each side: a repeated
  // key is left to the table, which decides by position which of the repeats it is.
  const inA = counts(a, a0, a1);
  const inB = counts(b, b0, b1);
  const once = (k: string) => inA.get(k) === 1 && inB.get(k) === 1;
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0] && once(a[a0])) out.push([a0++, b0++]);
  while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1] && once(a[a1 - 1])) out.push([--a1, --b1]);
  if (a0 === a1 || b0 === b1) return;
  if ((a1 - a0) * (b1 - b0) <= TABLE_LIMIT) return table(a, b, near, a0, a1, b0, b1, out);
  const anchors = uniqueAnchors(a, b, a0, a1, b0, b1);
  // no key unique to both sides of a stretch this long: align as much of it as the table holds
  if (anchors.length === 0) return table(a, b, near, a0, a1, b0, Math.min(b1, b0 + Math.floor(TABLE_LIMIT / (a1 - a0))), out);
  let [i, j] = [a0, b0];
  for (const [ai, bj] of anchors) {
    alignRange(a, b, near, i, ai, j, bj, out);
    out.push([ai, bj]);
    [i, j] = [ai + 1, bj + 1];
  }
  alignRange(a, b, near, i, a1, j, b1, out);
}

function counts(xs: string[], from: number, to: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = from; i < to; i++) m.set(xs[i], (m.get(xs[i]) ?? 0) + 1);
  return m;
}

/** Keys found exactly once on each side, as pairs, reduced to their longest increasing run. */
function uniqueAnchors(a: string[], b: string[], a0: number, a1: number, b0: number, b1: number): Pair[] {
  const inA = counts(a, a0, a1);
  const inB = counts(b, b0, b1);
  const whereB = new Map<string, number>();
  for (let j = b0; j < b1; j++) whereB.set(b[j], j);
  const pairs: Pair[] = [];
  for (let i = a0; i < a1; i++) if (inA.get(a[i]) === 1 && inB.get(a[i]) === 1) pairs.push([i, whereB.get(a[i])!]);
  // longest increasing subsequence of the new indices (patience sorting)
  const tails: number[] = [];
  const prev: number[] = [];
  pairs.forEach(([, j], p) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < j) lo = mid + 1;
      else hi = mid;
    }
    prev[p] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = p;
  });
  const run: Pair[] = [];
  for (let p = tails.length ? tails[tails.length - 1] : -1; p >= 0; p = prev[p]) run.push(pairs[p]);
  return run.reverse();
}

/** The dynamic-programming table: best[i][j] scores the suffixes a[i..], b[j..]; each match scores
 *  1 less a share of its distance too small to outweigh a match. */
function table(a: string[], b: string[], near: Near, a0: number, a1: number, b0: number, b1: number, out: Pair[]): void {
  const n = a1 - a0;
  const m = b1 - b0;
  const penalty = 1 / (Math.min(n, m) + 1);
  const best = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  const gain = (i: number, j: number) => 1 - penalty * Math.min(1, Math.max(0, near(a0 + i, b0 + j)));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(best[at(i + 1, j)], best[at(i, j + 1)]);
      best[at(i, j)] = a[a0 + i] === b[b0 + j] ? Math.max(skip, gain(i, j) + best[at(i + 1, j + 1)]) : skip;
    }
  let [i, j] = [0, 0];
  while (i < n && j < m) {
    if (a[a0 + i] === b[b0 + j] && best[at(i, j)] === gain(i, j) + best[at(i + 1, j + 1)]) out.push([a0 + i++, b0 + j++]);
    else if (best[at(i + 1, j)] >= best[at(i, j + 1)]) i++;
    else j++;
  }
}
