import { z } from "zod";
import { sourced } from "./common.js";

export const OrganisationSchema = z.object({
  ...sourced,
  name: z.string().describe("canonical name shared by every mention of the organisation"),
  acronym: z.string().nullable(),
});
