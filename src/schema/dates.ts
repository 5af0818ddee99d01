import { z } from "zod";
import { sourced } from "./common.js";
import { edtfShape, isEdtf } from "./edtf.js";

const edtf = z
  .string()
  .regex(edtfShape)
  .refine(isEdtf, { message: "not a calendar date or range of the EDTF subset (YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM(-DD), 199X, A/B)" });

/** Which parts of a date the words state (chrono's "assigned" components); the rest is inferred. */
export const statedValues = ["year-month-day", "year-month", "year", "month-day", "month", "decade", "year-quarter", "year-half"] as const;
export type Stated = (typeof statedValues)[number];

export const DateSchema = z.object({
  ...sourced,
  value: edtf.describe("ISO 8601 / EDTF: YYYY, YYYY-MM, YYYY-MM-DD, A/B ranges, XXXX for an unstated year, 199X for a decade"),
  resolved: edtf.nullable().describe("the value with an unstated year filled in from the text around it, or null"),
  stated: z
    .enum(statedValues)
    .describe(
      "the parts the words state, the rest being inferred: year-month-day, year-month, year, month-day (year in resolved), month, decade, year-quarter, year-half; a range names the parts either end states",
    ),
});
