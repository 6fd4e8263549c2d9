// The dashboard: overall progress, progress by difficulty and by topic, and activity
// per day, drawn from GET /api/stats.
import {h, humanize} from './dom.js';
import {api} from './api.js';
import {progressBars, activityChart, ring} from './charts.js';

const DAYS = 30;

function card(title, ...body) {
  return h('section.card', {'aria-label': title}, h('h2', title), body);
}

export async function renderDashboard(root) {
  document.title = 'Dashboard · ace';
  const [stats, topics] = await Promise.all([api.stats(DAYS), api.topics()]);
  const titles = new Map(topics.topics.map((t) => [t.id, t.title]));
  const o = stats.overall;

  const byDifficulty = ['easy', 'medium', 'hard']
    .filter((d) => stats.by_difficulty[d])
    .map((d) => ({label: humanize(d), href: `#/problems?difficulty=${d}`, ...stats.by_difficulty[d]}));
  const byTopic = Object.entries(stats.by_topic)
    .map(([id, v]) => ({label: id, href: `#/problems?topic=${encodeURIComponent(id)}`, title: titles.get(id), ...v}));

  const topicChart = progressBars(byTopic, {title: 'Progress by topic', labelWidth: 210, width: 620});
  const empty = stats.submissions === 0;

  root.append(h('section.page.dashboard',
    h('div.page-head', h('h1', 'Dashboard'),
      h('p.muted', empty ? 'No submissions yet: open a problem and submit a solution to fill these charts.'
        : `${stats.submissions} submission${stats.submissions === 1 ? '' : 's'} so far.`)),
    h('div.dash-grid',
      card('Overall',
        h('div.overall',
          ring(o.solved, o.total, 'Problems solved'),
          h('dl.kv',
            h('dt', 'Solved'), h('dd', {id: 'stat-solved'}, String(o.solved)),
            h('dt', 'Attempted'), h('dd', String(o.attempted)),
            h('dt', 'Problems'), h('dd', String(o.total)),
            h('dt', 'Submissions'), h('dd', {id: 'stat-submissions'}, String(stats.submissions)))),
        legend()),
      card('By difficulty', progressBars(byDifficulty, {title: 'Progress by difficulty', labelWidth: 80, width: 460})),
      h('section.card.wide', {'aria-label': `Activity, last ${stats.days || DAYS} days`},
        h('h2', `Activity, last ${stats.days || DAYS} days`),
        activityChart(stats.activity || [], stats.days || DAYS, {width: 1000, height: 180})),
      h('section.card.wide', {'aria-label': 'By topic'}, h('h2', 'By topic'), topicChart))));
  return null;
}

function legend() {
  return h('p.legend',
    h('span.swatch.swatch-solved', {'aria-hidden': 'true'}), ' solved / accepted ',
    h('span.swatch.swatch-attempted', {'aria-hidden': 'true'}), ' attempted / submitted ',
    h('span.swatch.swatch-total', {'aria-hidden': 'true'}), ' not started');
}
