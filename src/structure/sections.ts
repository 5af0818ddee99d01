// Sections and paragraphs of an article, in view positions. The front matter (header, title,
// byline) is read from the first blocks, the Notes list from its heading on; in between, body
// text is cut at heading lines, and disclaimer, bio and rights blocks are recognised by their cues.
import type { Span } from "../text/view.js";
import type { SectionKind } from "../schema/sections.js";
import { findBlocks, flat, type Block } from "./blocks.js";
import {
  bareName,
  disclaimerCue,
  endsSentence,
  headerCue,
  headingLike,
  headingText,
  notesHeading,
  rightsCue,
  splitNames,
} from "./cues.js";
import { readLabel, readNotesList, type NotesList } from "./notes-list.js";

// "About the authors", "The author", "Contributors": a heading over the bios
const aboutHeading = /^(?:about the (?:authors?|contributors?)|the authors?|authors?|contributors?|biograph(?:y|ies))$/i;

type LayoutSection = {
  kind: SectionKind;
  heading: string | null;
  headingSpan: Span | null;
  span: Span;
  paragraphs: Span[];
};
export type Layout = { sections: LayoutSection[]; notes: NotesList | null };

/** Markdown and hard-wrapped exports can put a heading line directly above its paragraph. */
function splitHeadingLines(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => {
    const nl = b.text.indexOf("\n");
    if (nl < 0 || !/^#{1,6}\s/.test(b.text)) return [b];
    const rest = b.text.slice(nl + 1);
    // a heading wrapped onto a second short line is still one heading
    if (!rest.includes("\n") && rest.length <= 80 && !endsSentence(rest)) return [b];
    const skip = rest.length - rest.trimStart().length;
    return [
      { start: b.start, end: b.start + nl, text: b.text.slice(0, nl), lines: 1 },
      { start: b.start + nl + 1 + skip, end: b.end, text: rest.trimStart(), lines: b.lines - 1 },
    ];
  });
}

const bylineLike = (text: string) => {
  const t = text.replace(/^by\s+/i, "").trim();
  if (t.length > 160 || /[.!?]$/.test(t.replace(/\b\p{Lu}\.$/u, "")) && !/\)$/.test(t)) return false;
  return /^(?:by\s+)?\p{Lu}/iu.test(text) && t.split(/\s+/).length <= 16 && !headerCue.test(t);
};

/** The sections read so far, and the two ways a block joins them. */
class Sections {
  readonly list: LayoutSection[] = [];
  get last(): LayoutSection | undefined {
    return this.list[this.list.length - 1];
  }
  /** A new section of `kind` opening with `block` (under `heading`, which may be the block itself). */
  add(kind: SectionKind, block: Block, heading: Block | null = null) {
    this.list.push({
      kind,
      heading: heading ? headingText(flat(heading.text)) : null,
      headingSpan: heading ? { start: heading.start, end: heading.end } : null,
      span: { start: (heading ?? block).start, end: block.end },
      paragraphs: heading === block ? [] : [{ start: block.start, end: block.end }],
    });
  }
  /** The block continues the last section: as a new paragraph, or joined to its last one. */
  extend(block: Block, join: boolean) {
    const s = this.last!;
    s.span.end = block.end;
    const last = s.paragraphs[s.paragraphs.length - 1];
    if (join && last) last.end = block.end;
    else s.paragraphs.push({ start: block.start, end: block.end });
  }
}

/** Front matter: header, title and byline from the first blocks. Returns the next block and the authors. */
function frontMatter(blocks: Block[], notesAt: number, out: Sections): { next: number; authors: string[] } {
  // The header runs to the last of the first blocks that carries header cues. A title-like block
  // before it is the title when no other title follows the header ("TITLE" / "Vol. 7, No. 4" /
  // "By …"), and a masthead of the header when one does.
  let i = 0;
  let headerEnd = -1;
  const isHeader = (b: Block) => headerCue.test(b.text) && !/^#\s/.test(b.text);
  const titleLike = (b: Block) => /^#\s/.test(b.text) || headingLike(b.text) || b.lines <= 3;
  for (let k = 0; k < Math.min(4, notesAt); k++) if (isHeader(blocks[k])) headerEnd = k;
  const after = blocks[headerEnd + 1];
  if (headerEnd === 1 && !isHeader(blocks[0]) && titleLike(blocks[0]) && after && bylineLike(flat(after.text))) {
    out.add("title", blocks[0]);
    out.add("header", blocks[1]);
    i = 2;
  } else {
    for (; i <= headerEnd; i++) i === 0 ? out.add("header", blocks[i]) : out.extend(blocks[i], false);
    if (i < notesAt && titleLike(blocks[i])) out.add("title", blocks[i++]);
  }
  let authors: string[] = [];
  if (i < notesAt && bylineLike(flat(blocks[i].text))) {
    authors = splitNames(flat(blocks[i].text).replace(/^by\s+/i, ""));
    out.add("byline", blocks[i++]);
  }
  return { next: i, authors };
}

