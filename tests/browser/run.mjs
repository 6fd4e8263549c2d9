// Browser tests of the web UI: `ace serve` on scratch state, driven through Debian's
// headless chromium with playwright-core. Prints TAP (tests/run counts the ok lines).
//
//   node tests/browser/run.mjs        (tests/run browser does this)
//
// Environment: ACE (the binary; default build/ace), CHROMIUM (default /usr/bin/chromium),
// ACE_URL (test a server that is already running instead of starting one),
// SCREENSHOTS (directory; default build/screenshots), ACE_BROWSER_SLOWMO (ms, to watch).
//
// One scenario, in order, as a person would use the app: the list and its filters, a
// problem's workspace (typing, running, submitting, a wrong answer, a reload, hints,
// the review's line links, the history), then the dashboard. Each page is saved as a
// screenshot to look at.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createRequire} from 'node:module';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(ROOT, 'web/package.json'));
const {chromium} = require('playwright-core');

const ACE = process.env.ACE || path.join(ROOT, 'build/ace');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = process.env.SCREENSHOTS || path.join(ROOT, 'build/screenshots');
const STEP_TIMEOUT_MS = 15000;

const CORRECT = `def two_sum(nums: list[int], target: int) -> list[int]:
    seen = {}
    for i in range(len(nums)):
        if target - nums[i] in seen:
            return [seen[target - nums[i]], i]
        seen[nums[i]] = i
    return []
`;

let n = 0;
let failed = 0;
function ok(name) {
  console.log(`ok ${++n} - ${name}`);
}
function notOk(name, err) {
  failed++;
  console.log(`not ok ${++n} - ${name}`);
  for (const line of String(err && err.stack ? err.stack : err).split('\n').slice(0, 8)) console.log(`#   ${line}`);
}
let currentStep = '';
async function step(name, fn) {
  currentStep = name;
  try {
    await fn();
    ok(name);
  } catch (e) {
    notOk(name, e);
  }
}
function expect(cond, what) {
  if (!cond) throw new Error(what);
}

