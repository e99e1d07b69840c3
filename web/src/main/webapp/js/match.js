import { startPage, el, param, getJson, time, say } from './page.js';

const { hub } = startPage('/match.html');
const matchId = param('match');
const $ = (id) => document.getElementById(id);

/** What each phase takes (docs/matches.md), to offer only the buttons that can work. */
const ALLOWED = {
  pre_match: ['start'],
  first_half: ['pause', 'suspend'],
  half_time: ['resume', 'suspend'],
  second_half: ['end', 'pause', 'penalties', 'suspend'],
  before_extra_time: ['resume', 'end', 'penalties', 'suspend'],
  extra_time_first_half: ['pause', 'suspend'],
  extra_time_half_time: ['resume', 'suspend'],
  extra_time_second_half: ['end', 'penalties', 'suspend'],
  penalty_shootout: ['end', 'suspend'],
  suspended: ['resume'],
};
const EVENT_NAMES = {
  goal: 'Goal',
  own_goal: 'Own goal',
  penalty: 'Penalty',
  missed_penalty: 'Penalty missed',
  yellow_card: 'Yellow card',
  second_yellow: 'Second yellow',
  red_card: 'Red card',
  substitution: 'Substitution',
  var: 'VAR',
};
const PHASES = {
  pre_match: 'Not started',
  first_half: 'First half',
  half_time: 'Half time',
  second_half: 'Second half',
  before_extra_time: 'Before extra time',
  extra_time_first_half: 'Extra time, first half',
  extra_time_half_time: 'Extra time, half time',
  extra_time_second_half: 'Extra time, second half',
  penalty_shootout: 'Penalty shoot-out',
  full_time: 'Full time',
};

let state = null;

if (!matchId) {
  $('chooser').hidden = false;
  Promise.all([getJson('/api/matches/live'), getJson('/api/matches?status=TIMED')]).then(([live, timed]) => {
    const matches = [...(live.matches || []), ...(timed || []).slice(0, 20)];
    $('matches').replaceChildren(
      ...(matches.length
        ? matches.map((m) => el('li', {}, el('a', { href: `?match=${encodeURIComponent(m.matchId)}` }, `${m.homeTeam.name} v ${m.awayTeam.name}`), ` · ${m.competition} · ${m.status}`))
        : [el('li', { class: 'muted' }, 'No match in play or scheduled.')])
    );
  });
} else {
  $('match').hidden = false;
  hub.subscribeMatch(matchId, {
    onSnapshot: (s) => ((state = s), render()),
    onUpdate: (s) => ((state = s), render()),
    onError: (e) => say($('meta'), `Cannot follow this match: ${e.message}`, true),
  });
  hub.on('authenticated', showControls);
  hub.on('token_expired', () => say($('command-status'), 'Your token expired: sign in again to send commands.', true));
  setInterval(renderClock, 1000);
}

function showControls(user) {
  const may = user && (user.roles.includes('referee') || user.roles.includes('admin'));
  $('controls').hidden = !may;
  $('signed-in').textContent = may ? `Signed in as ${user.subject} (${user.roles.join(', ')}).` : '';
  render();
}

function minuteText(match) {
  if (match.minute === null || match.minute === undefined) return '';
  return `${match.minute}${match.stoppage ? `+${match.stoppage}` : ''}′`;
}

function renderClock() {
  if (!state || !state.match) return;
  const m = state.match;
  const phase = PHASES[m.phase] || m.status;
  $('clock').textContent = [minuteText(m), phase].filter(Boolean).join(' · ');
}

