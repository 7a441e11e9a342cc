// Picks the pages to audit from a running Newsdesk site: prints "label<TAB>path" lines.
// Usage: node discover.mjs BASE_URL
// home, the first /section/ link on the home page, one native article (no attribution), one
// imported article (aside.attribution) and one translated article (.translation-notice), and a
// search. Articles are found on the home page and the section pages it links to; each candidate
// is fetched once and classified by its HTML, so no knowledge of the database is needed.
const base = new URL(process.argv[2] || 'http://127.0.0.1:8080');
const MAX_ARTICLE_FETCHES = 80; // bounded: the demo has ~70 articles, a big site many more

async function get(path) {
  const res = await fetch(new URL(path, base), { redirect: 'follow' });
  if (!res.ok) throw new Error(`${res.status} for ${path}`);
  return res.text();
}

// Same-origin link paths, in page order, without duplicates.
function links(html) {
  const out = [];
  for (const m of html.matchAll(/<a\b[^>]*\bhref="([^"#]+)"/gi)) {
    const u = new URL(m[1].replaceAll('&amp;', '&'), base);
    if (u.origin !== base.origin) continue;
    const p = u.pathname + u.search;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

const home = await get('/');
const homeLinks = links(home);
const sections = homeLinks.filter((p) => /^\/section\/[^/]+$/.test(p));
const pages = [['home', '/']];
if (sections.length) pages.push(['section', sections[0]]);
else console.error('discover: no /section/ link on the home page');

// Article candidates: home first, then each section page until all three kinds are found.
const found = {};
const seen = new Set();
let fetches = 0;
const isArticle = (p) => /^\/article\//.test(p);
const sources = [home, ...sections];
for (const src of sources) {
  if (found.native && found.imported && found.translated) break;
  const html = src === home ? home : await get(src);
  for (const p of links(html).filter(isArticle)) {
    if (found.native && found.imported && found.translated) break;
    if (seen.has(p) || fetches >= MAX_ARTICLE_FETCHES) continue;
    seen.add(p);
    fetches++;
    const page = await get(p);
    // The class tests match class="x" and class="a x b"; a translated article also has an
    // attribution, so it is checked first.
    const translated = /class="[^"]*\btranslation-notice\b/.test(page);
    const imported = /<aside\b[^>]*class="[^"]*\battribution\b/.test(page);
    const kind = translated ? 'translated' : imported ? 'imported' : 'native';
    found[kind] ??= p;
  }
}
for (const kind of ['native', 'imported', 'translated']) {
  if (found[kind]) pages.push([`${kind} article`, found[kind]]);
  else console.error(`discover: no ${kind} article among ${fetches} fetched`);
}
pages.push(['search', '/search?q=harbour']);
for (const [label, path] of pages) console.log(`${label}\t${path}`);
