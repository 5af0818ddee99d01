import { z } from "zod";
import { offset, WarningSchema } from "./common.js";
import { DateSchema } from "./dates.js";
import { FootnotesSchema } from "./footnotes.js";
import { NumberSchema } from "./numbers.js";
import { OrganisationSchema } from "./organisations.js";
import { SectionSchema } from "./sections.js";
import { SourceSchema } from "./sources.js";
import { TreatyRegisterSchema, TreatySchema } from "./treaties.js";

const MetadataSchema = z.object({
  title: z.string().nullable(),
  authors: z.array(z.string()),
  editors: z.array(z.string()),
  volume: z.number().int().nullable(),
  issue: z.number().int().nullable(),
  issueDate: z.object({ text: z.string(), value: z.string(), start: offset, end: offset }).nullable(),
  publisher: z.string().nullable(),
});
export type Metadata = z.infer<typeof MetadataSchema>;

export const ArticleSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  pipelineVersion: z.string().describe("version of the pipeline that wrote the article; a newer one redoes it"),
  source: z.object({
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("of the input file's bytes: an unchanged input is not read again"),
    chars: offset,
    text: z.string().describe("the article's folder keeps the source text every offset refers to, in this file"),
  }),
  metadata: MetadataSchema,
  sections: z.array(SectionSchema),
  dates: z.array(DateSchema),
  numbers: z.array(NumberSchema),
  organisations: z.array(OrganisationSchema),
  treaties: z.array(TreatySchema),
  treatyRegister: z.array(TreatyRegisterSchema),
  footnotes: FootnotesSchema,
  sources: z.array(SourceSchema),
  sentences: z.array(z.object({ start: offset, end: offset })).describe("the source's sentences (wink-nlp): the tables' sentence column, so article.json and source.txt are all the tables need"),
  warnings: z.array(WarningSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

/** Every record that stands for a piece of text: each satisfies source.slice(start, end) === text. */
export function sourcedRecords(a: Article): Array<{ id: string; text: string; start: number; end: number }> {
  return [
    ...a.dates,
    ...a.numbers,
    ...a.organisations,
    ...a.treaties,
    ...a.footnotes.markers,
    ...a.footnotes.notes,
    ...(a.metadata.issueDate ? [{ id: "metadata.issueDate", ...a.metadata.issueDate }] : []),
    ...a.sources.flatMap((s) => [
      s,
      ...[...s.authors, s.title, s.outlet, s.publisher, s.date, s.accessed, s.language].flatMap((f, k) => (f ? [{ id: `${s.id}.field${k}`, ...f }] : [])),
    ]),
  ];
}
