import { z } from "zod";
import { offset, sourced } from "./common.js";

/** How a call is written: ¹ (superscript), a digit after a sentence (plain), [1] or [^1] (bracket). */
export const callStyles = ["superscript", "plain", "bracket"] as const;
export type CallStyle = (typeof callStyles)[number];

const MarkerSchema = z.object({
  ...sourced,
  number: z.number().int().nonnegative(),
  note: z.string().nullable().describe("id of the note with this number, or null when the list has none"),
  style: z.enum(callStyles),
});

const NoteSchema = z.object({
  id: z.string(),
  number: z.number().int().nonnegative(),
  text: z.string(),
  start: offset,
  end: offset,
  labelled: z.boolean().describe("false when the number was inferred from the note's place in the list"),
  urls: z.array(z.string()),
  markers: z.array(z.string()),
});

export const FootnotesSchema = z.object({ markers: z.array(MarkerSchema), notes: z.array(NoteSchema) });
