import { z } from "zod";
import { offset, sourced } from "./common.js";

export const TreatySchema = z.object({
  ...sourced,
  name: z.string().describe("canonical name shared by every wording of the instrument"),
});

export const TreatyRegisterSchema = z.object({
  name: z.string(),
  wordings: z.array(z.string()),
  signed: z.object({ text: z.string(), value: z.string(), start: offset, end: offset }).nullable(),
  place: z.object({ text: z.string(), start: offset, end: offset }).nullable(),
  parties: z.array(z.object({ text: z.string(), start: offset, end: offset })),
  mentions: z.array(z.string()),
});
