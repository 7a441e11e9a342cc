// Turns the Lighthouse JSON reports and the axe results into one Markdown report (stdout).
// Usage: node report.mjs OUT_DIR BASE_URL   (reads OUT_DIR/pages.tsv, OUT_DIR/N-PROFILE.report.json,
// OUT_DIR/axe.json, OUT_DIR/versions.txt, as written by lighthouse.sh)
import { existsSync, readFileSync } from 'node:fs';

const [dir, base] = process.argv.slice(2);
const pages = readFileSync(`${dir}/pages.tsv`, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const PROFILES = ['mobile', 'desktop'];
const CATEGORIES = [
  ['performance', 'performance'], ['accessibility', 'accessibility'],
  ['best-practices', 'best practices'], ['seo', 'SEO'],
];
const lhr = (i, profile) => {
  const f = `${dir}/${i}-${profile}.report.json`;
  return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null;
};
const score = (s) => (s === null || s === undefined ? '–' : String(Math.round(s * 100)));
const out = [];
const p = (line = '') => out.push(line);

p(`# Lighthouse and axe-core audit of ${base}`);
p();
p(readFileSync(`${dir}/versions.txt`, 'utf8').trim());
p();
p('## Lighthouse scores');
p();
p('| page | path | profile | performance | accessibility | best practices | SEO |');
p('|---|---|---|---:|---:|---:|---:|');
// failing[page index] = Map(audit id -> {title, category, per-profile notes, example elements})
const failing = pages.map(() => new Map());
const errors = [];
const toolErrors = new Map(); // audit id -> {msg: Lighthouse's error message, weight}
pages.forEach(([label, url], i) => {
  const path = new URL(url).pathname + new URL(url).search;
  for (const profile of PROFILES) {
    const r = lhr(i, profile);
    if (!r) { p(`| ${label} | \`${path}\` | ${profile} | no report | | | |`); continue; }
    if (r.runtimeError) {
      errors.push(`${label} ${profile}: ${r.runtimeError.code} ${r.runtimeError.message}`);
      p(`| ${label} | \`${path}\` | ${profile} | error (below) | | | |`);
      continue;
    }
    p(`| ${label} | \`${path}\` | ${profile} | ${CATEGORIES.map(([c]) => score(r.categories[c]?.score)).join(' | ')} |`);
    // An audit is listed when its category scores under 100 and the audit itself is not a pass:
    // binary and numeric audits under 1, and the performance opportunities (metricSavings).
    for (const [c, cname] of CATEGORIES) {
      const cat = r.categories[c];
      if (!cat || cat.score === null || cat.score >= 1) continue;
      for (const ref of cat.auditRefs) {
        const a = r.audits[ref.id];
        // An audit that errored says nothing about the page (with Chromium newer than this
        // Lighthouse, some trace-based audits fail): listed apart, once.
        if (a.scoreDisplayMode === 'error') {
          toolErrors.set(a.id, { msg: a.errorMessage, weight: Math.max(ref.weight, toolErrors.get(a.id)?.weight ?? 0) });
          continue;
        }
        const failed = ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode) && a.score !== null && a.score < 1;
        if (!failed) continue;
        const f = failing[i].get(a.id) ?? { title: a.title, category: cname, weight: ref.weight, notes: [], examples: new Set() };
        f.weight = Math.max(f.weight, ref.weight);
        f.notes.push(`${profile} ${score(a.score)}${a.displayValue ? `, ${a.displayValue}` : ''}`);
        // The elements, resources or messages at fault, so the fix can start from them.
        for (const item of (a.details?.items ?? []).slice(0, 3)) {
          const ex = item.node?.selector || item.description || item.source?.url || item.url ||
            item.subItems?.items?.map((x) => x.url).filter(Boolean).join(' ') || item.node?.snippet;
          // Accessibility items say why (contrast ratio and colours, target size): kept short.
          const why = item.node?.explanation?.replace(/^Fix (any|all) of the following:\s*/, '').replace(/\s+/g, ' ');
          const shown = ex && `\`${String(ex).slice(0, 200)}\``;
          if (shown && ![...f.examples].some((x) => x.startsWith(shown))) {
            f.examples.add(shown + (why ? ` (${why.slice(0, 200)})` : ''));
          }
        }
        failing[i].set(a.id, f);
      }
    }
  }
});
p();
if (errors.length) { p('Lighthouse runtime errors:'); errors.forEach((e) => p(`- ${e}`)); p(); }

// axe: violated rules and how many elements each, per page and viewport.
const axe = existsSync(`${dir}/axe.json`) ? JSON.parse(readFileSync(`${dir}/axe.json`, 'utf8')) : [];
const widths = [...new Set(axe.map((r) => r.width))];
const rules = new Map();
p('## axe-core violations (rule id: elements)');
p();
p(`| page | ${widths.map((w) => `${w} px`).join(' | ')} |`);
p(`|---|${widths.map(() => '---').join('|')}|`);
for (const [label, url] of pages) {
  const cells = widths.map((w) => {
    const r = axe.find((x) => x.url === url && x.width === w);
    if (!r) return 'not run';
    if (r.error) return `error: ${r.error}`;
    for (const v of r.violations) {
      const e = rules.get(v.id) ?? { ...v, where: [], targets: new Set() };
      e.where.push(`${label} ${w}px`);
      v.targets.forEach((t) => e.targets.add(t));
      rules.set(v.id, e);
    }
    const total = r.violations.reduce((n, v) => n + v.nodes, 0);
    return total ? `${total}: ${r.violations.map((v) => `${v.id} ${v.nodes}`).join(', ')}` : '0';
  });
  p(`| ${label} | ${cells.join(' | ')} |`);
}
p();
if (rules.size) {
  p('axe rules violated:');
  for (const [id, e] of rules) {
    p(`- \`${id}\` (${e.impact}) ${e.help} — ${e.where.join(', ')}; e.g. ${[...e.targets].slice(0, 3).map((t) => `\`${t}\``).join(', ')}`);
  }
  p();
}

p('## Failing Lighthouse audits (categories under 100)');
p();
p('Per page: audit id, title, category (weight 0: reported but not counted in the score), the score');
p('and value per profile, and up to three elements or resources at fault.');
let anyFailing = false;
pages.forEach(([label, url], i) => {
  if (!failing[i].size) return;
  anyFailing = true;
  p();
  p(`### ${label} (\`${new URL(url).pathname + new URL(url).search}\`)`);
  p();
  for (const [id, f] of failing[i]) {
    const ex = f.examples.size ? `; e.g. ${[...f.examples].join(', ')}` : '';
    p(`- \`${id}\` ${f.title.replaceAll('`', '')} — ${f.category}${f.weight ? '' : ', weight 0'}; ${f.notes.join('; ')}${ex}`);
  }
});
if (!anyFailing) p('\nNone: every category scores 100.');
if (toolErrors.size) {
  p();
  p('## Audits Lighthouse could not run');
  p();
  p('Not findings about the pages: these audits errored inside Lighthouse; unless a weight is shown,');
  p('the category score does not count them.');
  p();
  for (const [id, e] of toolErrors) p(`- \`${id}\`${e.weight ? ` (weight ${e.weight})` : ''}: ${String(e.msg).slice(0, 160)}`);
}
console.log(out.join('\n'));
