// Opens the built book (run `mdbook build` first) in headless Chromium, the
// way a reader would, and checks what only a browser can tell:
//   - every page loads without a single request to another host;
//   - each chapter renders, with a screenshot in the light and the navy theme
//     (saved to target/screenshots/ for a person to look at);
//   - search finds a word from a chapter;
//   - admonitions render as callouts with their title;
//   - the eye button shows a listing's hidden lines, and hides them again;
//   - listing captions are numbered, and the print page keeps code and
//     callouts;
//   - questions: answered wrongly, then rightly (by keyboard), in light and
//     navy; without JavaScript the answer sits in a closed <details>;
//   - the symptom index: search finds it from three messages pasted as
//     printed;
//   - diagrams: inline, titled, contrasting in all five themes, fitting a
//     phone's width;
//   - every caption's errata link and every page's provenance footer;
//   - the PDF of print.html, with no code block or table cut at a page edge.
// Usage: node tests/browser/check.mjs [BOOK_DIR]   (default: book)
// Chromium: Debian's package (`apt-get install chromium`), or set CHROMIUM.

import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, mkdir, readdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'book');
const shots = resolve('target/screenshots');
const types = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.json': 'application/json',
};

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end('not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const failures = [];
const fail = (message) => { failures.push(message); console.log(`FAIL ${message}`); };
let passed = 0;
const pass = (message) => { passed += 1; console.log(`ok   ${message}`); };

async function open(page, theme, path) {
  await page.addInitScript((t) => localStorage.setItem('mdbook-theme', t), theme);
  const outside = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') outside.push(request.url());
  });
  const response = await page.goto(`${base}/${path}`, { waitUntil: 'networkidle' });
  if (!response?.ok()) fail(`${path}: HTTP ${response?.status()}`);
  // `goto` can return while a page as long as print.html is still being
  // parsed (seen in CI: 21 of its 23 questions there, and none of the
  // book's scripts run yet); every check reads the page as a reader gets it.
  await page.waitForFunction(() => document.readyState === 'complete');
  if (outside.length) fail(`${path}: requests to other hosts: ${outside.join(', ')}`);
  return outside;
}

await mkdir(shots, { recursive: true });
const pages = (await readdir(root)).filter((f) => f.endsWith('.html') && !['404.html', 'toc.html'].includes(f)).sort();

for (const theme of ['light', 'navy']) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const path of pages) {
    const page = await context.newPage();
    const outside = await open(page, theme, path);
    const title = await page.locator('main h1').first().textContent().catch(() => null);
    if (!title) fail(`${path} (${theme}): no heading`);
    if (path !== 'print.html') {
      await page.screenshot({ path: join(shots, `${path.replace('.html', '')}-${theme}.png`) });
    }
    if (!outside.length && title) pass(`${path} (${theme}): renders, nothing loaded from another host`);
    await page.close();
  }
  await context.close();
}

const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();

// Search: the index ships with the book, so it works offline.
await open(page, 'light', 'introduction.html');
await page.keyboard.press('s');
// mdBook searches on key presses, so type the word rather than paste it.
await page.locator('#searchbar').pressSequentially('poisoning');
await page.waitForTimeout(1000);
const results = await page.locator('#searchresults li').count();
results > 0 ? pass(`search for "poisoning": ${results} results`) : fail('search for "poisoning" found nothing');

// Admonitions: rendered callouts with a title, not raw ```admonish blocks.
await open(page, 'light', 'cell.html');
const callouts = await page.locator('.admonition .admonition-title').count();
const raw = await page.locator('code.language-admonish').count();
callouts > 0 && raw === 0
  ? pass(`admonitions render (${callouts} on cell.html)`)
  : fail(`admonitions: ${callouts} rendered, ${raw} left raw`);

// Captions: generated "Listing N-M" with an anchor and a kind badge.
const caption = page.locator('.listing-caption').first();
const captionText = (await caption.textContent())?.trim() ?? '';
/Listing 1-1:/.test(captionText) && (await caption.locator('.listing-kind').count()) === 1
  ? pass(`first caption: "${captionText.slice(0, 60)}..."`)
  : fail(`first caption on cell.html is "${captionText}"`);