// Start `ace serve --port 0` on scratch XDG directories; resolve to {url, proc, dir}.
function startServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ace-browser-'));
  const env = {
    ...process.env, HOME: dir,
    XDG_DATA_HOME: path.join(dir, 'data'), XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_CACHE_HOME: process.env.ACE_TEST_CACHE || path.join(dir, 'cache'),
  };
  delete env.ACE_BANK_PATH;
  const proc = spawn(ACE, ['serve', '--port', '0'], {env, stdio: ['ignore', 'pipe', 'pipe']});
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ace serve printed no URL in 10 s:\n${log}`)), 10000);
    const onData = (chunk) => {
      log += chunk;
      const m = /http:\/\/[^\s/]+\//.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({url: m[0], proc, dir, log: () => log});
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`ace serve exited with ${code}:\n${log}`)));
    proc.on('error', reject);
  });
}

async function main() {
  console.log('# web UI in headless chromium');
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`not ok 1 - chromium at ${CHROMIUM} (scripts/deps test installs it)`);
    return 1;
  }
  fs.mkdirSync(SHOTS, {recursive: true});
  let server = null;
  let base = process.env.ACE_URL;
  if (!base) {
    server = await startServer();
    base = server.url;
  }
  console.log(`# server ${base}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    slowMo: Number(process.env.ACE_BROWSER_SLOWMO) || 0,
  });
  const context = await browser.newContext({viewport: {width: 1366, height: 768}, colorScheme: 'light'});
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  const problems = []; // console errors, page errors, failed requests, CSP reports
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // GET .../draft answers 404 when there is none yet (docs/API.md), which Chromium logs.
    if (/^Failed to load resource.*404/.test(m.text()) && /\/draft$/.test(m.location().url)) return;
    problems.push(`console, in "${currentStep}": ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure() && r.failure().errorText}`));
  // Say which element or file broke the Content-Security-Policy, not only that one did.
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
    const el = e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 160) : '';
    console.error(`CSP ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample} ${el}`);
  }));
  const external = [];
  page.on('request', (r) => { if (!r.url().startsWith(base)) external.push(r.url()); });
  const shot = (name) => page.screenshot({path: path.join(SHOTS, `${name}.png`)});
  const editorText = () => page.locator('#editor .cm-content').innerText();
  const rows = () => page.locator('table.problems tbody tr[data-slug]');
  // Type code into the editor key by key, as a person does. The editor indents after
  // Enter by itself; Shift+Home selects that indentation (from the end of it, Home goes to
  // the line's start), and typing the line with its own indentation replaces it. Closing
  // brackets typed over the ones closeBrackets inserted step over them.
  const typeCode = async (text) => {
    await page.click('#editor .cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    const lines = text.trimEnd().split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) {
        await page.keyboard.press('Enter');
        await page.keyboard.press('Shift+Home');
      }
      await page.keyboard.type(lines[i]);
    }
  };

  try {
    await step('the list loads: every problem, with filters', async () => {
      await page.goto(base);
      await page.waitForSelector('table.problems tbody tr[data-slug]');
      const count = await rows().count();
      expect(count > 100, `expected the whole bank, got ${count} rows`);
      for (const id of ['#f-q', '#f-difficulty', '#f-topic', '#f-status']) {
        expect(await page.locator(`label[for="${id.slice(1)}"]`).count() === 1, `${id} has a label`);
      }
    });

    await step('filters: difficulty, topic and search narrow the list', async () => {
      await page.selectOption('#f-difficulty', 'easy');
      await page.waitForFunction(() => [...document.querySelectorAll('tbody tr[data-slug] .badge')].every((b) => b.textContent === 'Easy'));
      const easy = await rows().count();
      await page.selectOption('#f-topic', 'dsa.hashing');
      await page.waitForFunction((m) => document.querySelectorAll('tbody tr[data-slug]').length < m, easy);
      // "/" focuses the search box from anywhere on the list.
      await page.locator('h1').click();
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement.id) === 'f-q', '"/" focuses the search');
      await page.keyboard.type('sum');
      await page.waitForFunction(() => [...document.querySelectorAll('tbody tr[data-slug]')].every((r) => /sum/i.test(r.textContent)));
      const slugs = await rows().evaluateAll((rs) => rs.map((r) => r.dataset.slug));
      expect(slugs.includes('two-sum'), `two-sum among ${slugs}`);
      expect(slugs.length < easy, 'the search narrowed the list');
      expect(/difficulty=easy/.test(page.url()) && /topic=dsa.hashing/.test(page.url()) && /q=sum/.test(page.url()),
        `filters kept in the URL: ${page.url()}`);
      await shot('list');
    });

    await step('keyboard: arrow down from the search and Enter open a problem', async () => {
      await page.locator('#f-q').focus();
      const first = await rows().first().getAttribute('data-slug');
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement.classList.contains('problem-link')), 'focus on the first link');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`#/problems/${first}$`));
      await page.goBack();
      await page.waitForSelector('table.problems tbody tr[data-slug]');
      expect(await page.locator('#f-difficulty').inputValue() === 'easy', 'back keeps the filters');
    });

    await step('two-sum opens with its statement, the starter code and the editor', async () => {
      await page.click('a.problem-link[href="#/problems/two-sum"]');
      await page.waitForSelector('#editor .cm-content');
      expect(await page.locator('.ws-title h1').innerText() === 'Two Sum', 'title');
      expect((await page.locator('.statement').innerText()).includes('target'), 'statement');
      expect((await editorText()).includes('def two_sum('), 'starter code in the editor');
      expect(await page.locator('#editor .cm-lineNumbers').count() === 1, 'line numbers');
      expect(await page.locator('#editor .tok-keyword').count() > 0, 'Python highlighting');
    });

    await step('typing: Enter after a colon indents; a wrong answer shows input, expected and got', async () => {
      await page.click('#editor .cm-content');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type('def two_sum(nums, target):');
      await page.keyboard.press('Enter');
      await page.keyboard.type('return [0, 1');
      // closeBrackets added the "]" and bracketMatching marks the pair.
      expect(await page.locator('#editor .cm-matchingBracket').count() > 0, 'bracket matching');
      const text = await editorText();
      expect(text === 'def two_sum(nums, target):\n    return [0, 1]', `auto-indented code: ${JSON.stringify(text)}`);
      await page.keyboard.press('Control+Shift+Enter');
      await page.waitForSelector('#results .result[data-kind="submit"] .verdict[data-verdict="wrong_answer"]');
      const failing = page.locator('#results details[open]').first();
      const body = await failing.innerText();
      for (const label of ['Input', 'Expected', 'Got']) expect(body.includes(label), `${label} shown: ${body}`);
      expect(body.includes('[4, 3, 5]') && body.includes('[1, 2]') && body.includes('[0, 1]'), `values shown: ${body}`);
      await shot('workspace-wrong');
    });

    await step('the draft is saved and still there after a reload', async () => {
      await page.waitForSelector('#save-state[data-saved="true"]');
      await page.reload();
      await page.waitForSelector('#editor .cm-content');
      expect((await editorText()).includes('return [0, 1]'), `draft after reload: ${await editorText()}`);
    });

    await step('a solution typed key by key; Ctrl+Enter runs the examples, then per-test results', async () => {
      await typeCode(CORRECT);
      expect((await editorText()) === CORRECT.trimEnd(), `typed code: ${JSON.stringify(await editorText())}`);
      await page.keyboard.press('Control+Enter');
      await page.waitForSelector('#results .result[data-kind="examples"] .verdict[data-verdict="accepted"]');
      const names = await page.locator('#results .test-name').allInnerTexts();
      expect(names.length === 3, `three examples: ${names}`);
    });

    await step('a custom input runs next to the reference solution', async () => {
      await page.fill('#custom-args', '[[3, 3], 6');
      await page.click('#custom-run');
      expect(await page.locator('#custom-error').isVisible(), 'bad JSON is reported');
      await page.fill('#custom-args', '[[3, 3], 6]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#results .result[data-kind="custom"] .custom-result');
      const t = await page.locator('#results').innerText();
      expect(t.includes('Your output') && t.includes('Same as the reference'), t);
    });

    await step('a correct solution is Accepted at once, its complexity measured after', async () => {
      await page.click('#submit-button');
      // The verdict, the tests and the review come first, with the complexity still being
      // measured (about 1.3-2.5 s, which the page, polling every 400 ms at most, sees).
      await page.waitForSelector('#results .complexity[data-state="measuring"]');
      expect(await page.locator('#results .result[data-kind="submit"] .verdict[data-verdict="accepted"]').count() === 1,
        'the verdict is shown while the complexity is measured');
      expect((await page.locator('#results .verdict').innerText()).includes('20 / 20'), 'all tests passed');
      expect(await page.locator('#results .line-link').count() > 0, 'the review is shown too');
      expect((await page.locator('#results .complexity').innerText()).includes('Measuring time complexity'), 'and says it measures');
      expect(await page.locator('#problem-status').innerText() === 'Solved', 'status becomes Solved');
      await page.locator('#results .complexity').scrollIntoViewIfNeeded();
      await shot('workspace-measuring');
      await page.waitForSelector('#results .complexity[data-state="measured"]');
      expect(await page.locator('#results .verdict[data-verdict="accepted"]').count() === 1, 'the same verdict after');
    });

    await step('the accepted result has the review with clickable line numbers and the complexity', async () => {
      const link = page.locator('#results .line-link').first();
      expect(await link.innerText() === 'line 3', `the range(len()) finding is on line 3: ${await link.innerText()}`);
      await link.click();
      const active = await page.locator('#editor .cm-activeLine').innerText();
      expect(active.includes('for i in range(len(nums))'), `line 3 selected: ${active}`);
      const cx = await page.locator('#results .complexity').innerText();
      expect(/Time O\(n\) · optimal O\(n\)/.test(cx), `the measured complexity is shown: ${cx}`);
      expect(await page.locator('#results .complexity svg.plot circle').count() >= 6, 'with its points plotted');
      await shot('workspace-accepted');
    });

    await step('hints are revealed one at a time', async () => {
      expect(await page.locator('.hint').count() === 0, 'no hint at first');
      await page.click('#hint-button');
      expect(await page.locator('.hint').count() === 1, 'one hint');
      await page.click('#hint-button');
      expect(await page.locator('.hint').count() === 2, 'two hints');
      expect((await page.locator('#hint-button').innerText()).includes('3 of 3'), 'the button names the next one');
    });

    await step('keyboard: Esc then Tab leaves the editor; "?" lists the shortcuts', async () => {
      // The page's one-key shortcuts ("?", "g d", "g p") must not fire while typing code.
      const before = await editorText();
      const hash = await page.evaluate(() => location.hash);
      await page.click('#editor .cm-content');
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\n# a grid? gd gp /');
      expect(await page.evaluate(() => location.hash) === hash, 'typing "g d" in the editor stays on the page');
      expect(!(await page.locator('#shortcuts').isVisible()), 'typing "?" in the editor opens no dialog');
      expect((await editorText()).endsWith('# a grid? gd gp /'), `every key reached the editor: ${await editorText()}`);
      for (let i = 0; i < 10 && (await editorText()) !== before; i++) await page.keyboard.press('Control+Z');
      expect((await editorText()) === before, 'undo takes it back');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement.id);
      expect(id === 'custom-args', `focus after Esc, Tab: #${id}`);
      await page.locator('.ws-title h1').click();
      await page.keyboard.press('?');
      expect(await page.locator('#shortcuts').isVisible(), 'the shortcuts dialog opens');
      await page.keyboard.press('Escape');
      expect(!(await page.locator('#shortcuts').isVisible()), 'Escape closes it');
    });

    await step('the history lists the submissions; one opens with its code and result', async () => {
      await page.click('#tab-subs');
      await page.waitForSelector('.sub-item');
      const items = await page.locator('.sub-item').count();
      expect(items === 2, `two submissions, got ${items}`);
      await page.locator('.sub-item').last().click();
      await page.waitForSelector('.sub-detail .code-view .cm-content');
      expect((await page.locator('.sub-detail .code-view .cm-content').innerText()).includes('return [0, 1]'), 'the first one\'s code');
      expect(await page.locator('.sub-detail .verdict[data-verdict="wrong_answer"]').count() === 1, 'its verdict');
      await shot('workspace-history');
    });

    await step('the dashboard charts the submissions', async () => {
      await page.click('a[data-nav="dashboard"]');
      await page.waitForSelector('svg.chart');
      expect(await page.locator('#stat-submissions').innerText() === '2', 'two submissions');
      expect(await page.locator('#stat-solved').innerText() === '1', 'one solved');
      expect(await page.locator('svg.chart rect.bar-solved').count() >= 2, 'solved bars (difficulty, topic, activity)');
      await shot('dashboard');
    });

    await step('dark scheme: the workspace follows prefers-color-scheme', async () => {
      await page.emulateMedia({colorScheme: 'dark'});
      await page.goto(`${base}#/problems/two-sum`);
      await page.waitForSelector('#editor .cm-content');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg !== 'rgb(247, 247, 245)', `dark background: ${bg}`);
      await shot('workspace-dark');
      await page.emulateMedia({colorScheme: 'light'});
    });

    await step('no console errors, CSP violations or requests outside ace serve', async () => {
      expect(problems.length === 0, problems.join('\n'));
      expect(external.length === 0, `external requests: ${external.join(', ')}`);
    });
  } finally {
    await browser.close();
    if (server) {
      server.proc.kill('SIGTERM');
      fs.rmSync(server.dir, {recursive: true, force: true});
    }
  }
  console.log(`# screenshots in ${path.relative(process.cwd(), SHOTS) || '.'}`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  notOk('the browser suite ran', e);
  process.exit(1);
});
