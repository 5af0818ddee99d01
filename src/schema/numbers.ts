import { z } from "zod";
import { sourced } from "./common.js";

export const NumberSchema = z.object({
  ...sourced,
  value: z.number(),
  unit: z.string().nullable().describe("the counted noun, singular; percent; or a currency code"),
  qualifier: z.string().nullable().describe('e.g. "more than", "nearly", "about"'),
});
