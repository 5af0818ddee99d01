// Small helpers for the benchmark: statistics, rounding, memory and the printed tables.
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export const MB = 1_000_000; // throughput and corpus sizes are in decimal megabytes of UTF-8 input
export const MiB = 1024 * 1024; // memory is in MiB

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Rounds to `digits` decimals; keeps results.json stable and readable. */
export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Rounds to `sig` significant digits (for throughputs spanning orders of magnitude). */
export function sig(x: number, sig = 3): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const d = Math.max(0, sig - 1 - Math.floor(Math.log10(Math.abs(x))));
  return round(x, d);
}

/** Peak resident set size of this process so far (resourceUsage().maxRSS is in KiB). */
export const maxRssMiB = () => (process.resourceUsage().maxRSS * 1024) / MiB;
export const rssMiB = () => process.memoryUsage.rss() / MiB;
export const heapMiB = () => process.memoryUsage().heapUsed / MiB;

/** A full garbage collection between phases (never inside a timed loop), so memory readings are comparable. */
let gcFn: (() => void) | null = null;
export function gc(): void {
  if (!gcFn) {
    setFlagsFromString("--expose-gc");
    gcFn = runInNewContext("gc") as () => void;
  }
  gcFn();
}

export function table(title: string, header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [`\n${title}`, line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

export const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "failed");

// ---- other processes' CPU use (Linux): the machine is shared, so every phase records how busy it
// was with work that is not this benchmark. Clock ticks are 1/100 s on Linux.
const readProc = (path: string) => readFileSync(path, "utf8");
type CpuSnap = { at: number; busy: number; own: number } | null;
export function cpuSnapshot(): CpuSnap {
  try {
    const cpu = (readProc("/proc/stat").split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = cpu; // idle and iowait are not busy
    const busy = user + nice + system + irq + softirq + (steal ?? 0);
    // fields after the ")" of the command: utime, stime, cutime, cstime are the 12th to 15th
    const self = readProc("/proc/self/stat");
    const f = self.slice(self.lastIndexOf(")") + 2).split(" ").map(Number);
    const own = f[11] + f[12] + f[13] + f[14];
    return { at: performance.now(), busy, own };
  } catch {
    return null;
  }
}
/** Cores' worth of CPU used by other processes between two snapshots (null where /proc is missing). */
export function otherCores(a: CpuSnap, b: CpuSnap): number | null {
  if (!a || !b) return null;
  const ticks = ((b.at - a.at) / 1000) * 100;
  if (ticks <= 0) return null;
  return Math.max(0, (b.busy - a.busy - (b.own - a.own)) / ticks);
}
