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

export function layout(text: string): Layout {
  const blocks = splitHeadingLines(findBlocks(text));
  const sections: LayoutSection[] = [];
  const add = (kind: SectionKind, block: Block, heading: Block | null = null) => {
    const span = { start: (heading ?? block).start, end: block.end };
    sections.push({
      kind,
      heading: heading ? headingText(flat(heading.text)) : null,
      headingSpan: heading ? { start: heading.start, end: heading.end } : null,
      span,
      paragraphs: heading === block ? [] : [{ start: block.start, end: block.end }],
    });
  };
  const extend = (block: Block, join: boolean) => {
    const s = sections[sections.length - 1];
    s.span.end = block.end;
    const last = s.paragraphs[s.paragraphs.length - 1];
    if (join && last) last.end = block.end;
    else s.paragraphs.push({ start: block.start, end: block.end });
  };

  let notesAt = blocks.findIndex((b, i) => i > 1 && notesHeading.test(headingText(b.text)));
  if (notesAt < 0) notesAt = blocks.length;

  // Front matter: the header runs to the last of the first blocks that carries header cues. A
  // title-like block before it is the title when no other title follows the header ("TITLE" /
  // "Vol. 7, No. 4" / "By …"), and a masthead of the header when one does.
  let i = 0;
  let headerEnd = -1;
  const isHeader = (b: Block) => headerCue.test(b.text) && !/^#\s/.test(b.text);
  const titleLike = (b: Block) => /^#\s/.test(b.text) || headingLike(b.text) || b.lines <= 3;
  for (let k = 0; k < Math.min(4, notesAt); k++) if (isHeader(blocks[k])) headerEnd = k;
  const after = blocks[headerEnd + 1];
  if (headerEnd === 1 && !isHeader(blocks[0]) && titleLike(blocks[0]) && after && bylineLike(flat(after.text))) {
    add("title", blocks[0]);
    add("header", blocks[1]);
    i = 2;
  } else {
    for (; i <= headerEnd; i++) i === 0 ? add("header", blocks[i]) : extend(blocks[i], false);
    if (i < notesAt && titleLike(blocks[i])) add("title", blocks[i++]);
  }
  let authors: string[] = [];
  if (i < notesAt && bylineLike(flat(blocks[i].text))) {
    authors = splitNames(flat(blocks[i].text).replace(/^by\s+/i, ""));
    add("byline", blocks[i++]);
  }
  const surnames = authors.map((a) => bareName(a).split(" ").pop()!.toLowerCase()).filter(Boolean);

  const bioVerb = /\b(?:is|was|serves|served|holds|has been|teaches|works)\b/;
  const isBio = (t: string) => {
    const start = t.split(/\s+/).slice(0, 6).join(" ").toLowerCase();
    if (/^about the (?:authors?|contributors?)\b/i.test(t)) return true;
    if (surnames.length) return surnames.some((s) => start.includes(s)) && bioVerb.test(t.slice(0, 200));
    // no byline to name the authors: a short paragraph opening "Dr. Jane Doe is a senior fellow …"
    return t.length < 1500 && /^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}\s+(?:is|was|serves|holds|teaches|works)\s+(?:a|an|the|as|at)\b/u.test(t);
  };

  // Body text, headings and back matter (disclaimer, bio, rights), which may also follow the notes.
  const readBody = (from: number, to: number) => {
    let prevKind: SectionKind | null = null;
    for (let k = from; k < to; k++) {
      const b = blocks[k];
      const t = flat(b.text);
      const current = sections[sections.length - 1];
      const lastPara = current?.paragraphs[current.paragraphs.length - 1];
      const midSentence =
        current && ["body", "bio"].includes(current.kind) && lastPara && !endsSentence(text.slice(lastPara.start, lastPara.end));
      if (midSentence && !/^#{1,6}\s/.test(b.text)) {
        extend(b, true);
        continue;
      }
      const kind: SectionKind = backMatter(t) ?? (prevKind === "bio" && /^(?:she|he|they|her|his|their)\b/i.test(t) ? "bio" : "body");
      const nextStartsLower = k + 1 < to && /^\p{Ll}/u.test(blocks[k + 1].text);
      if (headingLike(b.text) && aboutHeading.test(headingText(b.text))) {
        add("bio", b, b);
        prevKind = "bio";
        continue;
      }
      if (kind === "body" && headingLike(b.text) && !nextStartsLower) add("body", b, b);
      else if (kind === prevKind && (kind !== "body" || current?.kind === "body")) extend(b, false);
      else if (kind === "bio" && current?.kind === "bio" && current.paragraphs.length === 0) extend(b, false);
      else add(kind, b);
      prevKind = kind;
    }
  };
  const backMatter = (t: string): SectionKind | null => {
    if (rightsCue.test(t) && t.length < 1500) return "rights";
    if (disclaimerCue.test(t) && t.length < 600) return "disclaimer";
    if (isBio(t)) return "bio";
    return null;
  };

  readBody(i, notesAt);

  let notes: NotesList | null = null;
  if (notesAt < blocks.length) {
    const heading = blocks[notesAt];
    // the notes run to the end, or to back matter that some bulletins print after them
    let notesEnd = notesAt + 1;
    while (
      notesEnd < blocks.length &&
      !(headingLike(blocks[notesEnd].text) && aboutHeading.test(headingText(blocks[notesEnd].text))) &&
      !(backMatter(flat(blocks[notesEnd].text)) && !readLabel(blocks[notesEnd].text, 0))
    )
      notesEnd++;
    const rest = blocks.slice(notesAt + 1, notesEnd);
    notes = readNotesList(text, rest);
    const end = rest.length ? rest[rest.length - 1].end : heading.end;
    sections.push({
      kind: "notes",
      heading: headingText(heading.text),
      headingSpan: { start: heading.start, end: heading.end },
      span: { start: heading.start, end },
      paragraphs: notes.entries.map((e) => ({ start: e.start, end: e.end })),
    });
    readBody(notesEnd, blocks.length);
  }
  return { sections, notes };
}
