// Where citations name organisations without a head word: an italic outlet after a quoted title,
// a note's leading source before its [language] tag or quoted title, the publisher in
// "(City: Publisher, Year)", and the names in a comma list of outlets ("published in X, Y and Z").
import type { Span } from "../text/view.js";
import type { Mask } from "../text/mask.js";
import { UPPER_AHEAD } from "../text/patterns.js";
import { tokenAt, tokens } from "./nlp.js";

export type OrganisationContext = { inNotes: (pos: number) => boolean; italics: Span[] };

const isProperNoun = (text: string, at: number) => tokens(text)[tokenAt(text, at)]?.pos === "PROPN";

/** "(London: Routledge, 2021)": the publisher in a citation. */
export function publishers(text: string): Span[] {
  return [...text.matchAll(/\(\s*\p{Lu}[\p{L} .]+:\s*(\p{Lu}[\p{L}\p{M}'’&. -]+?),\s*\d{4}\)/gu)].map((m) => {
    const at = m.index + m[0].indexOf(m[1], m[0].indexOf(":"));
    return { start: at, end: at + m[1].length };
  });
}

export function bracketSpans(text: string): Span[] {
  return [...text.matchAll(/\[[^\]\n]*\]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Italic outlets in notes: after a quoted title, or before a [tag] or (place). */
export function outlets(text: string, ctx: OrganisationContext): Span[] {
  return ctx.italics.filter((s) => {
    if (!ctx.inNotes(s.start) || s.end - s.start > 60) return false;
    const before = text.slice(Math.max(0, s.start - 4), s.start);
    const name = text.slice(s.start, s.end);
    const titleCase = name.split(/\s+/).every((w) => w.length < 4 || /^[\p{Lu}\d]/u.test(w)) && name.split(/\s+/).length <= 6;
    const placeAfter = /^,?\s*(?:\[|\(\p{Lu}[\p{L} ]+\))/u.test(text.slice(s.end, s.end + 30));
    return titleCase && (/["”][,.]?\s*$/.test(before) || placeAfter || /^\s*$/.test(text.slice(noteStart(text, s.start), s.start)));
  })
  // "*the World Food Programme*": the article set in italics with the name is not part of it
  .map((s) => ({ start: s.start + (/^the\s+/.exec(text.slice(s.start, s.end))?.[0].length ?? 0), end: s.end }));
}

function noteStart(text: string, pos: number): number {
  return text.lastIndexOf("\n", pos) + 1;
}

/** A note's leading source: "Reuters, "…"", "Aliyev Heritage [Azerbaijani]", not an author's name. */
export function noteSources(text: string, ctx: OrganisationContext, units: Span[]): Span[] {
  const out: Span[] = [];
  for (const u of units) {
    if (!ctx.inNotes(u.start)) continue;
    const m = /^\s*(\p{Lu}[\p{L}\p{M}'’.&-]*(?:[ \t/]+\p{Lu}[\p{L}\p{M}'’.&-]*){0,4}?)(?=\s*\[|,?\s*["“])/u.exec(text.slice(u.start, u.end));
    if (!m) continue;
    const name = m[1];
    const at = u.start + m[0].indexOf(name);
    const tagged = /\[/.test(text.slice(at + name.length, at + name.length + 3));
    // before a quoted title stands an author or a source: authors give two names or more, so a
    // one-word proper noun there is a source ("Reuters, "…"")
    const oneWord = !/\s/.test(name) && isProperNoun(text, at);
    if (tagged || oneWord) out.push({ start: at, end: at + name.length });
  }
  return out;
}

const ITEM = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}`;
const itemPattern = new RegExp(ITEM, "gu");
const listPattern = new RegExp(String.raw`${UPPER_AHEAD}${ITEM}(?:,[ \t]+${ITEM}){2,}(?:,?[ \t]+and[ \t]+${ITEM})?`, "gu");

/** Names in a comma list where most items are already organisations ("published in X, Y and Z"). */
export function listMembers(text: string, taken: Mask, titles: Mask): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(listPattern)) {
    const items = [...m[0].matchAll(itemPattern)].map((x) => ({ start: m.index + x.index, end: m.index + x.index + x[0].length }));
    const known = items.filter((i) => taken.hits(i)).length;
    // an italic item is a title (a book, a paper), not an outlet of the list
    if (known * 2 >= items.length && known >= 2) out.push(...items.filter((i) => !taken.hits(i) && !titles.hits(i)));
  }
  return out;
}