function render() {
  if (!state || !state.match) return;
  const m = state.match;
  document.title = `${m.homeTeam.name} v ${m.awayTeam.name} · Sports Hub`;
  $('title').textContent = `${m.homeTeam.name} v ${m.awayTeam.name}`;
  $('home').textContent = m.homeTeam.name;
  $('away').textContent = m.awayTeam.name;
  const current = m.score && m.score.current;
  $('score').textContent = current ? `${current.home} – ${current.away}` : '0 – 0';
  $('score').setAttribute('aria-label', `Score ${m.homeTeam.name} ${current ? current.home : 0}, ${m.awayTeam.name} ${current ? current.away : 0}`);
  const extra = [];
  if (m.score && m.score.halfTime) extra.push(`HT ${m.score.halfTime.home}–${m.score.halfTime.away}`);
  if (m.score && m.score.penalties) extra.push(`Pens ${m.score.penalties.home}–${m.score.penalties.away}`);
  $('meta').textContent = [m.competition, m.matchday ? `matchday ${m.matchday}` : null, `kick-off ${time(m.kickoff, true)}`, m.status, ...extra].filter(Boolean).join(' · ');
  $('meta').dataset.status = m.status;
  $('meta').dataset.phase = m.phase;
  renderClock();
  renderEvents(m);
  renderStats();
  const allowed = ALLOWED[m.phase] || [];
  for (const button of document.querySelectorAll('#lifecycle button')) button.disabled = !allowed.includes(button.dataset.command);
}

function renderEvents(m) {
  const events = [...(state.events || [])].sort((a, b) => (a.minute ?? 0) - (b.minute ?? 0) || (a.seq ?? 0) - (b.seq ?? 0));
  const team = (side) => (side === 'home' ? m.homeTeam.name : m.awayTeam.name);
  $('events').replaceChildren(
    ...(events.length
      ? events.map((e) =>
          el(
            'li',
            { 'data-event-type': e.type, class: e.disallowed ? 'disallowed' : null },
            el('span', { class: 'minute' }, minuteText(e)),
            el('span', {}, el('strong', {}, EVENT_NAMES[e.type] || e.type), ` ${e.player || ''}`, e.relatedPlayer ? ` ⇄ ${e.relatedPlayer}` : '', ` (${team(e.side)})`, e.disallowed ? ' – disallowed' : '', e.detail ? ` – ${e.detail}` : '')
          )
        )
      : [el('li', { class: 'muted' }, 'Nothing yet.')])
  );
}

const STATS = [
  ['possession', 'Possession %'],
  ['shots', 'Shots'],
  ['shotsOnTarget', 'On target'],
  ['corners', 'Corners'],
  ['fouls', 'Fouls'],
  ['yellowCards', 'Yellow cards'],
  ['redCards', 'Red cards'],
];

function renderStats() {
  const s = state.statistics;
  if (!s) {
    $('stats').replaceChildren(el('caption', { class: 'muted' }, 'No statistics yet.'));
    return;
  }
  $('stats').replaceChildren(
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'num' }, 'Home'), el('th', { scope: 'col' }, ''), el('th', { scope: 'col' }, 'Away'))),
    el('tbody', {}, STATS.map(([key, name]) => el('tr', { 'data-stat': key }, el('td', { class: 'num' }, s.home ? s.home[key] ?? '–' : '–'), el('th', { scope: 'row', style: 'text-align:center' }, name), el('td', {}, s.away ? s.away[key] ?? '–' : '–'))))
  );
}

async function send(command, fields, what) {
  const line = $('command-status');
  say(line, `Sending ${what}…`);
  try {
    const result = await hub.command(matchId, command, fields);
    say(line, `${what}: ${result.outcome === 'duplicate' ? 'already recorded' : 'done'}.`);
    return true;
  } catch (e) {
    const allowed = e.details && e.details.allowedCommands ? ` (allowed now: ${e.details.allowedCommands.join(', ')})` : '';
    say(line, `${what} refused: ${e.message}${allowed}`, true);
    return false;
  }
}

for (const button of document.querySelectorAll('#lifecycle button')) {
  button.addEventListener('click', () => send(button.dataset.command, {}, button.textContent));
}

$('event-form').addEventListener('submit', async (submit) => {
  submit.preventDefault();
  const form = new FormData(submit.target);
  const event = { type: form.get('type'), side: form.get('side') };
  for (const field of ['player', 'relatedPlayer']) if (form.get(field)) event[field] = form.get(field);
  if (form.get('minute')) event.minute = Number(form.get('minute'));
  if (await send('add_event', { event }, EVENT_NAMES[event.type])) {
    submit.target.player.value = '';
    submit.target.relatedPlayer.value = '';
  }
});

$('token-form').addEventListener('submit', (submit) => {
  submit.preventDefault();
  const value = new FormData(submit.target).get('token');
  if (value) {
    sessionStorage.setItem('sportshub.token', value.trim());
    location.reload();
  }
});
