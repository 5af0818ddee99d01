import { z } from "zod";
import { sourced } from "./common.js";

export const DateSchema = z.object({
  ...sourced,
  value: z.string().describe("ISO 8601 / EDTF: YYYY, YYYY-MM, YYYY-MM-DD, A/B ranges, XXXX for an unstated year, 199X for a decade"),
  resolved: z.string().nullable().describe("the value with an unstated year filled in from the text around it, or null"),
});
