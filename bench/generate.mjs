// @ts-check
/**
 * Deterministic generator of realistic journal entries for the benchmark.
 *
 * The same seed always yields the same records, so runs on different days and machines search the
 * same text. Every record is a complete, valid `Entry` (src-renderer/src/domain/types.ts): dates
 * `YYYY-MM-DD` spread over the eight years up to `lastDay` (by default four days before the run, so
 * the Insights screen's default period, the last four quarters up to today, has data and no
 * `createdAt` lies in the future; only the dates move with it, never the text), ISO timestamps, kinds and scopes from the fixed lists,
 * competency ids of the default framework, lower-case tags, Markdown bodies of 300–800 characters.
 *
 * Plain JavaScript with JSDoc types so Node 20 runs it without a TypeScript loader.
 */

// The generator the sample journal uses (mulberry32), from the renderer's plain-JavaScript module.
import { createRandom as mulberry32 } from '../src-renderer/src/domain/sample/seededRandom.mjs';

/** @typedef {'win'|'decision'|'feedback'|'mentoring'|'learning'|'incident'|'writing'|'reflection'} EntryKind */
/** @typedef {'self'|'team'|'department'|'company'|'industry'} ScopeLevelId */
/**
 * @typedef {object} Entry
 * @property {string} id
 * @property {string} occurredOn
 * @property {string} createdAt
 * @property {string} updatedAt
 * @property {string} title
 * @property {string} body
 * @property {EntryKind} kind
 * @property {ScopeLevelId} scope
 * @property {string[]} competencies
 * @property {string[]} tags
 * @property {string} impact
 * @property {{ name: string, value: number, unit: string } | null} impactMetric
 * @property {string[]} people
 * @property {{ label: string, url: string }[]} links
 * @property {string} aiAssist
 * @property {boolean} starred
 * @property {string | null} followUpOn
 * @property {string} outcome
 * @property {string[]} options
 * @property {string} choice
 * @property {number | null} confidence
 * @property {string | null} deletedAt
 * @property {'user'|'sample'} source
 */

import {
  bulletTemplates,
  closers,
  impactTemplates,
  openers,
  predicates,
  sentenceTemplates,
  subjects,
  titleTemplates,
} from './entry-templates.mjs';
import { dayMs, defaultLastDay, firstDayFor, localDate, spanDays } from './journal-span.mjs';
import {
  adjectives,
  competencyIds,
  kindWeights,
  metrics,
  nouns,
  people,
  scopeIds,
  services,
  tagPool,
  teams,
  verbs,
} from './vocabulary.mjs';

/**
 * @param {() => number} random
 */
