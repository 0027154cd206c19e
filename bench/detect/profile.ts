/**
 * Where detection time goes: `npx tsx bench/detect/profile.ts`. Times each finder alone over the
 * generated corpus (each document's blocks joined, as detectBlocks runs them) and the whole engine,
 * in MB/s of this process's CPU time (less disturbed by other work on a shared machine than wall
 * clock), median of several passes after five warm-up passes. A tool for optimising, not a benchmark of record.
 */
import { detectBlocks } from '../../shared/detect/index';
import { findInlineLabels } from '../../shared/detect/inline-labels';
import { findNames } from '../../shared/detect/names/find-names';
import { findNameWords } from '../../shared/detect/names/name-words';
import { findAddresses } from '../../shared/detect/patterns/address';
import { findAges } from '../../shared/detect/patterns/age';
import { findDates } from '../../shared/detect/patterns/date';
import { findEmails } from '../../shared/detect/patterns/email';
import { findHl7Fields } from '../../shared/detect/patterns/hl7';
import { findIdentifiers } from '../../shared/detect/patterns/identifiers';
import { findIps } from '../../shared/detect/patterns/ip';
import { findPhones } from '../../shared/detect/patterns/phone';
import { findSsns } from '../../shared/detect/patterns/ssn';
import { findUrls } from '../../shared/detect/patterns/url';
import { findUuids } from '../../shared/detect/patterns/uuid';
import type { SpanSink } from '../../shared/detect/span';
import { generateCorpus } from './generate';

const documents = generateCorpus(20_240_601, 600);
const texts = documents.map((d) => d.blocks.map((b) => b.nodes.join('')).join('\n\u0000\n'));
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) / 1e6;

function cpuMilliseconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

// As in bench:detect: the finders' character loops reach optimised code only after a few passes.
const WARM_UP_PASSES = 5;

function mbps(run: (text: string, index: number) => void, passes = 5): number {
  for (let warmUp = 0; warmUp < WARM_UP_PASSES; warmUp++) texts.forEach(run);
  const times: number[] = [];
  for (let p = 0; p < passes; p++) {
    const started = cpuMilliseconds();
    texts.forEach(run);
    times.push(cpuMilliseconds() - started);
  }
  times.sort((a, b) => a - b);
  return megabytes / (times[passes >> 1]! / 1000);
}

const finders: [string, (text: string, sink: SpanSink) => void][] = [
  ['dates', findDates],
  ['ages', findAges],
  ['ssns', findSsns],
  ['phones', findPhones],
  ['ips', findIps],
  ['uuids', findUuids],
  ['addresses', findAddresses],
  ['identifiers', findIdentifiers],
  ['emails', findEmails],
  ['urls', (t, s) => findUrls(t, s, false)],
  ['hl7 fields', (t, s) => findHl7Fields(t, s, [])],
  ['name words', (t) => void findNameWords(t)],
  ['names', (t, s) => findNames(t, findNameWords(t), s, { providers: [] })],
  ['inline labels', (t) => void findInlineLabels(t)],
];
const only = process.argv[2];
let sumSeconds = 0;
for (const [name, find] of finders) {
  if (only && name !== only) continue;
  const rate = mbps((text) => find(text, []));
  sumSeconds += megabytes / rate;
  console.log(`${name.padEnd(14)} ${rate.toFixed(1).padStart(8)} MB/s`);
}
console.log(`finders alone, summed: ${(megabytes / sumSeconds).toFixed(1)} MB/s`);
if (!only) console.log(`engine (detectBlocks): ${mbps((_, i) => void detectBlocks(documents[i]!.blocks)).toFixed(1)} MB/s`);
