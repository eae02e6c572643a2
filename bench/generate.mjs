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

/** Ids from src-renderer/src/domain/entryKinds.ts, with how often each kind is written. */
export const kindWeights = /** @type {const} */ ([
  ['win', 26],
  ['decision', 14],
  ['feedback', 12],
  ['mentoring', 11],
  ['learning', 12],
  ['incident', 8],
  ['writing', 9],
  ['reflection', 8],
]);

/** Ids from src-renderer/src/domain/scopeLevels.ts, in order. */
export const scopeIds = /** @type {const} */ (['self', 'team', 'department', 'company', 'industry']);

/** Ids from src-renderer/src/domain/defaultFramework.ts. */
export const competencyIds = [
  'architectural-judgment',
  'cross-cutting-ownership',
  'mentoring',
  'technical-communication',
  'quality-standards',
  'systems-thinking',
  'business-context',
  'strategic-influence',
  'owning-the-outcome',
  'decisions-under-uncertainty',
  'breadth',
];

const services = [
  'payments service',
  'checkout API',
  'search indexer',
  'billing pipeline',
  'auth gateway',
  'notification worker',
  'ledger',
  'mobile backend',
  'data warehouse',
  'feature-flag service',
  'CI pipeline',
  'deploy tooling',
  'image resizer',
  'recommendation engine',
  'fraud scoring',
  'inventory sync',
  'reporting dashboard',
  'GraphQL layer',
  'message queue',
  'session store',
  'rate limiter',
  'onboarding flow',
  'settings page',
  'admin console',
  'export job',
  'webhook dispatcher',
  'pricing engine',
  'catalog service',
  'audit log',
  'tracing collector',
];
const teams = [
  'Payments',
  'Platform',
  'Growth',
  'Mobile',
  'Data',
  'Search',
  'Identity',
  'Checkout',
  'Infrastructure',
  'Developer Experience',
  'Risk',
  'Billing',
  'Support Tools',
  'Security',
  'Design Systems',
];
const people = [
  'Aisha Khan',
  'Ben Okafor',
  'Carla Mendes',
  'Dmitri Volkov',
  'Elena Rossi',
  'Farid Haddad',
  'Grace Liu',
  'Hiro Tanaka',
  'Ines Duarte',
  'Jonas Berg',
  'Kemi Adeyemi',
  'Lars Nilsson',
  'Maya Patel',
  'Nadia Cohen',
  'Omar Said',
  'Priya Raman',
  'Quinn Murphy',
  'Rosa Alvarez',
  'Sam Whitfield',
  'Tomasz Nowak',
  'Uma Iyer',
  'Victor Chen',
  'Wen Zhao',
  'Xavier Dubois',
  'Yara Haddad',
  'Zoe Fischer',
  'Ahmed Nasser',
  'Beatriz Lima',
  'Chloe Martin',
  'Daniel Kim',
  'Eva Horvat',
  'Felix Wagner',
  'Gita Sharma',
  'Hannah Scott',
  'Ivan Petrov',
  'Julia Costa',
  'Kai Müller',
  'Leila Amini',
  'Marco Bianchi',
  'Noor Aziz',
  'Olga Sokolova',
  'Pablo Ortega',
  'Rina Sato',
  'Sofia Andersson',
  'Theo Laurent',
  'Valentina Greco',
  'Will Turner',
  'Yusuf Demir',
];
const tagPool = [
  'latency',
  'payments',
  'mentoring',
  'budget',
  'on-call',
  'postmortem',
  'architecture',
  'rfc',
  'hiring',
  'interviews',
  'performance',
  'security',
  'observability',
  'tech-debt',
  'migration',
  'kubernetes',
  'postgres',
  'kafka',
  'react',
  'typescript',
  'accessibility',
  'roadmap',
  'okrs',
  'planning',
  'cost',
  'reliability',
  'slo',
  'testing',
  'ci',
  'release',
  'incident',
  'customer',
  'product',
  'design-review',
  'code-review',
  'onboarding',
  'documentation',
  'talk',
  'conference',
  'open-source',
  'ai-tools',
  'pairing',
  'feedback',
  'promotion',
  'leadership',
  'strategy',
  'compliance',
  'gdpr',
  'mobile',
  'api',
  'data',
  'caching',
];
const metrics = [
  ['p95 latency', '%'],
  ['error rate', '%'],
  ['build time', 'min'],
  ['cloud cost', 'USD/month'],
  ['deploy frequency', 'per week'],
  ['conversion', '%'],
  ['pages per incident', 'count'],
  ['test coverage', '%'],
  ['time to first review', 'h'],
  ['onboarding time', 'days'],
];
const adjectives = [
  'flaky',
  'slow',
  'brittle',
  'noisy',
  'expensive',
  'undocumented',
  'legacy',
  'critical',
  'overloaded',
  'confusing',
  'fragile',
  'unowned',
  'duplicated',
  'sprawling',
  'hot',
  'stale',
];
const verbs = [
  'refactored',
  'profiled',
  'rewrote',
  'documented',
  'simplified',
  'instrumented',
  'migrated',
  'load-tested',
  'reviewed',
  'paired on',
  'untangled',
  'benchmarked',
  'sharded',
  'cached',
  'deprecated',
  'split up',
];
const nouns = [
  'retry logic',
  'connection pool',
  'schema',
  'query planner hints',
  'alerting rules',
  'runbook',
  'feature flag',
  'cache layer',
  'batch job',
  'error budget',
  'dependency graph',
  'test suite',
  'API contract',
  'rollout plan',
  'capacity model',
  'on-call rotation',
  'code owners file',
  'design doc',
  'dashboard',
  'timeout settings',
];
const titleTemplates = {
  win: [
    'Cut {metric} of the {service} by {n}%',
    'Shipped the new {service} to all customers',
    '{Verb} the {adj} {noun} in the {service}',
    'Unblocked the {team} team on the {service}',
    'Closed the last migration step for the {service}',
  ],
  decision: [
    'Chose {optionA} over {optionB} for the {service}',
    'Decided to pause the {service} rewrite',
    'Agreed the latency budget for the {service}',
    'Picked a rollout plan for the {service}',
  ],
  feedback: [
    'Feedback from {person} on the {service} design review',
    '{person} on my incident communication',
    'Skip-level feedback about scope and visibility',
    'Peer review notes from {person}',
  ],
  mentoring: [
    'Mentoring session with {person}: {noun}',
    'Paired with {person} on the {service}',
    'Helped {person} prepare a design doc',
    'Ran a review clinic for the {team} team',
  ],
  learning: [
    'Learned how the {service} handles backpressure',
    'Read up on {noun} patterns',
    'Course notes: distributed tracing',
    'Studied the {team} team’s budget process',
  ],
  incident: [
    'Incident: {service} outage during peak',
    'Handled the {adj} {noun} page at 3am',
    'Postmortem for the {service} latency spike',
    'Near miss in the {service} deploy',
  ],
  writing: [
    'RFC: {noun} for the {service}',
    'Wrote the {team} onboarding guide',
    'Blog post on {noun}',
    'Talk proposal: lessons from the {service}',
  ],
  reflection: [
    'Quarter reflection: where my scope grew',
    'What I would do differently on the {service}',
    'Thinking about the mentoring budget',
    'Reflection after the {team} planning week',
  ],
};
const sentenceTemplates = [
  'The {service} had a {adj} {noun} that kept paging the {team} team, so I {verb} it and wrote down why.',
  'I {verb} the {noun} with {person} and we found most of the time went into a {adj} dependency.',
  'We agreed a latency budget of {n} ms for the {service}, and the dashboards now show when we spend it.',
  'Retries in the {service} were {adj}; after I {verb} the {noun}, duplicate work dropped to zero in a week.',
  'The mentoring budget for the quarter was two hours a week, and I spent most of it pairing with {person}.',
  'I explained the trade-off to product in terms of risk, cost and time rather than in terms of the {noun}.',
  '{person} asked why we did not just scale the {service}; the answer was the {adj} {noun} behind it.',
  'The cost of the {service} fell by {n}% once the {noun} stopped doing work nobody read.',
  'I wrote a short design doc comparing three options for the {noun} and asked the {team} team to pick.',
  'During the incident I kept the status page updated every fifteen minutes and handed over cleanly.',
  'The follow-up is to check in {n} days whether the {noun} still holds under the holiday traffic.',
  'We used an AI assistant to draft the migration script, then reviewed every line for error handling.',
  'I reviewed {n} pull requests this week and tried to leave comments that teach, not only approve.',
  'The root cause was a {adj} {noun}; patching it again would only have hidden the structural problem.',
  'Observability was the gap: nobody could see queue depth in the {service} until I added the metric.',
  'I took the {adj} {noun} off {person}’s plate so they could focus on the launch.',
  'Security review flagged the {noun}; I {verb} it and added a test so it cannot come back quietly.',
  'I presented the roadmap for the {service} to the department and answered questions on risk and cost.',
  'Coaching {person} on estimation paid off: their last three plans landed within a day.',
  'Payments reconciliation used to take a full day each month; now it runs overnight without help.',
  'The p95 latency of the {service} went from {n}0 ms to under {n} ms after the change.',
];
const openers = [
  'This week',
  'After the retro',
  'On Tuesday',
  'Before the planning meeting',
  'Following up on last month',
  'With some help from {person}',
  'Late in the sprint',
  'At the architecture forum',
  'In the quarterly review',
  'During on-call',
  'While onboarding {person}',
  'Ahead of the launch',
  'After a long debugging session',
];
const subjects = ['I', 'we', 'the {team} team', '{person} and I', 'our group', 'the working group', 'the two of us'];
const predicates = [
  '{verb} the {adj} {noun} in the {service}',
  'mapped out who depends on the {noun}',
  'sketched a simpler boundary between the {service} and the {noun}',
  'wrote tests around the {adj} {noun}',
  'ran a load test against the {service} and kept the graphs',
  'turned a hallway explanation into a wiki page',
  'listed the risks of the {noun} and ranked them with the {team} team',
  'cleaned up alerts nobody acted on',
  'set a clear owner for the {noun}',
  'compared two designs for the {service} on paper first',
  'reproduced the bug in the {service} with a small script',
  'agreed what done means for the {noun}',
  'moved the {noun} behind a feature flag',
  'found the {adj} query that slowed the {service}',
  'walked {person} through the {service} architecture',
  'negotiated scope with product for the {noun}',
];
const closers = [
  'and it held up under real traffic',
  'which saved the {team} team a lot of toil',
  'so the next person has it easier',
  'and wrote the reasoning down',
  'before anyone outside the team noticed',
  'and the numbers back it up',
  'although the rollout took longer than planned',
  'and shared the notes at the guild meeting',
  'so that on-call is calmer',
  'and I want to revisit it next quarter',
];
const bulletTemplates = [
  '- {Verb} the {noun} in the {service}',
  '- Measured {metric} before and after',
  '- Paired with {person}',
  '- Wrote a runbook entry for the {adj} {noun}',
  '- Agreed next steps with the {team} team',
  '- Raised the staffing question with my manager',
  '- Checked the dashboards a week later',
  '- Shared the write-up in the {team} channel',
  '- Opened tickets for the follow-ups',
];
const impactTemplates = [
  '{metric} down {n}% for the {service}',
  'The {team} team no longer gets paged for the {noun}',
  'Saved roughly {n} engineer-hours a month',
  'Unblocked the payments launch by two weeks',
  '{person} now owns the {noun} on their own',
  'The department adopted the {noun} as a standard',
];

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

/** @param {number} n */
const pad = (n) => String(n).padStart(2, '0');

/** @param {Date} date */
const localDate = (date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

const dayMs = 86_400_000;
/** Entries are spread over eight years: 2,922 days, as 2018-01-01 … 2025-12-31, whatever the last day. */
const spanDays = Math.round((Date.UTC(2025, 11, 31) - Date.UTC(2018, 0, 1)) / dayMs);

/**
 * The default last day of the generated journal: four days before `now` (UTC), as `YYYY-MM-DD`.
 * Entries are created up to 3 days and 22 hours after they occurred, so none is created in the future.
 * @param {Date} [now]
 * @returns {string}
 */
export function defaultLastDay(now = new Date()) {
  return localDate(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 4 * dayMs));
}

/**
 * @param {string} lastDay `YYYY-MM-DD`
 * @returns {number} the first day of the span, as UTC milliseconds
 */
function firstDayFor(lastDay) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(lastDay);
  if (!match) throw new RangeError(`lastDay must be YYYY-MM-DD, got ${JSON.stringify(lastDay)}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - spanDays * dayMs;
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