// Hidden lines: a listing whose `use` lines sit outside its anchor.
await open(page, 'light', 'refcell.html');
const block = page.locator('pre:has(.boring)').first();
const boring = block.locator('.boring').first();
const hiddenBefore = !(await boring.isVisible());
await block.hover();
await block.locator('button.fa-eye, button[title="Show hidden lines"]').first().click();
const shownAfter = await boring.isVisible();
await block.locator('button.fa-eye-slash, button[title="Hide lines"]').first().click();
const hiddenAgain = !(await boring.isVisible());
hiddenBefore && shownAfter && hiddenAgain
  ? pass('hidden lines: hidden, shown by the eye button, hidden again')
  : fail(`hidden lines: hidden at first ${hiddenBefore}, shown after click ${shownAfter}, hidden again ${hiddenAgain}`);

// Run buttons: on listings the playground can run, never on the others.
await open(page, 'light', 'mutex.html');
const runnable = await page.locator('pre:has(code.kind-runs) .play-button:not(.hidden)').count();
const blocked = await page.locator('pre:has(code.kind-hangs) .play-button').count();
runnable > 0 && blocked === 0
  ? pass(`Run buttons: ${runnable} on listings that run, none on hanging ones`)
  : fail(`Run buttons: ${runnable} on listings that run, ${blocked} on hanging ones`);

// Print: one page with every chapter, code blocks and callouts included.
await open(page, 'light', 'print.html');
const printCode = await page.locator('pre code').count();
const printCallouts = await page.locator('.admonition').count();
printCode > 100 && printCallouts > 5
  ? pass(`print.html: ${printCode} code blocks, ${printCallouts} callouts`)
  : fail(`print.html: ${printCode} code blocks, ${printCallouts} callouts`);


// Questions: a wrong answer leaves the answer closed; the right one, chosen
// with the keyboard, reveals the tested output, the kind badge and folder.
const QUESTION = 'ch02-match-scrutinee-guard';
for (const theme of ['light', 'navy']) {
  const qpage = await context.newPage();
  await open(qpage, theme, 'refcell.html');
  const question = qpage.locator(`#question-${QUESTION}`);
  await question.scrollIntoViewIfNeeded();
  const caption = qpage.locator(`.listing-kind[data-question="${QUESTION}"]`);
  const closed = !(await question.locator('details').evaluate((d) => d.open));
  const badgeBefore = (await caption.textContent())?.trim();
  const choices = await question.locator('.question-choice:visible').count();
  await question.screenshot({ path: join(shots, `question-before-${theme}.png`) });
  await question.locator('.question-choice[data-kind="runs"]').click();
  const feedback = (await question.locator('.question-feedback').textContent()) ?? '';
  const stillClosed = !(await question.locator('details').evaluate((d) => d.open));
  await question.locator('.question-choice[data-kind="panics"]').focus();
  await qpage.keyboard.press('Enter');
  const open_ = await question.locator('details').evaluate((d) => d.open);
  const revealed = (await question.locator('details pre').textContent()) ?? '';
  const badgeAfter = (await caption.textContent())?.trim();
  const fileAfter = (await qpage.locator(`.listing-caption:has(.listing-kind[data-question="${QUESTION}"]) .listing-file`).first().innerText()).trim();
  await question.screenshot({ path: join(shots, `question-after-${theme}.png`) });
  const ok = closed && badgeBefore === '?' && choices === 5 && /wrong/.test(feedback) && stillClosed && open_
    && revealed.includes(`cargo run -p listings --bin ${QUESTION}`) && revealed.includes('RefCell already borrowed')
    && badgeAfter === 'panics' && fileAfter.includes(`listings/panics/${QUESTION}.rs`);
  ok
    ? pass(`question (${theme}): 5 answers, wrong one refused ("${feedback.slice(0, 30)}..."), right one by keyboard reveals the panic`)
    : fail(`question (${theme}): closed ${closed}, badge "${badgeBefore}" -> "${badgeAfter}", ${choices} choices, feedback "${feedback}", closed after wrong ${stillClosed}, open after right ${open_}, file "${fileAfter}", revealed "${revealed.slice(0, 120)}"`);
  await qpage.close();
}
const allQuestions = await (async () => {
  let count = 0;
  // index.html is a copy of the introduction.
  for (const path of pages.filter((p) => !['print.html', 'index.html'].includes(p))) {
    const html = await readFile(join(root, path), 'utf8');
    count += (html.match(/<div class="question" /g) ?? []).length;
  }
  return count;
})();
allQuestions >= 20 ? pass(`${allQuestions} questions in the book`) : fail(`only ${allQuestions} questions`);

