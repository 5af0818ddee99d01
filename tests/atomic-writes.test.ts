// A batch run killed part-way (SIGKILL) leaves every output file either the old complete one or the
// new complete one, never half a file. The CLI runs as a child process (`npx tsx pipeline/run.ts`):
// a first full run fills the output folder with the old outputs (v1); the inputs are then changed
// (each id gets another fixture's text) and `--bom` is added, so every new output differs from the
// old one; a reference run writes the new outputs (v2) elsewhere; then runs of v2 into the first
// folder are killed after the k-th "ok" line, and every file found there must be byte-identical to
// its v1 or its v2 version.
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import { extname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures } from "./fixtures.js";
import { removeTempDirs, tempDir } from "./support/temp.js";

const copies = 8; // × 4 fixtures = 32 articles
// [ok lines seen, then milliseconds more] before the kill: the delays move the kill off the moment
// an article has just finished, into the next one's work or writes
const killAfter: Array<[number, number]> = [[1, 0], [1, 23], [5, 7], [12, 41], [17, 3], [24, 15], [29, 31], [32, 0]];
const repo = process.cwd();
const live = new Set<ChildProcess>();

type Done = { code: number | null; signal: NodeJS.Signals | null; oks: number; stdout: string; stderr: string };

/** Runs `npx tsx pipeline/run.ts in --out out ...`; with `killAt`, SIGKILLs its whole process group
 * (npx → tsx → node) once that many "ok" lines have appeared on stdout. */
function runPipeline(inDir: string, out: string, extra: string[], killAt?: [number, number]): Promise<Done> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "pipeline/run.ts", inDir, "--out", out, ...extra], {
      cwd: repo,
      detached: true, // its own process group, so the kill reaches the node process tsx starts
      stdio: ["ignore", "pipe", "pipe"],
    });
    live.add(child);
    let stdout = "";
    let stderr = "";
    let oks = 0;
    let killed = false;
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      oks = (stdout.match(/^ok /gm) ?? []).length;
      if (killAt !== undefined && !killed && oks >= killAt[0]) {
        killed = true;
        const kill = () => void (child.exitCode === null && child.signalCode === null && process.kill(-child.pid!, "SIGKILL"));
        if (killAt[1] > 0) setTimeout(kill, killAt[1]);
        else kill();
      }
    });
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => void (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      live.delete(child);
      resolve({ code, signal, oks, stdout, stderr });
    });
  });
}

