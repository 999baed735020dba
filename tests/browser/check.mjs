// Opens the built book (run `mdbook build` first) in headless Chromium, the
// way a reader would, and checks what only a browser can tell:
//   - every page loads without a single request to another host;
//   - each chapter renders, with a screenshot in the light and the navy theme
//     (saved to target/screenshots/ for a person to look at);
//   - search finds a word from a chapter;
//   - admonitions render as callouts with their title;
//   - the eye button shows a listing's hidden lines, and hides them again;
//   - listing captions are numbered, and the print page keeps code and
//     callouts.
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
const pass = (message) => console.log(`ok   ${message}`);

async function open(page, theme, path) {
  await page.addInitScript((t) => localStorage.setItem('mdbook-theme', t), theme);
  const outside = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') outside.push(request.url());
  });
  const response = await page.goto(`${base}/${path}`, { waitUntil: 'networkidle' });
  if (!response?.ok()) fail(`${path}: HTTP ${response?.status()}`);
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
await page.pdf({ path: join(shots, 'print.pdf') }).catch(() => {});

await browser.close();
server.close();
console.log(`\n${pages.length * 2 + 6 - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
