// Opens the HTML report of the demo cohort (autoimmune-resistance evaluate --report) in Debian's Chromium, headless,
// with JavaScript switched off (the report must read without it), and checks what a reader sees: no console or page
// error, no request leaving the file, both SVG charts with bars, a table row per record (291 evaluated, 9 not), and one
// named patient's verdict visible after following its link. Writes PNG screenshots. Exit code 1 on any failure.
//
//   node .ci/browser/check-report.mjs REPORT.html SCREENSHOT-DIR
import { chromium } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [reportPath, shotDir] = process.argv.slice(2);
if (!reportPath || !shotDir) {
  console.error('usage: node check-report.mjs REPORT.html SCREENSHOT-DIR');
  process.exit(2);
}

const expected = { evaluated: 291, notEvaluated: 9, patient: 'demo-0007', phrase: 'Resistance shown to mycophenolate mofetil.' };
const problems = [];
const check = (ok, what) => { if (!ok) problems.push(what); };

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 1800 } });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`); });

  const url = pathToFileURL(path.resolve(reportPath)).href;
  const response = await page.goto(url, { waitUntil: 'load' });
  check(response === null || response.ok(), `the report did not load: ${response?.status()}`);

  const title = await page.title();
  check(title.startsWith('Treatment resistance'), `unexpected title: ${title}`);

  const charts = {};
  for (const id of ['chart-verdicts', 'chart-mechanisms']) {
    const chart = page.locator(`svg#${id}`);
    check(await chart.count() === 1, `chart ${id} is missing`);
    const chartTitle = await chart.locator(':scope > title').textContent();
    const bars = await chart.locator('rect.bar').count();
    const box = await chart.boundingBox();
    const wide = await chart.locator('rect.bar').evaluateAll((rects) => rects.filter((r) => r.getBBox().width > 0).length);
    check(bars > 0 && wide > 0, `chart ${id} has no visible bars (${bars} bars, ${wide} wider than 0)`);
    check(box !== null && box.width > 400 && box.height > 100, `chart ${id} is not laid out: ${JSON.stringify(box)}`);
    charts[id] = { title: chartTitle, bars, wide };
  }

  const evaluated = await page.locator('table.patients tbody tr.evaluated').count();
  const notEvaluated = await page.locator('table.patients tbody tr.error').count();
  check(evaluated === expected.evaluated, `patient table: ${evaluated} evaluated rows, expected ${expected.evaluated}`);
  check(notEvaluated === expected.notEvaluated, `patient table: ${notEvaluated} rows not evaluated, expected ${expected.notEvaluated}`);
  const failures = await page.locator('#not-evaluated article.failure').count();
  check(failures === expected.notEvaluated, `${failures} failed records listed, expected ${expected.notEvaluated}`);
  const counts = await page.locator('dl.counts dd').allTextContents();
  check(counts.join(' ') === '300 291 9', `counts: ${counts.join(' ')}`);

  await page.screenshot({ path: path.join(shotDir, 'report.png') });

  // Follow the table's link to one patient, as a reader would, and read its verdict.
  const link = page.locator('table.patients a', { hasText: expected.patient });
  check(await link.count() === 1, `no link to ${expected.patient} in the patient table`);
  await link.click();
  const target = await link.getAttribute('href');
  const summary = page.locator(`${target} p.summary`);
  await summary.waitFor({ state: 'visible' });
  const text = (await summary.textContent()) ?? '';
  check(text.includes(expected.phrase), `${expected.patient}: summary does not say "${expected.phrase}": ${text}`);
  check(await summary.isVisible() && await summary.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }),
    `${expected.patient}: the summary is not on screen after following the link`);
  await page.screenshot({ path: path.join(shotDir, 'report-patient.png') });

  console.log(`browser: Chromium ${browser.version()}, JavaScript off, ${url}`);
  console.log(`title: ${title}`);
  for (const [id, c] of Object.entries(charts)) console.log(`chart ${id}: "${c.title}", ${c.bars} bars (${c.wide} drawn)`);
  console.log(`patient table: ${evaluated} evaluated rows + ${notEvaluated} not evaluated; ${failures} failed records listed`);
  console.log(`${expected.patient} (${target}): "${text.slice(0, 110)}..."`);
  console.log(`screenshots: ${path.join(shotDir, 'report.png')}, ${path.join(shotDir, 'report-patient.png')}`);
} finally {
  await browser.close();
}

if (problems.length > 0) {
  for (const p of problems) console.error(`report check: ${p}`);
  console.error(`report check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('report check: no console error, no page error, no network request; all checks passed');
