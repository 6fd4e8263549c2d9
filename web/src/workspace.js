// A problem's workspace: the statement, hints and past submissions on the left; the
// editor, the run/submit actions, a custom input and the results on the right.
import {h, clear, debounce, fmtMs, fmtKb, fmtWhen, fmtWhenShort, humanize} from './dom.js';
import {api, runJob} from './api.js';
import {createEditor} from './editor.js';
import {renderResult, showComplexity} from './results.js';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';
const SAVE_DELAY_MS = 600;

function hintsKey(slug) {
  return `ace.hints.${slug}`;
}

export async function renderWorkspace(root, slug) {
  const [problem, draft] = await Promise.all([api.problem(slug), api.draft(slug)]);
  document.title = `${problem.title} · ace`;
  const abort = {aborted: false};
  let editor = null;
  let busy = false;

  // ---- left: statement, hints, follow-ups; submissions ----
  const statusBadge = h('span', {class: `badge status-badge status-${problem.status}`, id: 'problem-status'},
    humanize(problem.status));
  const statement = h('div.statement');
  statement.innerHTML = problem.statement_html; // rendered by the server from the bank's Markdown

  const hints = problem.hints || [];
  let shown = Math.min(Number(localStorage.getItem(hintsKey(slug))) || 0, hints.length);
  const hintList = h('ol.hint-list', {id: 'hint-list'});
  const hintButton = h('button.secondary', {type: 'button', id: 'hint-button', onclick: revealHint});
  function drawHints() {
    clear(hintList);
    hints.slice(0, shown).forEach((text, i) => hintList.append(h('li.hint', {tabindex: -1}, h('span.sr-only', `Hint ${i + 1}: `), text)));
    hintButton.textContent = shown < hints.length ? `Show hint ${shown + 1} of ${hints.length}` : 'All hints shown';
    hintButton.disabled = shown >= hints.length;
  }
  function revealHint() {
    if (shown >= hints.length) return;
    shown++;
    localStorage.setItem(hintsKey(slug), String(shown));
    drawHints();
    hintList.lastElementChild.focus();
  }
  drawHints();

  const c = problem.complexity || {};
  const descPanel = h('div.tabpanel', {id: 'panel-desc', role: 'tabpanel', 'aria-labelledby': 'tab-desc', tabindex: 0},
    statement,
    h('dl.facts',
      c.time ? [h('dt', 'Target'), h('dd', h('span.big-o', c.time), ' time', c.space ? [', ', h('span.big-o', c.space), ' space'] : '')] : null,
      problem.limits ? [h('dt', 'Limits'), h('dd', `${fmtMs(problem.limits.time_ms)} per test, ${problem.limits.memory_mb} MB`)] : null,
      [h('dt', 'Tests'), h('dd', `${(problem.examples || []).length} examples, ${problem.tests_total} in all`)]),
    hints.length ? h('section.hints', {'aria-labelledby': 'hints-title'},
      h('h2#hints-title', 'Hints'), hintList, hintButton) : null,
    problem.follow_ups && problem.follow_ups.length ? h('details.follow-ups',
      h('summary', `Follow-up questions (${problem.follow_ups.length})`),
      h('ul', problem.follow_ups.map((q) => h('li', q)))) : null);

  const subsPanel = h('div.tabpanel', {id: 'panel-subs', role: 'tabpanel', 'aria-labelledby': 'tab-subs', tabindex: 0, hidden: true});
  const tabDesc = h('button', {type: 'button', role: 'tab', id: 'tab-desc', 'aria-controls': 'panel-desc', 'aria-selected': 'true'}, 'Description');
  const tabSubs = h('button', {type: 'button', role: 'tab', id: 'tab-subs', 'aria-controls': 'panel-subs', 'aria-selected': 'false', tabindex: -1}, 'Submissions');
  const tabs = [tabDesc, tabSubs];
  function selectTab(tab) {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
    }
    if (tab === tabSubs) loadSubmissions();
  }
  for (const t of tabs) {
    t.addEventListener('click', () => selectTab(t));
    t.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const next = tabs[(tabs.indexOf(t) + 1) % tabs.length];
      selectTab(next);
      next.focus();
    });
  }

  const left = h('div.ws-left',
    h('div.ws-title',
      h('a.back', {href: '#/problems'}, '← Problems'),
      h('h1', problem.title),
      h('div.badges', h('span', {class: `badge diff-${problem.difficulty}`}, humanize(problem.difficulty)), statusBadge,
        problem.topics.map((t) => h('a.tag', {href: `#/problems?topic=${encodeURIComponent(t)}`}, t)))),
    h('div.tabs', {role: 'tablist', 'aria-label': 'Problem'}, tabs),
    descPanel, subsPanel);

  // ---- right: toolbar, editor, custom input, results ----
  const saveState = h('span.save-state', {id: 'save-state', role: 'status', 'aria-live': 'polite'},
    draft ? `Draft of ${fmtWhenShort(draft.updated_at)}` : 'Starter code');
  const runButton = h('button.secondary', {type: 'button', id: 'run-button', onclick: () => runExamples(),
    'aria-keyshortcuts': 'Control+Enter Meta+Enter'}, 'Run examples ', h('kbd', `${MOD}+Enter`));
  const submitButton = h('button.primary', {type: 'button', id: 'submit-button', onclick: () => submit(),
    'aria-keyshortcuts': 'Control+Shift+Enter Meta+Shift+Enter'}, 'Submit ', h('kbd', `${MOD}+Shift+Enter`));
  const resetButton = h('button.link', {type: 'button', onclick: resetToStarter}, 'Reset to starter');
  const editorHost = h('div.editor-host', {id: 'editor'});
  const argsInput = h('input', {id: 'custom-args', type: 'text', autocomplete: 'off', spellcheck: 'false',
    placeholder: problem.examples && problem.examples[0] ? JSON.stringify(problem.examples[0].input) : '[[1, 2, 3]]',
    'aria-describedby': 'custom-help'});
  const argsError = h('p.error', {id: 'custom-error', role: 'alert', hidden: true});
  const customForm = h('form.custom', {onsubmit: (e) => { e.preventDefault(); runCustom(); }},
    h('label', {for: 'custom-args'}, 'Custom input'),
    argsInput,
    h('button.secondary', {type: 'submit', id: 'custom-run'}, 'Run'),
    h('p.help', {id: 'custom-help'}, problem.entry && problem.entry.kind === 'class'
      ? 'A JSON list of calls, e.g. [["ClassName", arg], ["method", arg]].'
      : 'A JSON list of arguments, compared with the reference solution.'),
    argsError);
  const progress = h('div.progress', {hidden: true},
    h('progress', {id: 'job-progress', max: 1, value: 0}), h('span.progress-text'));
  const results = h('section.results', {id: 'results', 'aria-live': 'polite', 'aria-label': 'Results', tabindex: -1},
    h('p.muted', `Run the examples (${MOD}+Enter) or submit (${MOD}+Shift+Enter) to see results here.`));

  const right = h('div.ws-right',
    h('div.toolbar', runButton, submitButton, resetButton, saveState),
    editorHost, customForm, results);
  root.append(h('section.workspace', left, right));

  // ---- draft autosave ----
  let lastSaved = draft ? draft.code : null;
  const save = debounce(async (code, keepalive = false) => {
    if (code === lastSaved) return;
    saveState.textContent = 'Saving…';
    try {
      const r = await api.saveDraft(slug, code, keepalive);
      lastSaved = code;
      saveState.textContent = `Draft saved ${fmtWhenShort(r.updated_at)}`;
      saveState.dataset.saved = 'true';
    } catch (e) {
      saveState.textContent = `Draft not saved: ${e.message}`;
    }
  }, SAVE_DELAY_MS);

  editor = createEditor(editorHost, {
    code: draft ? draft.code : problem.starter,
    label: `Python solution for ${problem.title}`,
    actions: {run: () => runExamples(), submit: () => submit(), change: (code) => {
      delete saveState.dataset.saved;
      saveState.textContent = 'Editing…';
      save(code);
    }},
  });

  function resetToStarter() {
    if (editor.getCode() !== problem.starter && !confirm('Replace your code with the starter code?')) return;
    editor.setCode(problem.starter);
    editor.focus();
  }

  // ---- jobs ----
  function setBusy(on) {
    busy = on;
    for (const b of [runButton, submitButton, customForm.querySelector('button')]) b.disabled = on;
    results.setAttribute('aria-busy', String(on));
    progress.hidden = !on;
    if (on) clear(results).append(progress);
  }

  function showProgress(job) {
    const bar = progress.querySelector('progress');
    const text = progress.querySelector('.progress-text');
    if (job.progress && job.progress.total) {
      bar.max = job.progress.total;
      bar.value = job.progress.done;
      text.textContent = `Running: ${job.progress.done} of ${job.progress.total} tests done`;
    } else {
      bar.removeAttribute('value');
      text.textContent = job.note || (job.status === 'running' ? 'Running…' : 'Queued…');
    }
  }

  async function judge(kind, start) {
    if (busy) return;
    save.flush(editor.getCode());
    setBusy(true);
    showProgress({status: 'queued'});
    const opts = {goToLine: (n) => editor.goToLine(n), expectedComplexity: problem.complexity};
    // A submission's verdict comes while its complexity is still measured (phase
    // "measuring", docs/API.md): shown at once, the complexity filled in when it comes.
    let shown = null;
    const onUpdate = (job) => {
      if (shown || abort.aborted) return;
      if (!job.result || job.status !== 'running') {
        showProgress(job);
        return;
      }
      shown = renderResult(job.result, kind, {...opts, measuring: job.phase === 'measuring'});
      clear(results).append(shown);
      results.setAttribute('aria-busy', 'false'); // the verdict is there to be read
      if (kind === 'submit') refreshStatus(job.result);
    };
    try {
      const job = await runJob(start, onUpdate, abort);
      if (!job || abort.aborted) return;
      if (shown) showComplexity(shown, job.result.complexity);
      else clear(results).append(renderResult(job.result, kind, opts));
      if (kind === 'submit') {
        refreshStatus(job.result);
        loadSubmissions(true);
      }
    } catch (e) {
      const msg = h('p.error', {role: 'alert'}, e.message);
      if (shown) shown.append(msg); // keep the verdict that is already shown
      else clear(results).append(msg);
    } finally {
      if (!abort.aborted) setBusy(false);
    }
  }

  function runExamples() {
    return judge('examples', () => api.run(slug, editor.getCode()));
  }

  function submit() {
    return judge('submit', () => api.submit(slug, editor.getCode()));
  }

  function runCustom() {
    argsError.hidden = true;
    let args;
    try {
      args = JSON.parse(argsInput.value);
    } catch (e) {
      argsError.textContent = `Not valid JSON: ${e.message}`;
      argsError.hidden = false;
      argsInput.focus();
      return;
    }
    if (!Array.isArray(args)) {
      argsError.textContent = 'The input must be a JSON list of arguments, e.g. [[1, 2, 3], 4].';
      argsError.hidden = false;
      argsInput.focus();
      return;
    }
    judge('custom', () => api.run(slug, editor.getCode(), args));
  }

  function refreshStatus(result) {
    if (!result) return;
    let st = problem.status;
    if (result.verdict === 'accepted') st = 'solved';
    else if (st !== 'solved') st = 'attempted';
    problem.status = st;
    statusBadge.className = `badge status-badge status-${st}`;
    statusBadge.textContent = humanize(st);
  }

  // ---- submissions ----
  let subsLoaded = false;
  async function loadSubmissions(force = false) {
    if (subsLoaded && !force) return;
    subsLoaded = true;
    let data;
    try {
      data = await api.submissions(slug);
    } catch (e) {
      clear(subsPanel).append(h('p.error', {role: 'alert'}, e.message));
      return;
    }
    const list = data.submissions.filter((x) => x.kind !== 'test');
    tabSubs.textContent = `Submissions (${list.length})`;
    clear(subsPanel);
    if (!list.length) {
      subsPanel.append(h('p.muted', 'No submissions yet.'));
      return;
    }
    subsPanel.append(h('ul.sub-list', list.map((x) => h('li',
      h('button.sub-item', {type: 'button', onclick: () => showSubmission(x.id), dataset: {id: x.id}},
        h('span', {class: `verdict-tag ${x.verdict === 'accepted' ? 'ok' : 'bad'}`}, humanize(x.verdict)),
        h('span', `${x.passed}/${x.total}`),
        h('span', fmtMs(x.cpu_ms)),
        h('span', fmtKb(x.peak_kb)),
        h('time', {datetime: x.created_at}, fmtWhen(x.created_at)))))));
  }

  let viewer = null;
  async function showSubmission(id) {
    let sub;
    try {
      sub = await api.submission(id);
    } catch (e) {
      clear(subsPanel).append(h('p.error', {role: 'alert'}, e.message));
      return;
    }
    if (viewer) viewer.destroy();
    const codeHost = h('div.code-view');
    const back = h('button.link', {type: 'button', onclick: () => { if (viewer) viewer.destroy(); viewer = null; loadSubmissions(true); }},
      '← All submissions');
    clear(subsPanel).append(h('div.sub-detail',
      back,
      h('h2', `Submission #${sub.id}`, h('span.muted', ` · ${fmtWhen(sub.created_at)}`)),
      h('div.toolbar',
        h('button.secondary', {type: 'button', onclick: () => {
          if (editor.getCode() !== sub.code && !confirm('Replace the code in the editor with this submission?')) return;
          editor.setCode(sub.code);
          editor.focus();
        }}, 'Open in editor')),
      codeHost,
      renderResult(sub.result, sub.kind === 'test' ? 'examples' : 'submit', {
        goToLine: (n) => viewer && viewer.goToLine(n), expectedComplexity: problem.complexity,
      })));
    viewer = createEditor(codeHost, {code: sub.code || '', readOnly: true, label: `Code of submission ${sub.id}`});
    back.focus();
  }

  // Mod-Enter / Mod-Shift-Enter anywhere on the page (the editor handles its own).
  function onKey(e) {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
    e.preventDefault();
    if (e.shiftKey) submit();
    else runExamples();
  }
  function onPageHide() {
    save.flush(editor.getCode(), true);
  }
  document.addEventListener('keydown', onKey);
  window.addEventListener('pagehide', onPageHide);

  editor.focus();
  return {
    unmount() {
      abort.aborted = true;
      save.flush(editor.getCode(), true);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('pagehide', onPageHide);
      editor.destroy();
      if (viewer) viewer.destroy();
    },
  };
}
