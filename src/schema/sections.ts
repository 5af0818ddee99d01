import { z } from "zod";
import { offset } from "./common.js";

/** The parts of a bulletin article, in the order they usually come. */
export const sectionKinds = ["header", "title", "byline", "body", "disclaimer", "bio", "rights", "notes"] as const;
export type SectionKind = (typeof sectionKinds)[number];

const ParagraphSchema = z.object({ start: offset, end: offset });

export const SectionSchema = z.object({
  id: z.string(),
  index: z.number().int().nonnegative(),
  kind: z.enum(sectionKinds),
  heading: z.string().nullable(),
  start: offset,
  end: offset,
  paragraphs: z.array(ParagraphSchema),
});
