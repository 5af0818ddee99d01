// The review page: one highlight per record whose text is the record's text, well-nested tags,
// nothing loaded from outside; and in Chromium, a call leads to its note and the toggles hide a kind.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./support/browser.js";
import type { Article } from "../src/schema/article.js";
import { reviewHtml, reviewKinds } from "../src/write/review.js";
import { fixtures, run, sourceText } from "./fixtures.js";

const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#13);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#13": "\r" })[e]!);

type Piece = { kind: string; id: string; cont: boolean };

/** Walks the article text's tags: checks they nest, and gathers each record's text over its pieces. */
function parseText(html: string) {
  const open = '<div id="text">';
  const body = html.slice(html.indexOf(open) + open.length, html.lastIndexOf("</div></main>"));
  const texts = new Map<string, string>();
  const pieces: Piece[] = [];
  const stack: { tag: string; id: string | null }[] = [];
  let plain = "";
  for (const m of body.matchAll(/<(\/?)(\w+)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      const t = unescape(m[4]);
      plain += t;
      for (const o of stack) if (o.id !== null) texts.set(o.id, (texts.get(o.id) ?? "") + t);
      continue;
    }
    const [, closing, tag, attrs] = m as unknown as [string, string, string, string];
    if (closing) {
      expect(stack.pop()?.tag, "tags nest").toBe(tag);
      continue;
    }
    const attr = (name: string) => attrs.match(new RegExp(` ${name}="([^"]*)"`))?.[1];
    const id = attrs.startsWith(' class="rec ') ? unescape(attr("data-id")!) : null;
    if (id !== null) pieces.push({ kind: attr("data-kind")!, id, cont: attrs.includes(" data-cont") });
    stack.push({ tag, id });
  }
  expect(stack, "every tag closed").toEqual([]);
  return { texts, pieces, plain };
}

function records(a: Article): { kind: string; id: string; text: string }[] {
  const of = (kind: string, rs: { id: string; text: string }[]) => rs.map((r) => ({ kind, id: r.id, text: r.text }));
  return [
    ...of("dates", a.dates),
    ...of("numbers", a.numbers),
    ...of("organisations", a.organisations),
    ...of("treaties", a.treaties),
    ...of("calls", a.footnotes.markers),
    ...of("notes", a.footnotes.notes),
  ];
}

const sample = "mdc-2023-07-azerbaijan-turkiye-military-relations";
const pages = fixtures().map((f) => {
  const article = run(f);
  const source = sourceText(f);
  return { id: f.id, article, source, html: reviewHtml(article, source) };
});

describe.each(pages)("review page of $id", ({ id, article, source, html }) => {
  const { texts, pieces, plain } = parseText(html);

  it("has one highlight per record of each kind, with the record's text", () => {
    for (const kind of reviewKinds) {
      const count = (html.match(new RegExp(`data-kind="${kind}"`, "g")) ?? []).length;
      const firsts = pieces.filter((p) => p.kind === kind && !p.cont).length;
      const expected = records(article).filter((r) => r.kind === kind).length;
      expect(firsts, kind).toBe(expected);
      expect(count, kind).toBe(pieces.filter((p) => p.kind === kind).length);
      expect(html, `legend count of ${kind}`).toMatch(new RegExp(`data-toggle="${kind}" checked>.*?<span class="count">${expected}</span>`));
    }
    for (const r of records(article)) expect(texts.get(r.id) ?? "", `${r.kind} ${r.id}`).toBe(r.text);
  });

  it("shows the whole source, escaped", () => {
    expect(plain).toBe(source);
    if (source.includes("<")) expect(html).toContain("&lt;");
  });

  it("links calls to notes, notes back to calls, warnings to their place", () => {
    for (const m of article.footnotes.markers.filter((m) => m.note)) expect(html).toMatch(new RegExp(`id="${m.id}"[^>]*><a href="#${m.note}">`));
    for (const n of article.footnotes.notes) {
      expect(html).toMatch(new RegExp(`<span class="rec k-notes" data-kind="notes" data-id="${n.id}" id="${n.id}"`));
      for (const m of n.markers) expect(html).toContain(`<a class="back" href="#${m}"`);
    }
    article.warnings.forEach((w, i) => {
      if (w.start !== null) {
        expect(html).toContain(`href="#w${i}"`);
        expect(html).toContain(`id="w${i}"`);
      }
    });
  });

  it("loads nothing and is deterministic", () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    const shuffled = { ...article, dates: [...article.dates].reverse(), organisations: [...article.organisations].reverse(), treaties: [...article.treaties].reverse() };
    expect(reviewHtml(shuffled, source)).toBe(html);
    expect(reviewHtml(article, source)).toBe(html);
  });

  it("shows the metadata", () => {
    const m = article.metadata;
    const header = html.slice(html.indexOf("<header>"), html.indexOf("</header>"));
    for (const v of [m.title, ...m.authors, ...m.editors, m.publisher, m.issueDate?.text]) if (v) expect(header).toContain(v.replace(/&/g, "&amp;"));
    if (m.volume !== null) expect(header).toContain(`<dt>Volume</dt><dd>${m.volume}</dd>`);
    if (m.issue !== null) expect(header).toContain(`<dt>Issue</dt><dd>${m.issue}</dd>`);
  });

  it("is written to test-output/review/", () => {
    mkdirSync("test-output/review", { recursive: true });
    writeFileSync(`test-output/review/${id}.html`, html);
  });
});

