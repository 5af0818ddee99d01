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

export const WarningSchema = z.object({
  code: z.string().describe("stable machine code, e.g. note-without-call"),
  message: z.string(),
  start: offset.nullable(),
  end: offset.nullable(),
});
export type Warning = z.infer<typeof WarningSchema>;
