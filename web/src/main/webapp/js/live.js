import { startPage, el, param, getJson, time } from './page.js';

const { hub } = startPage('/live.html');
const competition = param('competition');
const $ = (id) => document.getElementById(id);

// ----- tabs (WAI-ARIA tabs: arrows, Home and End move between them) -----
const tabs = [...document.querySelectorAll('[role="tab"]')];
function select(tab, focus = true) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  if (focus) tab.focus();
  history.replaceState(null, '', `${location.pathname}${location.search}#${tab.id.slice(4)}`);
}
for (const tab of tabs) {
  tab.addEventListener('click', () => select(tab));
  tab.addEventListener('keydown', (key) => {
    const at = tabs.indexOf(tab);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[key.key];
    if (to === undefined) return;
    key.preventDefault();
    select(tabs[(to + tabs.length) % tabs.length]);
  });
}
const start = tabs.find((t) => t.id === `tab-${location.hash.slice(1)}`);
if (start) select(start, false);

// ----- the competition filter -----
getJson('/api/matches/competitions').then((competitions) => {
  for (const c of competitions) {
    $('competition').append(el('option', { value: c.code, selected: c.code === competition }, `${c.name || c.code} (${c.code})`));
  }
  if (competition && !competitions.some((c) => c.code === competition)) {
    $('competition').append(el('option', { value: competition, selected: true }, competition));
  }
});
$('competition').addEventListener('change', () => {
  const value = $('competition').value;
  location.search = value ? `?competition=${encodeURIComponent(value)}` : '';
});

// ----- live matches -----
const PHASES = { first_half: '1st half', half_time: 'Half time', second_half: '2nd half', before_extra_time: 'Before ET', extra_time_first_half: 'ET 1st half', extra_time_half_time: 'ET half time', extra_time_second_half: 'ET 2nd half', penalty_shootout: 'Penalties' };
hub.subscribeLiveMatches({ onSnapshot: renderLive, onUpdate: renderLive });
function renderLive(live) {
  const matches = ((live && live.matches) || []).filter((m) => !competition || m.competition === competition);
  $('live').replaceChildren(
    ...(matches.length
      ? matches.map((m) => {
          const s = (m.score && m.score.current) || { home: 0, away: 0 };
          return el(
            'article',
            { class: 'card', 'data-match': m.matchId },
            el('h2', {}, el('a', { href: `/match.html?match=${encodeURIComponent(m.matchId)}` }, `${m.homeTeam.name} ${s.home} – ${s.away} ${m.awayTeam.name}`)),
            el('p', { class: 'muted' }, `${m.competition} · ${m.minute ?? 0}${m.stoppage ? `+${m.stoppage}` : ''}′ · ${PHASES[m.phase] || m.status} `, el('span', { class: 'badge', title: 'where the data comes from' }, m.source || 'unknown'))
          );
        })
      : [el('p', { class: 'muted' }, competition ? `No ${competition} match in play.` : 'No match in play.')])
  );
}

// ----- the table -----
function ordinal(n) {
  const suffix = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return n + (suffix[(v - 20) % 10] || suffix[v] || suffix[0]);
}

/** Zones from the league's size: the title, the Champions League places, relegation. */
function zones(size) {
  const europe = size >= 18 ? 4 : size >= 8 ? Math.round(size / 5) : 1;
  const relegation = size >= 18 ? 3 : size >= 8 ? Math.round(size / 6) : 0;
  return { europe, relegation, of: (position) => (position === 1 ? 'title' : position <= europe ? 'europe' : position > size - relegation ? 'relegation' : null) };
}

if (competition) {
  followTable();
} else {
  $('table-meta').textContent = 'Choose a competition to see its table.';
}

function followTable() {
  const sub = hub.subscribeStandings(competition, {
    onSnapshot: renderTable,
    onUpdate: renderTable,
    onError: (e) => {
      $('table-meta').textContent = e.code === 'NOT_FOUND' ? `No table for ${competition} yet; looking again shortly.` : `Cannot follow the table: ${e.message}`;
      // a competition appears with its first match: ask again later
      setTimeout(() => {
        sub.unsubscribe();
        followTable();
      }, 3000);
    },
  });
}