// Without JavaScript: no buttons, the answer in a closed <details>.
const nojs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
const nojsPage = await nojs.newPage();
await nojsPage.goto(`${base}/refcell.html`);
const nq = nojsPage.locator(`#question-${QUESTION}`);
const nButtons = await nq.locator('.question-choice:visible').count();
const nClosed = !(await nq.locator('details').evaluate((d) => d.open));
const nHidden = !(await nq.locator('details pre').isVisible());
await nq.locator('summary').click();
const nShown = await nq.locator('details pre').isVisible();
nButtons === 0 && nClosed && nHidden && nShown
  ? pass('question without JavaScript: no buttons, answer in a closed <details> that opens')
  : fail(`question without JavaScript: ${nButtons} buttons, closed ${nClosed}, hidden ${nHidden}, shown on click ${nShown}`);
await nojs.close();

// The symptom index: messages pasted into search, exactly as printed.
const messages = [
  'RefCell already mutably borrowed',
  "called `Result::unwrap()` on an `Err` value: PoisonError { .. }",
  'error[E0277]: `Cell<i32>` cannot be shared between threads safely',
];
for (const message of messages) {
  await open(page, 'light', 'introduction.html');
  await page.keyboard.press('s');
  await page.locator('#searchbar').fill(message);
  await page.locator('#searchbar').press('End'); // mdBook searches on keyup
  await page.waitForTimeout(800);
  const hits = await page.locator('#searchresults a[href*="symptoms.html"]').count();
  hits > 0 ? pass(`search finds the symptom index from "${message}"`) : fail(`search for "${message}" does not find symptoms.html`);
}
await open(page, 'light', 'symptoms.html');
const entries = await page.locator('main li').count();
const fixLinks = await page.locator('main li a[href*="#listing-"]').count();
entries >= 40 && fixLinks > entries
  ? pass(`symptom index: ${entries} entries, ${fixLinks} links to listings`)
  : fail(`symptom index: ${entries} entries, ${fixLinks} links to listings`);

