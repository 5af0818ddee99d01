// Note calls in the running text: superscript digit runs (¹, ²¹), bracketed numbers ([3], [^3]),
// and plain digits glued to the end of a sentence where the superscript was lost ("commander.7").
// A plain digit counts only where the sequence of surer calls and the notes list make room for it.
import type { Span } from "../text/view.js";
import type { CallStyle } from "../schema/footnotes.js";
import { superscriptRun, superscriptValue } from "../text/superscript.js";
import { lastStartingAtOrBefore } from "../text/mask.js";

export type Call = Span & { number: number; style: CallStyle };

const unitBefore = /(?:\b(?:k?m|cm|mm|ft|mi|in|sq)|\d)$/; // km², m³, 10²: powers, not calls
// after a word and punctuation ("commander.7"), or after a year that ends a sentence ("in 2022.9");
// the digit is looked for first, so that the look back is made only before digits, not everywhere
const plainCall = /(?=\d)(?<=[^\d\s][.,;:!?]["'”’)]{0,2}|(?<![\d.,])(?:1[5-9]|20)\d\d[.!?]["'”’)]{0,2})(\d{1,3})(?=\s|$)/g;
const abbreviationBefore = /\b(?:no|nos|p|pp|vol|art|fig|para|ch|sec|op|cit|ibid|id)\.$/i;

export function findCalls(text: string, regions: Span[], noteNumbers: Set<number>): Call[] {
  const sure: Call[] = [];
  const plain: Call[] = [];
  for (const r of regions) {
    const part = text.slice(r.start, r.end);
    for (const m of part.matchAll(superscriptRun)) {
      if (unitBefore.test(part.slice(Math.max(0, m.index - 4), m.index))) continue;
      sure.push({ start: r.start + m.index, end: r.start + m.index + m[0].length, number: superscriptValue(m[0]), style: "superscript" });
    }
    for (const m of part.matchAll(/\[\^?(\d{1,3})\](?!:)/g)) {
      sure.push({ start: r.start + m.index, end: r.start + m.index + m[0].length, number: Number(m[1]), style: "bracket" });
    }
    for (const m of part.matchAll(plainCall)) {
      const before = part.slice(Math.max(0, m.index - 12), m.index).replace(/["'”’)*]+$/, "");
      if (abbreviationBefore.test(before) || /\b\p{Lu}\.$/u.test(before)) continue;
      plain.push({ start: r.start + m.index, end: r.start + m.index + m[0].length, number: Number(m[1]), style: "plain" });
    }
  }
  sure.sort((a, b) => a.start - b.start);
  const accepted = plain.filter((p) => {
    if (p.number === 0 || (noteNumbers.size > 0 && !noteNumbers.has(p.number))) return false;
    const at = lastStartingAtOrBefore(sure, p.start);
    const prev = sure[at];
    const next = sure[at + 1];
    return (!prev || prev.number < p.number) && (!next || next.number > p.number);
  });
  return [...sure, ...accepted].sort((a, b) => a.start - b.start);
}