describe("a handmade article", () => {
  // "Oslo Accord of NATO" and "NATO Europe" cross: the inner one must be split, not the tags crossed.
  const source = `Tom & Jerry <Co> signed the Oslo Accord of NATO Europe in 2020.¹\r\n\r\n¹ See <http://x.test/?a=1&b=2>.`;
  const at = (text: string, from = 0) => ({ text, start: source.indexOf(text, from), end: source.indexOf(text, from) + text.length });
  const noteStart = source.lastIndexOf("¹");
  const article: Article = {
    schemaVersion: 1,
    id: "handmade",
    pipelineVersion: "0.0.0",
    source: { file: "input/handmade.txt", sha256: "0".repeat(64), chars: source.length, text: "source.txt" },
    metadata: { title: "<script>alert(1)</script> & co", authors: ["A <B>"], editors: [], volume: null, issue: null, issueDate: null, publisher: null },
    sections: [],
    dates: [{ id: "date1", section: "s0", ...at("2020"), value: "2020", resolved: null, stated: "year" }],
    numbers: [],
    organisations: [
      { id: "org1", section: "s0", ...at("NATO Europe"), name: "NATO Europe", acronym: null },
      { id: "org2", section: "s0", ...at("Jerry <Co>"), name: "Jerry <Co>", acronym: null },
    ],
    treaties: [{ id: "treaty1", section: "s0", ...at("Oslo Accord of NATO"), name: "Oslo Accord" }],
    treatyRegister: [],
    footnotes: {
      markers: [{ id: "call1", section: "s0", ...at("¹"), number: 1, note: "note1", style: "superscript" }],
      notes: [{ id: "note1", number: 1, ...at(source.slice(noteStart), noteStart), labelled: true, urls: ["http://x.test/?a=1&b=2"], markers: ["call1"] }],
    },
    sources: [],
    sentences: [],
    warnings: [
      { code: "no-headings", message: "no <headings> & no sections", start: null, end: null },
      { code: "call-plain-digit", message: "x", start: at("2020").start, end: at("2020").end },
    ],
  };
  const html = reviewHtml(article, source);
  const { texts, pieces, plain } = parseText(html);

  it("splits the inner of two crossing spans and keeps each record's text", () => {
    expect(pieces.filter((p) => p.id === "org1").map((p) => p.cont)).toEqual([false, true]);
    for (const r of records(article)) expect(texts.get(r.id)).toBe(r.text);
    expect(plain).toBe(source);
  });

  it("escapes < & \" and keeps CR", () => {
    expect(html).toContain("Tom &amp; <span");
    expect(html).toContain(">Jerry &lt;Co&gt;</span>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    expect(html).toContain("no &lt;headings&gt; &amp; no sections");
    expect(html).toContain('title="organisations: Jerry &lt;Co&gt;"');
    expect(html).toContain("&#13;\n");
    expect(html).not.toContain("<Co>");
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it("anchors a positioned warning and lists an unpositioned one without a link", () => {
    expect(html).toContain('<a href="#w1"><code>call-plain-digit</code></a>');
    expect(html).toContain('<li><code>no-headings</code> no &lt;headings&gt;');
    expect(html).toContain('<span class="warn" id="w1"');
    expect(html).not.toContain('id="w0"');
  });
});

const skipBrowser = process.env.SKIP_BROWSER_TESTS === "1";

describe.skipIf(skipBrowser)("review page in Chromium", () => {
  let browser: Browser | undefined;
  let page: Page;
  const loads: string[] = [];
  const errors: string[] = [];
  const { article, html } = pages.find((p) => p.id === sample)!;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("request", (r) => { if (!r.url().startsWith("file:")) loads.push(r.url()); });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    const file = resolve(`test-output/review/${sample}.html`);
    mkdirSync("test-output/review", { recursive: true });
    writeFileSync(file, html);
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("clicking the first footnote call shows its note", async () => {
    const first = [...article.footnotes.markers].sort((a, b) => a.start - b.start).find((m) => m.note)!;
    const call = page.locator("#text .k-calls a").first();
    expect(await call.getAttribute("href")).toBe(`#${first.note}`);
    await call.click();
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains("active"), first.note!);
    const note = page.locator(`[id="${first.note}"]`);
    expect(await note.isVisible()).toBe(true);
    const shown = await note.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight, outline: getComputedStyle(el).outlineStyle };
    });
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.top).toBeLessThan(shown.height);
    expect(shown.outline).toBe("solid");
    expect(page.url().endsWith(`#${first.note}`)).toBe(true);
    await page.screenshot({ path: "test-output/review-screenshot.png" });
  });

  it("the organisations toggle hides organisations and leaves dates highlighted", async () => {
    const backgrounds = (kind: string) =>
      page.$$eval(`#text .k-${kind}`, (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    const transparent = "rgba(0, 0, 0, 0)";
    expect((await backgrounds("organisations")).every((b) => b !== transparent)).toBe(true);
    await page.locator('[data-toggle="organisations"]').uncheck();
    expect(await page.evaluate(() => document.body.classList.contains("hide-organisations"))).toBe(true);
    const orgs = await backgrounds("organisations");
    expect(orgs.length).toBe(article.organisations.length);
    expect(orgs.every((b) => b === transparent)).toBe(true);
    const dates = await backgrounds("dates");
    expect(dates.length).toBe(article.dates.length);
    expect(dates.every((b) => b !== transparent)).toBe(true);
    await page.locator('[data-toggle="organisations"]').check();
    expect((await backgrounds("organisations")).every((b) => b !== transparent)).toBe(true);
  });

  it("loads nothing from outside and runs without errors", () => {
    expect(loads).toEqual([]);
    expect(errors).toEqual([]);
  });
});
