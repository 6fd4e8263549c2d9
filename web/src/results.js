// A judge result (the document `ace submit|test|run --json` prints) as HTML: the verdict,
// per-test rows with input / expected / got, the measured complexity and the review.
import {h, s, showJSON, fmtMs, fmtKb, humanize} from './dom.js';

const PASS = new Set(['passed', 'accepted']);

function block(label, value, cls = '') {
  return h(`div.io${cls}`, h('div.io-label', label), h('pre.io-value', value));
}

function verdictBanner(r, kind) {
  const ok = r.verdict === 'accepted';
  let title = humanize(r.verdict);
  if (kind === 'examples' && ok) title = 'Examples pass';
  if (kind === 'custom' && ok) title = 'Ran';
  let tests = r.total ? `${r.passed} / ${r.total} tests passed` : '';
  if (r.not_run) tests += ` (${r.not_run} not run after the time limit)`;
  return h('div', {class: `verdict ${ok ? 'verdict-ok' : 'verdict-bad'}`, dataset: {verdict: r.verdict}},
    h('strong.verdict-name', title),
    h('span.verdict-count', tests),
    h('span.metrics',
      h('span', {title: 'CPU time, all tests'}, 'CPU ', h('b', fmtMs(r.cpu_ms))),
      h('span', {title: 'Wall-clock time, all tests'}, 'wall ', h('b', fmtMs(r.wall_ms))),
      h('span', {title: 'Peak memory'}, 'memory ', h('b', fmtKb(r.peak_kb)))));
}

function testDetails(t) {
  const parts = [];
  if (t.message) parts.push(h('p.test-message', t.message));
  if ('input' in t) parts.push(block('Input', showJSON(t.input)));
  if ('expected' in t && t.expected !== null) parts.push(block('Expected', showJSON(t.expected)));
  if ('got' in t) {
    // A huge value is kept only by its start (a string saying so), after being compared whole.
    const label = t.got_clipped ? 'Got (too large to keep: its start)' : 'Got';
    parts.push(block(label, t.got_clipped ? String(t.got) : showJSON(t.got), PASS.has(t.status) ? '' : '.io-bad'));
  }
  if (t.error) parts.push(block('Error', t.error, '.io-bad'));
  if (t.stdout) parts.push(block('Printed (stdout)', t.stdout));
  if (t.stderr) parts.push(block('stderr', t.stderr));
  return parts;
}

function testsTable(tests) {
  let firstFailOpened = false;
  const rows = tests.map((t, i) => {
    const ok = PASS.has(t.status);
    const details = testDetails(t);
    const head = [
      h('span', {class: `test-mark ${ok ? 'ok' : 'bad'}`, 'aria-hidden': 'true'}, ok ? '✓' : '✗'),
      h('span.test-name', t.name || `test ${i + 1}`, t.visible === false ? h('span.hidden-tag', 'hidden') : null),
      h('span', {class: `test-status ${ok ? 'ok' : 'bad'}`}, humanize(t.status)),
      h('span.test-num', fmtMs(t.cpu_ms)),
      h('span.test-num', fmtKb(t.peak_kb)),
    ];
    if (!details.length) return h('li.test', h('div.test-head', head));
    const open = !ok && !firstFailOpened;
    if (open) firstFailOpened = true;
    return h('li.test', h('details', {open}, h('summary.test-head', head), h('div.test-body', details)));
  });
  return h('section.tests', {'aria-label': 'Tests'},
    h('div.test-head.test-columns', {'aria-hidden': 'true'},
      h('span'), h('span', 'Test'), h('span', 'Status'), h('span.test-num', 'CPU'), h('span.test-num', 'Memory')),
    h('ol.test-list', rows));
}

function reviewSection(review, goToLine) {
  if (!Array.isArray(review)) return null;
  return h('section.review', {'aria-labelledby': 'review-title'},
    h('h3#review-title', 'Code review'),
    review.length === 0
      ? h('p.muted', 'No findings: the code reads as idiomatic Python.')
      : h('ul.findings', review.map((f) => h('li.finding',
        f.line ? h('button.line-link', {type: 'button', title: `Go to line ${f.line} in the editor`,
          onclick: () => goToLine && goToLine(f.line)}, `line ${f.line}`) : null,
        h('span.rule', f.rule || ''),
        h('span.finding-msg', f.message || '')))));
}

