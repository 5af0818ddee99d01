import { z } from "zod";
import { offset } from "./common.js";
import { sectionKinds } from "../structure/sections.js";

export const ParagraphSchema = z.object({ start: offset, end: offset });

export const SectionSchema = z.object({
  id: z.string(),
  index: z.number().int().nonnegative(),
  kind: z.enum(sectionKinds),
  heading: z.string().nullable(),
  start: offset,
  end: offset,
  paragraphs: z.array(ParagraphSchema),
});
export type Section = z.infer<typeof SectionSchema>;
