// Property tests with fast-check (fixed seed) over generated bulletin-like text and over mutated
// fixture articles: `runArticle` either returns an article or throws an InputError for input that
// is not text (empty, blank, binary, not UTF-8); an article always satisfies its zod schema and the
// provenance invariant source.slice(start, end) === text; two runs give byte-identical JSON.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/ingest/decode.js";
import { ArticleSchema, type Article } from "../src/schema/article.js";
import { runArticle } from "../src/stages.js";
import { articleJson } from "../src/write/json.js";
import { fixtures } from "./fixtures.js";
import { offsetViolations, sourceOf, spanViolations } from "./support/offsets.js";

const seed = 20_240_611;
const timeLimitMs = 10_000;
const enc = (s: string) => new TextEncoder().encode(s);

// ---- the outcome of one input, checked ------------------------------------------------------

/** Why an input may be rejected: the decoder's own cases, recomputed here independently. */
function notText(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "empty";
  if (bytes.includes(0)) return "binary (NUL)";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return "not UTF-8";
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return "blank";
  return null;
}

type Outcome = { kind: "rejected"; why: string } | { kind: "article"; article: Article; source: string };

/** Runs one input; throws (failing the property) on anything but an accepted outcome. */
function runChecked(bytes: Uint8Array): Outcome {
  const why = notText(bytes);
  let article: Article;
  try {
    article = runArticle("prop", "prop.txt", bytes);
  } catch (e) {
    if (e instanceof InputError && why) return { kind: "rejected", why };
    if (e instanceof InputError) throw new Error(`InputError on ordinary text: ${e.message}`);
    throw new Error(`runArticle threw ${(e as Error)?.constructor?.name}: ${(e as Error)?.stack ?? e}`);
  }
  if (why) throw new Error(`input that is ${why} was accepted`);
  const source = sourceOf(bytes);
  const parsed = ArticleSchema.safeParse(article);
  if (!parsed.success) throw new Error(`schema: ${parsed.error.message.slice(0, 2000)}`);
  const broken = offsetViolations(article, source);
  if (broken.length) throw new Error(`source.slice(start, end) !== text for ${broken.length} records:\n${broken.slice(0, 5).join("\n")}`);
  const outside = spanViolations(article, source);
  if (outside.length) throw new Error(`spans outside the source:\n${outside.slice(0, 5).join("\n")}`);
  return { kind: "article", article, source };
}

function deterministic(bytes: Uint8Array): void {
  const first = runChecked(bytes);
  if (first.kind !== "article") return;
  const again = articleJson(runArticle("prop", "prop.txt", bytes));
  if (again !== articleJson(first.article)) throw new Error("two runs of the same bytes gave different JSON");
}

/** Record ids must be unique within each kind: markers point at notes by id. */
function uniqueIds(bytes: Uint8Array): void {
  const r = runChecked(bytes);
  if (r.kind !== "article") return;
  const a = r.article;
  const kinds: Record<string, string[]> = {
    sections: a.sections.map((x) => x.id),
    dates: a.dates.map((x) => x.id),
    numbers: a.numbers.map((x) => x.id),
    organisations: a.organisations.map((x) => x.id),
    treaties: a.treaties.map((x) => x.id),
    markers: a.footnotes.markers.map((x) => x.id),
    notes: a.footnotes.notes.map((x) => x.id),
  };
  for (const [kind, ids] of Object.entries(kinds)) {
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dup.length) throw new Error(`duplicate ${kind} ids: ${[...new Set(dup)].slice(0, 8).join(", ")}`);
  }
}

