// Child process of bench/archive.ts: rebuilds one archive folder and prints its timings as JSON,
// so the peak memory read is the rebuild's own.
import { statSync } from "node:fs";
import { join } from "node:path";
import { buildArchive } from "../src/archive/build.js";
import { articlesTable } from "../src/archive/articles.js";
import { articleIds, readArticle } from "../src/archive/folders.js";
import { indexData, indexHtml } from "../src/archive/index-page.js";
import { organisationRegister, outletRegister, treatyRegister } from "../src/archive/registers.js";
import { summarise } from "../src/archive/summary.js";

const dir = process.argv[2];
const t0 = performance.now();
const summaries = articleIds(dir).map((id) => summarise(readArticle(dir, id)));
const t1 = performance.now();
const orgs = organisationRegister(summaries);
const treaties = treatyRegister(summaries);
const outlets = outletRegister(summaries);
const t2 = performance.now();
const html = indexHtml(indexData(summaries, articlesTable(summaries), orgs, treaties, outlets));
const t3 = performance.now();
await buildArchive(dir, { escapeFormulas: true, bom: false });
const t4 = performance.now();
console.log(
  JSON.stringify({
    ms: Math.round(t4 - t3),
    maxRssMiB: Math.round((process.resourceUsage().maxRSS * 1024) / (1024 * 1024)),
    summariesMs: Math.round(t1 - t0),
    registersMs: Math.round(t2 - t1),
    indexMs: Math.round(t3 - t2),
    indexBytes: html.length,
    xlsxBytes: statSync(join(dir, "tables.xlsx")).size,
  }),
);
