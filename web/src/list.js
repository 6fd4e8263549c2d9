// The problem list: filters (difficulty, topic, status), a search box, and a table.
// The filters live in the hash (#/problems?difficulty=easy&q=sum) so back/forward and
// reload keep them.
import {h, clear, debounce, humanize, typingIn} from './dom.js';
import {api} from './api.js';

const DIFFICULTIES = ['easy', 'medium', 'hard'];
const STATUSES = ['new', 'attempted', 'solved'];
const STATUS_MARK = {solved: '✓', attempted: '•', new: ''};

let topicsCache = null;

function select(id, label, options, value, onchange) {
  return h('div.field',
    h('label', {for: id}, label),
    h('select', {id, onchange},
      h('option', {value: ''}, 'All'),
      options.map(([v, text]) => h('option', {value: v, selected: v === value}, text))));
}

export async function renderList(root, params) {
  document.title = 'Problems · ace';
  const filters = {
    difficulty: params.get('difficulty') || '',
    topic: params.get('topic') || '',
    status: params.get('status') || '',
    q: params.get('q') || '',
  };
  if (!topicsCache) topicsCache = (await api.topics()).topics.filter((t) => t.problems > 0);

  const count = h('p.count', {id: 'problem-count', role: 'status', 'aria-live': 'polite'});
  const tbody = h('tbody');
  const error = h('p.error', {role: 'alert', hidden: true});
  const search = h('input', {
    id: 'f-q', type: 'search', value: filters.q, placeholder: 'title or slug', autocomplete: 'off',
    'aria-keyshortcuts': '/',
    oninput: debounce(() => update({q: search.value.trim()}), 200),
  });

  const page = h('section.page.list-page',
    h('div.page-head', h('h1', 'Problems'), count),
    h('form.filters', {role: 'search', 'aria-label': 'Filter problems', onsubmit: (e) => e.preventDefault()},
      h('div.field.grow', h('label', {for: 'f-q'}, 'Search ', h('kbd', '/')), search),
      select('f-difficulty', 'Difficulty', DIFFICULTIES.map((d) => [d, humanize(d)]), filters.difficulty,
        (e) => update({difficulty: e.target.value})),
      select('f-topic', 'Topic', topicsCache.map((t) => [t.id, `${t.id} (${t.problems})`]), filters.topic,
        (e) => update({topic: e.target.value})),
      select('f-status', 'Status', STATUSES.map((st) => [st, humanize(st)]), filters.status,
        (e) => update({status: e.target.value})),
      h('button.link', {type: 'button', onclick: reset}, 'Clear filters')),
    error,
    h('table.problems', {'aria-describedby': 'problem-count'},
      h('thead', h('tr',
        h('th', {scope: 'col', class: 'col-status'}, h('span.sr-only', 'Status')),
        h('th', {scope: 'col'}, 'Problem'),
        h('th', {scope: 'col'}, 'Difficulty'),
        h('th', {scope: 'col'}, 'Topics'))),
      tbody));
  root.append(page);

  let seq = 0;
  async function load() {
    const mine = ++seq;
    let data;
    try {
      data = await api.problems(filters);
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
      return;
    }
    if (mine !== seq) return; // a newer filter won
    error.hidden = true;
    count.textContent = `${data.total} problem${data.total === 1 ? '' : 's'}`;
    clear(tbody);
    for (const p of data.problems) {
      tbody.append(h('tr', {dataset: {slug: p.slug}},
        h('td.col-status', h('span', {class: `status status-${p.status}`, title: humanize(p.status)},
          STATUS_MARK[p.status] || ''), h('span.sr-only', humanize(p.status))),
        h('td', h('a.problem-link', {href: `#/problems/${encodeURIComponent(p.slug)}`}, p.title),
          h('span.slug', p.slug)),
        h('td', h('span', {class: `badge diff-${p.difficulty}`}, humanize(p.difficulty))),
        // The tags filter by topic with the mouse; keyboard users have the Topic select,
        // so the tags stay out of the tab order (one stop per row, not four).
        h('td.topics', p.topics.map((t) => h('button.tag', {type: 'button', title: `Only ${t}`, tabindex: -1,
          onclick: () => { document.getElementById('f-topic').value = t; update({topic: t}); }}, t)))));
    }
    if (!data.problems.length) {
      tbody.append(h('tr', h('td', {colspan: 4, class: 'empty'}, 'No problem matches these filters.')));
    }
  }

  function update(change) {
    Object.assign(filters, change);
    const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
    history.replaceState(null, '', `#/problems${q ? `?${q}` : ''}`);
    load();
  }

  function reset() {
    for (const id of ['f-difficulty', 'f-topic', 'f-status']) document.getElementById(id).value = '';
    search.value = '';
    update({difficulty: '', topic: '', status: '', q: ''});
  }

  // "/" focuses the search; arrow keys move between the problems' links.
  function onKey(e) {
    const inField = typingIn(e);
    if (e.key === '/' && !inField && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      search.focus();
      search.select();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    if (inField && e.target !== search) return;
    const links = [...tbody.querySelectorAll('a.problem-link')];
    if (!links.length) return;
    const i = links.indexOf(document.activeElement);
    let next;
    if (e.target === search) next = e.key === 'ArrowDown' ? 0 : -1;
    else if (i >= 0) next = e.key === 'ArrowDown' ? Math.min(i + 1, links.length - 1) : i - 1;
    else return;
    e.preventDefault();
    if (next < 0) search.focus();
    else links[next].focus();
  }
  document.addEventListener('keydown', onKey);

  await load();
  return {unmount: () => document.removeEventListener('keydown', onKey)};
}
