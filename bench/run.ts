// `npm run bench`: one rerunnable benchmark of the whole pipeline and of the libraries it stands on.
// Writes bench/results.json (fixed key order, rounded numbers, no timestamps) and prints tables.
//
// Phases, in this order (the order matters for the memory readings):
//   1. per article: median ms of runArticle and of bare wink-nlp readDoc, runs interleaved over the articles
//   2. the ~2 MB corpus: pipeline, then bare wink-nlp, MB/s and records/s
//   3. the ~20 MB corpus, streamed one article at a time (nothing kept): throughput and peak RSS
//   4. compromise, each committed article once after a warm-up
//   5. scaling: ms per MB at 1×, 10×, 100× the base corpus
//   6. a batch of 200 article files through the CLI's main(), --jobs 1 and --jobs 2
//   7. start-up: one article from a cold process, compiled (dist/) and via tsx
//   8. for comparison, the phase-6 batch through the compiled CLI in a child process
import { spawnSync } from "node:child_process";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import compromise from "compromise";
import { runArticle } from "../src/stages.js";
import { main as pipelineMain } from "../src/cli/pipeline.js";
import { articleIds } from "../src/archive/folders.js";
import { parseCommand } from "../src/cli/args.js";
import { MB, MiB, cpuSnapshot, fmt, gc, heapMiB, maxRssMiB, median, otherCores, round, rssMiB, sig, table } from "./lib.js";

const args = parseCommand(
  {
    name: "npm run bench --",
    usage: "[options]",
    about: "Measures the pipeline and the libraries it stands on (about 80 s on 2 cores), prints tables and\nwrites bench/results.json. Run it on an otherwise idle machine.",
    options: {},
  },
  process.argv.slice(2),
);
if (typeof args === "number") process.exit(args);

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

// ---- settings (recorded in results.json) ----
const settings = {
  perArticle: { warmupRounds: 3, timedRounds: 20 },
  corpusTargetsMB: { small: 2, large: 20 },
  compromise: { warmupCalls: 1, timedCallsPerArticle: 1 },
  scaling: { multiples: [1, 10, 100], runs: { "1": 5, "10": 2, "100": 1 } as Record<string, number> },
  batch: { articles: 200, jobs: [1, 2] },
  startup: { untimedFirstRuns: 1, timedRuns: 5 },
};
const targets = { pipelineToWinkMax: 3, mbPerSecPerCoreMin: 1, jobs2SpeedupMin: 1.6, coldStartMaxMs: 1000, peakRss20MBMaxMiB: 1024 };

type Source = { id: string; file: string; bytes: Uint8Array };
const utf8 = new TextDecoder("utf-8"); // strips a leading BOM, as the pipeline does
const log = (s: string) => process.stderr.write(`${s}\n`);
const now = () => performance.now();

// ---- the committed articles ----
function committedArticles(): Source[] {
  const found: Source[] = [];
  const add = (file: string) => {
    const id = basename(file, extname(file));
    if (!found.some((a) => a.id === id)) found.push({ id, file, bytes: new Uint8Array(readFileSync(file)) });
  };
  for (const f of readdirSync("input").filter((f) => f.endsWith(".txt")).sort()) add(join("input", f));
  for (const id of readdirSync(join("tests", "fixtures")).sort()) {
    for (const ext of [".txt", ".md"]) {
      const f = join("tests", "fixtures", id, `${id}${ext}`); // the source, never the *.annotated.* copy
      if (existsSync(f)) add(f);
    }
  }
  // an article the pipeline rejects (bad input, or a bug) is left out and named, not timed
  const usable = found.filter((a) => {
    try {
      runArticle(a.id, a.file, a.bytes);
      return true;
    } catch (e) {
      skipped.push({ file: a.file, error: (e as Error).message.split("\n")[0] });
      log(`bench: WARNING ${a.file} is left out: the pipeline fails on it (${skipped[skipped.length - 1].error})`);
      return false;
    }
  });
  if (usable.length === 0) throw new Error("no committed article goes through the pipeline");
  return usable;
}
const skipped: { file: string; error: string }[] = [];

