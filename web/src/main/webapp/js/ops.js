import { startPage, el, time } from './page.js';

const { hub } = startPage('/ops.html');
const $ = (id) => document.getElementById(id);
const adminToken = sessionStorage.getItem('sportshub.token');

// following the live list keeps the feeds' system status coming
hub.subscribeLiveMatches();
hub.on('subscriptions', (answer) => $('channels').replaceChildren(...answer.channels.map((c) => el('li', { 'data-channel': c }, c))));
hub.on('state', () => renderNode());
hub.on('welcome', () => renderNode());
hub.on('system_status', () => renderFeeds());

async function read(path, token) {
  const answer = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: answer.status, body: await answer.json().catch(() => null) };
}

function renderNode() {
  const w = hub.welcome;
  const pairs = [
    ['Connection', hub.state],
    ['Node', w ? w.node : '–'],
    ['Connection id', w ? w.connectionId : '–'],
    ['Protocol', w ? w.protocolVersion : '–'],
    ['Heartbeat', w ? `${w.heartbeatMs} ms` : '–'],
    ['Signed in', hub.user ? `${hub.user.subject} (${hub.user.roles.join(', ')})` : 'anonymous'],
    ...(w && w.limits ? Object.entries(w.limits).map(([k, v]) => [`Limit: ${k}`, v]) : []),
  ];
  $('node').replaceChildren(...pairs.flatMap(([k, v]) => [el('dt', { class: 'muted' }, k), el('dd', { style: 'margin:0 0 .3rem' }, String(v))]));
}

async function renderHealth() {
  try {
    const { status, body } = await read('/health');
    const checks = (body && body.checks) || [];
    $('health-summary').replaceChildren(el('span', { class: `badge ${body && body.status === 'UP' ? 'ok' : 'bad'}`, id: 'health-status' }, body ? body.status : `HTTP ${status}`));
    $('health').replaceChildren(
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Check'), el('th', { scope: 'col' }, 'Status'), el('th', { scope: 'col' }, 'Data'))),
      el('tbody', {}, checks.map((c) => el('tr', { 'data-check': c.name }, el('th', { scope: 'row' }, c.name), el('td', {}, el('span', { class: `badge ${c.status === 'UP' ? 'ok' : 'bad'}` }, c.status)), el('td', {}, Object.entries(c.data || {}).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`).join('; ')))))
    );
  } catch (e) {
    $('health-summary').textContent = `Health unreachable (${e.message}).`;
  }
}

async function renderFigures() {
  if (!adminToken) {
    $('figures-note').textContent = 'Sign in with an admin token (#token=… after the address) to see this node\'s clients and channels.';
    return;
  }
  try {
    const { status: code, body } = await read('/api/node?busiest=10', adminToken);
    if (code !== 200 || !body) {
      $('figures-note').textContent = `HTTP ${code}`;
      return;
    }
    $('figures-note').textContent = body.draining ? 'Draining for a restart: new connections are refused.' : '';
    const pairs = [
      ['Node', body.node],
      ['Connections', body.connections],
      ['Authenticated', body.authenticated],
      ['Channels', body.channels],
      ['Subscriptions', body.subscriptions],
      ...Object.entries(body.subscriptionsByKind || {}).map(([kind, n]) => [`Subscriptions: ${kind}`, n]),
    ];
    $('figures').replaceChildren(...pairs.flatMap(([k, v]) => [el('dt', { class: 'muted' }, k), el('dd', { style: 'margin:0 0 .3rem', 'data-figure': k }, String(v))]));
    $('busiest').replaceChildren(...(body.busiest || []).map((c) => el('li', { 'data-channel': c.channel }, `${c.channel}: ${c.subscribers}`)));
  } catch (e) {
    $('figures-note').textContent = `Figures unreachable (${e.message}).`;
  }
}

async function renderFeeds() {
  const rows = [];
  const status = hub.systemStatus;
  for (const f of (status && status.feeds) || []) {
    rows.push([`matches: ${f.feed}`, f.state, f.lastSuccess ? time(f.lastSuccess, true) : '–', f.lastError || (f.consecutiveFailures ? `${f.consecutiveFailures} failures` : '')]);
  }
  if (adminToken) {
    for (const [name, path] of [['odds publisher', '/api/odds/publisher'], ['match simulator', '/api/matches/simulator'], ['race-day simulator', '/api/racing/simulator']]) {
      try {
        const { status: code, body } = await read(path, adminToken);
        if (code === 200 && body) rows.push([name, body.status || (body.running ? 'running' : 'stopped'), body.lastRun ? time(body.lastRun, true) : '–', body.lastError || '']);
        else rows.push([name, `HTTP ${code}`, '–', '']);
      } catch (e) {
        rows.push([name, 'unreachable', '–', e.message]);
      }
    }
    $('admin-note').textContent = '';
  } else {
    $('admin-note').textContent = 'Sign in with an admin token (#token=… after the address) to see the odds publisher and the simulators.';
  }
  $('feeds').replaceChildren(
    el('thead', {}, el('tr', {}, ['Feed', 'State', 'Last success', 'Error'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.length ? rows.map((r) => el('tr', { 'data-feed': r[0] }, el('th', { scope: 'row' }, r[0]), r.slice(1).map((v) => el('td', {}, v)))) : el('tr', {}, el('td', { colspan: 4, class: 'muted' }, 'No feed reported.')))
  );
}

function refresh() {
  renderHealth();
  renderFigures();
  renderFeeds();
  renderNode();
  hub.send({ type: 'subscriptions' });
}
refresh();
setInterval(refresh, 5000);
