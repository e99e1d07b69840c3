// What every page of the hub shares: the header, the connection indicator, the token, formats.
import { connect, defaultUrl } from './sports-hub.js';

const PAGES = [
  ['/', 'Hub'],
  ['/odds.html', 'Odds'],
  ['/race.html', 'Racing'],
  ['/match.html', 'Match'],
  ['/live.html', 'Live & tables'],
  ['/ops.html', 'Operations'],
];

const LABELS = {
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
  polling: 'Polling (no live connection)',
  closed: 'Disconnected',
};

/** Creates an element: el('td', {class: 'num'}, '2.10'). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** The page's query parameter, or the fallback. */
export function param(name, fallback = null) {
  return new URLSearchParams(location.search).get(name) || fallback;
}

/**
 * The signed-in user's token: `#token=` (a fragment never reaches the server's logs), `?token=`,
 * or the one pasted in a sign-in box; taken out of the address bar and kept for the tab.
 */
export function token() {
  const query = new URLSearchParams(location.search);
  const fragment = new URLSearchParams(location.hash.slice(1));
  const given = fragment.get('token') || query.get('token');
  if (given) {
    sessionStorage.setItem('sportshub.token', given);
    query.delete('token');
    fragment.delete('token');
    const rest = query.toString();
    const hash = fragment.toString();
    history.replaceState(null, '', location.pathname + (rest ? `?${rest}` : '') + (hash ? `#${hash}` : ''));
  }
  return sessionStorage.getItem('sportshub.token');
}

/**
 * Starts a page: the header with its navigation and connection indicator, and the connection.
 * @returns {{hub: import('./sports-hub.js').Hub, main: HTMLElement, touch: () => void}}
 */
export function startPage(current) {
  const indicator = el(
    'div',
    { class: 'connection', 'data-connection': 'connecting', id: 'connection' },
    el('span', { class: 'dot', 'aria-hidden': 'true' }),
    // only the state is announced: "updated N s ago" changes every second
    el('span', { class: 'label', role: 'status' }, LABELS.connecting),
    el('span', { class: 'ago' }),
    el('span', { class: 'node' })
  );
  const header = el(
    'header',
    { class: 'top' },
    el('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    el('a', { class: 'brand', href: '/' }, 'Sports Hub'),
    el(
      'nav',
      { 'aria-label': 'Pages' },
      el('ul', {}, PAGES.map(([href, name]) => el('li', {}, el('a', { href, 'aria-current': href === current ? 'page' : null }, name))))
    ),
    indicator
  );
  document.body.prepend(header);
  const main = document.getElementById('main');
  const stored = token();
  const hub = connect(defaultUrl(), stored ? { token: stored } : {});
  window.hub = hub; // for the console and the browser tests
  let updatedAt = null;
  const label = indicator.querySelector('.label');
  const ago = indicator.querySelector('.ago');
  const node = indicator.querySelector('.node');
  const show = () => {
    indicator.dataset.connection = hub.state;
    label.textContent = LABELS[hub.state] || hub.state;
    node.textContent = hub.welcome && hub.state === 'connected' ? `node ${hub.welcome.node}` : '';
    ago.textContent = updatedAt ? `updated ${Math.max(0, Math.round((Date.now() - updatedAt) / 1000))} s ago` : '';
  };
  hub.on('state', show);
  hub.on('welcome', show);
  const fresh = () => {
    updatedAt = Date.now();
    show();
  };
  hub.on('update', fresh);
  hub.on('snapshot', fresh);
  setInterval(show, 1000);
  show();
  return { hub, main, touch: fresh };
}

/** Reads a REST resource as JSON; null on 404. */
export async function getJson(path) {
  const answer = await fetch(path, { headers: { Accept: 'application/json' } });
  if (answer.status === 404) return null;
  if (!answer.ok) throw new Error(`${path}: HTTP ${answer.status}`);
  return answer.json();
}

function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}

/** A decimal price as a fraction ("5/2", "evens"): the closest with a denominator up to 20. */
export function fractional(decimal) {
  if (!(decimal > 1)) return '–';
  const profit = decimal - 1;
  if (Math.abs(profit - 1) < 1e-9) return 'evens';
  let best = [Math.round(profit), 1];
  let error = Math.abs(profit - best[0]);
  for (let d = 2; d <= 20; d++) {
    const n = Math.round(profit * d);
    const e = Math.abs(profit - n / d);
    if (n > 0 && e < error - 1e-12) {
      best = [n, d];
      error = e;
    }
  }
  const g = gcd(best[0], best[1]);
  return `${best[0] / g}/${best[1] / g}`;
}

/** A decimal price in American notation ("+150", "-200"). */
export function american(decimal) {
  if (!(decimal > 1)) return '–';
  return decimal >= 2 ? `+${Math.round((decimal - 1) * 100)}` : `${Math.round(-100 / (decimal - 1))}`;
}

/** A decimal price in the format asked for. */
export function price(decimal, format) {
  if (decimal === null || decimal === undefined) return '–';
  if (format === 'fractional') return fractional(decimal);
  if (format === 'american') return american(decimal);
  return Number(decimal).toFixed(2);
}

/** An instant as the reader's local time. */
export function time(instant, withDate = false) {
  if (!instant) return '–';
  const date = new Date(instant);
  return withDate
    ? date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })
    : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** Shows a message in a status line (role=status), as an error or not. */
export function say(line, text, isError = false) {
  line.textContent = text;
  line.classList.toggle('error', isError);
}
