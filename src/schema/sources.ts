import { z } from "zod";
import { offset } from "./common.js";

const Piece = z.object({ text: z.string(), start: offset, end: offset });
const Dated = Piece.extend({ value: z.string() });

/** One cited work of a note (GROBID's and AnyStyle's citation fields); a note citing two works gives two. */
export const SourceSchema = z.object({
  id: z.string(),
  note: z.string().describe("id of the note that cites the work"),
  text: z.string(),
  start: offset,
  end: offset,
  authors: z.array(Piece).describe("personal names before the title"),
  title: Piece.nullable().describe("the work's title, without its quotes or emphasis marks"),
  outlet: Piece.nullable().describe("the newspaper, journal, agency or website that carried the work"),
  publisher: Piece.nullable().describe("the publisher or issuing body, where it is not the outlet"),
  date: Dated.nullable().describe("the work's date"),
  urls: z.array(z.string()),
  accessed: Dated.nullable().describe("the date the address was read"),
  language: Piece.nullable().describe('the language tag ("[in Russian]"): text is the language name'),
});
export type Source = z.infer<typeof SourceSchema>;
