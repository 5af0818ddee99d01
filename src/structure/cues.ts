// Genre cues: words and shapes that mark the parts of a bulletin article. They describe the genre
// (how think-tank bulletins label their parts), not any one article.
import { namesABody } from "../extract/organisations.js";

export const notesHeading = /^(?:#{1,6}\s*)?(?:end\s?notes|foot\s?notes|notes|references|sources)\s*:?$/i;

export const headerCue = /\b(?:editors?|edited by)\b|\bvol(?:\.|ume)\s*\d|\b(?:no\.|number|issue)\s*\d/i;

export const rightsCue = /all rights reserved|©|\bcopyright\b|may be (?:re)?published|republished|reproduc(?:ed|tion)\b/i;

export const disclaimerCue =
  /\b(?:opinions|views)\s+(?:expressed|presented|stated)|do(?:es)? not necessarily (?:reflect|represent)|(?:are|is) (?:the|those of the) authors?['’]?s?['’]? (?:own|alone)|authors?['’]?s?['’]? alone|sole responsibility of the author/i;

const honorific =
  /^(?:(?:dr|prof|professor|mr|mrs|ms|miss|sir|dame|rev|capt|captain|col|colonel|gen|general|lt|maj|major|adm|admiral|amb|ambassador|hon|cdr|commander)\.?\s+|\((?:ret|retd)\.?\)\s*)+/i;

/** A name with honorifics and a trailing "(ret.)" removed. */
export function bareName(name: string): string {
  return name
    .replace(honorific, "")
    .replace(/\s*\((?:ret|retd)\.?\)\s*/gi, " ")
    .replace(/^[\s*_]+|[\s*_,;.]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

// "Senior Fellow", "Research Director": a position written after a name, not a name
const jobTitle = /\b(?:Fellow|Director|Professor|Lecturer|Researcher|Analyst|Editor|Chair|Head|Associate|Dean|Adviser|Advisor|Scholar|Officer|Coordinator|Manager|Correspondent|Ambassador|Minister|Candidate|Student)\b/i;

/** Splits "Dr. A and Dr. B", "A, B & C", "A; B" into bare names. */
export function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,\s*and\s+|;|,|\||\n|\s&\s|\sand\s)\s*/i)
    .map(bareName)
    // positions and affiliations written beside the names ("Senior Fellow", "Korkyt Institute")
    .filter((n) => /\p{Lu}/u.test(n) && n.split(" ").length <= 6 && !jobTitle.test(n) && !namesABody(n));
}

/** The text without the note calls after its last word or punctuation (".¹", ". [1]", ".1"). */
function withoutTrailingCalls(text: string): string {
  return text
    .replace(/(?:\s*(?:[\u00B9\u00B2\u00B3\u2070-\u2079]+|\[\d{1,3}\]|\[\^\d{1,3}\]))+\s*$/u, "")
    .replace(/(?<=[.!?:;"”’'])\d{1,3}$/u, "")
    .trimEnd();
}

/** The text ends a sentence once trailing note calls, quotes and brackets are set aside. */
export function endsSentence(text: string): boolean {
  return /[.!?:;]["'”’)\]*_]*$/u.test(withoutTrailingCalls(text));
}

export function headingText(text: string): string {
  return text.replace(/^#{1,6}\s*/, "").replace(/^[*_]+|[*_]+$/g, "").trim();
}

/** Looks like a heading line: short, one line, capitalised, without sentence punctuation. */
export function headingLike(text: string): boolean {
  if (/^#{1,6}\s+\S/.test(text)) return true;
  if (text.includes("\n") || text.length > 120) return false;
  // a sentence with a note call after its full stop is text, not a heading
  const t = withoutTrailingCalls(headingText(text));
  const words = t.split(/\s+/);
  if (words.length > 14 || !/^[\p{Lu}\d]/u.test(t)) return false;
  if (/[.,;:!]$/.test(t) || (t.endsWith("?") && words.length > 10)) return false;
  return !/https?:\/\//.test(t);
}
