// Charts as SVG built from data: no library, no network. Colours are CSS classes
// (style.css) so they follow the light or dark scheme. Every chart is role="img" with a
// text summary, and a <title> on each mark gives its numbers on hover.
import {s} from './dom.js';

const FONT_PX = 12;

// Horizontal stacked bars: rows [{label, href?, solved, attempted, total}].
// Solved and attempted-but-unsolved are drawn over the total.
export function progressBars(rows, {title, labelWidth = 150, width = 560} = {}) {
  const barH = 18, gap = 8, top = 4;
  const height = top + rows.length * (barH + gap);
  const plotW = width - labelWidth - 70;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const summary = rows.map((r) => `${r.label}: ${r.solved} solved, ${r.attempted - r.solved} attempted, of ${r.total}`).join('; ');
  const svg = s('svg', {class: 'chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img',
    'aria-label': `${title}. ${summary}`});
  rows.forEach((r, i) => {
    const y = top + i * (barH + gap);
    const w = (n) => (n / max) * plotW;
    const unsolved = Math.max(0, r.attempted - r.solved);
    const label = s('text', {x: labelWidth - 8, y: y + barH / 2 + FONT_PX / 3, 'text-anchor': 'end', class: 'chart-label'}, r.label);
    svg.append(
      r.href ? s('a', {href: r.href}, label) : label,
      s('rect', {x: labelWidth, y, width: w(r.total), height: barH, rx: 3, class: 'bar-total'},
        s('title', `${r.label}: ${r.total} problems`)),
      s('rect', {x: labelWidth, y, width: w(r.solved), height: barH, rx: 3, class: 'bar-solved'},
        s('title', `${r.label}: ${r.solved} solved`)),
      s('rect', {x: labelWidth + w(r.solved), y, width: w(unsolved), height: barH, class: 'bar-attempted'},
        s('title', `${r.label}: ${unsolved} attempted, not solved yet`)),
      s('text', {x: labelWidth + w(r.total) + 6, y: y + barH / 2 + FONT_PX / 3, class: 'chart-value'},
        `${r.solved}/${r.total}`));
  });
  return svg;
}

// Vertical bars per day over the last `days` days: activity [{day, submissions, accepted}]
// (days without submissions may be missing). Accepted submissions overlay the total.
export function activityChart(activity, days, {width = 560, height = 170, now = new Date()} = {}) {
  const byDay = new Map(activity.map((a) => [a.day, a]));
  const series = [];
  for (let i = days - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - i));
    const key = d.toISOString().slice(0, 10);
    const a = byDay.get(key) || {submissions: 0, accepted: 0};
    series.push({day: key, submissions: a.submissions, accepted: a.accepted});
  }
  const left = 28, bottom = 22, top = 8, right = 4;
  const plotW = width - left - right, plotH = height - top - bottom;
  const max = Math.max(1, ...series.map((d) => d.submissions));
  const ticks = niceTicks(max);
  const yMax = ticks[ticks.length - 1];
  const slot = plotW / series.length;
  const barW = Math.max(2, slot * 0.7);
  const y = (n) => top + plotH - (n / yMax) * plotH;
  const total = series.reduce((n, d) => n + d.submissions, 0);
  const accepted = series.reduce((n, d) => n + d.accepted, 0);
  const svg = s('svg', {class: 'chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img',
    'aria-label': `Submissions per day over the last ${days} days: ${total} in all, ${accepted} accepted.`});
  for (const t of ticks) {
    svg.append(s('line', {x1: left, x2: width - right, y1: y(t), y2: y(t), class: 'grid'}),
      s('text', {x: left - 5, y: y(t) + FONT_PX / 3, 'text-anchor': 'end', class: 'chart-value'}, t));
  }
  series.forEach((d, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    const tip = `${d.day}: ${d.submissions} submission${d.submissions === 1 ? '' : 's'}, ${d.accepted} accepted`;
    if (d.submissions) {
      svg.append(s('rect', {x, y: y(d.submissions), width: barW, height: y(0) - y(d.submissions), class: 'bar-attempted'}, s('title', tip)));
    }
    if (d.accepted) {
      svg.append(s('rect', {x, y: y(d.accepted), width: barW, height: y(0) - y(d.accepted), class: 'bar-solved'}, s('title', tip)));
    }
    const every = Math.ceil(series.length / 8);
    if ((series.length - 1 - i) % every === 0) {
      svg.append(s('text', {x: x + barW / 2, y: height - 6, 'text-anchor': 'middle', class: 'chart-value'}, d.day.slice(5)));
    }
  });
  svg.append(s('line', {x1: left, x2: width - right, y1: y(0), y2: y(0), class: 'axis'}));
  return svg;
}

function niceTicks(max) {
  let step = 1;
  if (max > 5) {
    const p = Math.pow(10, Math.floor(Math.log10(max)));
    const m = max / p;
    step = m > 5 ? 2 * p : m > 2 ? p : p / 2;
  }
  const ticks = [];
  for (let t = 0; t < max + step; t += step) ticks.push(t);
  return ticks;
}

// A ring showing a fraction, e.g. 12 of 152 solved.
export function ring(done, total, label) {
  const r = 34, c = 2 * Math.PI * r;
  const frac = total ? done / total : 0;
  return s('svg', {class: 'ring', viewBox: '0 0 84 84', width: 84, height: 84, role: 'img',
    'aria-label': `${label}: ${done} of ${total}`},
  s('circle', {cx: 42, cy: 42, r, class: 'ring-track'}),
  s('circle', {cx: 42, cy: 42, r, class: 'ring-value', 'stroke-dasharray': `${(frac * c).toFixed(2)} ${c.toFixed(2)}`,
    transform: 'rotate(-90 42 42)'}),
  s('text', {x: 42, y: 47, 'text-anchor': 'middle', class: 'ring-text'}, `${Math.round(frac * 100)}%`));
}
