#!/usr/bin/env node
'use strict';
// Turns side-by-side.sh's results into Markdown: one row per server and point, with the hub's
// ratios to the peer, and the hub's CPU per update in 10 s windows from its first load.
//   node side-by-side-table.js hub.jsonl peer.jsonl "<windows>" <cpu-check before> <cpu-check after>
const fs = require('fs');
const [hubFile, peerFile, windowsText, cpuBefore, cpuAfter] = process.argv.slice(2);

const read = (file) =>
  Object.fromEntries(
    fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
      const run = JSON.parse(line);
      return [run.label, run];
    }));
const hub = read(hubFile);
const peer = read(peerFile);

// Microseconds of server CPU per update: CPU % of one core over updates a second.
const perUpdate = (run) => (run.serverCpuPct * 10000) / run.params.rate;
const fixed = (x, digits = 1) => (x === undefined ? '-' : Number(x).toFixed(digits));

const points = [
  ['write path alone, REST: N=100 G=100 U=1,000/s, T=30 s, warm', 'hub-fan1', 'peer-fan1'],
  ['N=5,000 G=100 U=1,000/s after 30 s at that load, T=30 s', 'hub-n5k', 'peer-n5k'],
  ['N=10,000 G=100 U=500/s, T=20 s', 'hub-n10k', 'peer-n10k'],
  ['write path alone, Redis intake: N=100 G=100 U=1,000/s, T=30 s', 'hub-redis-fan1', 'peer-redis-fan1'],
];

const rows = [
  '| point | server | delivered / expected | lost | latency p50 / p99 / max ms | server CPU % | CPU per update µs | connect + subscribe / s | load tool workers busy % | hub ÷ peer: CPU per update, p99 |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
for (const [name, hubLabel, peerLabel] of points) {
  for (const [server, run, other] of [
    ['hub', hub[hubLabel], peer[peerLabel]],
    ['peer', peer[peerLabel], undefined],
  ]) {
    if (!run) {
      rows.push(`| ${name} | ${server} | not run | | | | | | | |`);
      continue;
    }
    const ratio = other
      ? `${fixed(perUpdate(run) / perUpdate(other), 2)}, ${fixed(run.latencyMs.p99 / other.latencyMs.p99, 2)}`
      : '';
    rows.push(
      `| ${server === 'hub' || !hub[hubLabel] ? name : ''} | ${server} | ${run.delivery.received} / ${run.delivery.expected} | ` +
        `${run.delivery.lost} | ${fixed(run.latencyMs.p50, 2)} / ${fixed(run.latencyMs.p99, 2)} / ` +
        `${fixed(run.latencyMs.max, 1)} | ${run.serverCpuPct} | ${fixed(perUpdate(run), 0)} | ` +
        `${run.connect.connectsPerSec} | ${Math.max(...(run.loadgenWorkerElUPct || [0]))} | ${ratio} |`);
  }
}

const windows = windowsText.trim().split(/\s+/).map(Number);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const first30 = mean(windows.slice(0, 3));
const steady = mean(windows.slice(-6));

console.log(rows.join('\n'));
console.log();
console.log(
  `Hub CPU per update (µs) in 10 s windows from its first load after boot (N=100, G=100, ` +
    `U=1,000/s): ${windows.join(', ')}. First 30 s: ${fixed(first30, 0)} µs, ` +
    `${fixed(first30 / steady, 2)}× the last minute's ${fixed(steady, 0)} µs.`);
console.log();
console.log(`CPU check (load-test cpu-check, ms, lower is faster): ${cpuBefore} before, ${cpuAfter} after.`);
