// The flat view the extractors read: each text unit (heading, paragraph, note) on one line, with
// hard wraps and page breaks folded into spaces, words hyphenated at a line end re-joined and note
// calls taken out; units are separated by a blank line.
import { rewriteAll, sourceSpan, subView, ViewBuilder, without, type Span, type View } from "./view.js";

export type Unit = Span & { section: number; kind: "heading" | "paragraph" };
export type Flat = { view: View; units: Unit[] };

// The hyphen comes before the look back at the letter it follows: a pattern that opens with a
// look-behind is tried at every character, one that opens with "-" only where a hyphen stands.
const foldRules = [
  { pattern: /-(?<=\p{Ll}-)[ \t]*\n\s*(?=\p{Ll})/dgu, replace: () => "" },
  { pattern: /[ \t]*\n\s*/dg, replace: () => " " },
];

export function flatten(article: View, units: Array<Span & { section: number; kind: Unit["kind"] }>, calls: Span[]): Flat {
  const out = new ViewBuilder(article.text.length);
  const flatUnits: Unit[] = [];
  const dropped = [...calls].sort((a, b) => a.start - b.start);
  let next = 0;
  let lastEnd = 0;
  for (const u of [...units].sort((a, b) => a.start - b.start)) {
    while (next < dropped.length && dropped[next].start < u.start) next++;
    const inside: Span[] = [];
    for (let k = next; k < dropped.length && dropped[k].start < u.end; k++)
      if (dropped[k].end <= u.end) inside.push({ start: dropped[k].start - u.start, end: dropped[k].end - u.start });
    const v = rewriteAll(without(subView(article, u.start, u.end), inside), foldRules);
    if (out.size > 0) out.emit("\n\n", sourceSpan(lastEnd, lastEnd));
    flatUnits.push({ start: out.size, end: out.size + v.text.length, section: u.section, kind: u.kind });
    out.keep(v, 0, v.text.length);
    if (v.text.length) lastEnd = v.ends[v.text.length - 1];
  }
  return { view: out.build(), units: flatUnits };
}
