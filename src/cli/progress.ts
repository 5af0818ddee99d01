// Progress for a batch: a bar redrawn in place on a terminal, plain lines anywhere else (CI, pipes).
export type Progress = { done(result: { ok: boolean; display: string; note: string }, records: number): void; end(): void };

export function progress(total: number, tty: boolean, quiet: boolean): Progress {
  let count = 0;
  let records = 0;
  return {
    done(result, n) {
      count++;
      records += n;
      if (tty) {
        const width = 24;
        const filled = Math.round((count / total) * width);
        const bar = "█".repeat(filled) + "░".repeat(width - filled);
        const name = result.display.length > 40 ? `…${result.display.slice(-39)}` : result.display;
        process.stdout.write(`\r\x1b[2K${bar} ${count}/${total} ${name}  ${records} records`);
        if (!result.ok) process.stdout.write(`\n`);
      } else if (!quiet && result.ok) {
        // failures are reported on stderr with their reason as they happen
        console.log(`ok   ${result.display}${result.note ? ` ${result.note}` : ""}`);
      }
    },
    end() {
      if (tty) process.stdout.write("\n");
    },
  };
}
