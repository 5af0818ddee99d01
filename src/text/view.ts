// A view is a working copy of (part of) the source text in which every character remembers the
// source span it came from. Extractors read views and report view spans; `toSource` turns those
// into source spans, so `source.slice(start, end) === text` holds by construction. The maps are
// typed arrays: a view of a 5 MB input costs 40 MB, not the 160 MB of number arrays.
//
// View positions and source positions have distinct types, so that passing one where the other is
// expected fails `tsc`: a plain `{ start, end }` is a view span, and a source span is made only by
// `toSource` or `sourceSpan`.
export type View = { text: string; starts: Int32Array; ends: Int32Array };
declare const inSource: unique symbol;
/** Positions in the source text, as records carry them. */
export type SourceSpan = { start: number; end: number; readonly [inSource]: true };
/** Positions in a view, as the extractors read and report them. */
export type ViewSpan = { start: number; end: number; readonly [inSource]?: never };
/** The extractors' short name for a view span. */
export type Span = ViewSpan;
/** A record found in a view, with its span in source positions. */
export type Sourced<T extends ViewSpan> = Omit<T, keyof ViewSpan> & SourceSpan;

/** A span the caller knows to be in source positions. */
export function sourceSpan(start: number, end: number): SourceSpan {
  return { start, end } as SourceSpan;
}

export function identityView(source: string): View {
  const starts = new Int32Array(source.length);
  const ends = new Int32Array(source.length);
  for (let i = 0; i < source.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text: source, starts, ends };
}

/** Source span of the view characters [a, b). An empty view span maps to an empty source span. */
export function toSource(view: View, a: number, b: number): SourceSpan {
  if (b <= a) {
    const at = a < view.starts.length ? view.starts[a] : (view.ends[view.ends.length - 1] ?? 0);
    return sourceSpan(at, at);
  }
  return sourceSpan(view.starts[a], view.ends[b - 1]);
}

/** The record with its view span turned into source positions. */
export function recordToSource<T extends ViewSpan>(view: View, record: T): Sourced<T> {
  return { ...record, ...toSource(view, record.start, record.end) };
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
  return { text: view.text.slice(a, b), starts: view.starts.subarray(a, b), ends: view.ends.subarray(a, b) };
}

/** Builds a view piece by piece: characters kept from another view, or new text mapped to a span. */
export class ViewBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;
  constructor(capacity: number) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }
  private grow(extra: number) {
    if (this.length + extra <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + extra);
    const s = new Int32Array(size);
    const e = new Int32Array(size);
    s.set(this.starts.subarray(0, this.length));
    e.set(this.ends.subarray(0, this.length));
    this.starts = s;
    this.ends = e;
  }
  keep(from: View, a: number, b: number): void {
    if (b <= a) return;
    this.grow(b - a);
    this.parts.push(from.text.slice(a, b));
    this.starts.set(from.starts.subarray(a, b), this.length);
    this.ends.set(from.ends.subarray(a, b), this.length);
    this.length += b - a;
  }
  emit(text: string, source: SourceSpan): void {
    if (!text) return;
    this.grow(text.length);
    this.parts.push(text);
    this.starts.fill(source.start, this.length, this.length + text.length);
    this.ends.fill(source.end, this.length, this.length + text.length);
    this.length += text.length;
  }
  get size(): number {
    return this.length;
  }
  build(): View {
    return { text: this.parts.join(""), starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }
}

/**
 * One rewrite pass. For every match of `pattern` (needs the `g` and `d` flags), `replace` returns
 * either a string, emitted in place of the match and mapped to the whole match, or a group number,
 * whose text is kept with its own mapping while the rest of the match is dropped.
 */
export type Rewrite = { pattern: RegExp; replace: (m: RegExpExecArray) => string | number };

function rewrite(view: View, rule: Rewrite): View {
  rule.pattern.lastIndex = 0;
  if (!rule.pattern.test(view.text)) return view; // most passes find nothing to do
  const out = new ViewBuilder(view.text.length);
  let cursor = 0;
  rule.pattern.lastIndex = 0;
  for (let m = rule.pattern.exec(view.text); m; m = rule.pattern.exec(view.text)) {
    const a = m.index;
    const b = a + m[0].length;
    if (b === a) {
      rule.pattern.lastIndex++;
      continue;
    }
    out.keep(view, cursor, a);
    const r = rule.replace(m);
    if (typeof r === "number") {
      const g = m.indices?.[r];
      if (g) out.keep(view, g[0], g[1]);
    } else out.emit(r, toSource(view, a, b));
    cursor = b;
  }
  out.keep(view, cursor, view.text.length);
  return out.build();
}

export function rewriteAll(view: View, rules: Rewrite[]): View {
  return rules.reduce(rewrite, view);
}

/** Drops the given view spans from the view. */
export function without(view: View, spans: ViewSpan[]): View {
  if (spans.length === 0) return view;
  const out = new ViewBuilder(view.text.length);
  let cursor = 0;
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    if (s.start < cursor) continue;
    out.keep(view, cursor, s.start);
    cursor = s.end;
  }
  out.keep(view, cursor, view.text.length);
  return out.build();
}

/** Views in JSON (the stage scripts' files) carry their maps as plain arrays. */
export function viewToJson(view: View): { text: string; starts: number[]; ends: number[] } {
  return { text: view.text, starts: Array.from(view.starts), ends: Array.from(view.ends) };
}

export function viewFromJson(json: { text: string; starts: number[]; ends: number[] }): View {
  return { text: json.text, starts: Int32Array.from(json.starts), ends: Int32Array.from(json.ends) };
}
