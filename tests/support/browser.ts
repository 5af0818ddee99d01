// The browser for the page tests: the Chromium build that @sparticuz/chromium ships inside its npm
// package (unpacked to the temp folder on first use), so `npm ci && npm test` needs no system
// package and no download. CHROMIUM_PATH points at another build (Debian's /usr/bin/chromium).
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import packaged from "@sparticuz/chromium";
import { chromium, type Browser } from "playwright-core";

// nothing on the page may reach out, so networking features stay off
const args = ["--headless=new", "--no-sandbox", "--no-zygote", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** The package unpacks into one fixed temp folder and takes an existing one as complete, so two
 *  test files starting at once (vitest runs files in parallel) take turns through a lock folder. */
async function unpacked(): Promise<string> {
  const lock = join(tmpdir(), "bulletin-extract-chromium.lock");
  for (const deadline = Date.now() + 120_000; ; await sleep(200)) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      // a lock left by a killed run is older than any unpacking takes
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 60_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${lock}: another test has been unpacking Chromium for two minutes; remove the folder if no test runs`);
    }
  }
  try {
    return await packaged.executablePath();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function launchChromium(): Promise<Browser> {
  const own = process.env.CHROMIUM_PATH;
  if (own && !existsSync(own)) throw new Error(`CHROMIUM_PATH=${own} does not exist; unset it to use the Chromium that npm installed`);
  return chromium.launch({ executablePath: own || (await unpacked()), args });
}
