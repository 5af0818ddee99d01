// The entries of a Notes/Endnotes list. An entry starts with a label (superscript digits, "1.",
// "1)", "[1]", "1 ") or, where conversion lost the label, stands alone between labelled entries.
// Lines that hold only an address are displaced URLs; lines without letters or digits are debris.
import type { Block } from "./blocks.js";
import { endsSentence } from "./cues.js";
import { superscriptValue } from "../text/superscript.js";

export type Label = { start: number; end: number; number: number };
export type NoteEntry = { start: number; end: number; label: Label | null };
export type NotesList = { entries: NoteEntry[]; strayUrls: Array<{ start: number; end: number }> };

const labelPattern = /^(?:([\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+)|\[\^?(\d{1,3})\]:?|\(?(\d{1,3})[.)](?=\s)|(\d{1,3})(?=\s+\S))/u;

export function readLabel(text: string, offset: number): Label | null {
  const m = labelPattern.exec(text);
  if (!m) return null;
  const number = m[1] ? superscriptValue(m[1]) : Number(m[2] ?? m[3] ?? m[4]);
  return { start: offset, end: offset + m[0].length, number };
}

const urlOnly = /^<?(?:https?:\/\/|www\.)\S+$/;

/** Splits a block whose lines each start with a label (a list without blank lines) into lines. */
function entryLines(text: string, block: Block): Block[] {
  const lines: Block[] = [];
  let at = block.start;
  for (const line of block.text.split("\n")) {
    lines.push({ start: at, end: at + line.trimEnd().length, text: line.trimEnd(), lines: 1 });
    at += line.length + 1;
  }
  const labelled = lines.filter((l) => readLabel(l.text, 0));
  if (labelled.length < 2) return [block];
  const out: Block[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && !readLabel(l.text, 0)) {
      out[out.length - 1] = { start: prev.start, end: l.end, text: text.slice(prev.start, l.end), lines: prev.lines + 1 };
    } else out.push(l);
  }
  return out;
}

export function readNotesList(text: string, blocks: Block[]): NotesList {
  const entries: NoteEntry[] = [];
  const strayUrls: NotesList["strayUrls"] = [];
  for (const block of blocks.flatMap((b) => entryLines(text, b))) {
    if (!/[\p{L}\p{N}]/u.test(block.text)) continue;
    if (urlOnly.test(block.text.replace(/\s*\n\s*/g, ""))) {
      strayUrls.push({ start: block.start, end: block.end });
      continue;
    }
    const label = readLabel(block.text, block.start);
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