function renderTable(table) {
  if (!table || !table.rows) return;
  const rows = table.rows;
  const z = zones(rows.length);
  $('table-meta').replaceChildren(
    `${table.competition} ${table.season} · ${rows.length} teams · computed ${time(table.computedAt, true)}`,
    table.provisional ? el('span', { class: 'badge warn', id: 'provisional' }, 'Provisional: matches in play count') : ''
  );
  const mark = (colour) => el('span', { style: `color:${colour}`, 'aria-hidden': 'true' }, '▌');
  $('legend').replaceChildren(
    el('span', {}, mark('#1a7f37'), 'Title (1st)'),
    z.europe > 1 ? el('span', {}, mark('#0969da'), `Champions League (2nd${z.europe > 2 ? ` to ${ordinal(z.europe)}` : ''})`) : '',
    z.relegation > 0 ? el('span', {}, mark('#cf222e'), `Relegation (last ${z.relegation})`) : ''
  );
  const head = ['Pos', 'Team', 'P', 'W', 'D', 'L', 'GF', 'GA', 'GD', 'Pts', 'Form'];
  $('table').replaceChildren(
    el('caption', { class: 'muted', style: 'text-align:left' }, `${table.competition} table`),
    el('thead', {}, el('tr', {}, head.map((h, i) => el('th', { scope: 'col', class: i >= 2 && i <= 9 ? 'num' : null }, h)))),
    el(
      'tbody',
      {},
      rows.map((r) => {
        const zone = z.of(r.position);
        return el(
          'tr',
          { class: zone ? `zone-${zone}` : null, 'data-team': r.team, 'data-zone': zone },
          el('td', { class: 'num' }, r.position),
          el('th', { scope: 'row' }, r.team, r.pointsDeducted ? el('span', { class: 'badge bad', title: 'points deducted' }, `−${r.pointsDeducted}`) : null),
          [r.played, r.won, r.drawn, r.lost, r.goalsFor, r.goalsAgainst].map((v) => el('td', { class: 'num' }, v)),
          el('td', { class: 'num' }, r.goalDifference > 0 ? `+${r.goalDifference}` : r.goalDifference),
          el('td', { class: 'num' }, el('strong', {}, r.points)),
          el('td', { class: 'form', 'aria-label': `form ${r.form || 'none'}` }, [...(r.form || '')].map((f) => el('span', { class: f }, f)))
        );
      })
    )
  );
}

// ----- system status and data quality -----
hub.on('system_status', renderStatus);
function renderStatus(status) {
  $('status-summary').replaceChildren(
    el('span', { class: `badge ${status.status === 'ok' ? 'ok' : 'warn'}`, id: 'system-status' }, status.status === 'ok' ? 'All feeds OK' : 'Degraded'),
    ` ${status.liveMatches} live match${status.liveMatches === 1 ? '' : 'es'} · ${time(status.timestamp, true)}`
  );
  const feeds = status.feeds || [];
  $('feeds').replaceChildren(
    el('thead', {}, el('tr', {}, ['Feed', 'State', 'Last success', 'Failures', 'Matches updated', 'Last error'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, feeds.length ? feeds.map((f) => el('tr', {}, el('th', { scope: 'row' }, f.feed), el('td', {}, f.state), el('td', {}, time(f.lastSuccess, true)), el('td', { class: 'num' }, f.consecutiveFailures), el('td', { class: 'num' }, f.matchesUpdated), el('td', {}, f.lastError || ''))) : el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No feed configured.')))
  );
}
async function quality() {
  try {
    const report = await getJson('/api/matches/data-quality');
    const findings = report.findings || [];
    $('quality-summary').textContent = findings.length ? `${findings.length} finding${findings.length === 1 ? '' : 's'}` : 'No findings.';
    $('quality').replaceChildren(...findings.slice(0, 50).map((f) => el('li', {}, el('strong', {}, f.kind || f.type || 'finding'), ` ${f.message || f.matchId || ''}`)));
  } catch (e) {
    $('quality-summary').textContent = `Could not read the report (${e.message}).`;
  }
}
quality();
setInterval(quality, 30000);