/** Whole copies of the base list until about `targetBytes`; every article is its own copy with a unique id. */
function corpus(base: Source[], cycles: number, tag: string): Source[] {
  const out: Source[] = [];
  for (let k = 0; k < cycles; k++)
    for (const a of base) {
      const id = `${a.id}-${tag}${k}`;
      out.push({ id, file: `${id}${extname(a.file)}`, bytes: a.bytes.slice() });
    }
  return out;
}
const cyclesFor = (base: Source[], targetBytes: number) => Math.max(1, Math.round(targetBytes / base.reduce((s, a) => s + a.bytes.length, 0)));
const bytesOf = (list: Source[]) => list.reduce((s, a) => s + a.bytes.length, 0);

type ArticleOut = ReturnType<typeof runArticle>;
const recordsOf = (a: ArticleOut) =>
  a.dates.length + a.numbers.length + a.organisations.length + a.treaties.length + a.footnotes.markers.length + a.footnotes.notes.length;

/** Streams a list through the pipeline: one article at a time, each result counted and dropped. */
function streamPipeline(list: Source[]) {
  let records = 0;
  let peakSampledRss = rssMiB();
  const t0 = now();
  for (const a of list) {
    records += recordsOf(runArticle(a.id, a.file, a.bytes));
    const rss = process.memoryUsage.rss() / MiB;
    if (rss > peakSampledRss) peakSampledRss = rss;
  }
  const ms = now() - t0;
  return { articles: list.length, bytes: bytesOf(list), records, ms, peakSampledRss };
}

const nlp = winkNLP(model);
/** Bare wink-nlp over a list: readDoc only (decoding the bytes is outside the timer). */
function streamWink(list: Source[]) {
  let ms = 0;
  for (const a of list) {
    const text = utf8.decode(a.bytes);
    const t0 = now();
    nlp.readDoc(text);
    ms += now() - t0;
  }
  return { articles: list.length, bytes: bytesOf(list), ms };
}

const throughput = (r: { bytes: number; ms: number; records?: number; articles: number }) => ({
  articles: r.articles,
  MB: round(r.bytes / MB, 3),
  seconds: round(r.ms / 1000, 2),
  msPerArticle: round(r.ms / r.articles, 2),
  MBps: sig(r.bytes / MB / (r.ms / 1000)),
  ...(r.records !== undefined ? { records: r.records, recordsPerSec: Math.round(r.records / (r.ms / 1000)) } : {}),
});

