// The entries of a Notes/Endnotes list. An entry starts with a label (superscript digits, "1.",
// "1)", "[1]", "1 ") or, where conversion lost the label, stands alone between labelled entries.
// Lines that hold only an address are displaced URLs; lines without letters or digits are debris.
import type { Block } from "./blocks.js";
import { endsSentence } from "./cues.js";
import { superscriptValue } from "../text/superscript.js";

type Label = { start: number; end: number; number: number };
type NoteEntry = { start: number; end: number; label: Label | null };
export type NotesList = { entries: NoteEntry[]; strayUrls: Array<{ start: number; end: number }> };

// Label styles, in the order tried: ¹, [1] / [^1]: , 1. / 1) / (1), and a bare "1 ".
const styles: Array<[string, RegExp]> = [
  ["superscript", /^[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/u],
  ["bracket", /^\[\^?(\d{1,3})\]:?/],
  ["dot", /^\(?(\d{1,3})[.)](?=\s)/],
  ["bare", /^(\d{1,3})(?=\s+\S)/],
];

export function readLabel(text: string, offset: number, only?: string): (Label & { style: string }) | null {
  for (const [style, re] of styles) {
    if (only && style !== only) continue;
    const m = re.exec(text);
    if (m) return { start: offset, end: offset + m[0].length, number: m[1] ? Number(m[1]) : superscriptValue(m[0]), style };
  }
  return null;
}

/** The style most entries of the list start with: a line in another style is not a label
 *  ("8 February 2024, …" wrapped to the start of a line in a list labelled "[8]"). */
function listStyle(blocks: Block[]): string | undefined {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const style = readLabel(b.text, 0)?.style;
    if (style) counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0];
}

const urlOnly = /^<?(?:https?:\/\/|www\.)\S+$/;

/** Splits a block whose lines start with consecutive labels (a list without blank lines) into entries. */
function entryLines(text: string, block: Block, style: string | undefined): Block[] {
  const lines: Block[] = [];
  let at = block.start;
  for (const line of block.text.split("\n")) {
    lines.push({ start: at, end: at + line.trimEnd().length, text: line.trimEnd(), lines: 1 });
    at += line.length + 1;
  }
  const out: Block[] = [];
  let last = readLabel(lines[0].text, 0, style)?.number;
  for (const l of lines) {
    const prev = out[out.length - 1];
    const label = prev ? readLabel(l.text, 0, style) : null;
    // a new entry only where the next number follows: a wrapped line may start with any number
    if (prev && !(label && last !== undefined && label.number === last + 1)) {
      out[out.length - 1] = { start: prev.start, end: l.end, text: text.slice(prev.start, l.end), lines: prev.lines + 1 };
    } else {
      out.push(l);
      if (label) last = label.number;
    }
  }
  return out;
}

export function readNotesList(text: string, blocks: Block[]): NotesList {
  const entries: NoteEntry[] = [];
  const strayUrls: NotesList["strayUrls"] = [];
  const style = listStyle(blocks);
  for (const block of blocks.flatMap((b) => entryLines(text, b, style))) {
    if (!/[\p{L}\p{N}]/u.test(block.text)) continue;
    if (urlOnly.test(block.text.replace(/\s*\n\s*/g, ""))) {
      strayUrls.push({ start: block.start, end: block.end });
      continue;
    }
    const found = readLabel(block.text, block.start, style);
    const label = found && { start: found.start, end: found.end, number: found.number };
    const prev = entries[entries.length - 1];
    const prevText = prev ? text.slice(prev.start, prev.end) : "";
    if (!label && prev && !endsSentence(prevText) && !/https?:\/\/\S+$/.test(prevText)) {
      prev.end = block.end; // the entry was cut by a page break
      continue;
    }
    entries.push({ start: block.start, end: block.end, label });
  }
  return { entries, strayUrls };
}