// Diagrams: inline SVG, titled, loads nothing, text contrasts with the page
// in every theme, and fits a phone's width.
const contrast = (a, b) => {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
const diagramPages = [];
for (const path of pages.filter((p) => p !== 'print.html')) {
  const html = await readFile(join(root, path), 'utf8');
  const count = (html.match(/<figure class="diagram"/g) ?? []).length;
  if (count) diagramPages.push([path, count]);
}
let diagramCount = 0;
for (const theme of ['light', 'rust', 'coal', 'navy', 'ayu']) {
  const dpage = await context.newPage();
  let worst = 99;
  const before = failures.length;
  for (const [path] of diagramPages) {
    await open(dpage, theme, path);
    const found = await dpage.locator('figure.diagram').evaluateAll((figures) => figures.map((f) => {
      const svg = f.querySelector('svg[role="img"]');
      const text = svg?.querySelector('text');
      // The first opaque background behind the figure (mdBook's light theme
      // leaves the body transparent over a white canvas).
      let bg = 'rgb(255, 255, 255)';
      for (let el = f; el; el = el.parentElement) {
        const c = getComputedStyle(el).backgroundColor;
        if (c && !/^rgba\(.*, 0\)$/.test(c) && c !== 'transparent') { bg = c; break; }
      }
      return { id: f.id, titled: !!svg?.querySelector('title')?.textContent, width: svg?.getBoundingClientRect().width ?? 0,
        fill: text ? getComputedStyle(text).fill : '', bg };
    }));
    for (const d of found) {
      const ratio = d.fill ? contrast(d.fill, d.bg) : 0;
      worst = Math.min(worst, ratio);
      if (!d.titled || d.width < 200 || ratio < 4.5) fail(`${path} ${d.id} (${theme}): titled ${d.titled}, width ${d.width}, contrast ${ratio.toFixed(1)}`);
    }
    if (theme === 'light') diagramCount += found.length;
  }
  if (failures.length === before) pass(`diagrams (${theme}): lowest text contrast ${worst.toFixed(1)}:1`);
  await dpage.close();
}
diagramCount >= 6 ? pass(`${diagramCount} diagrams`) : fail(`only ${diagramCount} diagrams`);
for (const theme of ['light', 'navy']) {
  const dpage = await context.newPage();
  for (const [path, id] of [['refcell.html', 'diagram-refcell-borrow-counter'], ['crossing-threads.html', 'diagram-send-sync-grid']]) {
    await open(dpage, theme, path);
    await dpage.locator(`#${id}`).screenshot({ path: join(shots, `${id}-${theme}.png`) });
  }
  await dpage.close();
}
const phone = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });
const phonePage = await phone.newPage();
await open(phonePage, 'light', 'refcell.html');
const fits = await phonePage.locator('#diagram-refcell-borrow-counter svg').evaluate((svg) => {
  const box = svg.getBoundingClientRect();
  const text = svg.querySelector('text.small') ?? svg.querySelector('text');
  const scale = box.width / svg.viewBox.baseVal.width;
  return { right: box.right, px: parseFloat(getComputedStyle(text).fontSize) * scale };
});
await phonePage.locator('#diagram-refcell-borrow-counter').screenshot({ path: join(shots, 'diagram-refcell-borrow-counter-phone.png') });
fits.right <= 375 && fits.px >= 9
  ? pass(`diagram on a 375 px phone: fits, smallest text ${fits.px.toFixed(1)} px`)
  : fail(`diagram on a phone: right edge ${fits.right}, smallest text ${fits.px.toFixed(1)} px`);
await phone.close();

// Errata links and the provenance footer.
await open(page, 'light', 'mutex.html');
const reports = await page.locator('.listing-caption a.listing-report').evaluateAll((links) => links.map((a) => a.href));
const captionCount = await page.locator('.listing-caption').count();
const goodReports = reports.filter((href) => /^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new\?template=errata\.yml&title=.+&listing=ch04-[a-z0-9-]+&chapter=mutex\.md$/.test(href));
goodReports.length === captionCount && captionCount > 0
  ? pass(`errata links: ${goodReports.length} captions of mutex.html link to the prefilled form`)
  : fail(`errata links: ${goodReports.length} good of ${captionCount} captions: ${reports[0]}`);
let footers = 0;
for (const path of pages.filter((p) => p !== 'print.html')) {
  const html = await readFile(join(root, path), 'utf8');
  if (/<footer class="book-provenance">\s*<p>Every listing verified with <code>rustc 1\.\d+\.\d+ /.test(html)) footers += 1;
}
footers === pages.length - 1
  ? pass(`provenance footer on all ${footers} pages`)
  : fail(`provenance footer on ${footers} of ${pages.length - 1} pages`);

// The PDF, and no code block or table cut by a page edge. Chromium's own
// fragmentation is laid out again in print media inside columns one page
// tall and wide: an element cut by a page edge there has more than one
// fragment (client rect). Elements taller than a page must be cut.
const pdfPage = await context.newPage();
// mdBook's print page calls `window.print()` 100 ms after it loads; that
// dialog would race `page.pdf()` ("Page is already being printed").
await pdfPage.addInitScript(() => { window.print = () => {}; });
await open(pdfPage, 'light', 'print.html');
const printAnswers = await pdfPage.locator('.question details[open]').count();
const printQuestions = await pdfPage.locator('.question').count();
printAnswers === printQuestions && printQuestions > 0
  ? pass(`print.html shows the answer of all ${printQuestions} questions`)
  : fail(`print.html shows ${printAnswers} of ${printQuestions} answers`);
