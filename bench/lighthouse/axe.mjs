// Runs axe-core on each page at a phone (390 px) and a desktop (1366 px) viewport.
// Usage: node axe.mjs PAGES_TSV OUT_JSON   (PAGES_TSV: "label<TAB>url" lines)
// Writes [{label, url, width, violations: [{id, impact, help, helpUrl, nodes, targets}]}].
// puppeteer-core drives the system Chromium (CHROME_PATH); it downloads no browser of its own.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [pagesFile, outFile] = process.argv.slice(2);
const pages = readFileSync(pagesFile, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const VIEWPORTS = [
  { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
  { width: 1366, height: 768, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  // The same flags as the Lighthouse runs (lighthouse.sh): no sandbox as root, and no
  // background networking, since this machine has no internet.
  args: (process.env.CHROME_FLAGS || '').split(' ').filter(Boolean),
});
const results = [];
try {
  for (const [label, url] of pages) {
    for (const vp of VIEWPORTS) {
      const page = await browser.newPage();
      try {
        await page.setViewport(vp);
        // networkidle2 lets late images and fonts arrive; a page that keeps polling is still
        // audited after the timeout. A page that does not load at all is recorded as an error.
        const res = await page.goto(url, { waitUntil: 'networkidle2', timeout: 30000 }).catch((e) => {
          if (/timeout/i.test(e.message)) return null;
          throw e;
        });
        // 304: the second viewport revalidates the cached page, which is a success here.
        if (res && res.status() >= 400) throw new Error(`HTTP ${res.status()}`);
        await page.evaluate(axeSource);
        // Default rule set (WCAG 2.0/2.1/2.2 A and AA plus axe's best practices).
        const r = await page.evaluate(() => window.axe.run(document));
        results.push({
          label, url, width: vp.width,
          violations: r.violations.map((v) => ({
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
          })),
        });
        console.error(`axe: ${label} ${vp.width}px: ${r.violations.length} rule(s) violated`);
      } catch (e) {
        console.error(`axe: ${label} ${vp.width}px: ${e.message}`);
        results.push({ label, url, width: vp.width, error: e.message, violations: [] });
      } finally {
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
writeFileSync(outFile, JSON.stringify(results, null, 1));