/** Runs a property with the fixed seed, prints how many runs it made, fails with fast-check's report. */
function check<T>(name: string, arb: fc.Arbitrary<T>, toBytes: (t: T) => Uint8Array, body: (bytes: Uint8Array) => void, numRuns: number): void {
  const stats = { rejected: 0, articles: 0 };
  const details = fc.check(
    fc.property(arb, (t) => {
      const bytes = toBytes(t);
      if (notText(bytes)) stats.rejected++;
      else stats.articles++;
      body(bytes);
    }),
    // a time limit keeps the file under a minute even when a failure is being shrunk
    { seed, numRuns, plugins: [fc.interruptAfterTimeLimit(timeLimitMs)] },
  );
  const interrupted = details.interrupted ? ", stopped by the time limit" : "";
  console.log(
    `property "${name}": ${details.numRuns} runs (seed ${seed}${details.failed ? ", FAILED" : ""}${interrupted}; ` +
      `${stats.articles} articles, ${stats.rejected} rejected inputs, shrinking included)`,
  );
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${cause}\n\n${fc.defaultReportMessage(details) ?? "property failed"}`);
  }
}

// ---- generated bulletin-like text -------------------------------------------------------------

const superscripts = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"];
const months = ["January", "February", "March", "June", "July", "August", "Sept.", "Dec."];
const oddChars = ["\u200B", "\u200D", "\u00A0", "\u00AD", "\u0301", "\u0308", "\uFEFF", "🚢", "👩‍👩‍👧", "“", "”", "’", "–", "—", "\t", "\r", "\r\n", "\u2028", "$", "\\", "*", "_", "#", "[", "]", "(", ")"];

const word = fc.oneof(
  fc.constantFrom("the", "agreement", "Agreement", "Declaration", "Protocol", "NATO", "Ministry", "University", "of", "Defense", "Türkiye", "Azerbaijan", "more", "than", "percent", "$", "million", "two", "five-day", "Article", "51", "Vol.", "No.", "Dr.", "signed", "on", "in", "between", "and"),
  fc.stringMatching(/^[A-Z][a-z]{1,9}$/),
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }),
);
const date = fc.oneof(
  fc.tuple(fc.constantFrom(...months), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1000, max: 2999 })).map(([m, d, y]) => `${m} ${d}, ${y}`),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...months), fc.integer({ min: 1900, max: 2100 })).map(([d, m, y]) => `${d} ${m} ${y}`),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1900, max: 2100 })).map(([a, b]) => `between ${a} and ${b}`),
  fc.tuple(fc.constantFrom(...months), fc.constantFrom(...months), fc.integer({ min: 1900, max: 2100 })).map(([a, b, y]) => `${a} - ${b} ${y}`),
  fc.integer({ min: 1900, max: 2100 }).map((y) => `${y}-${y + 1}`),
);
const call = fc.oneof(
  fc.array(fc.constantFrom(...superscripts), { minLength: 1, maxLength: 3 }).map((s) => s.join("")),
  fc.integer({ min: 0, max: 300 }).map((n) => `[${n}]`),
  fc.integer({ min: 0, max: 300 }).map((n) => `.${n}`),
  fc.integer({ min: 0, max: 300 }).map((n) => `[^${n}]`),
);
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((u) => `<${u}>`),
  fc.webUrl().map((u) => `$\\underline{\\text{${u}$`),
  fc.webUrl().map((u) => u.slice(0, Math.max(8, u.length >> 1)) + "\n" + u.slice(Math.max(8, u.length >> 1))),
);
const sentence = fc
  .array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: date }, { weight: 1, arbitrary: call }, { weight: 1, arbitrary: fc.constantFrom(...oddChars) }), { minLength: 1, maxLength: 25 })
  .chain((ws) => fc.constantFrom(".", "", ":", "?", ",").map((end) => ws.join(" ") + end))
  .chain((s) => fc.option(call, { nil: "" }).map((c) => s + c));
const noteLine = fc
  .tuple(fc.constantFrom("", "1. ", "12. ", "[3] ", "³ ", "1 ", "- "), sentence, fc.option(url, { nil: "" }), fc.option(date, { nil: "" }))
  .map(([label, s, u, d]) => `${label}${s} “${s.slice(0, 20)},” ${d} ${u}`);
const line = fc.oneof(
  { weight: 5, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(" ")) },
  { weight: 2, arbitrary: fc.constantFrom("Notes", "Endnotes", "NOTES", "## Notes", "# A Title", "## Background", "Conclusion", "Introduction", "References:", "All rights reserved.", "© 2024 The Center", "Editors: Dr. A B and Dr. C D Vol. 7, No. 4, July - August 2023", "The opinions expressed are the author's own.", "_", "*", "---", "") },
  { weight: 2, arbitrary: noteLine },
  { weight: 1, arbitrary: url },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
);
const generatedText = fc.tuple(
  fc.array(line, { maxLength: 40 }),
  fc.constantFrom("\n", "\n\n", "\r\n", "\r", "\n \n"),
  fc.boolean(),
).map(([lines, eol, bom]) => (bom ? "\uFEFF" : "") + lines.join(eol));

// ---- mutated fixture articles ----------------------------------------------------------------

const fixtureTexts = fixtures().map((f) => ({ id: f.id, text: readFileSync(f.sourcePath, "utf8").replace(/^\uFEFF/, "") }));

type Op =
  | { op: "delete-lines"; at: number; count: number }
  | { op: "shuffle-paragraphs"; seed: number }
  | { op: "duplicate-paragraph"; at: number; to: number }
  | { op: "insert"; at: number; s: string }
  | { op: "cut-notes" }
  | { op: "truncate"; at: number }
  | { op: "crlf" }
  | { op: "cr" };

const insertion = fc.oneof(
  fc.constantFrom(...oddChars, ...superscripts, "\n", "\n\n", "Notes\n", "1. ", "[7]", "https://", " 2021 ", ".5"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 4 }),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("delete-lines" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("shuffle-paragraphs" as const), seed: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("duplicate-paragraph" as const), at: fc.nat(), to: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant("insert" as const), at: fc.nat(), s: insertion }) },
  { weight: 1, arbitrary: fc.constant({ op: "cut-notes" as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ op: "crlf" as const }) },
  { weight: 1, arbitrary: fc.constant({ op: "cr" as const }) },
);

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function apply(text: string, o: Op): string {
  switch (o.op) {
    case "delete-lines": {
      const lines = text.split("\n");
      lines.splice(o.at % lines.length, o.count);
      return lines.join("\n");
    }
    case "shuffle-paragraphs":
      return shuffled(text.split(/\n\s*\n/), o.seed).join("\n\n");
    case "duplicate-paragraph": {
      const ps = text.split(/\n\s*\n/);
      ps.splice(o.to % (ps.length + 1), 0, ps[o.at % ps.length]);
      return ps.join("\n\n");
    }
    case "insert": {
      const at = o.at % (text.length + 1);
      return text.slice(0, at) + o.s + text.slice(at);
    }
    case "cut-notes": {
      const m = [...text.matchAll(/^[ \t#]*(?:end\s?notes|notes)\s*:?[ \t]*\r?$/gim)].pop();
      return m ? text.slice(0, m.index) : text;
    }
    case "truncate":
      return text.slice(0, o.at % (text.length + 1));
    case "crlf":
      return text.replace(/\r?\n/g, "\r\n");
    case "cr":
      return text.replace(/\r?\n/g, "\r");
  }
}

// A mutation is kept as a recipe (fixture id, operations, raw bytes) so a counterexample is short
// and replayable; the text is rebuilt from it.
const mutatedFixture = fc.record({
  fixture: fc.constantFrom(...fixtureTexts.map((f) => f.id)),
  ops: fc.array(op, { minLength: 1, maxLength: 4 }),
  bom: fc.boolean(),
  // raw bytes spliced in after encoding (1 case in 8): may break UTF-8 or add a NUL
  bytes: fc.oneof(
    { weight: 7, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.record({ at: fc.nat(), b: fc.uint8Array({ minLength: 1, maxLength: 3 }) }) },
  ),
});
type Mutation = { fixture: string; ops: Op[]; bom: boolean; bytes: { at: number; b: Uint8Array } | null };

function mutatedText(m: Mutation): string {
  return m.ops.reduce(apply, fixtureTexts.find((f) => f.id === m.fixture)!.text);
}

function mutatedBytes(m: Mutation): Uint8Array {
  const base = enc((m.bom ? "\uFEFF" : "") + mutatedText(m));
  if (!m.bytes) return base;
  const at = m.bytes.at % (base.length + 1);
  return new Uint8Array([...base.subarray(0, at), ...m.bytes.b, ...base.subarray(at)]);
}

// ---- the properties ----------------------------------------------------------------------------

describe("properties (fast-check, fixed seed)", () => {
  it("generated text: no crash; schema and offsets hold", () => {
    check("generated text: no crash, schema, offsets", generatedText, enc, (b) => void runChecked(b), 1000);
  });

  it("generated text: two runs give byte-identical JSON", () => {
    check("generated text: deterministic", generatedText, enc, deterministic, 300);
  });

  it("empty, blank and binary input is rejected with an InputError", () => {
    const junk = fc.oneof(
      fc.constant(new Uint8Array()),
      fc.stringMatching(/^[ \t\r\n\f\v\u00A0\u2028\u3000]*$/).map((s) => enc(s)),
      fc.stringMatching(/^[ \t\r\n]*$/).map((s) => enc("\uFEFF" + s)),
      fc.tuple(fc.string(), fc.string()).map(([a, b]) => enc(`${a}\u0000${b}`)),
      fc.uint8Array({ minLength: 1, maxLength: 200 }).filter((b) => b.includes(0) || notText(b) !== null),
    );
    check(
      "empty/blank/binary: InputError",
      junk,
      (b) => b,
      (b) => {
        const r = runChecked(b);
        if (r.kind !== "rejected") throw new Error("accepted");
      },
      200,
    );
  });

  it("mutated fixtures: no crash; schema and offsets hold", () => {
    check("mutated fixtures: no crash, schema, offsets", mutatedFixture, mutatedBytes, (b) => void runChecked(b), 500);
  });

  it("mutated fixtures: two runs give byte-identical JSON", () => {
    check("mutated fixtures: deterministic", mutatedFixture, mutatedBytes, deterministic, 150);
  });

  it("mutated fixtures: record ids are unique within each kind", () => {
    check("mutated fixtures: unique ids", mutatedFixture, mutatedBytes, uniqueIds, 150);
  });

  it("the unmutated fixtures pass the same checks (sanity)", () => {
    for (const f of fixtureTexts) {
      const r = runChecked(enc(f.text));
      expect(r.kind).toBe("article");
    }
  });
});
