// The operations screen: plain DOM and the dashboard's own JSON API, charts by Apache ECharts.
// Every view refreshes itself every few seconds while it is shown.
'use strict';

const STAGES = ['RECEIVED', 'NEEDS_REVIEW', 'CODED', 'VOIDED', 'CLAIMED', 'REJECTED', 'ADJUDICATED', 'DENIED',
  'PAID', 'PATIENT_BILLED', 'SETTLED'];
const REFRESH_MS = 3000;
const state = { me: null, view: null, encounter: null, deadLetter: null, timer: null, charts: {} };

/** The dashboard API; an ended session (499, 401) sends the whole page back through the login. */
async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    headers: { 'Accept': 'application/json', 'X-Requested-With': 'JavaScript', ...(options.headers || {}) },
  });
  if (response.status === 499 || response.status === 401) {
    window.location.reload();
    throw new Error('signed out');
  }
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (ignored) { /* not a problem document */ }
    const error = new Error(`${path}: ${response.status} ${detail}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
}

function fill(tbody, rows) {
  tbody.replaceChildren(...rows);
}

function money(cents) {
  return (cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

function chart(id) {
  if (!state.charts[id]) state.charts[id] = echarts.init(document.getElementById(id));
  return state.charts[id];
}

function showError(error) {
  const box = document.getElementById('error');
  box.hidden = !error;
  box.textContent = error ? error.message : '';
}

// --- pipeline ---------------------------------------------------------------------------------

async function pipeline() {
  const [counts, daily] = await Promise.all([api('/v1/pipeline'), api('/v1/pipeline/daily?days=14')]);
  const tenants = [...new Set(counts.map(c => c.tenantId))].sort();
  const table = document.getElementById('pipeline-table');
  const head = el('tr');
  head.append(el('th', 'Practice'), ...STAGES.map(s => el('th', s)));
  table.tHead.replaceChildren(head);
  fill(table.tBodies[0], tenants.map(tenant => {
    const row = el('tr', null, { 'data-tenant': tenant });
    row.append(el('td', tenant));
    STAGES.forEach(stage => {
      const found = counts.find(c => c.tenantId === tenant && c.stage === stage);
      row.append(el('td', found ? found.encounters : 0, { 'data-stage': stage }));
    });
    return row;
  }));
  const days = [...new Set(daily.map(d => d.day))].sort();
  chart('pipeline-chart').setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { top: 40, left: 40, right: 20, bottom: 30 },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', minInterval: 1 },
    series: STAGES.map(stage => ({
      name: stage, type: 'bar',
      data: days.map(day => daily.filter(d => d.day === day && d.stage === stage)
        .reduce((sum, d) => sum + d.encounters, 0)),
    })),
  }, true);
}

// --- stuck encounters and timelines -----------------------------------------------------------

async function stuck() {
  const rows = await api('/v1/stuck-encounters');
  fill(document.querySelector('#stuck-table tbody'), rows.map(s => {
    const row = el('tr', null, { 'data-encounter': s.encounterId, 'data-tenant': s.tenantId,
      'class': 'clickable' });
    row.append(el('td', s.tenantId), el('td', s.encounterId), el('td', s.stage), el('td', when(s.since)),
      el('td', s.limit));
    row.addEventListener('click', () => { state.encounter = s.encounterId; refresh(); });
    return row;
  }));
  if (state.encounter) await timeline(state.encounter);
}

async function timeline(encounterId) {
  const lifecycle = await api(`/v1/encounters/${encodeURIComponent(encounterId)}/lifecycle`);
  document.getElementById('timeline').hidden = false;
  document.getElementById('timeline-encounter').textContent = lifecycle.id;
  document.getElementById('timeline-stage').textContent = lifecycle.stage;
  document.getElementById('timeline-steps').replaceChildren(
    ...lifecycle.history.map(step => el('li', stepText(step), step.payerId ? { 'data-payer': step.payerId } : {})));
}

/** A timeline step, with the payer it concerns when it names one (an encounter may have several). */
function stepText(step) {
  const payer = step.payerId ? ` (${step.payerId}${step.coverageOrder ? `, payer ${step.coverageOrder}` : ''})` : '';
  return `${when(step.at)}: ${step.stage}${payer}`;
}

// --- denials, aging, rejections ----------------------------------------------------------------

function bars(id, totals) {
  const keys = [...new Set(totals.map(t => t.key))];
  chart(id).setOption({
    tooltip: {},
    grid: { top: 20, left: 60, right: 20, bottom: 60 },
    xAxis: { type: 'category', data: keys, axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: 'claims',
      data: keys.map(k => totals.filter(t => t.key === k).reduce((sum, t) => sum + t.claims, 0)) }],
  }, true);
}

async function denials() {
  const summary = await api('/v1/denials/summary?days=90');
  bars('denials-reason-chart', summary.byReason);
  bars('denials-payer-chart', summary.byPayer);
  fill(document.querySelector('#denials-table tbody'), summary.byReason.map(t => {
    const row = el('tr');
    row.append(el('td', t.tenantId), el('td', t.key), el('td', t.claims), el('td', money(t.chargeCents)));
    return row;
  }));
}

async function payerFiles() {
  const payers = await api('/v1/remittances/warnings?days=90');
  fill(document.querySelector('#payer-files-table tbody'), payers.map(p => {
    const row = el('tr', null, { 'data-tenant': p.tenantId });
    row.append(el('td', p.tenantId), el('td', p.payerId), el('td', p.payments), el('td', p.withWarnings),
      el('td', p.warnings));
    return row;
  }));
}

const BUCKETS = ['0-30', '31-60', '61-90', '91-120', '120+'];

async function aging() {
  const aging = await api('/v1/receivables/aging');
  const sum = (list, bucket) => list.filter(b => b.bucket === bucket).reduce((s, b) => s + b.cents, 0) / 100;
  chart('aging-chart').setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { top: 40, left: 70, right: 20, bottom: 30 },
    xAxis: { type: 'category', data: BUCKETS },
    yAxis: { type: 'value', name: 'USD' },
    series: [
      { name: 'Insurance', type: 'bar', stack: 'ar', data: BUCKETS.map(b => sum(aging.insurance, b)) },
      { name: 'Patient', type: 'bar', stack: 'ar', data: BUCKETS.map(b => sum(aging.patient, b)) },
    ],
  }, true);
  const rows = [...aging.insurance.map(b => ['Insurance', b]), ...aging.patient.map(b => ['Patient', b])];
  fill(document.querySelector('#aging-table tbody'), rows.map(([kind, b]) => {
    const row = el('tr', null, { 'data-tenant': b.tenantId });
    row.append(el('td', b.tenantId), el('td', kind), el('td', b.payerId || ''), el('td', b.bucket),
      el('td', b.items), el('td', money(b.cents)));
    return row;
  }));
}

async function rejections() {
  const rows = await api('/v1/rejections?days=30');
  fill(document.querySelector('#rejections-table tbody'), rows.map(r => {
    const row = el('tr');
    row.append(el('td', r.tenantId), el('td', r.claimId), el('td', r.patientControlNumber),
      el('td', r.acknowledgement), el('td', r.reasons), el('td', when(r.rejectedAt)));
    return row;
  }));
}

// --- dead letters ------------------------------------------------------------------------------

async function deadLetters() {
  const letters = await api('/v1/dead-letters?limit=200');
  fill(document.querySelector('#dead-letters-table tbody'), letters.map(l => {
    const row = el('tr', null, { 'data-dead-letter': l.id, 'data-tenant': l.tenantId,
      'data-encounter': l.encounterId || '', 'class': 'clickable' });
    row.append(el('td', l.tenantId), el('td', when(l.deadLetteredAt)), el('td', l.originalTopic),
      el('td', l.eventType), el('td', l.consumer), el('td', l.reason, { 'class': 'reason' }),
      el('td', l.replays.length));
    row.addEventListener('click', () => { state.deadLetter = l.id; refresh(); });
    return row;
  }));
  if (state.deadLetter) await deadLetter(state.deadLetter);
}

async function deadLetter(id) {
  const letter = await api(`/v1/dead-letters/${encodeURIComponent(id)}`);
  document.getElementById('dead-letter').hidden = false;
  document.getElementById('dead-letter-id').textContent = letter.id;
  document.getElementById('dead-letter-reason').textContent = letter.reason;
  document.getElementById('dead-letter-origin').textContent =
    `${letter.originalTopic} partition ${letter.originalPartition} offset ${letter.originalOffset}, ` +
    `${letter.eventType || 'unreadable event'}, consumer ${letter.consumer || '?'}`;
  document.getElementById('dead-letter-encounter').textContent = letter.encounterId || 'none';
  document.getElementById('dead-letter-replays').textContent = letter.replays.length === 0 ? 'never replayed'
    : letter.replays.map(r => `${when(r.replayedAt)} by ${r.replayedBy}`).join('; ');
  document.getElementById('dead-letter-value').textContent = pretty(letter.value);
  document.getElementById('replay').hidden = !state.me.allPractices;
  const stage = document.getElementById('dead-letter-stage');
  if (!letter.encounterId) {
    stage.textContent = 'n/a';
    return;
  }
  try {
    stage.textContent = (await api(`/v1/encounters/${encodeURIComponent(letter.encounterId)}/lifecycle`)).stage;
  } catch (error) {
    if (error.status !== 404) throw error;
    stage.textContent = 'not seen by the pipeline';
  }
}

function pretty(value) {
  try { return JSON.stringify(JSON.parse(value), null, 2); } catch (ignored) { return value || ''; }
}

async function replay() {
  const button = document.getElementById('replay');
  button.disabled = true;
  try {
    await api(`/v1/dead-letters/${encodeURIComponent(state.deadLetter)}/replay`, { method: 'POST' });
    await refresh();
  } catch (error) {
    showError(error);
  } finally {
    button.disabled = false;
  }
}

// --- navigation --------------------------------------------------------------------------------

const VIEWS = { 'pipeline': pipeline, 'stuck': stuck, 'denials': denials, 'aging': aging,
  'rejections': rejections, 'payer-files': payerFiles, 'dead-letters': deadLetters };

async function refresh() {
  clearTimeout(state.timer);
  try {
    await VIEWS[state.view]();
    showError(null);
  } catch (error) {
    showError(error);
  }
  state.timer = setTimeout(refresh, REFRESH_MS);
}

function show() {
  const view = (window.location.hash || '#pipeline').substring(1);
  state.view = VIEWS[view] ? view : 'pipeline';
  document.querySelectorAll('main > section').forEach(s => { s.hidden = s.id !== `view-${state.view}`; });
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.view === state.view));
  refresh();
}

async function start() {
  state.me = await api('/v1/me');
  document.getElementById('who').textContent = state.me.allPractices
    ? `${state.me.user} (ops, all practices)` : `${state.me.user} (${state.me.tenantId})`;
  document.getElementById('replay').addEventListener('click', replay);
  window.addEventListener('hashchange', show);
  window.addEventListener('resize', () => Object.values(state.charts).forEach(c => c.resize()));
  show();
}

start().catch(showError);
