import { z } from "zod";

export const offset = z.number().int().nonnegative();

/** A piece of source text: `source.slice(start, end) === text`. */
export const sourced = {
  id: z.string(),
  section: z.string().describe("id of the section holding the record"),
  text: z.string(),
  start: offset,
  end: offset,
};

/** Every warning code, with what it means: the one list (the README's table is checked against it). */
export const warningCodes = {
  "line-endings": "the file uses CR or CRLF line endings; it is read as LF, offsets still count the source's own characters",
  "no-notes-list": "no Notes/Endnotes list was found",
  "no-headings": "no section headings were found; the body is one section",
  "note-label-inferred": "a note lost its number label; it is numbered by its place in the list",
  "url-repaired": "an address broken across lines in a note was re-joined",
  "url-displaced": "an address stands apart from its note in the list; it is given to a nearby note that has none",
  "call-plain-digit": "a note call is a plain digit after a sentence (a lost superscript)",
  "call-without-note": "a call in the text has no note of its number in the list",
  "note-without-call": "a note in the list is never called in the text",
  "same-url-different-date": "two notes cite one address with different dates",
  "same-url-different-title": "two notes cite one address under different titles",
  "ambiguous-numeric-date": "an all-digit date such as 03/04/2019 could be read day first or month first, and neither a day above 12 nor the article's other all-digit dates settle it; it is read month first",
} as const;
export type WarningCode = keyof typeof warningCodes;

export const WarningSchema = z.object({
  code: z.enum(Object.keys(warningCodes) as [WarningCode, ...WarningCode[]]).describe("stable machine code, e.g. note-without-call"),
  message: z.string(),
  start: offset.nullable(),
  end: offset.nullable(),
});
