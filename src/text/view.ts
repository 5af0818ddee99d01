// A view is a working copy of (part of) the source text in which every character remembers the
// source span it came from. Extractors read views and report view spans; `toSource` turns those
// into source spans, so `source.slice(start, end) === text` holds by construction.
import { z } from "zod";

export const ViewSchema = z.object({
  text: z.string(),
  starts: z.array(z.number().int()),
  ends: z.array(z.number().int()),
});
export type View = z.infer<typeof ViewSchema>;
export type Span = { start: number; end: number };

export function identityView(source: string, from = 0, to = source.length): View {
  const starts: number[] = new Array(to - from);
  const ends: number[] = new Array(to - from);
  for (let i = from; i < to; i++) {
    starts[i - from] = i;
    ends[i - from] = i + 1;
  }
  return { text: source.slice(from, to), starts, ends };
}

/** Source span of the view characters [a, b). An empty view span maps to an empty source span. */
export function toSource(view: View, a: number, b: number): Span {
  if (b <= a) {
    const at = a < view.starts.length ? view.starts[a] : view.ends[view.ends.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: view.starts[a], end: view.ends[b - 1] };
}

/** The view position of the first character whose source start is >= `sourcePos`. */
export function fromSource(view: View, sourcePos: number): number {
  let lo = 0;
  let hi = view.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.starts[mid] < sourcePos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function subView(view: View, a: number, b: number): View {
  return { text: view.text.slice(a, b), starts: view.starts.slice(a, b), ends: view.ends.slice(a, b) };
}

/**
 * One rewrite pass. For every match of `pattern` (needs the `g` and `d` flags), `replace` returns
 * either a string, emitted in place of the match and mapped to the whole match, or a group number,
 * whose text is kept with its own mapping while the rest of the match is dropped.
 */
export type Rewrite = { pattern: RegExp; replace: (m: RegExpExecArray) => string | number };

export function rewrite(view: View, rule: Rewrite): View {
  const text: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  const keep = (a: number, b: number) => {
    if (b <= a) return;
    text.push(view.text.slice(a, b));
    for (let i = a; i < b; i++) {
      starts.push(view.starts[i]);
      ends.push(view.ends[i]);
    }
  };
  rule.pattern.lastIndex = 0;
  for (let m = rule.pattern.exec(view.text); m; m = rule.pattern.exec(view.text)) {
    const a = m.index;
    const b = a + m[0].length;
    if (b === a) {
      rule.pattern.lastIndex++;
      continue;
    }
    keep(cursor, a);
    const out = rule.replace(m);
    if (typeof out === "number") {
      const g = m.indices?.[out];
      if (g) keep(g[0], g[1]);
    } else if (out.length > 0) {
      const s = view.starts[a];
      const e = view.ends[b - 1];
      text.push(out);
      for (let i = 0; i < out.length; i++) {
        starts.push(s);
        ends.push(e);
      }
    }
    cursor = b;
  }
  keep(cursor, view.text.length);
  return { text: text.join(""), starts, ends };
}

export function rewriteAll(view: View, rules: Rewrite[]): View {
  return rules.reduce(rewrite, view);
}

/** Drops the given view spans (sorted or not) from the view. */
export function without(view: View, spans: Span[]): View {
  if (spans.length === 0) return view;
  const drop = new Uint8Array(view.text.length);
  for (const s of spans) for (let i = Math.max(0, s.start); i < Math.min(s.end, drop.length); i++) drop[i] = 1;
  const text: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < drop.length; i++) {
    if (drop[i]) continue;
    text.push(view.text[i]);
    starts.push(view.starts[i]);
    ends.push(view.ends[i]);
  }
  return { text: text.join(""), starts, ends };
}
