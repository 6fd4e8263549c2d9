// ace's web app: a single page with hash routes.
//   #/problems?difficulty=&topic=&status=&q=   the problem list
//   #/problems/SLUG                              a problem's workspace
//   #/dashboard                                  progress charts
import {h, clear, typingIn} from './dom.js';
import {renderList} from './list.js';
import {renderWorkspace} from './workspace.js';
import {renderDashboard} from './dashboard.js';

const main = document.getElementById('main');
let current = null; // the mounted view: {unmount()} or null

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/problems';
  const [path, qs = ''] = raw.split('?');
  return {parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(qs)};
}

// Each render gets its own element. A render that is still loading when the hash
// changes again is dropped when it resolves (and its listeners removed), so a quick
// click-then-back never leaves two pages on screen.
let routeSeq = 0;

async function route() {
  const mine = ++routeSeq;
  const {parts, params} = parseHash();
  let name = parts[0] || 'problems';
  if (current && current.unmount) current.unmount();
  current = null;
  const view = h('div.view');
  clear(main).append(view);
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  let mounted = null;
  try {
    if (name === 'problems' && parts.length === 1) {
      mounted = await renderList(view, params);
    } else if (name === 'problems' && parts.length === 2) {
      mounted = await renderWorkspace(view, parts[1]);
    } else if (name === 'dashboard' && parts.length === 1) {
      mounted = await renderDashboard(view);
    } else {
      name = 'notfound';
      document.title = 'Not found · ace';
      view.append(h('section.page', h('h1', 'Not found'),
        h('p', 'No page at ', h('code', location.hash), '. ', h('a', {href: '#/problems'}, 'Back to the problems'), '.')));
    }
  } catch (e) {
    if (mine === routeSeq) {
      clear(view).append(h('section.page', h('h1', 'Something went wrong'), h('p.error', {role: 'alert'}, e.message)));
    }
  }
  if (mine !== routeSeq) {
    if (mounted && mounted.unmount) mounted.unmount();
    return;
  }
  current = mounted;
  document.body.dataset.page = name;
}

// Routes that keep their own state (the list's filters) update the hash with
// history.replaceState, which fires no hashchange; every other change re-renders.
window.addEventListener('hashchange', route);

// Global keys: "?" opens the shortcuts; "g p" / "g d" go to the problems / dashboard.
let pendingG = 0;
document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || typingIn(e)) return;
  if (e.key === '?') {
    e.preventDefault();
    document.getElementById('shortcuts').showModal();
  } else if (e.key === 'g') {
    pendingG = Date.now();
  } else if (Date.now() - pendingG < 1000 && (e.key === 'p' || e.key === 'd')) {
    pendingG = 0;
    location.hash = e.key === 'p' ? '#/problems' : '#/dashboard';
  }
});

route();