// The measured complexity of an accepted submission (docs/JUDGE.md, "Measured complexity"):
// {time, confidence, points: [[n, µs]], optimal, space, optimal_space, summary, memo, ...},
// or {error} when it could not be measured. measuring: the verdict is in and the complexity
// is still being measured (the job's phase, docs/API.md), so c is not there yet.
function complexitySection(c, measuring = false) {
  const title = h('h3#complexity-title', 'Measured complexity');
  if (c === null || c === undefined) {
    if (!measuring) return null;
    return h('section.complexity', {'aria-labelledby': 'complexity-title', dataset: {state: 'measuring'}}, title,
      h('p.progress.muted',
        h('progress', {'aria-label': 'Measuring time complexity'}),
        h('span', 'Measuring time complexity… (a few seconds: your code runs on growing inputs)')));
  }
  if (c.error) {
    return h('section.complexity', {'aria-labelledby': 'complexity-title', dataset: {state: 'error'}}, title,
      h('p.muted', `Not measured: ${c.error}`));
  }
  const better = c.optimal && rank(c.time) !== null && rank(c.optimal) !== null
    ? rank(c.time) <= rank(c.optimal) : null;
  const pts = Array.isArray(c.points) ? c.points : [];
  const facts = [
    ['Confidence', typeof c.confidence === 'number' ? `${Math.round(c.confidence * 100)}%` : null],
    ['Sizes', pts.length ? `n = ${pts[0][0]} to ${pts[pts.length - 1][0]}, ${pts.length} sizes` : null],
    ['Memory', c.space ? `grows as ${c.space}` + (c.optimal_space ? ` (the reference: ${c.optimal_space})` : '') : null],
    ['Note', c.memo ? 'the solution caches across calls: each size\'s first call was timed' : null],
  ].filter(([, v]) => v);
  return h('section.complexity', {'aria-labelledby': 'complexity-title', dataset: {state: 'measured'}}, title,
    h('p.complexity-line',
      h('span', 'Time ', h('b.big-o', c.time || '?')),
      c.optimal ? h('span', ' · optimal ', h('b.big-o', c.optimal)) : null,
      better === null ? null : h('span', {class: better ? 'ok' : 'bad'}, better ? ' ✓' : ' ✗')),
    c.summary ? h('p.complexity-summary', `Your solution ${c.summary}.`) : null,
    facts.length ? h('dl.kv', facts.map(([k, v]) => [h('dt', k), h('dd', v)])) : null,
    pts.length > 1 ? timingPlot(pts) : null);
}

// The growth classes the analysis names, in order; null for any other form ("O(m * n)").
function rank(cls) {
  const order = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n^2)', 'O(n^3)', 'O(2^n)'];
  const norm = (x) => String(x).replace(/ per call$/, '').replace(/²/g, '^2').replace(/³/g, '^3').trim();
  const i = order.indexOf(norm(cls));
  return i < 0 ? null : i;
}

function timingPlot(points) {
  const xs = [], ys = [];
  for (const p of points) {
    const x = Array.isArray(p) ? p[0] : p.n;
    const y = Array.isArray(p) ? p[1] : p.us;
    if (x > 0 && y > 0) { xs.push(Math.log2(x)); ys.push(Math.log2(y)); }
  }
  if (xs.length < 2) return null;
  const W = 260, H = 120, P = 24;
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const sx = (x) => P + ((x - x0) / (x1 - x0 || 1)) * (W - 2 * P);
  const sy = (y) => H - P - ((y - y0) / (y1 - y0 || 1)) * (H - 2 * P);
  const d = xs.map((x, i) => `${i ? 'L' : 'M'}${sx(x).toFixed(1)},${sy(ys[i]).toFixed(1)}`).join('');
  return s('svg', {class: 'plot', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img',
    'aria-label': 'Time against input size, both on log scales'},
    s('line', {x1: P, y1: H - P, x2: W - P, y2: H - P, class: 'axis'}),
    s('line', {x1: P, y1: P, x2: P, y2: H - P, class: 'axis'}),
    s('text', {x: W / 2, y: H - 6, class: 'axis-label', 'text-anchor': 'middle'}, 'input size n (log)'),
    s('text', {x: 10, y: H / 2, class: 'axis-label', 'text-anchor': 'middle', transform: `rotate(-90 10 ${H / 2})`}, 'CPU µs (log)'),
    s('path', {d, class: 'plot-line'}),
    xs.map((x, i) => s('circle', {cx: sx(x), cy: sy(ys[i]), r: 3, class: 'plot-dot'})));
}

function customSection(r) {
  if (!('output' in r) && !('reference' in r)) return null;
  const same = r.matches_reference;
  return h('section.custom-result',
    block('Input', showJSON(r.input)),
    'output' in r ? block('Your output', showJSON(r.output), same === false ? '.io-bad' : '') : null,
    'reference' in r ? block('Reference solution', showJSON(r.reference)) : null,
    typeof same === 'boolean'
      ? h('p', {class: same ? 'ok' : 'bad'}, same ? 'Same as the reference solution.' : 'Differs from the reference solution.')
      : null);
}

function withoutInput(t) {
  const {input, ...rest} = t; // eslint-disable-line no-unused-vars
  return rest;
}

// result: the judge's document; kind: examples | custom | submit.
// opts: {goToLine(n), expectedComplexity, measuring (the complexity is still to come)}
export function renderResult(result, kind, opts = {}) {
  const r = result || {};
  const custom = kind === 'custom' ? customSection(r) : null;
  const tests = Array.isArray(r.tests) && r.tests.length && !custom ? testsTable(r.tests) : null;
  const customTest = custom && Array.isArray(r.tests) ? r.tests.find((t) => !PASS.has(t.status)) : null;
  return h('div.result', {dataset: {kind}},
    verdictBanner(r, kind),
    r.error ? block('Error', r.error, '.io-bad') : null,
    custom,
    customTest ? h('div.test-body', testDetails(withoutInput(customTest))) : null,
    tests,
    r.stdout ? block('Printed (stdout)', r.stdout) : null,
    r.stderr ? block('stderr', r.stderr) : null,
    complexitySection(r.complexity, Boolean(opts.measuring)),
    reviewSection(r.review, opts.goToLine));
}

// Replace the "measuring" complexity section of el (a renderResult element) with the
// measured one, leaving the rest as the person left it (open tests, focus, scroll).
export function showComplexity(el, complexity) {
  const old = el.querySelector('.complexity');
  const next = complexitySection(complexity);
  if (old && next) old.replaceWith(next);
  else if (old) old.remove();
  else if (next) el.insertBefore(next, el.querySelector('.review'));
}
