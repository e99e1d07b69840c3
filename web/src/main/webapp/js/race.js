import { startPage, el, param, getJson, price, time } from './page.js';

const { hub } = startPage('/race.html');
const raceId = param('race');
const meetingParam = param('meeting');
const $ = (id) => document.getElementById(id);
let format = localStorage.getItem('sportshub.raceFormat') || 'fractional';
let race = null;

const LIFECYCLE = ['DORMANT', 'PARADING', 'GOING_DOWN', 'AT_THE_POST', 'UNDER_ORDERS', 'OFF', 'FINISHED', 'RESULT', 'WEIGHED_IN'];
const WORDS = { GOING_DOWN: 'Going down', AT_THE_POST: 'At the post', UNDER_ORDERS: 'Under orders', WEIGHED_IN: 'Weighed in', STEWARDS_ENQUIRY: "Stewards' enquiry", FALSE_START: 'False start', NON_RUNNER: 'Non-runner' };
const word = (status) => WORDS[status] || (status ? status.charAt(0) + status.slice(1).toLowerCase() : '–');

for (const button of document.querySelectorAll('#formats button')) {
  button.addEventListener('click', () => {
    format = button.dataset.format;
    localStorage.setItem('sportshub.raceFormat', format);
    renderRace();
  });
}

if (raceId) {
  $('race-view').hidden = false;
  let meetingFollowed = false;
  hub.subscribeRace(raceId, {
    onSnapshot: (card) => {
      race = card;
      renderRace();
      if (!meetingFollowed && card && card.meetingId) {
        meetingFollowed = true;
        followMeeting(card.meetingId, false);
      }
    },
    onUpdate: (card, update) => {
      race = card;
      if (update.event === 'odds_update') noteMoves(update.data.runners || []);
      renderRace();
    },
    onError: (e) => ($('race-meta').textContent = `Cannot follow this race: ${e.message}`),
  });
} else if (meetingParam) {
  followMeeting(meetingParam, true);
} else {
  $('meetings-view').hidden = false;
  getJson('/api/racing/meetings').then((meetings) =>
    $('meetings').replaceChildren(
      ...(meetings.length
        ? meetings.map((m) =>
            el('article', { class: 'card' }, el('h3', {}, el('a', { href: `?meeting=${encodeURIComponent(m.meetingId)}` }, m.course), el('span', { class: 'badge' }, word(m.status))), el('p', { class: 'muted' }, `${m.date} · going ${m.going || '–'} · ${m.races.length} races`))
          )
        : [el('p', { class: 'muted' }, 'No meetings today.')])
    )
  );
}

function followMeeting(meetingId, showRaces) {
  $('news-view').hidden = false;
  if (showRaces) $('meeting-view').hidden = false;
  const render = (meeting) => {
    if (!meeting) return;
    if (showRaces) {
      $('title').textContent = `${meeting.course}, ${meeting.date}`;
      $('meeting-meta').textContent = `${meeting.country || ''} · going ${meeting.going || '–'} · tote ${meeting.tote || '–'} · ${word(meeting.status)}`;
      const races = [...(meeting.races || [])].sort((a, b) => a.number - b.number);
      $('races').replaceChildren(
        el('thead', {}, el('tr', {}, ['Race', 'Off', 'Name', 'Status', 'Betting'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, races.map((r) => el('tr', { 'data-race': r.raceId }, el('td', {}, r.number), el('td', {}, time(r.offTime)), el('th', { scope: 'row' }, el('a', { href: `?race=${encodeURIComponent(r.raceId)}` }, r.name)), el('td', {}, word(r.status)), el('td', {}, r.bettingOpen ? 'open' : 'closed'))))
      );
    }
    const news = [...(meeting.news || [])].sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)));
    $('news').replaceChildren(...(news.length ? news.map((n) => el('li', { 'data-news': n.newsId }, el('strong', {}, n.headline), ` ${n.body || ''} `, el('span', { class: 'muted' }, `${time(n.publishedAt)}${n.author ? ` · ${n.author}` : ''}`))) : [el('li', { class: 'muted' }, 'No news.')]));
  };
  hub.subscribeMeeting(meetingId, { onSnapshot: render, onUpdate: render });
}

const lastPrice = new Map(); // cloth -> price shown, to flash moves
const moves = new Map(); // cloth -> {direction, until}

/** Marks the runners whose price the update moved, for two seconds. */
function noteMoves(runners) {
  for (const r of runners) {
    const before = lastPrice.get(r.cloth);
    if (before !== undefined && r.price !== before && r.price !== null && r.price !== undefined) {
      moves.set(r.cloth, { direction: r.price > before ? 'up' : 'down', until: Date.now() + 2000 });
      setTimeout(renderRace, 2100);
    }
  }
}

function shown(runner) {
  if (format === 'decimal') return price(runner.price, 'decimal');
  if (format === 'american') return runner.american || price(runner.price, 'american');
  return runner.fractional || price(runner.price, 'fractional');
}

