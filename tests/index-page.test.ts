// The archive's index page in Chromium: search a register, sort it, plot a name's mentions, open an
// article's review page from the articles table; nothing is loaded from outside.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/browser.js";
import { removeTempDirs, runCli, tempDir } from "./support/cli.js";
import { fixtures } from "./fixtures.js";

const skipBrowser = process.env.SKIP_BROWSER_TESTS === "1";

describe.skipIf(skipBrowser)("the archive's index page in Chromium", () => {
  let browser: Browser | undefined;
  let page: Page;
  const loads: string[] = [];
  const errors: string[] = [];
  const out = tempDir("index-page");

  beforeAll(async () => {
    expect((await runCli([...fixtures().map((f) => f.sourcePath), "--out", out, "--quiet"])).code).toBe(0);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("request", (r) => { if (!r.url().startsWith("file:")) loads.push(r.url()); });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    await page.goto(pathToFileURL(resolve(join(out, "index.html"))).href);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    removeTempDirs();
  });

  it("lists every article with its counts", async () => {
    await expect.poll(() => page.locator("#articles tbody tr").count()).toBe(fixtures().length);
    expect(await page.locator("#articles .count").textContent()).toBe(`${fixtures().length} of ${fixtures().length} rows`);
  });

  it("searching the organisations register filters its rows", async () => {
    await page.click('nav button[data-tab="organisations"]');
    const total = Number((await page.locator("#organisations .count").textContent())!.split(" of ")[1].split(" ")[0]);
    await page.fill('input[data-search="organisations"]', "european union");
    const shown = page.locator("#organisations tbody tr");
    await expect.poll(() => shown.count()).toBeGreaterThan(0);
    expect(await shown.count()).toBeLessThan(total);
    for (const text of await shown.allTextContents()) expect(text.toLowerCase()).toContain("european union");
  });

  it("clicking a name plots its mentions per issue date", async () => {
    await page.locator("#organisations tbody tr td").first().click();
    await expect.poll(() => page.locator("#plot-organisations h3").textContent()).toMatch(/European Union/);
    expect(await page.locator('#plot-organisations svg[data-plot="organisations"] rect').count()).toBeGreaterThan(1);
  });

  it("sorting by a column orders the rows", async () => {
    await page.click('nav button[data-tab="articles"]');
    await page.locator("#articles th", { hasText: /^dates$/ }).click();
    const column = await page.locator("#articles thead th").allTextContents();
    const k = column.indexOf("dates");
    const values = (await page.locator(`#articles tbody tr td:nth-child(${k + 1})`).allTextContents()).map(Number);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it("an article's link opens its review page", async () => {
    mkdirSync("test-output", { recursive: true });
    await page.screenshot({ path: "test-output/index-screenshot.png" });
    const id = fixtures()[0].id;
    await page.locator(`#articles a`, { hasText: id }).click();
    await page.waitForURL(/review\.html$/);
    expect(page.url()).toContain(`${id}/review.html`);
    expect(await page.locator("#text").count()).toBe(1);
  });

  it("loads nothing from outside and runs without errors", () => {
    expect(loads).toEqual([]);
    expect(errors).toEqual([]);
  });
});
