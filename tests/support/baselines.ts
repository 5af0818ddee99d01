// What the raw libraries find on their own, mapped to the contract's records, so the gain of the
// pipeline over them can be measured with the same scorer. Each library reads the whole source;
// its matches are located in the source in order to get offsets.
import nlp from "compromise";
import datesPlugin from "compromise-dates";
import * as chrono from "chrono-node";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Rec = { text: string; start: number; end: number; value?: string | number; name?: string };
export type Baseline = { dates: Rec[]; numbers: Rec[]; organisations: Rec[]; treaties: Rec[] };

nlp.plugin(datesPlugin);
const wink = winkNLP(model);

/** Locates each phrase in the source after the previous one. */
function locate(source: string, phrases: Array<{ text: string; value?: string | number }>): Rec[] {
  const out: Rec[] = [];
  let at = 0;
  for (const p of phrases) {
    const text = p.text.replace(/^[\s,.;:("']+|[\s,.;:)"']+$/g, "");
    if (!text) continue;
    const found = source.indexOf(text, at);
    if (found < 0) continue;
    out.push({ text, start: found, end: found + text.length, value: p.value, name: text });
    at = found + text.length;
  }
  return out;
}

function isoOf(start: string | undefined, unit: string | undefined): string | undefined {
  if (!start) return undefined;
  if (unit === "year") return start.slice(0, 4);
  if (unit === "month") return start.slice(0, 7);
  return start.slice(0, 10);
}

export function compromiseBaseline(source: string): Baseline {
  const doc = nlp(source);
  type DateJson = { text: string; dates?: { start?: string; unit?: string } };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const dates = ((doc as any).dates().json() as DateJson[]).map((d) => ({ text: d.text, value: isoOf(d.dates?.start, d.dates?.unit) }));
  const numbers = (doc.numbers().json() as Array<{ text: string; number?: { num?: number } }>).map((n) => ({ text: n.text, value: n.number?.num }));
  const organisations = (doc.organizations().json() as Array<{ text: string }>).map((o) => ({ text: o.text }));
  return { dates: locate(source, dates), numbers: locate(source, numbers), organisations: locate(source, organisations), treaties: [] };
}

export function chronoBaseline(source: string): Baseline {
  const dates = chrono.parse(source).map((r) => {
    const c = r.start;
    const y = c.isCertain("year") ? String(c.get("year")) : "XXXX";
    const m = c.isCertain("month") ? `-${String(c.get("month")).padStart(2, "0")}` : "";
    const d = c.isCertain("day") && m ? `-${String(c.get("day")).padStart(2, "0")}` : "";
    return { text: r.text, start: r.index, end: r.index + r.text.length, value: y + m + d };
  });
  return { dates, numbers: [], organisations: [], treaties: [] };
}

export function winkBaseline(source: string): Baseline {
  const doc = wink.readDoc(source);
  const entities = doc.entities().out(wink.its.detail) as unknown as Array<{ value: string; type: string }>;
  const dates = entities.filter((e) => e.type === "DATE").map((e) => ({ text: e.value, value: /^\d{4}$/.test(e.value) ? e.value : undefined }));
  const numbers = entities
    .filter((e) => ["CARDINAL", "MONEY", "PERCENT", "QUANTITY"].includes(e.type))
    .map((e) => ({ text: e.value, value: Number(e.value.replace(/[^\d.]/g, "")) }));
  return { dates: locate(source, dates), numbers: locate(source, numbers), organisations: [], treaties: [] };
}
