import { startPage, el, getJson } from './page.js';

const { hub } = startPage('/');

function fill(list, items, empty) {
  list.replaceChildren(...(items.length ? items : [el('li', { class: 'muted' }, empty)]));
}

hub.on('welcome', (welcome) => (document.getElementById('node').textContent = welcome.node));

getJson('/api/odds/sports')
  .then((sports) =>
    fill(
      document.getElementById('sports'),
      sports.filter((s) => s.active).map((s) => el('li', {}, el('a', { href: `/odds.html?sport=${encodeURIComponent(s.key)}` }, s.title || s.key))),
      'No sports yet.'
    )
  )
  .catch((e) => fill(document.getElementById('sports'), [], `Could not read the sports (${e.message}).`));

getJson('/api/racing/meetings')
  .then((meetings) =>
    fill(
      document.getElementById('meetings'),
      meetings.map((m) => el('li', {}, el('a', { href: `/race.html?meeting=${encodeURIComponent(m.meetingId)}` }, `${m.course}`), ` (${m.races ? m.races.length : 0} races)`)),
      'No meetings today.'
    )
  )
  .catch((e) => fill(document.getElementById('meetings'), [], `Could not read the meetings (${e.message}).`));

const score = (m) => (m.score && m.score.current ? `${m.score.current.home}–${m.score.current.away}` : 'v');

hub.subscribeLiveMatches({
  onSnapshot: (live) => render(live),
  onUpdate: (live) => render(live),
});

function render(live) {
  const matches = (live && live.matches) || [];
  fill(
    document.getElementById('live'),
    matches.map((m) =>
      el('li', {}, el('a', { href: `/match.html?match=${encodeURIComponent(m.matchId)}` }, `${m.homeTeam.name} ${score(m)} ${m.awayTeam.name}`), ` ${m.minute ?? ''}′`)
    ),
    'No match in play.'
  );
}
