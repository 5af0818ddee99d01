// The EDTF subset a date's `value` and `resolved` are checked against in the zod schema.
import { describe, expect, it } from "vitest";
import { edtfShape, isEdtf } from "../src/schema/edtf.js";
import { DateSchema } from "../src/schema/dates.js";

describe("EDTF values", () => {
  it.each([
    "2021",
    "2021-06",
    "2021-06-15",
    "XXXX-08",
    "XXXX-08-31",
    "XXXX-02-29", // a year left unsaid may be a leap year
    "2020-02-29",
    "2000-02-29",
    "199X",
    "1997/2013",
    "2022-05/2022-07",
    "2022-03-15/2022-03-17",
    "2017-09/2019-01",
    "2019-12-30/2020-01-02",
    "XXXX-11/2020-02", // an unstated year is not compared
    "199X/2005",
  ])("valid: %s", (value) => {
    expect(isEdtf(value)).toBe(true);
    expect(edtfShape.test(value)).toBe(true);
  });

  it.each([
    "2021-03-45",
    "2021-02-29", // not a leap year
    "1900-02-29", // a century, not a leap year
    "2021-04-31",
    "2021-13",
    "2021-00",
    "2021-06-00",
    "XXXX-02-30",
    "XXXX",
    "21",
    "2021-6-5",
    "June 2021",
    "2021-06-15T10:00",
    "2013/1997", // a range's start after its end
    "2022-07/2022-05",
    "2020-01-02/2019-12-30",
    "2021/2022/2023",
    "",
  ])("invalid: %s", (value) => expect(isEdtf(value)).toBe(false));

  it("the date schema rejects an impossible value or resolved date", () => {
    const record = { id: "date1", section: "s1", text: "x", start: 0, end: 1, value: "2021-03-15", resolved: null, stated: "year-month-day" };
    expect(DateSchema.safeParse(record).success).toBe(true);
    expect(DateSchema.safeParse({ ...record, value: "2021-03-45" }).success).toBe(false);
    expect(DateSchema.safeParse({ ...record, value: "XXXX-02", resolved: "2021-02-29" }).success).toBe(false);
    expect(DateSchema.safeParse({ ...record, stated: "day" }).success).toBe(false);
  });
});
