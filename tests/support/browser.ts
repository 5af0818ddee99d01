// The browser for the page tests: the Chromium build that @sparticuz/chromium ships inside its npm
// package (unpacked to the temp folder on first use), so `npm ci && npm test` needs no system
// package and no download. CHROMIUM_PATH points at another build (Debian's /usr/bin/chromium).
import { existsSync } from "node:fs";
import packaged from "@sparticuz/chromium";
import { chromium, type Browser } from "playwright-core";

// nothing on the page may reach out, so networking features stay off
const args = ["--headless=new", "--no-sandbox", "--no-zygote", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function launchChromium(): Promise<Browser> {
  const own = process.env.CHROMIUM_PATH;
  if (own && !existsSync(own)) throw new Error(`CHROMIUM_PATH=${own} does not exist; unset it to use the Chromium that npm installed`);
  const executablePath = own || (await packaged.executablePath());
  return chromium.launch({ executablePath, args });
}
