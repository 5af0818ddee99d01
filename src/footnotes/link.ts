// Notes numbered (by label, or by place where the label was lost), their addresses collected
// (displaced ones given back to their owner), calls linked to notes both ways, and every
// inconsistency between calls and notes reported as a warning with a place.
import { findDates } from "../extract/dates.js";
import { flat } from "../structure/blocks.js";
import type { Layout } from "../structure/sections.js";
import type { Span, View } from "../text/view.js";
import type { WarningCode } from "../schema/common.js";
import { findCalls, type Call } from "./calls.js";
import { findUrls } from "./urls.js";

type LinkedNote = Span & { number: number; labelled: boolean; urls: string[] };
export type ViewWarning = { code: WarningCode; message: string; span: Span | null };
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
  const noted = new Set(notes.map((n) => n.number));
  const called = new Set(calls.map((c) => c.number));
  for (const c of calls.filter((x) => !noted.has(x.number)))
    warnings.push({
      code: "call-without-note",
      message: notesSection ? `call ${c.number} has no note ${c.number} in the notes list` : `call ${c.number}, but the article has no notes list`,
      span: c,
    });
  for (const n of notes.filter((x) => !called.has(x.number)))
    warnings.push({ code: "note-without-call", message: `note ${n.number} is never called in the text`, span: n });
  warnings.push(...sameUrlConflicts(text, notes));
  return { calls, notes, warnings };
}

const unique = (xs: string[]) => [...new Set(xs)];

function titleOf(note: string): string | null {
  const m = /[“"]([^”"]{8,}?)[,.]?[”"]/.exec(note);
  return m ? m[1].replace(/[,.\s]+$/, "").toLowerCase() : null;
}

/** Notes citing one address with another date or title than the first note that cites it. */
function sameUrlConflicts(text: string, notes: LinkedNote[]): ViewWarning[] {
  const out: ViewWarning[] = [];
  const first = new Map<string, { note: LinkedNote; date?: string; title: string | null }>();
  const citing = new Map<string, number>();
  for (const n of notes) for (const url of unique(n.urls)) citing.set(url, (citing.get(url) ?? 0) + 1);
  for (const n of notes) {
    // only an address that two notes cite can give a conflict: the other notes are not read for dates
    if (!n.urls.some((url) => citing.get(url)! > 1)) continue;
    const t = flat(text.slice(n.start, n.end));
    const date = findDates(t).map((d) => d.value).find((v) => v.length > 4);
    const title = titleOf(t);
    for (const url of n.urls) {
      const f = first.get(url);
      if (!f) {
        first.set(url, { note: n, date, title });
        continue;
      }
      if (f.date && date && f.date !== date)
        out.push({ code: "same-url-different-date", message: `notes ${f.note.number} and ${n.number} cite ${url} dated ${f.date} and ${date}`, span: n });
      if (f.title && title && f.title !== title)
        out.push({ code: "same-url-different-title", message: `notes ${f.note.number} and ${n.number} cite ${url} under two titles`, span: n });
    }
  }
  return out;
}
