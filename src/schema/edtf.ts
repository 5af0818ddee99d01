// The subset of EDTF (ISO 8601-2) the pipeline writes for a date's `value` and `resolved`: a year,
// a month or a day with a stated or unstated (XXXX) year, a decade (199X), and a range A/B of those.
// Days are checked against the calendar (leap years included); a range's start may not be after
// its end where both state their year.

const SINGLE = String.raw`(?:(?<year>\d{4}|XXXX)(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?|(?<decade>\d{3})X)`;
const single = new RegExp(`^${SINGLE}$`);
/** The shape alone (no calendar check), for the exported JSON Schema. */
export const edtfShape = new RegExp(`^${SINGLE.replace(/\?<\w+>/g, "")}(?:/${SINGLE.replace(/\?<\w+>/g, "")})?$`);

type Parsed = { year: number | null; month: number | null; day: number | null; decade: boolean };

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month; with the year unstated, February may have 29. */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || leap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parse(value: string): Parsed | null {
  const g = single.exec(value)?.groups;
  if (!g) return null;
  if (g.decade) return { year: null, month: null, day: null, decade: true };
  const year = g.year === "XXXX" ? null : Number(g.year);
  const month = g.month ? Number(g.month) : null;
  const day = g.day ? Number(g.day) : null;
  if (year === null && month === null) return null; // "XXXX" alone says nothing
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > daysInMonth(month!, year))) return null;
  return { year, month, day, decade: false };
}

/** Compares two dates at the precision both state: negative when a is before b. */
function compare(a: Parsed, b: Parsed): number {
  const fields: Array<keyof Parsed> = ["year", "month", "day"];
  for (const f of fields) {
    const x = a[f] as number | null;
    const y = b[f] as number | null;
    if (x === null || y === null) return 0;
    if (x !== y) return x - y;
  }
  return 0;
}

/** Whether `value` is a valid EDTF date or range of the subset above. */
export function isEdtf(value: string): boolean {
  const parts = value.split("/");
  if (parts.length > 2) return false;
  const parsed = parts.map(parse);
  if (parsed.some((p) => p === null)) return false;
  const [a, b] = parsed as Parsed[];
  if (!b || a.year === null || b.year === null) return true;
  return compare(a, b) <= 0;
}