function renderRace() {
  if (!race) return;
  for (const b of document.querySelectorAll('#formats button')) b.setAttribute('aria-pressed', String(b.dataset.format === format));
  $('title').textContent = `${time(race.offTime)} ${race.course}: ${race.name}`;
  $('race-meta').replaceChildren(
    `Race ${race.number} · ${race.distance || ''} · ${race.raceClass || ''} · ${race.placesPaid} places · `,
    el('span', { class: 'badge info', id: 'race-status', 'data-status': race.status }, word(race.status)),
    el('span', { class: `badge ${race.bettingOpen ? 'ok' : 'bad'}` }, race.bettingOpen ? 'Betting open' : 'Betting closed'),
    ' ',
    el('a', { href: `?meeting=${encodeURIComponent(race.meetingId)}` }, 'the meeting')
  );
  const at = LIFECYCLE.indexOf(race.status);
  $('lifecycle').replaceChildren(
    ...LIFECYCLE.map((s, i) => el('li', { class: 'badge', 'aria-current': s === race.status ? 'step' : null, style: s === race.status ? 'background:#1b1f24;color:#fff' : i < at ? 'opacity:.6' : null }, word(s))),
    at < 0 ? el('li', { class: 'badge warn', 'aria-current': 'step' }, word(race.status)) : ''
  );
  const d = race.deductions;
  $('deductions').replaceChildren(d && d.ruleFour ? el('span', { class: 'badge warn', id: 'rule4' }, `Rule 4: ${Math.round(d.ruleFour * 100)}p in the pound (reduction ${d.reduction} %)`) : '');
  const runners = [...(race.runners || [])].sort((a, b) => a.cloth - b.cloth);
  $('runners').replaceChildren(
    el('thead', {}, el('tr', {}, ['No.', 'Horse', 'Jockey / trainer', 'Draw', 'Weight', 'Price', 'SP'].map((h, i) => el('th', { scope: 'col', class: i >= 5 ? 'num' : i >= 2 && i <= 4 ? 'hide-narrow' : null }, h)))),
    el(
      'tbody',
      {},
      runners.map((r) => {
        const out = r.status === 'NON_RUNNER';
        lastPrice.set(r.cloth, r.price);
        const move = moves.get(r.cloth);
        const moving = move && move.until > Date.now() && !out ? move.direction : null;
        return el(
          'tr',
          { 'data-cloth': r.cloth, 'data-status': r.status, 'data-move': moving, class: out ? 'muted' : moving ? `flash-${moving}` : null },
          el('td', {}, r.cloth),
          el('th', { scope: 'row', style: out ? 'text-decoration:line-through' : null }, r.horse, out ? el('span', { class: 'badge bad' }, 'NR') : null, out && r.withdrawal ? el('span', { class: 'muted', style: 'font-weight:normal' }, ` withdrawn at ${price(r.withdrawal.price, format)}, R4 ${Math.round(r.withdrawal.ruleFour * 100)}p`) : null),
          el('td', { class: 'hide-narrow' }, `${r.jockey || ''} / ${r.trainer || ''}`),
          el('td', { class: 'hide-narrow' }, r.draw ?? ''),
          el('td', { class: 'hide-narrow' }, r.weight || ''),
          el('td', { class: `num best${moving ? ` move-${moving}` : ''}`, 'data-price': r.price }, out ? '–' : shown(r)),
          el('td', { class: 'num' }, r.startingPrice ? price(r.startingPrice, format) : '')
        );
      })
    )
  );
  renderResult();
  renderPools();
}

function renderResult() {
  const result = race.result;
  $('result-view').hidden = !result;
  if (!result) return;
  const flags = [result.official ? 'Official' : 'Provisional', result.amended ? 'amended' : null, result.photo ? 'photo' : null, result.enquiry ? "stewards' enquiry" : null].filter(Boolean);
  $('result-meta').textContent = `${flags.join(' · ')} · declared ${time(result.declaredAt)} (version ${result.version})`;
  $('result').replaceChildren(
    el('thead', {}, el('tr', {}, ['Pos', 'No.', 'Horse', 'Distance', 'SP', 'Win', 'Place'].map((h, i) => el('th', { scope: 'col', class: i >= 4 ? 'num' : null }, h)))),
    el('tbody', {}, (result.placings || []).map((p) => el('tr', { 'data-position': p.position }, el('td', {}, p.position), el('td', {}, p.cloth), el('th', { scope: 'row' }, p.horse), el('td', {}, p.distance || ''), el('td', { class: 'num' }, p.startingPrice ? price(p.startingPrice, format) : ''), el('td', { class: 'num' }, p.winDividend ?? ''), el('td', { class: 'num' }, p.placeDividend ?? ''))))
  );
}

function renderPools() {
  const pools = race.pools || [];
  $('pools').replaceChildren(
    ...(pools.length
      ? pools.map((p) => el('div', { class: 'card', 'data-pool': p.pool }, el('h3', {}, `${p.pool} pool: ${p.total}`), el('p', { class: 'muted' }, (p.dividends || []).map((d) => `#${d.cloth} pays ${d.dividend}`).join(' · ') || 'No dividends yet.')))
      : [el('p', { class: 'muted' }, 'No tote pools.')])
  );
}