/** Every file under `dir`, by relative path, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.set(relative(dir, p).split("\\").join("/"), fs.readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

const isTemp = (rel: string) => rel.includes(".tmp-");

describe("a batch killed part-way leaves only complete files", () => {
  const root = tempDir("atomic");
  const inV1 = join(root, "in-v1");
  const inV2 = join(root, "in-v2");
  const out = join(root, "out");
  const outRef = join(root, "out-ref");
  let v1: Map<string, Buffer>;
  let v2: Map<string, Buffer>;
  const leftovers: string[] = [];

  beforeAll(async () => {
    const texts = fixtures().map((f) => ({ ext: extname(f.sourcePath), bytes: fs.readFileSync(f.sourcePath) }));
    fs.mkdirSync(inV1);
    fs.mkdirSync(inV2);
    for (let k = 0; k < copies * texts.length; k++) {
      const id = `a${String(k).padStart(2, "0")}`;
      const a = texts[k % texts.length];
      const b = texts[(k + 1) % texts.length];
      fs.writeFileSync(join(inV1, id + a.ext), a.bytes);
      fs.writeFileSync(join(inV2, id + b.ext), b.bytes);
    }
    const first = await runPipeline(inV1, out, []);
    expect(first.code, first.stderr).toBe(0);
    v1 = snapshot(out);
    const ref = await runPipeline(inV2, outRef, ["--bom"]);
    expect(ref.code, ref.stderr).toBe(0);
    v2 = snapshot(outRef);
  }, 60_000);

  afterAll(() => {
    for (const c of live) if (c.pid) process.kill(-c.pid, "SIGKILL");
    console.log(
      leftovers.length
        ? `temporary files left behind by killed runs (${leftovers.length}): ${[...new Set(leftovers)].join(", ")}`
        : "no temporary files were left behind by the killed runs",
    );
    removeTempDirs();
  });

  it("the two complete runs wrote every article, and v2 differs from v1 file by file", () => {
    expect(v1.size).toBeGreaterThan(32 * 9);
    expect([...v1.keys()].sort()).toEqual([...v2.keys()].sort());
    const same = [...v1.keys()].filter((k) => !k.startsWith("schema/") && v1.get(k)!.equals(v2.get(k)!));
    expect(same, "files whose old and new versions are identical cannot show a torn write").toEqual([]);
  });

  it.each(killAfter)("killed after %i ok lines + %i ms: each file is the old or the new complete one", async (k, ms) => {
    // --force: an article a killed run finished is redone, so every run is killed as far in
    const run = await runPipeline(inV2, out, ["--bom", "--force"], [k, ms]);
    if (k < copies * 4) expect(run.signal, `the run ended before the kill (exit ${run.code})`).toBe("SIGKILL");
    const now = snapshot(out);
    const torn: string[] = [];
    const foreign: string[] = [];
    for (const [rel, bytes] of now) {
      if (isTemp(rel)) {
        leftovers.push(rel);
        continue;
      }
      if (!v1.has(rel)) {
        foreign.push(rel);
        continue;
      }
      if (!bytes.equals(v1.get(rel)!) && !bytes.equals(v2.get(rel)!)) torn.push(rel);
      const text = bytes.toString("utf8");
      if (rel.endsWith(".json")) {
        try {
          JSON.parse(text);
        } catch {
          torn.push(`${rel} (not JSON)`);
        }
      }
      if (rel.endsWith(".csv") && !text.endsWith("\r\n")) torn.push(`${rel} (no final CRLF)`);
    }
    const old = [...now.keys()].filter((r) => !isTemp(r) && v1.get(r)?.equals(now.get(r)!)).length;
    const fresh = [...now.keys()].filter((r) => !isTemp(r) && v2.get(r)?.equals(now.get(r)!) && !v1.get(r)?.equals(now.get(r)!)).length;
    const temps = [...now.keys()].filter(isTemp);
    console.log(`killed after ${k} ok lines + ${ms} ms, ${run.oks} ok lines in all (${run.signal ?? `exit ${run.code}`}): ${old} old files, ${fresh} new files, ${temps.length} temporary files`);
    expect(torn, "files that are neither the old nor the new complete version").toEqual([]);
    expect(foreign, "unexpected files").toEqual([]);
    expect([...v1.keys()].filter((r) => !now.has(r)), "files that disappeared").toEqual([]);
    // a leftover temporary file must never carry a name a reader would take for output or input
    expect(temps.filter((t) => !/\.tmp-\d+$/.test(t)), "temporary files under a readable name").toEqual([]);
  }, 60_000);

  it("a run after the kills completes and leaves no temporary file of its own", async () => {
    const before = new Set([...snapshot(out).keys()].filter(isTemp));
    const run = await runPipeline(inV2, out, ["--bom"]);
    expect(run.code, run.stderr).toBe(0);
    const now = snapshot(out);
    for (const [rel, bytes] of now) if (!isTemp(rel)) expect(bytes.equals(v2.get(rel)!), rel).toBe(true);
    const added = [...now.keys()].filter((r) => isTemp(r) && !before.has(r));
    expect(added).toEqual([]);
    // the killed runs' temporary files stay: nothing cleans them up (a finding, not a failure)
    console.log(`temporary files still in the output folder after a clean run: ${[...now.keys()].filter(isTemp).length}`);
  }, 60_000);
});
