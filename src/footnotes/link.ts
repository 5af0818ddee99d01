// Notes numbered (by label, or by place where the label was lost), their addresses collected
// (displaced ones given back to their owner), calls linked to notes both ways, and every
// inconsistency between calls and notes reported as a warning with a place.
import { findDates } from "../extract/dates.js";
import { flat } from "../structure/blocks.js";
import type { Layout } from "../structure/sections.js";
import type { Span, View } from "../text/view.js";
import { findCalls, type Call } from "./calls.js";
import { findUrls } from "./urls.js";

export type LinkedNote = Span & { number: number; labelled: boolean; urls: string[] };
export type ViewWarning = { code: string; message: string; span: Span | null };
export type FootnoteLinks = { calls: Call[]; notes: LinkedNote[]; warnings: ViewWarning[] };

export function linkFootnotes(view: View, layout: Layout): FootnoteLinks {
  const text = view.text;
  const warnings: ViewWarning[] = [];
  const notes: LinkedNote[] = [];
  let last = 0;
  for (const e of layout.notes?.entries ?? []) {
    const number = e.label ? e.label.number : last + 1;
    if (!e.label)
      warnings.push({
        code: "note-label-inferred",
        message: `a note lost its label; numbered ${number} by its place after note ${last || "(none)"}`,
        span: e,
      });
    last = number;
    const urls = findUrls(text.slice(e.start, e.end));
    for (const u of urls.filter((x) => x.repaired))
      warnings.push({ code: "url-repaired", message: `note ${number}: an address broken across lines was re-joined: ${u.url}`, span: { start: e.start + u.start, end: e.start + u.end } });
    notes.push({ start: e.start, end: e.end, number, labelled: !!e.label, urls: unique(urls.map((u) => u.url)) });
  }

  for (const stray of layout.notes?.strayUrls ?? []) {
    const url = findUrls(text.slice(stray.start, stray.end).replace(/\s*\n\s*/g, ""))[0]?.url;
    if (!url) continue;
    const bare = notes.filter((n) => n.urls.length === 0);
    const distance = (n: LinkedNote) => Math.abs(n.start - stray.start);
    const owner =
      bare.filter((n) => /:\s*$/.test(text.slice(n.start, n.end))).sort((a, b) => distance(a) - distance(b))[0] ??
      bare.filter((n) => n.start > stray.start).sort((a, b) => distance(a) - distance(b))[0];
    if (owner) owner.urls.push(url);
    warnings.push({
      code: "url-displaced",
      message: owner
        ? `an address stands apart from its note; given to note ${owner.number}, which has none: ${url}`
        : `an address stands apart from every note and has no owner: ${url}`,
      span: stray,
    });
  }

  const notesSection = layout.sections.find((s) => s.kind === "notes");
  const regions = layout.sections.filter((s) => s.kind !== "header" && s.kind !== "notes").map((s) => s.span);
  const calls = findCalls(text, regions, new Set(notes.map((n) => n.number)));
  for (const c of calls.filter((x) => x.style === "plain"))
    warnings.push({ code: "call-plain-digit", message: `call ${c.number} is a plain digit after a sentence (a lost superscript)`, span: c });
  for (const c of calls.filter((x) => !notes.some((n) => n.number === x.number)))
    warnings.push({
      code: "call-without-note",
      message: notesSection ? `call ${c.number} has no note ${c.number} in the notes list` : `call ${c.number}, but the article has no notes list`,
      span: c,
    });
  for (const n of notes.filter((x) => !calls.some((c) => c.number === x.number)))
    warnings.push({ code: "note-without-call", message: `note ${n.number} is never called in the text`, span: n });
  warnings.push(...sameUrlConflicts(text, notes));
  return { calls, notes, warnings };
}

const unique = (xs: string[]) => [...new Set(xs)];

function titleOf(note: string): string | null {
  const m = /[“"]([^”"]{8,}?)[,.]?[”"]/.exec(note);
  return m ? m[1].replace(/[,.\s]+$/, "").toLowerCase() : null;
}

function sameUrlConflicts(text: string, notes: LinkedNote[]): ViewWarning[] {
  const out: ViewWarning[] = [];
  for (let i = 0; i < notes.length; i++)
    for (let j = i + 1; j < notes.length; j++) {
      const a = notes[i];
      const b = notes[j];
      const shared = a.urls.find((u) => b.urls.includes(u));
      if (!shared) continue;
      const ta = flat(text.slice(a.start, a.end));
      const tb = flat(text.slice(b.start, b.end));
      const da = findDates(ta).map((d) => d.value).filter((v) => v.length > 4)[0];
      const db = findDates(tb).map((d) => d.value).filter((v) => v.length > 4)[0];
      if (da && db && da !== db)
        out.push({ code: "same-url-different-date", message: `notes ${a.number} and ${b.number} cite ${shared} dated ${da} and ${db}`, span: b });
      const ha = titleOf(ta);
      const hb = titleOf(tb);
      if (ha && hb && ha !== hb)
        out.push({ code: "same-url-different-title", message: `notes ${a.number} and ${b.number} cite ${shared} under two titles`, span: b });
    }
  return out;
}
