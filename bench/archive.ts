// `npm run bench:archive` (also run by `npm run bench`): builds archives of 1,000 and 10,000
// articles (the fixtures' outputs repeated under new ids and issue dates) and measures the
// rebuild of the archive's shared files — combined tables, tables.xlsx, articles.csv, registers,
// index.html — in a child process (time and peak memory), the registers and the index page alone,
// and the index page's load time in Chromium. Writes bench/archive-results.json.
import { spawnSync } from "node:child_process";
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { main as pipeline } from "../src/cli/pipeline.js";
import { articleIds } from "../src/archive/folders.js";
import { launchChromium } from "../tests/support/browser.js";
import { fixtures } from "../tests/fixtures.js";
import { round } from "./lib.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const sizes = [1_000, 10_000];
const log = (s: string) => process.stderr.write(`${s}\n`);

/** n article folders made from the seeds' outputs: new ids, issue dates a month apart. */
function grow(seedDir: string, dir: string, n: number): void {
  const seeds = articleIds(seedDir).map((id) => ({ id, json: readFileSync(join(seedDir, id, "article.json"), "utf8") }));
  for (let i = 0; i < n; i++) {
    const seed = seeds[i % seeds.length];
    const id = `${seed.id}-x${String(i).padStart(5, "0")}`;
    const month = i % 240;
    const value = `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
    const a = JSON.parse(seed.json);
    a.id = id;
    a.metadata.issueDate = a.metadata.issueDate ? { ...a.metadata.issueDate, value } : null;
    mkdirSync(join(dir, id));
    writeFileSync(join(dir, id, "article.json"), JSON.stringify(a, null, 2));
    linkSync(join(seedDir, seed.id, a.source.text), join(dir, id, a.source.text));
  }
}

type Build = { ms: number; maxRssMiB: number; summariesMs: number; registersMs: number; indexMs: number; indexBytes: number; xlsxBytes: number };

function build(dir: string): Build {
  const r = spawnSync(process.execPath, ["--import", "tsx", "bench/archive-build.ts", dir], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`archive build failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Build;
}

async function loadTime(dir: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      await page.goto(pathToFileURL(resolve(join(dir, "index.html"))).href);
      await page.waitForSelector("#articles tbody tr");
      times.push(performance.now() - t0);
    }
    return Math.min(...times);
  } finally {
    await browser.close();
  }
}

const seedDir = mkdtempSync(join(tmpdir(), "bulletin-bench-seeds-"));
const results: Record<string, unknown> = { sizes };
try {
  log("seeds: the fixtures through the pipeline");
  const code = await pipeline([...fixtures().map((f) => f.sourcePath), "--out", seedDir, "--quiet"]);
  if (code !== 0) throw new Error("the seed run failed");
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `bulletin-bench-archive-${n}-`));
    try {
      grow(seedDir, dir, n);
      log(`archive of ${n}: rebuilding`);
      const b = build(dir);
      const load = await loadTime(dir);
      results[String(n)] = { ...b, msPerArticle: round(b.ms / n, 3), indexLoadMs: round(load, 0) };
      log(`  rebuild ${round(b.ms / 1000, 1)} s (${round(b.ms / n, 2)} ms per article), peak RSS ${round(b.maxRssMiB, 0)} MiB; registers ${round(b.registersMs, 0)} ms, index page ${round(b.indexMs, 0)} ms (${round(b.indexBytes / 1e6, 1)} MB), loads in ${round(load, 0)} ms`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  rmSync(seedDir, { recursive: true, force: true });
}
writeFileSync("bench/archive-results.json", JSON.stringify(results, null, 2) + "\n");
log(`written bench/archive-results.json (${statSync("bench/archive-results.json").size} bytes)`);
