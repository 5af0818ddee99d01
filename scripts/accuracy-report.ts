// `npm run accuracy`: writes ACCURACY.md — per test article and per kind, the pipeline's F1 now,
// its first-contact F1 where one was recorded (the blind articles, before any rule changed for
// them), and the raw libraries' F1 on the same gold with the same scorer.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chronoBaseline, compromiseBaseline, winkBaseline, type Baseline } from "../tests/support/baselines.js";
import { score } from "../src/evaluate/score.js";
import { runArticle } from "../src/stages.js";
import { parseCommand } from "../src/cli/args.js";

const args = parseCommand({ name: "npm run accuracy --", usage: "", about: "Writes ACCURACY.md from the fixtures and the blind articles (tests/fixtures, tests/blind).", options: {} }, process.argv.slice(2));
if (typeof args === "number") process.exit(args);

const kinds = ["dates", "numbers", "organisations", "treaties", "markers", "notes", "sections", "paragraphs"] as const;
type Scores = Record<(typeof kinds)[number] | "macro", number>;
type Row = { id: string; set: "fixture" | "blind"; now: Scores; first: Scores | null; libraries: Record<string, Partial<Scores>> };

function articles(set: "fixture" | "blind", dir: string) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((id) => {
      const source = [".txt", ".md"].map((e) => join(dir, id, id + e)).find(existsSync) ?? join("input", `${id}.txt`);
      const gold = join(dir, id, `${id}.gold.json`);
      return existsSync(source) && existsSync(gold) ? [{ id, set, source, gold, readme: join(dir, id, "README.md") }] : [];
    });
}

/** The first-contact table a blind article's README records (scripts/first-contact.sh). */
function firstContact(readme: string): Scores | null {
  if (!existsSync(readme)) return null;
  const text = readFileSync(readme, "utf8");
  const at = text.indexOf("## First-contact score");
  if (at < 0) return null;
  const table = text.slice(at);
  const f1 = (kind: string) => Number(table.match(new RegExp(`^${kind}\\s+(?:\\S+\\s+){5}(?<f1>[\\d.]+)`, "m"))?.groups?.f1 ?? NaN);
  return { ...(Object.fromEntries(kinds.map((k) => [k, f1(k)])) as Record<(typeof kinds)[number], number>), macro: Number(table.match(/macro F1 (?<m>[\d.]+)/)?.groups?.m ?? NaN) };
}

const asArticle = (b: Baseline) => ({ ...b, footnotes: { markers: [], notes: [] }, sections: [], metadata: {} });
const pick = (r: Record<string, { f1: number }> & { macroF1: number }): Scores => ({ ...(Object.fromEntries(kinds.map((k) => [k, r[k].f1])) as Record<(typeof kinds)[number], number>), macro: r.macroF1 });

const rows: Row[] = [...articles("fixture", "tests/fixtures"), ...articles("blind", "tests/blind")].map((a) => {
  const bytes = new Uint8Array(readFileSync(a.source));
  const source = new TextDecoder().decode(bytes);
  const gold = JSON.parse(readFileSync(a.gold, "utf8"));
  const ours = score(JSON.parse(JSON.stringify(runArticle(a.id, a.source, bytes))), gold, source).report;
  const lib = (b: Baseline, ks: Array<(typeof kinds)[number]>) => {
    const r = score(asArticle(b), gold, source).report as unknown as Record<string, { f1: number }>;
    return Object.fromEntries(ks.map((k) => [k, r[k].f1]));
  };
  return {
    id: a.id,
    set: a.set,
    now: pick(ours as unknown as Record<string, { f1: number }> & { macroF1: number }),
    first: a.set === "blind" ? firstContact(a.readme) : null,
    libraries: {
      compromise: lib(compromiseBaseline(source), ["dates", "numbers", "organisations"]),
      "chrono-node": lib(chronoBaseline(source), ["dates"]),
      "wink-nlp": lib(winkBaseline(source), ["dates", "numbers"]),
    },
  };
});

const f = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "—" : x.toFixed(3));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const shown = ["macro", "dates", "numbers", "organisations", "treaties", "markers", "notes", "sections", "paragraphs"] as const;

function table(set: Row["set"]): string {
  const list = rows.filter((r) => r.set === set);
  const head = `| article | ${shown.join(" | ")} |\n| --- |${shown.map(() => " --- |").join("")}`;
  const line = (r: Row) => `| ${r.id} | ${shown.map((k) => (r.first ? `${f(r.now[k])} (${f(r.first[k])})` : f(r.now[k]))).join(" | ")} |`;
  const avg = (get: (r: Row) => Scores | null) => shown.map((k) => f(mean(list.map((r) => get(r)?.[k] ?? NaN)))).join(" | ");
  const means = set === "blind" ? `| **mean now (first contact)** | ${shown.map((k) => `${f(mean(list.map((r) => r.now[k])))} (${f(mean(list.map((r) => r.first?.[k] ?? NaN)))})`).join(" | ")} |` : `| **mean** | ${avg((r) => r.now)} |`;
  return [head, ...list.map(line), means].join("\n");
}

function libraries(): string {
  const libs = ["compromise", "chrono-node", "wink-nlp"];
  const cols = ["dates", "numbers", "organisations"] as const;
  const head = `| article | ${cols.map((c) => `${c}: pipeline / ${libs.join(" / ")}`).join(" | ")} |\n| --- |${cols.map(() => " --- |").join("")}`;
  const line = (r: Row) => `| ${r.id} | ${cols.map((c) => [f(r.now[c]), ...libs.map((l) => f(r.libraries[l][c]))].join(" / ")).join(" | ")} |`;
  return [head, ...rows.map(line)].join("\n");
}

writeFileSync(
  "ACCURACY.md",
  `# Accuracy

Generated by \`npm run accuracy\` (scripts/accuracy-report.ts) with the scorer of \`../shared/eval/score.mjs\`
(\`src/evaluate/score.ts\` counts the same way). F1 per kind; macro is the mean of the eight kinds.

## Blind articles (\`tests/blind/\`): now, and (in brackets) on first contact

Written by helpers who never saw the code and scored before any rule changed for them
(\`scripts/first-contact.sh\`): the first-contact figure is the honest estimate for an unseen issue;
the figure now shows what general fixes since then have done to articles no rule was written for.

${table("blind")}

## Fixtures (\`tests/fixtures/\`): the articles the rules were developed on

${table("fixture")}

## The raw libraries on the same gold

What compromise (with compromise-dates), chrono-node and wink-nlp's entity recogniser find on their
own, mapped to the contract's records (\`tests/support/baselines.ts\`); "—" where a library has no
such kind.

${libraries()}
`,
);
console.log(`ACCURACY.md: ${rows.length} articles`);
