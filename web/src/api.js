// The client of ace serve's JSON API (docs/API.md). Every call resolves to the parsed
// body or throws an ApiError whose message is the server's {"error": ...} text.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function call(method, path, body, options = {}) {
  const init = {method, headers: {Accept: 'application/json'}, ...options};
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, `cannot reach ace serve (${e.message}); is it still running?`);
  }
  let data = null;
  const text = await res.text();
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      throw new ApiError(res.status, `the server sent something that is not JSON (HTTP ${res.status})`);
    }
  }
  if (!res.ok) {
    const msg = data && typeof data.error === 'string' ? data.error : `HTTP ${res.status}`;
    const err = new ApiError(res.status, msg);
    err.retryAfter = Number(res.headers.get('Retry-After')) || 0;
    throw err;
  }
  return data;
}

const enc = encodeURIComponent;

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const api = {
  problems: (filters) => call('GET', `/api/problems${query(filters)}`),
  problem: (slug) => call('GET', `/api/problems/${enc(slug)}`),
  topics: () => call('GET', '/api/topics'),
  stats: (days) => call('GET', `/api/stats${query({days})}`),
  async draft(slug) {
    try {
      return await call('GET', `/api/problems/${enc(slug)}/draft`);
    } catch (e) {
      if (e.status === 404) return null;
      throw e;
    }
  },
  saveDraft: (slug, code, keepalive = false) =>
    call('PUT', `/api/problems/${enc(slug)}/draft`, {code}, keepalive ? {keepalive: true} : {}),
  run: (slug, code, args) =>
    call('POST', `/api/problems/${enc(slug)}/run`, args === undefined ? {code} : {code, args}),
  submit: (slug, code) => call('POST', `/api/problems/${enc(slug)}/submissions`, {code}),
  job: (id) => call('GET', `/api/jobs/${enc(id)}`),
  submissions: (slug) => call('GET', `/api/problems/${enc(slug)}/submissions`),
  submission: (id) => call('GET', `/api/submissions/${enc(id)}`),
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Queue a job with start() (a call returning {job}) and poll it until it is done or
// failed. onUpdate(job) sees every poll (status, progress). A full judge queue (503) is
// retried a few times. signal.aborted stops polling (the page moved on).
export async function runJob(start, onUpdate, signal = {aborted: false}) {
  let queued;
  for (let attempt = 0; ; attempt++) {
    try {
      queued = await start();
      break;
    } catch (e) {
      if (e.status !== 503 || attempt >= 10) throw e;
      onUpdate({status: 'queued', progress: null, note: 'the judge is busy; retrying'});
      await sleep(1000 * (e.retryAfter || 1));
    }
  }
  let delay = 150;
  for (;;) {
    if (signal.aborted) return null;
    const job = await api.job(queued.job);
    onUpdate(job);
    if (job.status === 'done') return job;
    if (job.status === 'error') throw new ApiError(500, job.error || 'ace could not judge this code');
    await sleep(delay);
    delay = Math.min(400, delay + 50);
  }
}
