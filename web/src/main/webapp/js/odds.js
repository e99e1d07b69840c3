import { startPage, el, param, getJson, price, time } from './page.js';

const { hub } = startPage('/odds.html');
const sport = param('sport');
const select = document.getElementById('sport');
const container = document.getElementById('events');
let format = param('format') || localStorage.getItem('sportshub.format') || 'decimal';
let state = null;
const lastBest = new Map(); // outcome key -> best price shown, to flash moves
const moves = new Map(); // outcome key -> {direction, until}

getJson('/api/odds/sports').then((sports) => {
  for (const s of sports.filter((s) => s.active || s.key === sport)) {
    select.append(el('option', { value: s.key, selected: s.key === sport }, s.title || s.key));
  }
  if (sport && !sports.some((s) => s.key === sport)) select.append(el('option', { value: sport, selected: true }, sport));
  const title = sports.find((s) => s.key === sport);
  if (title) document.getElementById('title').textContent = `Odds: ${title.title}`;
});
select.addEventListener('change', () => {
  if (select.value) location.search = `?sport=${encodeURIComponent(select.value)}`;
});

for (const button of document.querySelectorAll('#formats button')) {
  button.addEventListener('click', () => {
    format = button.dataset.format;
    localStorage.setItem('sportshub.format', format);
    showFormat();
    render();
  });
}
function showFormat() {
  for (const b of document.querySelectorAll('#formats button')) b.setAttribute('aria-pressed', String(b.dataset.format === format));
}
showFormat();

if (sport) {
  document.getElementById('title').textContent = `Odds: ${sport}`;
  container.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  hub.subscribeSport(sport, {
    onSnapshot: (s) => ((state = s), render()),
    onUpdate: (s, update) => ((state = s), noteMoves(update.data), render()),
    onError: (e) => container.replaceChildren(el('p', { class: 'status-line error' }, `Cannot follow ${sport}: ${e.message}`)),
  });
}

function outcomeKey(event, line, outcome) {
  return `${event.key}|${line.key}|${outcome.key}`;
}

/** Marks the outcomes whose best price the update moved, for two seconds. */
function noteMoves(delta) {
  for (const event of delta.events || []) {
    for (const line of event.consensus || []) {
      for (const outcome of line.outcomes || []) {
        const key = outcomeKey(event, line, outcome);
        const before = lastBest.get(key);
        if (before !== undefined && outcome.best !== before) {
          moves.set(key, { direction: outcome.best > before ? 'up' : 'down', until: Date.now() + 2000 });
          setTimeout(render, 2100);
        }
      }
    }
  }
}

const MARKETS = { h2h: 'Match result', spreads: 'Handicap', totals: 'Total' };

function render() {
  if (!state) return;
  const events = [...(state.events || [])].sort((a, b) => String(a.commenceTime).localeCompare(String(b.commenceTime)));
  if (events.length === 0) {
    container.replaceChildren(el('p', { class: 'muted' }, 'No open events for this sport.'));
    return;
  }
  container.replaceChildren(...events.map(card));
}

function card(event) {
  const bookmakers = new Set((event.prices || []).map((p) => p.bookmaker));
  const lines = [...(event.consensus || [])].sort((a, b) => String(a.key).localeCompare(String(b.key)));
  return el(
    'article',
    { class: 'card', 'data-event': event.eventId || event.key },
    el('h2', {}, `${event.homeTeam} v ${event.awayTeam}`, el('span', { class: `badge ${event.status}` }, event.status)),
    el('p', { class: 'muted' }, `${time(event.commenceTime, true)} · ${bookmakers.size} bookmaker${bookmakers.size === 1 ? '' : 's'}`),
    lines.map((line) => lineTable(event, line))
  );
}

function lineTable(event, line) {
  const name = `${MARKETS[line.market] || line.market}${line.point !== null && line.point !== undefined ? ` ${line.point}` : ''}`;
  const arbitrage = line.arbitrage
    ? el('span', { class: 'badge info', title: `Σ 1/best = ${line.bestBookSum}` }, `Arbitrage ${((1 / line.bestBookSum - 1) * 100).toFixed(1)} %`)
    : null;
  return el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      { 'data-line': line.key },
      el('caption', { style: 'text-align:left;font-weight:600;padding:.4rem 0' }, name, arbitrage),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Outcome'), el('th', { scope: 'col', class: 'num' }, 'Best'), el('th', { scope: 'col', class: 'num hide-narrow' }, 'Avg'), el('th', { scope: 'col', class: 'num' }, 'Fair'), el('th', { scope: 'col', class: 'num' }, 'Books'))),
      el('tbody', {}, ordered(event, line.outcomes || []).map((o) => outcomeRow(event, line, o)))
    )
  );
}

/** Home, draw, away (then the rest as they come), as a coupon lists them. */
function ordered(event, outcomes) {
  const rank = (o) => {
    const at = [event.homeTeam, 'Draw', event.awayTeam, 'Over', 'Under'].indexOf(o.outcome);
    return at < 0 ? 9 : at;
  };
  return [...outcomes].sort((a, b) => rank(a) - rank(b));
}

function outcomeRow(event, line, outcome) {
  const key = outcomeKey(event, line, outcome);
  lastBest.set(key, outcome.best);
  const move = moves.get(key);
  const moving = move && move.until > Date.now() ? move.direction : null;
  const steam = outcome.steam
    ? el('span', { class: 'badge warn', title: `Steam: ${outcome.steam}` }, `Steam ${outcome.steam === 'shortening' ? '▼' : '▲'} ${outcome.steam}`)
    : null;
  return el(
    'tr',
    { 'data-outcome': key, class: moving ? `flash-${moving}` : null, 'data-move': moving },
    el('th', { scope: 'row' }, outcome.outcome, steam),
    el('td', { class: `num best${moving ? ` move-${moving}` : ''}`, 'data-best': outcome.best }, price(outcome.best, format), el('div', { class: 'muted', style: 'font-size:.75rem' }, (outcome.bestAt || []).join(', '))),
    el('td', { class: 'num hide-narrow' }, price(outcome.average, format)),
    el('td', { class: 'num' }, price(outcome.fair, format)),
    el('td', { class: 'num' }, outcome.bookmakers)
  );
}