const bioVerb = /\b(?:is|was|serves|served|holds|has been|teaches|works)\b/;

/** The kind of a back-matter block (rights, disclaimer, an author's bio), or null for body text. */
function backMatterReader(authors: string[]): (t: string) => SectionKind | null {
  const surnames = authors.map((a) => bareName(a).split(" ").pop()!.toLowerCase()).filter(Boolean);
  const isBio = (t: string) => {
    const start = t.split(/\s+/, 6).join(" ").toLowerCase(); // split no further than the sixth word
    if (/^about the (?:authors?|contributors?)\b/i.test(t)) return true;
    if (surnames.length) return surnames.some((s) => start.includes(s)) && bioVerb.test(t.slice(0, 200));
    // no byline to name the authors: a short paragraph opening "Dr. Jane Doe is a senior fellow …"
    return t.length < 1500 && /^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\s+(?:is|was|serves|holds|teaches|works)\s+(?:a|an|the|as|at)\b/u.test(t);
  };
  return (t) => {
    if (rightsCue.test(t) && t.length < 1500) return "rights";
    if (disclaimerCue.test(t) && t.length < 600) return "disclaimer";
    if (isBio(t)) return "bio";
    return null;
  };
}

const aboutBlock = (b: Block) => headingLike(b.text) && aboutHeading.test(headingText(b.text));

/** Body text, headings and back matter (disclaimer, bio, rights), which may also follow the notes. */
function readBody(text: string, blocks: Block[], from: number, to: number, out: Sections, backMatter: (t: string) => SectionKind | null) {
  let prevKind: SectionKind | null = null;
  for (let k = from; k < to; k++) {
    const b = blocks[k];
    const t = flat(b.text);
    const current = out.last;
    const lastPara = current?.paragraphs[current.paragraphs.length - 1];
    // a block that continues a sentence cut by a page break joins its paragraph
    const midSentence = current && ["body", "bio"].includes(current.kind) && lastPara && !endsSentence(text.slice(lastPara.start, lastPara.end));
    if (midSentence && !/^#{1,6}\s/.test(b.text)) {
      out.extend(b, true);
      continue;
    }
    const kind: SectionKind = backMatter(t) ?? (prevKind === "bio" && /^(?:she|he|they|her|his|their)\b/i.test(t) ? "bio" : "body");
    const nextStartsLower = k + 1 < to && /^\p{Ll}/u.test(blocks[k + 1].text);
    if (aboutBlock(b)) {
      out.add("bio", b, b);
      prevKind = "bio";
      continue;
    }
    if (kind === "body" && headingLike(b.text) && !nextStartsLower) out.add("body", b, b);
    else if (kind === prevKind && (kind !== "body" || current?.kind === "body")) out.extend(b, false);
    else if (kind === "bio" && current?.kind === "bio" && current.paragraphs.length === 0) out.extend(b, false);
    else out.add(kind, b);
    prevKind = kind;
  }
}

/** The notes section from its heading: to the end, or to back matter that some bulletins print after it. */
function readNotes(text: string, blocks: Block[], notesAt: number, out: Sections, backMatter: (t: string) => SectionKind | null) {
  const heading = blocks[notesAt];
  let notesEnd = notesAt + 1;
  while (notesEnd < blocks.length && !aboutBlock(blocks[notesEnd]) && !(backMatter(flat(blocks[notesEnd].text)) && !readLabel(blocks[notesEnd].text, 0)))
    notesEnd++;
  const rest = blocks.slice(notesAt + 1, notesEnd);
  const notes = readNotesList(text, rest);
  out.list.push({
    kind: "notes",
    heading: headingText(heading.text),
    headingSpan: { start: heading.start, end: heading.end },
    span: { start: heading.start, end: rest.length ? rest[rest.length - 1].end : heading.end },
    paragraphs: notes.entries.map((e) => ({ start: e.start, end: e.end })),
  });
  return { notes, notesEnd };
}

export function layout(text: string): Layout {
  const blocks = splitHeadingLines(findBlocks(text));
  const out = new Sections();
  let notesAt = blocks.findIndex((b, i) => i > 1 && notesHeading.test(headingText(b.text)));
  if (notesAt < 0) notesAt = blocks.length;
  const { next, authors } = frontMatter(blocks, notesAt, out);
  const backMatter = backMatterReader(authors);
  readBody(text, blocks, next, notesAt, out, backMatter);
  if (notesAt === blocks.length) return { sections: out.list, notes: null };
  const { notes, notesEnd } = readNotes(text, blocks, notesAt, out, backMatter);
  readBody(text, blocks, notesEnd, blocks.length, out, backMatter);
  return { sections: out.list, notes };
}
