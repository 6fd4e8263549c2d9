// Small DOM helpers: build elements without innerHTML (the statement's HTML, which the
// server renders from the bank's Markdown, is the one exception).

// h('button.primary#run', {onclick: f, type: 'button'}, 'Run', child...) -> element.
// Attributes named on* with a function become listeners; true/false toggle boolean
// attributes; null and undefined are skipped. Children may be strings, nodes, arrays, null.
export function h(tag, attrs, ...children) {
  const m = /^([a-z0-9-]+)((?:[.#][\w-]+)*)$/i.exec(tag);
  if (!m) throw new Error(`bad tag ${tag}`);
  const el = document.createElement(m[1]);
  for (const part of m[2].match(/[.#][\w-]+/g) || []) {
    if (part[0] === '.') el.classList.add(part.slice(1));
    else el.id = part.slice(1);
  }
  if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

// SVG elements, same calling convention as h() (no class/id shorthand).
export function s(tag, attrs, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

// JSON for people, spaced as Python prints it ("[[4, 3, 5], 8]"); indented when long.
export function showJSON(v) {
  if (v === undefined) return '';
  const one = spaced(v);
  return one.length <= 80 ? one : JSON.stringify(v, null, 2);
}

function spaced(v) {
  if (Array.isArray(v)) return `[${v.map(spaced).join(', ')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${spaced(x)}`).join(', ')}}`;
  }
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s;
}

export function fmtMs(ms) {
  if (ms === null || ms === undefined) return '–';
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

export function fmtKb(kb) {
  if (kb === null || kb === undefined) return '–';
  if (kb < 1024) return `${kb} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}

// A time of today as "3:50 PM", an older one with its date too.
export function fmtWhenShort(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso || '';
  const today = new Date().toDateString() === d.toDateString();
  return today ? d.toLocaleTimeString(undefined, {timeStyle: 'short'}) : fmtWhen(iso);
}

export function fmtWhen(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
}

// True when a key event is meant for a text field or a code editor, so page-wide
// single-key shortcuts must leave it alone. The editors live in shadow roots
// (editor.js), where the event's target seen from the document is the host element:
// the path through the shadow root is what tells.
const EDITABLE = 'input, textarea, select, [contenteditable="true"], .cm-editor';
export function typingIn(e) {
  for (const el of e.composedPath ? e.composedPath() : [e.target]) {
    if (el instanceof Element && el.matches(EDITABLE)) return true;
  }
  return false;
}

// "wrong_answer" -> "Wrong answer"
export function humanize(word) {
  if (!word) return '';
  const t = String(word).replace(/_/g, ' ');
  return t[0].toUpperCase() + t.slice(1);
}

export function debounce(fn, ms) {
  let timer = null;
  const d = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn(...args);
    }, ms);
  };
  d.flush = (...args) => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
      fn(...args);
    }
  };
  d.pending = () => timer !== null;
  return d;
}
