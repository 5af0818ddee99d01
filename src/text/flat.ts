// The flat view the extractors read: each text unit (heading, paragraph, note) on one line, with
// hard wraps and page breaks folded into spaces, words hyphenated at a line end re-joined and note
// calls taken out; units are separated by a blank line.
import { rewriteAll, subView, without, type Span, type View } from "./view.js";

export type Unit = Span & { section: number; kind: "heading" | "paragraph" };
export type Flat = { view: View; units: Unit[] };

const foldRules = [
  { pattern: /(?<=\p{Ll})-[ \t]*\n\s*(?=\p{Ll})/dgu, replace: () => "" },
  { pattern: /[ \t]*\n\s*/dg, replace: () => " " },
];

export function flatten(article: View, units: Array<Span & { section: number; kind: Unit["kind"] }>, calls: Span[]): Flat {
  const text: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const out: Unit[] = [];
  let length = 0;
  for (const u of [...units].sort((a, b) => a.start - b.start)) {
    const inside = calls.filter((c) => c.start >= u.start && c.end <= u.end).map((c) => ({ start: c.start - u.start, end: c.end - u.start }));
    const v = rewriteAll(without(subView(article, u.start, u.end), inside), foldRules);
    if (length > 0) {
      const at = starts[starts.length - 1];
      text.push("\n\n");
      starts.push(at, at);
      ends.push(at, at);
      length += 2;
    }
    out.push({ start: length, end: length + v.text.length, section: u.section, kind: u.kind });
    text.push(v.text);
    for (let k = 0; k < v.starts.length; k++) {
      starts.push(v.starts[k]);
      ends.push(v.ends[k]);
    }
    length += v.text.length;
  }
  return { view: { text: text.join(""), starts, ends }, units: out };
}