function pkgVersion(name: string): string {
  return (JSON.parse(readFileSync(join("node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

// ---- child processes for the start-up phase ----
function timeCommand(cmd: string, args: string[]): number {
  const t0 = now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const ms = now() - t0;
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

async function silently<T>(f: () => Promise<T>): Promise<{ value: T; printed: string[] }> {
  const printed: string[] = [];
  const orig = console.log;
  console.log = (...xs: unknown[]) => void printed.push(xs.map(String).join(" "));
  try {
    return { value: await f(), printed };
  } finally {
    console.log = orig;
  }
}

// =====================================================================================
const started = now();
const base = committedArticles();
const baseBytes = bytesOf(base);
const loadStart = loadavg()[0];
// how many cores' worth of CPU other processes used during each phase (the machine may be shared)
const otherLoad: Record<string, number | null> = {};
let lastSnap = cpuSnapshot();
const endPhase = (name: string) => {
  const snap = cpuSnapshot();
  const o = otherCores(lastSnap, snap);
  otherLoad[name] = o === null ? null : round(o, 2);
  lastSnap = snap;
};
log(`bench: ${base.length} committed articles, ${(baseBytes / 1000).toFixed(1)} kB; ${cpus().length} cpus, node ${process.version}`);

// ---- 1. per article ----
log("bench: 1/8 per-article medians (pipeline, wink-nlp)");
const perRecords = new Map<string, number>();
for (let w = 0; w < settings.perArticle.warmupRounds; w++)
  for (const a of base) perRecords.set(a.id, recordsOf(runArticle(a.id, a.file, a.bytes)));
const pipeTimes = new Map<string, number[]>(base.map((a) => [a.id, []]));
// interleaved: consecutive runs always read a different text (the pipeline keeps the last text's tokens)
for (let r = 0; r < settings.perArticle.timedRounds; r++)
  for (const a of base) {
    const t0 = now();
    runArticle(a.id, a.file, a.bytes);
    pipeTimes.get(a.id)!.push(now() - t0);
  }
const texts = new Map(base.map((a) => [a.id, utf8.decode(a.bytes)]));
for (let w = 0; w < settings.perArticle.warmupRounds; w++) for (const a of base) nlp.readDoc(texts.get(a.id)!);
const winkTimes = new Map<string, number[]>(base.map((a) => [a.id, []]));
for (let r = 0; r < settings.perArticle.timedRounds; r++)
  for (const a of base) {
    const t0 = now();
    nlp.readDoc(texts.get(a.id)!);
    winkTimes.get(a.id)!.push(now() - t0);
  }
const perArticle = base.map((a) => {
  const p = median(pipeTimes.get(a.id)!);
  const w = median(winkTimes.get(a.id)!);
  return { id: a.id, file: a.file, bytes: a.bytes.length, records: perRecords.get(a.id)!, pipelineMs: p, winkMs: w, ratio: p / w };
});
const allPipe = [...pipeTimes.values()].flat();
const allWink = [...winkTimes.values()].flat();

endPhase("perArticle");
// ---- 2. the ~2 MB corpus ----
log("bench: 2/8 ~2 MB corpus (pipeline, wink-nlp)");
const small = corpus(base, cyclesFor(base, settings.corpusTargetsMB.small * MB), "s");
gc();
const pipeSmall = streamPipeline(small);
const winkSmall = streamWink(small);
small.length = 0;

endPhase("smallCorpus");
// ---- 3. the ~20 MB corpus, streamed ----
log("bench: 3/8 ~20 MB corpus, streamed (pipeline, wink-nlp)");
gc();
const large = corpus(base, cyclesFor(base, settings.corpusTargetsMB.large * MB), "l");
const memBefore = { rssMiB: rssMiB(), heapMiB: heapMiB(), maxRssMiB: maxRssMiB() };
const pipeLarge = streamPipeline(large);
const maxRssAfterLarge = maxRssMiB();
gc();
const memAfter = { rssMiB: rssMiB(), heapMiB: heapMiB() };
const winkLarge = streamWink(large);
large.length = 0;
gc();

endPhase("largeCorpus");
// ---- 4. compromise ----
log("bench: 4/8 compromise, each article once after a warm-up");
for (let w = 0; w < settings.compromise.warmupCalls; w++) compromise(texts.get(base[0].id)!);
const compromiseMs = base.map((a) => {
  const t0 = now();
  compromise(texts.get(a.id)!);
  return now() - t0;
});

endPhase("compromise");
// ---- 5. scaling ----
log("bench: 5/8 scaling 1×, 10×, 100×");
const scaling = settings.scaling.multiples.map((m) => {
  const list = corpus(base, m, `x${m}-`);
  const runs: number[] = [];
  let records = 0;
  for (let r = 0; r < settings.scaling.runs[String(m)]; r++) {
    gc();
    const res = streamPipeline(list);
    runs.push(res.ms);
    records = res.records;
  }
  const ms = median(runs);
  const bytes = bytesOf(list);
  return { multiple: m, articles: list.length, MB: round(bytes / MB, 3), runs: runs.length, medianMs: round(ms, 1), msPerMB: round(ms / (bytes / MB), 1), records };
});
gc();

endPhase("scaling");
// ---- 6. parallel batches through the CLI ----
log(`bench: 6/8 batch of ${settings.batch.articles} files through main(), --jobs 1 and --jobs 2`);
const tmp = mkdtempSync(join(tmpdir(), "bulletin-bench-"));
const batchDir = join(tmp, "batch");
mkdirSync(batchDir);
process.on("exit", () => rmSync(tmp, { recursive: true, force: true })); // also when a phase throws
let batchBytes = 0;
for (let i = 0; i < settings.batch.articles; i++) {
  const a = base[i % base.length];
  writeFileSync(join(batchDir, `${a.id}-b${String(i).padStart(3, "0")}${extname(a.file)}`), a.bytes);
  batchBytes += a.bytes.length;
}
const batch = [];
const batchMs: number[] = [];
for (const jobs of settings.batch.jobs) {
  const out = join(tmp, `out-jobs${jobs}`);
  gc();
  const t0 = now();
  const { value: code, printed } = await silently(() => pipelineMain([batchDir, "--out", out, "--jobs", String(jobs), "--quiet"]));
  const ms = now() - t0;
  if (code !== 0) throw new Error(`main(--jobs ${jobs}) exited ${code}: ${printed.join("\n")}`);
  const written = articleIds(out).length;
  if (written !== settings.batch.articles) throw new Error(`main(--jobs ${jobs}) wrote ${written} article folders, not ${settings.batch.articles}`);
  batchMs.push(ms);
  batch.push({ jobs, seconds: round(ms / 1000, 2), MBps: sig(batchBytes / MB / (ms / 1000)), MBpsPerCore: sig(batchBytes / MB / (ms / 1000) / jobs) });
}
const speedup = batchMs[0] / batchMs[1];

endPhase("batchMain");
// ---- 7. start-up ----
log("bench: 7/8 cold start (compiled dist/, npx tsx, tsx)");
const one = base[0].file;
const coldOut = join(tmp, "cold");
const stamp = join(root, "dist", ".built");
const stampTime = () => (existsSync(stamp) ? statSync(stamp).mtimeMs : 0);
function coldRuns(label: string, cmd: string, args: string[], watchBuild = false) {
  const command = `${label} ${args.map((a) => (a === "" ? '""' : a)).join(" ")}`.split(tmp).join("<tmp>");
  try {
    for (let i = 0; i < settings.startup.untimedFirstRuns; i++) timeCommand(cmd, args); // builds dist/ if stale, fills tsx's cache
    const runs: number[] = [];
    let rebuilds = 0;
    while (runs.length < settings.startup.timedRuns) {
      const before = stampTime();
      const ms = timeCommand(cmd, args);
      // src/ changed under us and the run rebuilt dist/: not a start-up, so run again (at most a few times)
      if (watchBuild && stampTime() !== before && rebuilds < 3) {
        rebuilds++;
        continue;
      }
      runs.push(ms);
    }
    return { command, runs: runs.length, medianMs: round(median(runs), 0), minMs: round(Math.min(...runs), 0), error: null as string | null };
  } catch (e) {
    // a child process failing (say, dist/ cannot be rebuilt while src/ is mid-edit) is reported, not fatal
    const error = (e as Error).message.split("\n").slice(0, 3).join(" ").split(tmp).join("<tmp>");
    log(`bench: WARNING ${command} failed: ${error}`);
    return { command, runs: 0, medianMs: NaN, minMs: NaN, error };
  }
}
const startup = {
  nodeBaseline: coldRuns("node", process.execPath, ["-e", ""]),
  compiled: coldRuns("node", process.execPath, ["scripts/compiled.mjs", "pipeline/run", one, "--out", coldOut, "--quiet"], true),
  npxTsx: coldRuns("npx", "npx", ["tsx", "pipeline/run.ts", one, "--out", coldOut, "--quiet"]),
  tsxDirect: coldRuns("node_modules/.bin/tsx", join(root, "node_modules", ".bin", "tsx"), ["pipeline/run.ts", one, "--out", coldOut, "--quiet"]),
};

endPhase("startup");
// ---- 8. for comparison: the same batch through the compiled CLI, as `npm run pipeline` runs it ----
log("bench: 8/8 the same batch through the compiled CLI (child process), --jobs 1 and --jobs 2");
const batchCompiledMs: number[] = [];
const batchCompiled = settings.batch.jobs.map((jobs) => {
  const runOnce = () => timeCommand(process.execPath, ["scripts/compiled.mjs", "pipeline/run", batchDir, "--out", join(tmp, `compiled-jobs${jobs}`), "--jobs", String(jobs), "--quiet"]);
  let ms = NaN;
  let error: string | null = null;
  try {
    const before = stampTime();
    ms = runOnce();
    if (stampTime() !== before) ms = runOnce(); // src/ changed meanwhile and this run rebuilt dist/
  } catch (e) {
    error = (e as Error).message.split("\n").slice(0, 3).join(" ").split(tmp).join("<tmp>");
    log(`bench: WARNING the compiled CLI with --jobs ${jobs} failed: ${error}`);
  }
  batchCompiledMs.push(ms);
  return { jobs, seconds: round(ms / 1000, 2), MBps: sig(batchBytes / MB / (ms / 1000)), MBpsPerCore: sig(batchBytes / MB / (ms / 1000) / jobs), error };
});
const speedupCompiled = batchCompiledMs[0] / batchCompiledMs[1];
endPhase("batchCompiled");

// =====================================================================================
const pipeMedian = median(perArticle.map((a) => a.pipelineMs));
const winkMedian = median(perArticle.map((a) => a.winkMs));
const ratioPerArticle = median(perArticle.map((a) => a.ratio));
const ratioCorpusSmall = pipeSmall.ms / winkSmall.ms;
const ratioCorpusLarge = pipeLarge.ms / winkLarge.ms;
const compBytes = baseBytes;
const compTotal = compromiseMs.reduce((s, x) => s + x, 0);
const mbpsLarge = pipeLarge.bytes / MB / (pipeLarge.ms / 1000);

// pass/fail is judged on the figure as shown (rounded), so the mark never contradicts the number
const check = (name: string, op: "<=" | ">=" | "<", goal: number, actual: number, unit: string) => ({
  name,
  target: `${op === "<=" ? "≤" : op === ">=" ? "≥" : "<"} ${goal}`,
  actual,
  unit,
  pass: op === "<=" ? actual <= goal : op === ">=" ? actual >= goal : actual < goal,
});
const targetRows = [
  check("pipeline ÷ bare wink-nlp, per-article median", "<=", targets.pipelineToWinkMax, round(ratioPerArticle, 2), "×"),
  check("pipeline ÷ bare wink-nlp, 20 MB corpus", "<=", targets.pipelineToWinkMax, round(ratioCorpusLarge, 2), "×"),
  check("in-process MB/s on one core, 20 MB corpus", ">=", targets.mbPerSecPerCoreMin, sig(mbpsLarge), "MB/s"),
  check("CLI main() --jobs 2 ÷ --jobs 1 speed-up", ">=", targets.jobs2SpeedupMin, round(speedup, 2), "×"),
  check("cold start, one article, compiled", "<=", targets.coldStartMaxMs, startup.compiled.medianMs, "ms"),
  check("peak RSS after the 20 MB corpus", "<", targets.peakRss20MBMaxMiB, round(maxRssAfterLarge, 0), "MiB"),
];

const results = {
  benchmark: "bulletin-extract",
  units: { MB: "10^6 bytes of UTF-8 input", memory: "MiB", time: "ms unless named seconds" },
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    totalMemGiB: round(totalmem() / 1024 ** 3, 1),
    platform: `${process.platform}-${process.arch}`,
    node: process.version,
    libraries: { "wink-nlp": pkgVersion("wink-nlp"), "wink-eng-lite-web-model": pkgVersion("wink-eng-lite-web-model"), compromise: pkgVersion("compromise") },
  },
  settings,
  conditions: {
    note: "cores' worth of CPU used by other processes (and hypervisor steal) during each phase; above ~0.2 the figures of that phase are disturbed",
    otherCoresByPhase: otherLoad,
  },
  corpus: {
    base: perArticle.map((a) => ({ id: a.id, file: a.file, bytes: a.bytes, records: a.records })),
    baseBytes,
    skipped,
    small: { articles: pipeSmall.articles, MB: round(pipeSmall.bytes / MB, 3) },
    large: { articles: pipeLarge.articles, MB: round(pipeLarge.bytes / MB, 3) },
  },
  pipeline: {
    perArticle: perArticle.map((a) => ({ id: a.id, medianMs: round(a.pipelineMs, 2) })),
    medianMsPerArticle: round(pipeMedian, 2),
    medianMsOverAllRuns: round(median(allPipe), 2),
    small: throughput(pipeSmall),
    large: throughput(pipeLarge),
  },
  memory: {
    beforeLarge: { rssMiB: round(memBefore.rssMiB, 1), heapUsedMiB: round(memBefore.heapMiB, 1), peakRssSoFarMiB: round(memBefore.maxRssMiB, 1) },
    duringLarge: { peakSampledRssMiB: round(pipeLarge.peakSampledRss, 1) },
    afterLarge: { peakRssMiB: round(maxRssAfterLarge, 1), rssAfterGcMiB: round(memAfter.rssMiB, 1), heapUsedAfterGcMiB: round(memAfter.heapMiB, 1) },
  },
  libraries: {
    winkReadDoc: {
      perArticle: perArticle.map((a) => ({ id: a.id, medianMs: round(a.winkMs, 2) })),
      medianMsPerArticle: round(winkMedian, 2),
      medianMsOverAllRuns: round(median(allWink), 2),
      small: throughput(winkSmall),
      large: throughput(winkLarge),
    },
    compromise: {
      perArticle: base.map((a, i) => ({ id: a.id, ms: round(compromiseMs[i], 1) })),
      medianMsPerArticle: round(median(compromiseMs), 1),
      MBps: sig(compBytes / MB / (compTotal / 1000)),
    },
  },
  ratioPipelineToWink: {
    perArticle: perArticle.map((a) => ({ id: a.id, ratio: round(a.ratio, 2) })),
    perArticleMedian: round(ratioPerArticle, 2),
    corpusThroughputSmall: round(ratioCorpusSmall, 2),
    corpusThroughputLarge: round(ratioCorpusLarge, 2),
  },
  scaling,
  parallel: {
    articles: settings.batch.articles,
    MB: round(batchBytes / MB, 3),
    mainInProcess: { runs: batch, speedup: round(speedup, 2) },
    compiledCli: { runs: batchCompiled, speedup: round(speedupCompiled, 2) },
  },
  startup,
  targets: targetRows,
};
writeFileSync(join(root, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");

// ---- printed report ----
const out: string[] = [];
out.push(`bulletin-extract benchmark — ${results.machine.cpus} × ${results.machine.cpuModel}, node ${process.version}; MB = 10^6 bytes`);
out.push(
  `corpus: ${base.length} committed articles (${(baseBytes / 1000).toFixed(1)} kB); small ${results.corpus.small.articles} articles / ${results.corpus.small.MB} MB; large ${results.corpus.large.articles} articles / ${results.corpus.large.MB} MB`,
);
for (const k of skipped) out.push(`left out (the pipeline fails on it): ${k.file}: ${k.error}`);
out.push(
  table(
    `Per article (median of ${settings.perArticle.timedRounds} interleaved runs after ${settings.perArticle.warmupRounds} warm-up rounds; compromise: once each after a warm-up)`,
    ["article", "kB", "records", "pipeline ms", "wink ms", "pipe÷wink", "compromise ms"],
    [
      ...perArticle.map((a, i) => [a.id, fmt(a.bytes / 1000, 1), a.records, fmt(a.pipelineMs), fmt(a.winkMs), fmt(a.ratio), fmt(compromiseMs[i], 1)]),
      ["median", "", "", fmt(pipeMedian), fmt(winkMedian), fmt(ratioPerArticle), fmt(median(compromiseMs), 1)],
    ],
  ),
);
const tp = (label: string, r: ReturnType<typeof throughput>) => [label, r.articles, fmt(r.MB, 2), fmt(r.seconds, 2), fmt(r.msPerArticle), fmt(r.MBps, 3), "recordsPerSec" in r ? String(r.recordsPerSec) : "—"];
out.push(
  table("Throughput (in-process, one thread)", ["run", "articles", "MB", "s", "ms/article", "MB/s", "records/s"], [
    tp("pipeline, small corpus", results.pipeline.small),
    tp("pipeline, large corpus (streamed)", results.pipeline.large),
    tp("bare wink-nlp readDoc, small", results.libraries.winkReadDoc.small),
    tp("bare wink-nlp readDoc, large", results.libraries.winkReadDoc.large),
    ["compromise, base articles once", base.length, fmt(compBytes / MB, 2), fmt(compTotal / 1000, 2), fmt(compTotal / base.length), fmt(results.libraries.compromise.MBps, 3), "—"],
  ]),
);
out.push(
  `ratio pipeline ÷ bare wink-nlp: per-article median ${fmt(ratioPerArticle)}×, small corpus ${fmt(ratioCorpusSmall)}×, large corpus ${fmt(ratioCorpusLarge)}×`,
);
out.push(
  `memory: before large corpus rss ${fmt(memBefore.rssMiB, 0)} MiB (peak so far ${fmt(memBefore.maxRssMiB, 0)}); during: peak sampled rss ${fmt(pipeLarge.peakSampledRss, 0)} MiB; ` +
    `after: peak RSS (maxRSS) ${fmt(maxRssAfterLarge, 0)} MiB, heap after GC ${fmt(memAfter.heapMiB, 1)} MiB (before ${fmt(memBefore.heapMiB, 1)})`,
);
out.push(table("Scaling (in-process pipeline)", ["size", "articles", "MB", "runs", "median ms", "ms per MB"], scaling.map((s) => [`${s.multiple}×`, s.articles, fmt(s.MB, 3), s.runs, fmt(s.medianMs, 1), fmt(s.msPerMB, 1)])));
out.push(
  table(`Parallel batch through main(): ${settings.batch.articles} files, ${fmt(batchBytes / MB, 2)} MB, writing every output`, ["jobs", "wall s", "MB/s", "MB/s per core"], [
    ...batch.map((b) => [b.jobs, fmt(b.seconds), fmt(b.MBps, 3), fmt(b.MBpsPerCore, 3)]),
    ["speed-up", fmt(speedup) + "×", "", ""],
  ]),
);
out.push(
  table("The same batch through the compiled CLI (node scripts/compiled.mjs pipeline/run, child process; for comparison)", ["jobs", "wall s", "MB/s", "MB/s per core"], [
    ...batchCompiled.map((b) => [b.jobs, fmt(b.seconds), fmt(b.MBps, 3), fmt(b.MBpsPerCore, 3)]),
    ["speed-up", fmt(speedupCompiled) + "×", "", ""],
  ]),
);
out.push(
  table(`Start-up: one article from a cold process (median of ${settings.startup.timedRuns} after ${settings.startup.untimedFirstRuns} untimed)`, ["command", "median ms", "min ms"], Object.values(startup).map((s) => [s.command, fmt(s.medianMs, 0), fmt(s.minMs, 0)])),
);
out.push(table("Targets", ["target", "goal", "actual", "", "result"], targetRows.map((t) => [t.name, t.target, t.unit === "×" ? fmt(t.actual) : Number.isFinite(t.actual) ? String(t.actual) : "failed", t.unit, t.pass ? "PASS" : "FAIL"])));
const busy = Object.entries(otherLoad).filter(([, v]) => v !== null && v > 0.2);
out.push(
  `\nother processes' CPU during each phase, in cores of ${cpus().length}: ` +
    Object.entries(otherLoad).map(([k, v]) => `${k} ${v === null ? "n/a" : fmt(v)}`).join(", ") +
    (busy.length ? `\nWARNING: the machine was busy with other work during ${busy.map(([k]) => k).join(", ")}; those figures are pessimistic — rerun on an idle machine` : ""),
);
out.push(`\nwrote bench/results.json in ${((now() - started) / 1000).toFixed(0)} s (load average 1 min: ${loadStart.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end)`);
console.log(out.join("\n"));