function makeHelpers(random) {
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => /** @type {T} */ (list[Math.floor(random() * list.length)]);
  /** @param {number} min @param {number} max */
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  /** @template T @param {readonly T[]} list @param {number} count @returns {T[]} */
  const sample = (list, count) => {
    const chosen = new Set();
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  /** @param {string} template */
  const fill = (template) =>
    template.replace(/\{(\w+)\}/g, (_, key) => {
      switch (key) {
        case 'service':
          return pick(services);
        case 'team':
          return pick(teams);
        case 'person':
          return pick(people);
        case 'adj':
          return pick(adjectives);
        case 'noun':
          return pick(nouns);
        case 'verb':
          return pick(verbs);
        case 'Verb': {
          const v = pick(verbs);
          return v.charAt(0).toUpperCase() + v.slice(1);
        }
        case 'metric':
          return pick(metrics)[0];
        case 'n':
          return String(int(3, 90));
        case 'optionA':
          return pick(['Postgres', 'Kafka', 'a monolith module', 'server-side rendering', 'a managed queue']);
        case 'optionB':
          return pick(['DynamoDB', 'RabbitMQ', 'a new microservice', 'a SPA', 'our own scheduler']);
        default:
          return key;
      }
    });
  return { pick, int, sample, fill };
}

/**
 * @param {() => number} random
 * @returns {string} an RFC 4122 version-4 shaped UUID from the seeded stream
 */
function uuid(random) {
  const hex = [];
  for (let i = 0; i < 32; i += 1) hex.push(Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Math.floor(random() * 4) + 8) & 0xf).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * Entries `start` … `start + count - 1` of the benchmark journal. Entry i is the same whatever the
 * slice, so a journal can be grown from 10,000 to 50,000 by generating the remainder. `lastDay`
 * only shifts the dates: with another last day, entry i has the same text, kind, scope and order.
 * @param {number} start
 * @param {number} count
 * @param {number} [seed]
 * @param {string} [lastDay] `YYYY-MM-DD`, the latest possible `occurredOn`; see `defaultLastDay`
 * @returns {Entry[]}
 */
export function generateEntries(start, count, seed = 20_260_401, lastDay = defaultLastDay()) {
  const firstDay = firstDayFor(lastDay);
  /** @type {Entry[]} */
  const out = [];
  for (let i = start; i < start + count; i += 1) out.push(generateEntry(i, seed, firstDay));
  return out;
}

/**
 * @param {number} index
 * @param {number} seed
 * @param {number} [firstDay] UTC milliseconds of the first day of the span
 * @returns {Entry}
 */
export function generateEntry(index, seed, firstDay = firstDayFor(defaultLastDay())) {
  const random = mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const { pick, int, sample, fill } = makeHelpers(random);

  const day = Math.floor(random() * (spanDays + 1));
  const occurred = new Date(firstDay + day * dayMs);
  const occurredOn = localDate(occurred);
  const progress = day / spanDays; // scope widens over the years
  const created = new Date(occurred.getTime() + int(0, 3) * dayMs + int(7 * 3600, 22 * 3600) * 1000 + int(0, 999));
  const updated = random() < 0.3 ? new Date(created.getTime() + int(60, 40 * 24 * 3600) * 1000) : created;

  let roll = random() * kindWeights.reduce((sum, [, w]) => sum + w, 0);
  /** @type {EntryKind} */
  let kind = 'win';
  for (const [id, weight] of kindWeights) {
    roll -= weight;
    if (roll < 0) {
      kind = id;
      break;
    }
  }
  const scopeIndex = Math.max(0, Math.min(4, Math.round(progress * 2.6 + (random() - 0.5) * 2.2)));
  const scope = /** @type {ScopeLevelId} */ (scopeIds[scopeIndex]);

  const title = fill(pick(titleTemplates[kind]));

  // Body: 300–800 characters of Markdown, sometimes with a short list.
  const target = int(300, 800);
  const paragraphs = [];
  let length = 0;
  let paragraph = [];
  while (length < target) {
    const sentence =
      random() < 0.35 ? fill(pick(sentenceTemplates)) : fill(`${pick(openers)} ${pick(subjects)} ${pick(predicates)}, ${pick(closers)}.`);
    paragraph.push(sentence);
    length += sentence.length + 1;
    if (paragraph.length >= int(2, 4)) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
      if (random() < 0.25 && length < target - 80) {
        const bullets = sample(bulletTemplates, int(2, 3)).map(fill);
        paragraphs.push(bullets.join('\n'));
        length += bullets.join('\n').length;
      }
    }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  let body = paragraphs.join('\n\n');
  if (body.length > 800) body = `${body.slice(0, 799).replace(/\s+\S*$/, '')}.`;

  const isDecision = kind === 'decision';
  const metric = random() < 0.4 ? pick(metrics) : null;
  const followUpOn =
    isDecision || (kind === 'win' && random() < 0.2) ? localDate(new Date(occurred.getTime() + int(30, 120) * dayMs)) : null;
  const options = isDecision ? [fill('{optionA}'), fill('{optionB}'), 'Do nothing for now'] : [];

  return {
    id: uuid(random),
    occurredOn,
    createdAt: created.toISOString(),
    updatedAt: updated.toISOString(),
    title,
    body,
    kind,
    scope,
    competencies: sample(competencyIds, int(1, 3)),
    tags: sample(tagPool, int(0, 4)),
    impact: random() < 0.6 ? fill(pick(impactTemplates)) : '',
    impactMetric: metric ? { name: metric[0], value: int(-80, 80), unit: metric[1] } : null,
    people: sample(people, int(0, 3)),
    links:
      random() < 0.3
        ? [
            {
              label: 'Pull request',
              url: `https://git.example.com/${pick(teams).toLowerCase().replace(/\s+/g, '-')}/pull/${int(10, 9999)}`,
            },
          ]
        : [],
    aiAssist: random() < 0.15 ? 'Drafted the first version of the script with an AI assistant; reviewed and tested by hand.' : '',
    starred: random() < 0.08,
    followUpOn,
    outcome: followUpOn !== null && random() < 0.5 ? fill('It held up: {metric} stayed within budget for {n} days.') : '',
    options,
    choice: isDecision ? `${options[0]}: fewer moving parts and the ${pick(teams)} team already runs it.` : '',
    confidence: isDecision ? int(40, 95) : null,
    deletedAt: null,
    source: 'user',
  };
}