await pdfPage.emulateMedia({ media: 'print' });
const margin = 15; // mm
await pdfPage.pdf({ path: join(shots, 'book.pdf'), format: 'A4', printBackground: true,
  margin: { top: `${margin}mm`, bottom: `${margin}mm`, left: `${margin}mm`, right: `${margin}mm` } });
const findCuts = (allowBreaks, probe) => pdfPage.evaluate(([marginMm, allow, withProbe]) => {
  const mm = 96 / 25.4;
  const width = Math.floor((210 - 2 * marginMm) * mm);
  const height = Math.floor((297 - 2 * marginMm) * mm);
  let pages = document.getElementById('page-columns');
  const content = document.querySelector('#content main') ?? document.querySelector('main');
  if (!pages) {
    pages = document.createElement('div');
    pages.id = 'page-columns';
    pages.style.cssText = `column-width:${width}px;column-gap:0;column-fill:auto;height:${height}px;width:${width}px;`;
    content.parentNode.insertBefore(pages, content);
    pages.appendChild(content);
  }
  let style = document.getElementById('allow-breaks');
  if (allow && !style) {
    style = document.createElement('style');
    style.id = 'allow-breaks';
    style.textContent = 'pre, table, .table-wrapper, .listing-caption { break-inside: auto !important; break-before: auto !important; }';
    document.head.appendChild(style);
  }
  if (!allow && style) style.remove();
  // The probe: a code block that starts 60 px above the first page's bottom
  // edge, ten lines tall, so it is cut unless the print rules keep it whole.
  document.getElementById('edge-probe')?.remove();
  if (withProbe) {
    const probe = document.createElement('div');
    probe.id = 'edge-probe';
    probe.innerHTML = `<div style="height:${height - 60}px"></div><pre style="overflow:visible">${'probe line\n'.repeat(10)}</pre>`;
    content.prepend(probe);
  }
  const found = { blocks: 0, cut: [], tall: 0, columns: Math.round(pages.scrollWidth / width) };
  for (const el of content.querySelectorAll('pre, table')) {
    if (el.parentElement.closest('pre, table')) continue;
    found.blocks += 1;
    if (el.scrollHeight > height) { found.tall += 1; continue; }
    // Down one column the lines (of a table: the rows) of a block go down the
    // page; a block split over two pages goes back up, to the top of the
    // next column. (Columns sit side by side, so a wide table's overflow to
    // the right says nothing; its rows' tops do.)
    let tops;
    if (el.tagName === 'TABLE') {
      tops = [...el.querySelectorAll('tr')].map((row) => row.getBoundingClientRect().top);
    } else {
      tops = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.height > 0) tops.push(r.top);
      }
    }
    // A jump back up of more than a line; the same line may shift a pixel.
    if (tops.some((top, i) => i > 0 && top < tops[i - 1] - 20)) found.cut.push((el.textContent ?? '').trim().slice(0, 60));
  }
  return found;
}, [margin, allowBreaks, probe]);
// Chromium never splits a block that scrolls (a code block), short of one
// taller than a page; the print rules keep the rest whole. The detector
// must see the probe cut when breaks are allowed, and whole under the rules.
const probeCut = (found) => found.cut.some((text) => text.startsWith('probe line'));
const loose = await findCuts(true, true);
const kept = await findCuts(false, true);
probeCut(loose) && !probeCut(kept)
  ? pass('page-edge detector: sees a code block cut at a page edge, and the print rules keep it whole')
  : fail(`page-edge detector: probe cut with breaks allowed ${probeCut(loose)}, under the print rules ${probeCut(kept)}`);
const cut = await findCuts(false, false);
cut.cut.length === 0
  ? pass(`book.pdf written; ${cut.blocks} code blocks and tables, none cut at a page edge (${cut.tall} taller than a page)`)
  : fail(`${cut.cut.length} code blocks or tables cut at a page edge: ${cut.cut.slice(0, 3).join(' | ')}`);
await pdfPage.close();

await browser.close();
server.close();
console.log(`\n${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
