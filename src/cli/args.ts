// The command line of every command: each declares its options once (name, type, one-line
// description) and gets from here the parsing, the help text, -h/--help and --version, and
// one-line usage errors (exit code 2) that name the nearest real option.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export type Option = {
  type: "string" | "boolean";
  /** one line, shown in the help */
  description: string;
  /** the value's placeholder in the help: DIR, N, FILE */
  value?: string;
  default?: string;
  short?: string;
};

export type Command<O extends Record<string, Option>> = {
  /** how it is run, up to its arguments: "npm run pipeline --", "npx tsx pipeline/ingest.ts" */
  name: string;
  /** its arguments, after the name: "[files or folders...] [options]" */
  usage: string;
  /** a few lines on what it does */
  about: string;
  options: O;
  /** what the positional arguments are, for the error when they are missing or not allowed */
  positionals?: { name: string; min?: number };
  /** lines after the options: exit codes, examples */
  more?: string;
};

type Values<O extends Record<string, Option>> = {
  [K in keyof O]: O[K] extends { type: "boolean" } ? boolean : O[K] extends { default: string } ? string : string | undefined;
};

type Parsed<O extends Record<string, Option>> = { values: Values<O>; positionals: string[] };

const builtIn: Record<string, Option> = {
  help: { type: "boolean", short: "h", description: "show this help" },
  version: { type: "boolean", description: "print the version" },
};

/** Parses argv for `command`. Help, version and usage errors are printed here and give the exit
 *  code to return (0 or 2); otherwise the values, with defaults filled in. */
export function parseCommand<const O extends Record<string, Option>>(command: Command<O>, argv: string[]): Parsed<O> | number {
  const options = { ...command.options, ...builtIn };
  const { values, positionals, tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const asked = tokens.filter((t) => t.kind === "option" && (t.name === "help" || t.name === "version") && t.value === undefined);
  if (asked.some((t) => t.kind === "option" && t.name === "help")) {
    console.log(helpText(command));
    return 0;
  }
  if (asked.length) {
    console.log(packageVersion());
    return 0;
  }
  const problem = tokens.map((t) => (t.kind === "option" ? optionProblem(t, options) : null)).find((p) => p !== null) ?? positionalProblem(command, positionals);
  if (problem) {
    console.error(`${problem} — see ${command.name} --help`);
    return 2;
  }
  // an option not given is false (a flag) or its default
  for (const [name, o] of Object.entries(command.options)) values[name] ??= o.type === "boolean" ? false : o.default;
  return { values: values as unknown as Values<O>, positionals };
}

type OptionToken = { name: string; rawName: string; value?: string; inlineValue?: boolean };

function optionProblem(t: OptionToken, options: Record<string, Option>): string | null {
  const spec = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
  if (!spec) {
    const near = nearest(t.name, Object.keys(options));
    return `unknown option ${t.rawName}${near ? `; did you mean --${near}?` : ""}`;
  }
  if (spec.type === "boolean") return t.value === undefined ? null : `option ${t.rawName} takes no value (got ${t.rawName}=${t.value})`;
  // a value that looks like an option is the next option, not this one's value ("--out --quiet")
  if (t.value === undefined || t.value === "" || (!t.inlineValue && t.value.startsWith("-") && t.value !== "-"))
    return `option ${t.rawName} needs a value (${t.rawName} ${spec.value ?? "VALUE"})${t.value?.startsWith("-") ? `; "${t.value}" looks like an option (write ${t.rawName}=${t.value} if it is the value)` : ""}`;
  return null;
}

function positionalProblem(command: Command<Record<string, Option>>, positionals: string[]): string | null {
  const p = command.positionals;
  if (!p && positionals.length) return `unexpected argument ${JSON.stringify(positionals[0])}: this command takes no ${positionals.length > 1 ? "arguments" : "argument"}, only options`;
  if (p && positionals.length < (p.min ?? 0)) return `missing ${p.name}`;
  return null;
}

/** The option nearest to a mistyped name, when it is close enough to be the one meant. */
export function nearest(typed: string, names: string[]): string | null {
  const t = typed.toLowerCase();
  if (t.length < 2) return null;
  let best: { name: string; d: number } | null = null;
  for (const name of names) {
    // "--output" for "--out", "--work-dir" for "--work": one name extends the other
    const extends_ = Math.min(t.length, name.length) >= 3 && (t.startsWith(name) || name.startsWith(t));
    const d = extends_ ? 1 : distance(t, name);
    const close = d <= (Math.max(t.length, name.length) <= 3 ? 1 : 2);
    if (close && (!best || d < best.d)) best = { name, d };
  }
  return best?.name ?? null;
}

/** Damerau–Levenshtein distance (optimal string alignment): edits, with a swap of two
 *  neighbouring letters counting as one. */
export function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

function helpText(command: Command<Record<string, Option>>): string {
  const rows = Object.entries({ ...command.options, ...builtIn }).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ""}--${name}${o.value ? ` ${o.value}` : ""}`;
    return [flag, `${o.description}${o.default !== undefined ? ` (default: ${o.default})` : ""}`];
  });
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  const lines = rows.map(([f, d]) => `  ${f.padEnd(width)}${d}`);
  return [`Usage: ${command.name} ${command.usage}`, "", command.about, "", "Options:", ...lines, ...(command.more ? ["", command.more] : [])].join("\n");
}

/** package.json's version, found from here whether this runs from src/ or from dist/src/. */
function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    if (dirname(dir) === dir) return "unknown";
    dir = dirname(dir);
  }
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}
