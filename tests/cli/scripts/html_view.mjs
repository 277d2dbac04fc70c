// Drives the HTML view in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core): search for a park, click its node on the Cytoscape canvas, and check
// that the details panel lists its companies and shows a source sentence. Takes a
// screenshot of each page. Exit code 0 when every case passes; failures on stderr.
//
//   node html_view.mjs cases.json
//   cases.json: [{"html": "/abs/graph.html", "park": "昆明高新区",
//                 "companies": ["闻泰科技"], "sentence": "…", "screenshot": "/abs/out.png"}]
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const failures = [];
const check = (label, ok, detail) => {
  if (!ok) failures.push(`${label}: ${detail}`);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const c of cases) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests = [];
    const errors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto('file://' + c.html);
    await page.waitForFunction(() => window.parkgraphView && window.parkgraphView.cy);

    // Search: the park is among the results and highlighted on the canvas.
    await page.fill('#search', c.park);
    const results = await page.locator('#results li').allTextContents();
    check(c.html, results.length > 0 && results[0].startsWith(c.park + ' '),
          `search results ${JSON.stringify(results)} do not start with ${c.park}`);

    // Bring the park's node into view and click it on the canvas.
    const at = await page.evaluate((name) => {
      const cy = window.parkgraphView.cy;
      const node = cy.nodes().filter((n) => n.data('label') === name)[0];
      if (!node) return null;
      cy.zoom(2);
      cy.center(node);
      return node.renderedPosition();
    }, c.park);
    check(c.html, at !== null, `no node labelled ${c.park}`);
    if (at !== null) {
      const box = await page.locator('#graph').boundingBox();
      await page.mouse.click(box.x + at.x, box.y + at.y);
      const heading = await page.locator('#details h2').textContent();
      check(c.html, heading === c.park, `details show '${heading}' after clicking ${c.park}`);
      const members = await page.locator('#details ul.companies li').allTextContents();
      for (const company of c.companies) {
        check(c.html, members.includes(company),
              `companies listed ${JSON.stringify(members)} lack ${company}`);
      }
      const quotes = await page.locator('#details blockquote').allTextContents();
      check(c.html, quotes.some((q) => q.includes(c.sentence)),
            `no source sentence containing '${c.sentence}' among ${quotes.length}`);
    }
    await page.screenshot({ path: c.screenshot });
    check(c.html, errors.length === 0, `page errors: ${errors.join(' | ')}`);
    const remote = requests.filter((u) => !u.startsWith('file://') && !u.startsWith('data:'));
    check(c.html, remote.length === 0, `fetched ${remote.join(' ')}`);
    await page.close();
    console.log(`${c.html}: ${c.park} checked, screenshot ${c.screenshot}`);
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
