import type { EntryKind, EntryLink, ImpactMetric, ScopeLevelId } from './types';

/**
 * The hand-written story of the sample journal: Maya Okafor, an engineer at Fernwood (an online
 * grocery and home-delivery company), over two years. Each phase covers eight months and is in
 * story order; `createSampleJournal` only chooses the dates. Every template is used once.
 */

/** How a decision's follow-up stands on the day the sample is created. */
type SampleFollowUp = 'done' | 'awaiting' | 'future';

interface SampleDecision {
  options: string[];
  choice: string;
  confidence: number;
  /** `done` needs an outcome; `awaiting` and `future` leave it empty. */
  followUp: SampleFollowUp;
  outcome?: string;
}

export interface SampleTemplate {
  kind: EntryKind;
  scope: ScopeLevelId;
  title: string;
  body: string;
  competencies: string[];
  tags: string[];
  impact?: string;
  metric?: ImpactMetric;
  people?: string[];
  links?: EntryLink[];
  aiAssist?: string;
  starred?: boolean;
  decision?: SampleDecision;
}

export const sampleEngineerName = 'Maya Okafor';
export const sampleCompanyName = 'Fernwood';

const daniel = 'Daniel Reyes';
const tomas = 'Tomás Silva';
const priya = 'Priya Raman';
const hannah = 'Hannah Berg';
const kwame = 'Kwame Mensah';
const lena = 'Lena Fischer';
const aiko = 'Aiko Tanaka';
const oliver = 'Oliver Grant';
const grace = 'Grace Liu';
const samir = 'Samir Haddad';
const marta = 'Marta Kowalski';
const rafael = 'Rafael Costa';

/** Everyone who appears in the `people` of a sample entry: ten colleagues and two outsiders. */
export const samplePeople: readonly string[] = [
  daniel, tomas, priya, hannah, kwame, lena, aiko, oliver, grace, samir, marta, rafael,
];

function wiki(label: string, path: string): EntryLink {
  return { label, url: `https://wiki.fernwood.example/${path}` };
}

function paragraphs(...parts: string[]): string {
  return parts.join('\n\n');
}

function list(...items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

function quote(text: string, who: string): string {
  return `> "${text}" — ${who}`;
}

function quick(
  kind: EntryKind,
  scope: ScopeLevelId,
  title: string,
  body: string,
  competencies: string[],
  tags: string[],
  extra: Partial<SampleTemplate> = {},
): SampleTemplate {
  return { kind, scope, title, body, competencies, tags, ...extra };
}

/** Months 1–8: a mid-level engineer on the Checkout team. Mostly team scope, some self. */
const teamPhase: SampleTemplate[] = [
  {
    kind: 'reflection', scope: 'self',
    title: 'Starting this journal after two years on Checkout',
    body: paragraphs(
      `I am good at closing tickets and bad at remembering what they added up to. Performance review season showed it: I could not name three things I changed.`,
      `From now on: one entry whenever something ships, breaks, or someone says something worth keeping.`,
      `Goal for the year: be the person the team trusts with the hard parts of checkout, not just the busy parts.`,
    ),
    competencies: ['owning-the-outcome'], tags: ['career', 'journal'],
  },
  quick('learning', 'self', 'Learned to read flame graphs in the profiler',
    `Spent an afternoon profiling the basket endpoint. Most of the time goes into price lookups, not the database as I assumed.`,
    ['systems-thinking'], ['performance'], { impact: 'Found where checkout time actually goes before touching any code.' }),
  {
    kind: 'decision', scope: 'team',
    title: 'Read-through cache for basket prices instead of a materialised view',
    body: paragraphs(
      `Pricing calls make up most of checkout latency. Prices change a few times a day, baskets are read hundreds of times a minute.`,
      `Main risk: a shopper seeing a stale price. Pricing publishes change events, so we can evict on change and keep a short TTL as a backstop.`,
    ),
    competencies: ['architectural-judgment', 'decisions-under-uncertainty'], tags: ['performance', 'checkout', 'caching'],
    people: [tomas, hannah],
    decision: {
      options: [
        'Materialised price view in the checkout database',
        'Read-through Redis cache with event-based eviction',
        'Batch price calls and leave storage alone',
      ],
      choice: 'Read-through Redis cache: smallest change, easy to switch off, and eviction events already exist.',
      confidence: 70, followUp: 'done',
      outcome: 'Held up well. Hit rate settled at 94%. One stale-price bug during a flash sale, fixed by shortening the TTL to 60 seconds.',
    },
    links: [wiki('Cache decision record', 'checkout/adr/basket-price-cache')],
  },
  {
    kind: 'win', scope: 'team',
    title: 'Cut checkout p95 latency by 40% with read-through cache',
    body: paragraphs(
      `Shipped the basket price cache behind a flag, ramped from 5% to 100% over a week.`,
      list('p95 went from 820 ms to 490 ms', 'Pricing service load dropped by two thirds', 'No price complaints from support during the ramp'),
      `Tomás reviewed the eviction logic; Hannah agreed the ramp plan with the merchandising team.`,
    ),
    competencies: ['architectural-judgment', 'cross-cutting-ownership'], tags: ['performance', 'checkout', 'caching'],
    impact: 'Checkout is noticeably faster at peak and pricing has headroom for the holiday season.',
    metric: { name: 'p95 latency', value: -40, unit: '%' },
    people: [tomas, hannah], starred: true,
    links: [wiki('Latency dashboard', 'dashboards/checkout-latency')],
  },
  quick('win', 'self', 'Fixed the flaky basket-total test that failed one run in twenty',
    `Rounding in the test fixture, not in production code. Replaced float maths with integer cents in the fixtures.`,
    ['quality-standards'], ['testing', 'ci'], { impact: 'The pipeline stopped failing for no reason; nobody re-runs builds out of habit any more.' }),
  {
    kind: 'mentoring', scope: 'team',
    title: 'Weekly pairing with Priya on the payment adapter',
    body: paragraphs(
      `Priya joined Checkout last month and owns the new card adapter. We agreed on one hour a week of pairing, with her driving.`,
      `Today: how the provider's webhooks arrive out of order and why our handler has to be idempotent. She wrote the test first without prompting.`,
    ),
    competencies: ['mentoring'], tags: ['payments', 'pairing'], people: [priya],
    impact: 'Priya can now change the adapter on her own.',
  },
  {
    kind: 'incident', scope: 'team',
    title: 'Duplicate card charges after payment provider timeouts',
    body: paragraphs(
      `## What happened`,
      `For 25 minutes the provider answered slowly; our client retried and 140 customers were charged twice.`,
      `## My part`,
      `Found that retries reused the request but not the idempotency key. Wrote the refund script with Tomás and checked every refund against the provider's report.`,
      `## What we changed`,
      `Idempotency keys on every payment call, and an alert on duplicate captures.`,
    ),
    competencies: ['cross-cutting-ownership', 'systems-thinking'], tags: ['incident', 'payments', 'oncall'],
    impact: 'All 140 customers refunded the same day; duplicate charges are now impossible by design.',
    people: [tomas, daniel],
  },
  {
    kind: 'writing', scope: 'team',
    title: 'Post-mortem: duplicate charges during provider timeouts',
    body: paragraphs(
      `Wrote the post-mortem without blame and with a timeline built from logs, not memory.`,
      `The key section explains, for non-engineers, why a retry is not the same as a repeat. Support now uses that paragraph in customer replies.`,
    ),
    competencies: ['technical-communication', 'owning-the-outcome'], tags: ['postmortem', 'payments'],
    people: [daniel], links: [wiki('Post-mortem', 'postmortems/duplicate-captures')],
    impact: 'Three follow-up actions agreed and done within two weeks.',
  },
  {
    kind: 'feedback', scope: 'team',
    title: 'Daniel on the duplicate-charge post-mortem',
    body: paragraphs(
      quote('This is the first post-mortem I have forwarded to Lena without editing a word.', daniel),
      `Said in our 1:1. He liked that the actions had owners and dates, and that the timeline was sourced from logs.`,
    ),
    competencies: ['technical-communication'], tags: ['postmortem'], people: [daniel],
  },
  quick('learning', 'self', 'Read the replication chapters of Designing Data-Intensive Applications',
    `Finally understood why our read replica sometimes shows an order as unpaid right after payment. Read-after-write consistency, not a bug in our code.`,
    ['architectural-judgment', 'systems-thinking'], ['reading', 'databases'], { impact: "Explained the 'unpaid order' ghost to the team and routed that read to the primary." }),
  quick('mentoring', 'team', 'Explained database indexes to Priya using the orders table',
    `Walked through two query plans side by side. She spotted the missing composite index herself.`,
    ['mentoring'], ['databases'], { impact: 'Priya added the index herself; the order history query went from seconds to milliseconds.', people: [priya] }),
  {
    kind: 'win', scope: 'team',
    title: 'Contract tests between checkout and the pricing service',
    body: paragraphs(
      `Pricing changed a field name twice this year and we found out in production both times.`,
      `Added consumer-driven contract tests that run in both pipelines. Pricing's build now fails before it can break us.`,
    ),
    competencies: ['quality-standards', 'systems-thinking'], tags: ['testing', 'checkout', 'pricing'],
    impact: 'Breaking changes between the two services are caught at build time.', people: [tomas],
  },
  {
    kind: 'decision', scope: 'team',
    title: 'Release the new address form behind a flag, region by region',
    body: paragraphs(
      `The new address form changes validation for every order. We do not know how many saved addresses will fail the stricter rules.`,
      `A flag lets us learn from one region before the rest.`,
    ),
    competencies: ['decisions-under-uncertainty', 'owning-the-outcome'], tags: ['checkout', 'release', 'feature-flags'],
    people: [hannah],
    decision: {
      options: ['Big-bang release with a rollback plan', 'Flagged release, one region at a time', 'Run both forms and compare for a month'],
      choice: 'Flagged release per region: costs a week, limits the blast radius to one region.',
      confidence: 80, followUp: 'done',
      outcome: 'The first region showed 3% of saved addresses failing validation. We added a soft-warning mode before the other regions; no spike in support tickets.',
    },
  },
  quick('win', 'team', 'Cleaned up 14 stale feature flags',
    `Some were two years old and fully on. Removed them and the dead branches behind them.`,
    ['cross-cutting-ownership'], ['tech-debt', 'feature-flags'], { impact: 'About 900 lines of dead code gone.' }),
  {
    kind: 'writing', scope: 'team',
    title: 'Checkout testing guide: what we test at which layer',
    body: paragraphs(
      `We argued about test coverage in every review. Wrote a two-page guide instead:`,
      list('Unit tests for pricing and tax rules', 'Contract tests at service boundaries', 'A handful of end-to-end journeys, never more than ten'),
      `The team edited it together and it is now linked from the pull request template.`,
    ),
    competencies: ['quality-standards', 'technical-communication'], tags: ['testing', 'docs'],
    people: [tomas, priya, daniel], links: [wiki('Testing guide', 'checkout/testing-guide')],
    impact: 'Review discussions about tests got shorter and more specific.',
  },
  quick('reflection', 'self', 'Too many context switches this week',
    `Five meetings, three reviews and an on-call page, and no deep work. Blocking two mornings a week from now on.`,
    ['owning-the-outcome'], ['focus']),
  {
    kind: 'mentoring', scope: 'team',
    title: "Reviewed Priya's first solo feature line by line with her",
    impact: 'Saved cards shipped without a card fingerprint in the logs, and Priya now checks logs for sensitive data herself.',
    body: paragraphs(
      `Saved cards. Instead of leaving forty comments I sat with her for an hour and asked questions about each choice.`,
      `She found the missing expiry check herself. I only pointed out one thing: the log line that printed the card fingerprint.`,
    ),
    competencies: ['mentoring', 'quality-standards'], tags: ['code-review', 'payments'], people: [priya],
  },
  {
    kind: 'win', scope: 'team',
    title: 'Checkout error dashboard with a breakdown per payment provider',
    starred: true,
    body: paragraphs(
      `We had one error graph for all of checkout. Split it by provider, card type and step.`,
      `Within a day it showed one provider declining all prepaid cards since a config change two weeks earlier.`,
    ),
    competencies: ['cross-cutting-ownership', 'systems-thinking'], tags: ['observability', 'payments', 'dashboards'],
    impact: 'Recovered prepaid-card orders that had been silently failing for two weeks.',
    people: [kwame], links: [wiki('Checkout errors dashboard', 'dashboards/checkout-errors')],
  },
  quick('learning', 'self', 'Used an assistant to understand the webhook signature scheme',
    `Asked it to explain the provider's HMAC signing and to write a verifier. It got the timestamp tolerance wrong; checked against the provider's docs and fixed it.`,
    ['cross-cutting-ownership'], ['security', 'payments', 'ai'],
    { impact: 'Webhook requests are now verified, closing a spoofing gap.', aiAssist: 'Assistant drafted the signature verifier; I corrected the replay window after checking the provider documentation.' }),
  {
    kind: 'learning', scope: 'team',
    title: 'A day in the warehouse with the picking team',
    body: paragraphs(
      `Shadowed a shift at the north warehouse. Pickers see substitutions on a handheld with a two-line screen, so our long product names are cut off.`,
      `Also learned that a late order change costs a picker about four minutes. That is a real cost behind our "edit order until 10pm" feature.`,
    ),
    competencies: ['breadth', 'business-context'], tags: ['warehouse', 'users'], people: [hannah],
    impact: 'Brought two concrete fixes back to the team backlog.',
  },
  {
    kind: 'incident', scope: 'team',
    title: 'Promo code service down on a Saturday morning',
    body: paragraphs(
      `On call. Promo validation timed out and checkout blocked every order with a code for 35 minutes.`,
      `Mitigated by letting orders through and validating codes afterwards. Root cause: an unindexed query after a data import.`,
      `Changed checkout to treat promo validation as optional with a two-second timeout.`,
    ),
    competencies: ['decisions-under-uncertainty', 'systems-thinking'], tags: ['incident', 'oncall', 'promotions'],
    impact: 'Checkout no longer depends on promo validation to take an order.',
  },
  quick('win', 'team', 'Checkout build time down from 14 to 6 minutes',
    `Parallelised the test shards and cached dependencies between pipeline runs.`,
    ['quality-standards'], ['ci', 'developer-experience'],
    { metric: { name: 'build time', value: -57, unit: '%' }, impact: 'Faster feedback on every pull request.' }),
  {
    kind: 'decision', scope: 'team',
    title: 'Drop our in-house retry library for the HTTP client built-in retries',
    body: paragraphs(
      `Our retry library is 600 lines nobody fully understands and it caused the duplicate charges.`,
      `The client library now supports retries with budgets and jitter.`,
    ),
    competencies: ['architectural-judgment', 'cross-cutting-ownership'], tags: ['tech-debt', 'reliability'],
    people: [tomas],
    decision: {
      options: ['Fix and keep our library', 'Use the HTTP client built-in retries', 'Adopt a service mesh for retries'],
      choice: 'Built-in retries: maintained by someone else, and a mesh is too big a step for one team.',
      confidence: 75, followUp: 'done',
      outcome: 'Migration took two sprints. Retry storms during provider slowdowns stopped; the retry budget capped extra load at 10%.',
    },
  },
  quick('writing', 'team', 'Wrote the checkout on-call runbook',
    `One page per alert: what it means, what to check first, who to call. Tested it by having Priya follow it during a game day.`,
    ['technical-communication', 'cross-cutting-ownership'], ['oncall', 'docs'],
    { impact: 'New on-call engineers handle common alerts without escalating.', people: [priya], links: [wiki('Checkout runbook', 'runbooks/checkout')] }),
  {
    kind: 'feedback', scope: 'team',
    title: 'Priya on how I mentor',
    body: paragraphs(
      quote('You never just handed me the answer, and that is why I could debug the webhook issue alone last night.', priya),
      `Message after her first solo on-call week.`,
    ),
    competencies: ['mentoring'], tags: ['mentoring'], people: [priya], starred: true,
  },
  quick('mentoring', 'team', 'Lunch-and-learn on reading SQL query plans',
    `Twelve people came, including two from Orders. Recorded it for the wiki.`,
    ['mentoring', 'technical-communication'], ['databases', 'knowledge-sharing'],
    { impact: 'Two slow-query fixes came from attendees within a month.', links: [wiki('Recording: query plans', 'talks/query-plans')] }),
  {
    kind: 'win', scope: 'team',
    title: 'Retired the legacy basket API after three years',
    starred: true,
    body: paragraphs(
      `Two mobile app versions still called it. Worked with the app team to force-upgrade them, then removed the endpoints and their tables.`,
      `Nobody planned this work; I kept a list of its costs for two months and brought it to planning.`,
    ),
    competencies: ['cross-cutting-ownership', 'owning-the-outcome'], tags: ['tech-debt', 'checkout', 'mobile'],
    impact: 'One less API to secure and keep on call for.',
    metric: { name: 'legacy code removed', value: 4200, unit: 'lines' }, people: [daniel],
  },
  quick('feedback', 'team', 'Tomás after I caught a race in the refund change',
    paragraphs(quote('Good catch on the refund race. That would have hurt in production.', tomas), `Comment on his pull request.`),
    ['quality-standards'], ['code-review', 'payments'], { people: [tomas] }),
  {
    kind: 'reflection', scope: 'self',
    title: 'Half-year check-in: I fix things well but rarely choose what to fix',
    body: paragraphs(
      `Looking back over these entries, almost everything started as someone else's ticket. The exceptions (basket API, error dashboard) are the ones I am proudest of.`,
      `Next step: bring one problem to planning each month that nobody asked me to look at.`,
    ),
    competencies: ['strategic-influence', 'owning-the-outcome'], tags: ['career', 'reflection'],
  },
  {
    kind: 'win', scope: 'team',
    title: 'Payment form meets WCAG AA after an accessibility pass',
    body: paragraphs(
      `Tested the card form with a screen reader for the first time. Errors were announced only as "invalid".`,
      list('Labelled every field and error message', 'Fixed focus order after a failed payment', 'Raised contrast on the pay button'),
    ),
    competencies: ['breadth', 'quality-standards'], tags: ['accessibility', 'checkout', 'frontend'],
    impact: 'The payment form can be completed with a keyboard and a screen reader.', people: [hannah],
  },
  quick('learning', 'self', 'Read the stability patterns in Release It!',
    `Circuit breakers and bulkheads. Our promo-code outage was exactly the "integration point" failure it describes.`,
    ['architectural-judgment'], ['reading', 'reliability'], { impact: 'Gave me the vocabulary for the promo-code fix and the retry-library decision.' }),
  {
    kind: 'decision', scope: 'team',
    title: 'Playwright for checkout end-to-end tests',
    body: paragraphs(
      `Our end-to-end suite is slow and flaky. Compared three tools on our five most important journeys.`,
    ),
    competencies: ['quality-standards', 'decisions-under-uncertainty'], tags: ['testing', 'tooling'],
    people: [tomas, priya],
    decision: {
      options: ['Keep the current Selenium suite and fix flakes', 'Move to Cypress', 'Move to Playwright'],
      choice: 'Playwright: parallel runs by default, and the trial suite ran in a third of the time.',
      confidence: 65, followUp: 'done',
      outcome: 'Suite runs in 4 minutes instead of 19; flaky failures went from weekly to roughly monthly.',
    },
  },
  quick('win', 'team', 'Structured logging in the payment webhook handler',
    `Every log line now carries order id, provider and attempt number. Searching an incident takes one query.`,
    ['cross-cutting-ownership'], ['observability', 'payments'], { impact: 'Payment investigations take minutes instead of an afternoon.' }),
  quick('learning', 'self', 'Sat in on a customer support shift',
    `Most checkout tickets are about delivery slots disappearing between basket and payment, not about payments at all.`,
    ['breadth'], ['users', 'support'], { impact: 'Showed that slot loss, not payment, is the biggest checkout complaint.' }),
  {
    kind: 'writing', scope: 'team',
    title: 'RFC: publish checkout events on the shared event bus',
    impact: 'Approved by three teams; the basis for the event bus migration.',
    body: paragraphs(
      `Orders, Loyalty and Analytics each poll our database for completed checkouts. Every schema change breaks one of them.`,
      `The RFC proposes versioned checkout events on the platform bus, with three options for delivery guarantees and their costs.`,
      `Deliberately left the recommendation for the last section so readers see the options first.`,
    ),
    competencies: ['architectural-judgment', 'technical-communication', 'systems-thinking'], tags: ['rfc', 'events', 'architecture'],
    people: [tomas, kwame], links: [wiki('RFC: checkout events', 'rfcs/checkout-events')],
    aiAssist: 'Asked an assistant to list failure modes for each delivery option; kept four of its nine and checked them against the broker documentation.',
  },
  quick('reflection', 'self', 'I only read code from my own team',
    `Realised I have never opened the Orders repository, even though half our incidents start there.`,
    ['systems-thinking', 'breadth'], ['reflection']),
  {
    kind: 'feedback', scope: 'team',
    title: 'Hannah on explaining the cache trade-off',
    body: paragraphs(
      quote('You explained the stale-price risk so that I could make the call myself, without needing to trust you blindly.', hannah),
      `From the flash-sale retro.`,
    ),
    competencies: ['technical-communication'], tags: ['product'], people: [hannah],
  },
  {
    kind: 'incident', scope: 'team',
    title: 'Peak-season load test exhausted the checkout connection pool',
    body: paragraphs(
      `A near miss found in the load test, not in production. At 3x normal traffic checkout stopped answering while the database was mostly idle.`,
      `The pool was sized for the old basket API. Resized it, added a pool saturation alert, and repeated the test at 4x.`,
    ),
    competencies: ['systems-thinking', 'cross-cutting-ownership'], tags: ['performance', 'load-testing', 'peak'],
    impact: 'Peak season passed without a checkout capacity incident.', people: [kwame],
  },
  quick('mentoring', 'team', "Helped Priya prepare her first design review",
    `Practised the questions she would likely get. She presented; I stayed quiet unless asked.`,
    ['mentoring'], ['design-review'], { impact: 'Her design was approved in one round.', people: [priya] }),
  {
    kind: 'win', scope: 'department',
    title: 'Idempotency middleware shared with the Orders team',
    body: paragraphs(
      `After the duplicate-charge incident I noticed Orders had the same retry pattern. Packaged our middleware as a shared library and paired with their on-call to adopt it.`,
      `First piece of my work used outside Checkout.`,
    ),
    competencies: ['systems-thinking', 'owning-the-outcome'], tags: ['payments', 'reliability', 'shared-library'],
    impact: 'Two teams protected against duplicate side effects on retry.', people: [aiko, kwame],
  },
  {
    kind: 'feedback', scope: 'department',
    title: 'Lena on the checkout events RFC',
    body: paragraphs(
      quote('The clearest design document I have read this year. You showed the options before the answer.', lena),
      `She asked whether I would present it at the Commerce architecture review.`,
    ),
    competencies: ['technical-communication', 'architectural-judgment'], tags: ['rfc'], people: [lena], starred: true,
  },
  quick('win', 'self', 'Automated my local environment setup with one script',
    `New laptop, forty minutes instead of a day. Shared the script in the team channel.`,
    ['quality-standards'], ['developer-experience'], { impact: 'Two new joiners set up on their first morning with it.' }),
  quick('reflection', 'self', 'What I want from the next eight months',
    `Present the events RFC beyond the team, and own something that crosses team boundaries.`,
    ['strategic-influence'], ['career', 'goals']),
];

/** Months 9–16: promoted to Senior, leading payments reliability across the Commerce department. */
const departmentPhase: SampleTemplate[] = [
  {
    kind: 'reflection', scope: 'self',
    title: 'Promoted to Senior Engineer: what changes now',
    body: paragraphs(
      `Daniel told me the events RFC and the basket API retirement made the case. Both were things nobody assigned.`,
      `The bar now is work that spans teams. Lena wants me to lead payments reliability across Checkout, Orders and Subscriptions.`,
      `Worry: I will keep doing Checkout tickets because they are comfortable.`,
    ),
    competencies: ['owning-the-outcome', 'strategic-influence'], tags: ['career', 'promotion'], people: [daniel, lena], starred: true,
  },
  {
    kind: 'decision', scope: 'department',
    title: 'Route card payments through two providers with automatic failover',
    body: paragraphs(
      `Our single payment provider had four partial outages this year. Each one stopped every order in every region.`,
      `A second provider adds contract cost and more code, but the outages cost more in lost baskets.`,
    ),
    competencies: ['architectural-judgment', 'decisions-under-uncertainty', 'business-context'],
    tags: ['payments', 'reliability', 'failover'], people: [lena, grace, kwame],
    decision: {
      options: [
        'Stay with one provider and negotiate a stronger SLA',
        'Second provider with manual switch-over',
        'Second provider with automatic health-based routing',
      ],
      choice: 'Automatic routing: manual switching took 20+ minutes in every drill, which is most of an outage.',
      confidence: 65, followUp: 'done',
      outcome: 'Failover triggered three times in the next four months and customers noticed none of them. Extra provider cost was a tenth of one outage.',
    },
    links: [wiki('Failover decision record', 'commerce/adr/payment-failover')],
  },
  {
    kind: 'writing', scope: 'department',
    title: 'Design doc: payment provider failover',
    impact: 'Agreed by three teams and security before a line of code was written.',
    body: paragraphs(
      `Covers health checks, routing rules, how refunds find the right provider, and what happens to in-flight payments during a switch.`,
      `Reviewed by all three commerce teams and security. The hardest section was reconciliation; it went through four drafts.`,
    ),
    competencies: ['architectural-judgment', 'technical-communication'], tags: ['design-doc', 'payments', 'failover'],
    people: [oliver, kwame, tomas], links: [wiki('Design: payment failover', 'design/payment-failover')],
    aiAssist: 'Described our constraints to an assistant and asked for three routing designs; stress-tested each against our latency budget and refund rules, and kept parts of two.',
  },
  {
    kind: 'win', scope: 'department',
    title: 'Payment failover live: zero customer-visible provider outages since',
    body: paragraphs(
      `Rolled out over six weeks, starting with 1% of traffic on the second provider.`,
      list('Failover in under 30 seconds in every drill', 'Refunds route to the original provider automatically', 'Runbook and dashboard handed to all three teams'),
    ),
    competencies: ['owning-the-outcome', 'cross-cutting-ownership'], tags: ['payments', 'failover', 'reliability'],
    impact: 'Provider outages no longer stop orders.',
    metric: { name: 'orders lost to provider outages', value: -100, unit: '%' },
    people: [kwame, tomas, priya], starred: true,
  },
  {
    kind: 'win', scope: 'department',
    title: 'Service level objectives for the five commerce services',
    starred: true,
    body: paragraphs(
      `Each team had its own idea of "up". Ran a workshop per team to agree on two or three SLOs each, measured from the customer's side.`,
      `Error budgets now decide when a team pauses feature work, which ended a long-running argument between product and engineering.`,
    ),
    competencies: ['cross-cutting-ownership', 'quality-standards'], tags: ['slo', 'observability', 'reliability'],
    people: [kwame, lena, hannah], links: [wiki('Commerce SLOs', 'commerce/slos')],
    impact: 'Reliability trade-offs are made with numbers instead of opinions.',
  },
  {
    kind: 'mentoring', scope: 'department',
    title: 'Started mentoring Aiko, a new graduate on Orders',
    impact: 'Aiko has a plan for her first year and someone outside her team to test ideas on.',
    body: paragraphs(
      `Aiko asked Lena for a mentor outside her team. First session: what she wants in a year (to own a service) and what scares her (on-call).`,
      `Agreed on fortnightly sessions and one stretch task per month.`,
    ),
    competencies: ['mentoring'], tags: ['mentoring', 'onboarding'], people: [aiko],
  },
  {
    kind: 'incident', scope: 'department',
    title: 'Order events lost during a broker failover',
    body: paragraphs(
      `## What happened`,
      `During planned broker maintenance, 40 minutes of order events never reached Loyalty or Analytics.`,
      `## My part`,
      `Led the investigation across three teams. Orders published events after committing, so a crash between the two lost them silently.`,
      `## What we changed`,
      `Replayed the missing events from the orders table; proposed the outbox pattern for every publisher.`,
    ),
    competencies: ['systems-thinking', 'cross-cutting-ownership'], tags: ['incident', 'events', 'orders'],
    people: [aiko, kwame], impact: 'All missing loyalty points credited within a day.',
  },
  {
    kind: 'decision', scope: 'department',
    title: 'Outbox pattern for every order and checkout event',
    body: paragraphs(
      `After the lost events, we need publishing that survives crashes. Change data capture is tempting but no team knows how to run it.`,
    ),
    competencies: ['architectural-judgment', 'systems-thinking'], tags: ['events', 'architecture', 'outbox'],
    people: [kwame, aiko, tomas],
    decision: {
      options: ['Transactional outbox table per service', 'Change data capture from the database log', 'Accept loss and reconcile nightly'],
      choice: 'Outbox: boring, testable, and every team can operate it.',
      confidence: 85, followUp: 'done',
      outcome: 'No lost events since rollout. Publishing delay rose from ~50 ms to ~400 ms, which every consumer accepted.',
    },
  },
  {
    kind: 'feedback', scope: 'department',
    title: 'Kwame on leading the lost-events investigation',
    body: paragraphs(
      quote('You kept three teams focused on the cause instead of on whose fault it was. That is rarer than it should be.', kwame),
      `Said in the incident review, in front of all three teams.`,
    ),
    competencies: ['owning-the-outcome', 'technical-communication'], tags: ['incident'], people: [kwame],
  },
  {
    kind: 'win', scope: 'department',
    title: 'Checkout, Orders and Subscriptions moved onto the shared event bus',
    body: paragraphs(
      `The RFC from last year, finally done. Each team migrated its own consumers; I built the shared schema registry and the migration checklist.`,
      `Database polling between services is gone, and so is the weekly "who changed the orders table" incident.`,
    ),
    competencies: ['owning-the-outcome', 'architectural-judgment', 'systems-thinking'], tags: ['events', 'architecture', 'migration'],
    metric: { name: 'services migrated', value: 3, unit: 'services' },
    impact: 'Teams can change their schemas without breaking each other.', people: [tomas, aiko, kwame], starred: true,
    links: [wiki('Event bus migration', 'commerce/event-bus-migration')],
  },
  {
    kind: 'learning', scope: 'department',
    title: 'Read Team Topologies and mapped our commerce teams',
    impact: 'The map shaped the merge of the Checkout and Orders on-call.',
    body: paragraphs(
      `Drew our five teams and their interactions. Checkout and Orders are a single system split across two teams, which explains most of our coordination pain.`,
      `Shared the map with Lena as input for next year's team structure.`,
    ),
    competencies: ['systems-thinking', 'strategic-influence'], tags: ['reading', 'org-design'], people: [lena],
  },
  {
    kind: 'decision', scope: 'department',
    title: 'Split the commerce on-call rotation by service ownership',
    body: paragraphs(
      `One rotation for five services means whoever is on call knows two of them well. Pages often sat for 20 minutes while people searched for the right expert.`,
    ),
    competencies: ['decisions-under-uncertainty', 'cross-cutting-ownership'], tags: ['oncall', 'process'],
    people: [lena, kwame, daniel],
    decision: {
      options: ['Keep one shared rotation and write better runbooks', 'Two rotations: payments and fulfilment', 'One rotation per team'],
      choice: 'Two rotations: one per team would mean on call every third week for small teams.',
      confidence: 60, followUp: 'done',
      outcome: 'Time to acknowledge dropped from 14 to 4 minutes; on-call survey scores went up. Small teams still find it heavy, revisit at next headcount change.',
    },
  },
  {
    kind: 'writing', scope: 'department',
    title: 'Guidelines for AI coding assistants in commerce repositories',
    body: paragraphs(
      `Teams were using assistants in very different ways and reviewers could not tell what had been generated.`,
      list(
        'Good fit: tests, migrations, glue code, explaining unfamiliar code',
        'Human-led: payment flows, authorisation, anything touching card data',
        'Generated code gets the same review as any other: failure paths, logs, security, speed, tests',
        'Note significant assistant use in the pull request description',
      ),
    ),
    competencies: ['quality-standards', 'strategic-influence', 'technical-communication'], tags: ['ai', 'code-review', 'guidelines'],
    people: [lena, oliver], links: [wiki('AI assistant guidelines', 'commerce/ai-assistant-guidelines')],
    impact: 'Adopted by all five commerce teams; security asked to reuse it.',
    aiAssist: 'Drafted the first outline with an assistant, then rewrote it after interviewing one engineer from each team.',
  },
  {
    kind: 'win', scope: 'department',
    title: 'Fortnightly commerce incident review',
    body: paragraphs(
      `Incident reviews used to happen only for big outages and only inside one team. Started a 45-minute fortnightly review open to all commerce teams.`,
      `Every action gets an owner and a date, and we check last fortnight's actions first.`,
    ),
    competencies: ['quality-standards', 'cross-cutting-ownership'], tags: ['incident', 'process'],
    impact: 'Action completion went from about half to nine in ten.',
    metric: { name: 'incident actions completed', value: 90, unit: '%' }, people: [kwame, lena],
  },
  {
    kind: 'feedback', scope: 'department',
    title: 'Lena after the first quarter as payments reliability lead',
    body: paragraphs(
      quote('You are now the person the other teams ask before they touch payments. Keep writing things down; it scales you.', lena),
      `From my quarterly review.`,
    ),
    competencies: ['strategic-influence', 'technical-communication'], tags: ['review'], people: [lena], starred: true,
  },
  {
    kind: 'mentoring', scope: 'department',
    title: 'Design review clinic for three teams',
    impact: 'Designs now arrive with failure cases covered, and reviews are shorter.',
    body: paragraphs(
      `An hour every Thursday where anyone can bring a design at any stage. Three teams came in the first month.`,
      `Most common issue: designs that describe the happy path only. Started a short checklist of failure questions.`,
    ),
    competencies: ['mentoring', 'architectural-judgment'], tags: ['design-review', 'knowledge-sharing'], people: [aiko, priya],
  },
  {
    kind: 'learning', scope: 'department',
    title: 'Two days with finance on what payments really cost us',
    body: paragraphs(
      `Grace walked me through processing fees, chargebacks and the cost of failed payments. Fees depend heavily on card type and which provider handles it.`,
      `I had never seen a profit and loss statement for a single order. Delivery cost is bigger than our whole margin on small baskets.`,
    ),
    competencies: ['business-context', 'breadth'], tags: ['finance', 'payments'], people: [grace],
    impact: 'Found a routing idea worth testing: send domestic debit cards to the cheaper provider.',
  },
  {
    kind: 'win', scope: 'department',
    title: 'Routed domestic debit cards to the cheaper provider, cutting fees by 18%',
    body: paragraphs(
      `The failover router made this cheap to try. Ran it for two weeks on 10% of traffic to check approval rates did not drop.`,
      `Approval rates held, so Grace and I took it to the commerce leadership meeting with the numbers.`,
    ),
    competencies: ['business-context', 'owning-the-outcome'], tags: ['payments', 'cost', 'finance'],
    impact: 'Meaningful annual saving on processing fees with no change for customers.',
    metric: { name: 'debit card processing fees', value: -18, unit: '%' }, people: [grace, lena], starred: true,
  },
  {
    kind: 'decision', scope: 'department',
    title: 'Postpone the checkout rewrite; build seams for a gradual replacement first',
    body: paragraphs(
      `There is pressure to rewrite checkout in one go. We do not know yet which parts will move to the new delivery-slot work, so a full rewrite could target the wrong shape.`,
    ),
    competencies: ['decisions-under-uncertainty', 'architectural-judgment', 'strategic-influence'], tags: ['architecture', 'tech-debt', 'checkout'],
    people: [daniel, lena, hannah],
    decision: {
      options: ['Full rewrite this year', 'Strangler approach: seams first, replace piece by piece', 'Leave checkout as it is'],
      choice: 'Strangler approach: keeps options open while we learn what the slot work needs.',
      confidence: 70, followUp: 'done',
      outcome: 'Right call. The slot work moved basket reservation out of checkout entirely, which a rewrite would have had to undo.',
    },
  },
  {
    kind: 'incident', scope: 'department',
    title: 'Subscription renewals charged twice after the clock change',
    body: paragraphs(
      `The renewal job ran on local time; when clocks went back it ran twice for 800 subscribers.`,
      `Idempotency keys from last year stopped most second charges, but not for renewals created before the keys existed. Refunded everyone, moved scheduling to UTC, and added a test for both clock changes.`,
    ),
    competencies: ['systems-thinking', 'cross-cutting-ownership'], tags: ['incident', 'subscriptions', 'payments'],
    people: [aiko], impact: 'Every affected subscriber refunded within 24 hours.',
  },
  {
    kind: 'win', scope: 'department',
    title: 'Peak-season load test across all commerce services',
    starred: true,
    body: paragraphs(
      `Last year each team load-tested alone. This year we tested the whole order flow together and found four bottlenecks that no single team would have seen.`,
      list('Loyalty called Orders synchronously on every basket view', 'Shared Redis instance near its connection limit', 'Search index refresh blocked by order writes', 'A retry loop between Subscriptions and Payments'),
    ),
    competencies: ['systems-thinking', 'owning-the-outcome'], tags: ['load-testing', 'peak', 'performance'],
    impact: 'Record peak day with no commerce incidents.', people: [kwame, tomas, aiko],
    metric: { name: 'peak-day incidents', value: 0, unit: 'incidents' },
  },
  {
    kind: 'mentoring', scope: 'team',
    title: 'Handed ownership of the checkout cache to Priya',
    impact: 'Checkout no longer depends on me for the cache.',
    body: paragraphs(
      `I was still the one people asked about the cache. Told the team Priya owns it now and redirected the next three questions to her.`,
      `She has since changed the eviction strategy, better than I would have.`,
    ),
    competencies: ['mentoring'], tags: ['ownership', 'delegation'], people: [priya, daniel],
  },
  {
    kind: 'writing', scope: 'department',
    title: "Explainer for product managers: why 'exactly once' payments do not exist",
    impact: 'Product requirements now ask for reconciliation instead of impossible guarantees.',
    body: paragraphs(
      `Product kept asking for a guarantee that no payment could ever be duplicated. Wrote a two-page explainer with a diagram of the message flow.`,
      `It explains that we get "effectively once" through idempotency and reconciliation, and what that costs.`,
    ),
    competencies: ['technical-communication', 'business-context'], tags: ['docs', 'payments', 'product'],
    people: [hannah], links: [wiki('Payments explainer for PMs', 'commerce/payments-explained')],
  },
  {
    kind: 'learning', scope: 'department',
    title: 'Trial: an AI assistant for incident log triage',
    body: paragraphs(
      `Fed it the logs and traces from eight past commerce incidents and asked for the likely cause.`,
      `It named the right cause in five of eight. It missed both incidents where the cause was in another team's service, which is where humans struggle too.`,
    ),
    competencies: ['cross-cutting-ownership', 'strategic-influence'], tags: ['ai', 'incident', 'observability'],
    aiAssist: 'The whole trial was an evaluation of an assistant on past incident data; results checked against the post-mortems.',
    impact: 'Shared the results so teams know how far to trust it during an incident.', people: [kwame],
  },
  {
    kind: 'win', scope: 'department',
    title: 'Removed card data from application logs across commerce',
    body: paragraphs(
      `Oliver's scan found partial card numbers in two services' debug logs. Wrote a log scrubber as shared middleware and a CI check that fails on card-like patterns.`,
    ),
    competencies: ['cross-cutting-ownership', 'quality-standards'], tags: ['security', 'pci', 'logging'],
    impact: 'Passed the payment card audit with no logging findings.', people: [oliver],
  },
  {
    kind: 'feedback', scope: 'department',
    title: 'Oliver on the card-data cleanup',
    body: paragraphs(
      quote('First time an engineering team fixed a finding before I had finished writing it up.', oliver),
      `In the audit debrief.`,
    ),
    competencies: ['cross-cutting-ownership'], tags: ['security'], people: [oliver],
  },
  {
    kind: 'reflection', scope: 'self',
    title: 'I say yes to too many reviews',
    body: paragraphs(
      `Counted: 23 review requests last week, from five teams. Most could be done by someone closer to the code.`,
      `New rule: I review designs and payment-critical changes; everything else goes to the owning team, with Priya and Aiko as second reviewers.`,
    ),
    competencies: ['strategic-influence', 'mentoring'], tags: ['focus', 'reflection'],
  },
  {
    kind: 'feedback', scope: 'department',
    title: 'Aiko after six months of mentoring',
    body: paragraphs(
      quote('I volunteered for on-call because you made it feel like something I could learn, not something to survive.', aiko),
      `From our mentoring retrospective.`,
    ),
    competencies: ['mentoring'], tags: ['mentoring'], people: [aiko],
  },
  {
    kind: 'win', scope: 'company',
    title: 'Presented payments reliability to the leadership team',
    body: paragraphs(
      `Samir asked for twenty minutes on how commerce went from four payment outages to none. Kept it to three slides: before, what we changed, what it cost.`,
      `He asked whether the same approach could work for delivery slots.`,
    ),
    competencies: ['technical-communication', 'strategic-influence'], tags: ['leadership', 'payments'],
    people: [samir, lena], impact: 'First time presenting to the leadership team; led to the delivery-slot work.',
  },
  {
    kind: 'decision', scope: 'department',
    title: 'Shared schema registry with compatibility checks in CI',
    body: paragraphs(
      `Event schemas live in each repository and drift. Two options for keeping them compatible.`,
    ),
    competencies: ['quality-standards', 'architectural-judgment'], tags: ['events', 'schemas', 'ci'],
    people: [tomas, aiko],
    decision: {
      options: ['Central schema repository with CI compatibility checks', 'Each team documents its schemas in the wiki'],
      choice: 'Central repository with checks: documentation drifts, a failing build does not.',
      confidence: 90, followUp: 'done',
      outcome: 'Two breaking changes blocked in the first month, both fixed before merging.',
    },
  },
];

/** Months 17–24: company-wide work on the way to Staff, and first steps into the wider industry. */
const companyPhase: SampleTemplate[] = [
  {
    kind: 'reflection', scope: 'self',
    title: 'What a Staff role would mean for me',
    body: paragraphs(
      `Read through last year's entries. The pattern: I am strongest when I pick the problem, not when I am handed it.`,
      `Staff at Fernwood means owning a company-level problem end to end: finding it, pitching it, leading it, and checking it worked.`,
      `Candidate problem: delivery slots. Every region built its own slot logic and customers lose slots between basket and payment.`,
    ),
    competencies: ['strategic-influence', 'owning-the-outcome'], tags: ['career', 'staff'],
  },
  {
    kind: 'writing', scope: 'company',
    title: 'Pitch: one delivery-slot service for every region',
    body: paragraphs(
      `Four regions, four slot systems. Support tickets about vanished slots are the largest single category, and each region over-books differently.`,
      `The pitch framed it in business terms: lost orders, van utilisation and support cost, with engineering cost as one line among them.`,
      `Asked for two engineers from Logistics and one from Commerce for two quarters.`,
    ),
    competencies: ['owning-the-outcome', 'business-context', 'strategic-influence'], tags: ['pitch', 'logistics', 'delivery-slots'],
    people: [samir, grace, lena], links: [wiki('Pitch: delivery slots', 'strategy/delivery-slot-pitch')],
    impact: 'Approved by the leadership team with the staffing requested.', starred: true,
  },
  {
    kind: 'decision', scope: 'company',
    title: 'Build delivery-slot capacity in-house rather than buy a routing vendor',
    body: paragraphs(
      `A vendor would give us route optimisation on day one. But slot capacity is tied to our warehouses, substitution rules and pricing, which no vendor models.`,
      `We have about 70% of the information we want; waiting for a full vendor evaluation would cost a quarter.`,
    ),
    competencies: ['decisions-under-uncertainty', 'business-context', 'architectural-judgment'], tags: ['logistics', 'build-vs-buy', 'delivery-slots'],
    people: [samir, grace],
    decision: {
      options: ['Buy a routing and slot vendor', 'Build slot capacity in-house, buy routing later if needed', 'Extend the largest region’s system to the others'],
      choice: 'Build slots in-house behind an interface that a vendor could sit behind later.',
      confidence: 60, followUp: 'done',
      outcome: 'Six weeks in, the slot service is on schedule and the vendor interface exists; nothing so far has needed a vendor.',
    },
  },
  {
    kind: 'win', scope: 'company',
    title: 'Joined the architecture council',
    body: paragraphs(
      `Samir invited me to the council that reviews cross-company technical decisions. I am the only member below principal level.`,
      `First meeting: argued for reviewing the data platform migration plan before the vendor contract, not after.`,
    ),
    competencies: ['strategic-influence'], tags: ['architecture', 'leadership'], people: [samir],
    impact: 'A seat where decisions about what to build are made.',
  },
  {
    kind: 'learning', scope: 'company',
    title: 'Technical due diligence for the Harvest Box acquisition',
    body: paragraphs(
      `Fernwood is buying Harvest Box, a regional meal-kit company. I was one of two engineers on the due-diligence team.`,
      list('Their stack is smaller but healthy; the risk is a single engineer who knows billing', 'Their customer data needs a consent review before any merge', 'Integration estimate: two quarters minimum, not the four weeks in the deal model'),
      `First time I have read a deal model. Engineering was one row in it.`,
    ),
    competencies: ['business-context', 'breadth', 'systems-thinking'], tags: ['acquisition', 'due-diligence'],
    people: [samir, grace, oliver], starred: true,
    impact: 'The integration budget in the deal was corrected before signing.',
  },
  {
    kind: 'decision', scope: 'company',
    title: 'Keep Harvest Box on its own stack for the first year',
    body: paragraphs(
      `Pressure to merge Harvest Box into Fernwood's platform quickly to show synergies. Their billing knowledge sits with one person and their customers have different consent terms.`,
      `Proposed: integrate only single sign-on, finance reporting and the product catalogue; leave the rest for a year.`,
    ),
    competencies: ['decisions-under-uncertainty', 'business-context', 'strategic-influence'], tags: ['acquisition', 'architecture'],
    people: [samir, grace],
    decision: {
      options: ['Full platform merge within six months', 'Keep stacks separate for a year, integrate only the essentials', 'Rebuild Harvest Box on Fernwood from scratch'],
      choice: 'Separate stacks for a year: lowest risk to their customers and their one billing expert.',
      confidence: 55, followUp: 'awaiting',
    },
  },
  {
    kind: 'incident', scope: 'company',
    title: 'DNS change took every storefront offline for 50 minutes',
    starred: true,
    body: paragraphs(
      `## What happened`,
      `A routine DNS change removed the records for all storefronts. Web and apps were down across every region.`,
      `## My part`,
      `Incident commander. Split the responders into restore and communicate tracks and kept a public timeline for the rest of the company.`,
      `## What we changed`,
      `DNS changes now go through review and a staged rollout, and the status page updates from the incident channel.`,
    ),
    competencies: ['owning-the-outcome', 'decisions-under-uncertainty', 'technical-communication'], tags: ['incident', 'dns', 'oncall'],
    people: [kwame, samir], impact: 'Service restored in 50 minutes; the same class of change cannot reach production unreviewed.',
  },
  {
    kind: 'writing', scope: 'company',
    title: 'Company incident management guide, second edition',
    body: paragraphs(
      `Rewrote the guide after the DNS outage. Roles (commander, communications, scribe), severity levels tied to customer impact, and templates for updates.`,
      `Ran three game days so that every on-call engineer has practised the commander role once.`,
    ),
    competencies: ['technical-communication', 'quality-standards', 'cross-cutting-ownership'], tags: ['incident', 'process', 'docs'],
    people: [kwame], links: [wiki('Incident management guide', 'engineering/incident-management')],
    impact: 'Every engineering team uses the same incident process.',
  },
  {
    kind: 'win', scope: 'company',
    title: 'Cut cloud spend by 22% through rightsizing and reserved capacity',
    body: paragraphs(
      `Finance flagged cloud cost as the fastest-growing line after payroll. Grace and I went through the bill service by service.`,
      list('Rightsized 60% of instances that never passed 20% CPU', 'Moved stable baseline load to reserved capacity', 'Deleted 14 forgotten test environments'),
      `Built a monthly cost report per team so the savings stick.`,
    ),
    competencies: ['business-context', 'cross-cutting-ownership', 'owning-the-outcome'], tags: ['cost', 'cloud', 'finance'],
    people: [grace, kwame], metric: { name: 'monthly cloud spend', value: -22, unit: '%' }, starred: true,
    impact: 'Savings equal to several engineers’ salaries a year, reinvested in the slot project.',
  },
  {
    kind: 'feedback', scope: 'company',
    title: 'Samir on the cloud cost work',
    body: paragraphs(
      quote('You turned a finance problem into an engineering habit. That is the difference between a project and a change.', samir),
      `At the all-hands, when the cost report was announced.`,
    ),
    competencies: ['business-context', 'owning-the-outcome'], tags: ['cost', 'leadership'], people: [samir], starred: true,
  },
  {
    kind: 'decision', scope: 'company',
    title: 'Standardise on OpenTelemetry across all services',
    body: paragraphs(
      `Three tracing libraries and two metrics systems across the company. Tracing a customer order end to end was impossible past the commerce boundary.`,
    ),
    competencies: ['cross-cutting-ownership', 'architectural-judgment'], tags: ['observability', 'architecture', 'tracing'],
    people: [kwame],
    decision: {
      options: ['Standardise on the commercial agent we use in commerce', 'OpenTelemetry everywhere, any backend', 'Leave teams to choose'],
      choice: 'OpenTelemetry: no lock-in, and the council agreed to fund the migration.',
      confidence: 80, followUp: 'done',
      outcome: 'Two thirds of services migrated within four months; first end-to-end trace of an order from app tap to van assignment.',
    },
  },
  {
    kind: 'mentoring', scope: 'department',
    title: 'Sponsored Priya to lead the event-bus working group',
    body: paragraphs(
      `I was chairing the event-bus group out of habit. Proposed Priya as chair to Lena; she has done most of the real work for months.`,
      `I attend as a member and keep quiet in the first half of every meeting.`,
    ),
    competencies: ['mentoring', 'strategic-influence'], tags: ['sponsorship', 'events'], people: [priya, lena],
    impact: 'Priya now leads a cross-team group, a visible step towards her own promotion.',
  },
  {
    kind: 'win', scope: 'company',
    title: 'Delivery-slot service live in all four regions',
    body: paragraphs(
      `One service now owns slot capacity for every region, with reservations held from basket to payment.`,
      `Followed up for six weeks after launch: watched slot-loss tickets, van fill rates and reservation expiry errors every morning.`,
    ),
    competencies: ['owning-the-outcome', 'systems-thinking', 'business-context'], tags: ['logistics', 'delivery-slots', 'launch'],
    people: [samir, hannah, kwame], links: [wiki('Slot service launch review', 'logistics/slot-service-launch')],
    metric: { name: 'van slot utilisation', value: 12, unit: '%' }, starred: true,
    impact: 'Vanished-slot tickets down by four fifths; vans leave fuller.',
  },
  {
    kind: 'feedback', scope: 'company',
    title: 'Grace on the delivery-slot business case',
    body: paragraphs(
      quote('Your business case is the first engineering proposal our finance team did not have to rewrite.', grace),
      `In the quarterly business review.`,
    ),
    competencies: ['business-context', 'technical-communication'], tags: ['finance'], people: [grace],
  },
  {
    kind: 'learning', scope: 'company',
    title: 'A week in the delivery depots',
    body: paragraphs(
      `Rode with two drivers and worked a morning shift loading vans. Slot changes after 6am force a reload of the whole van.`,
      `Brought back a cut-off rule that the slot service now enforces per depot.`,
    ),
    competencies: ['breadth', 'business-context'], tags: ['logistics', 'users'],
    impact: 'Fewer van reloads and an on-time rate the depots noticed.',
  },
  {
    kind: 'decision', scope: 'company',
    title: 'Company-wide policy for AI coding assistants',
    body: paragraphs(
      `The commerce guidelines spread informally to other departments, with local changes. Security asked for one policy.`,
      `The open question is whether to require a note on every assisted change, or only significant ones.`,
    ),
    competencies: ['quality-standards', 'strategic-influence'], tags: ['ai', 'policy', 'code-review'],
    people: [oliver, samir],
    decision: {
      options: ['Require a note on every assisted change', 'Note only significant assistance, same review bar for all code', 'No policy; teams decide'],
      choice: 'Note significant assistance only; otherwise the notes become noise and people stop reading them.',
      confidence: 65, followUp: 'awaiting',
    },
    aiAssist: 'Used an assistant to compare the policy draft with three published policies from other companies; every claim checked against the source.',
  },
  {
    kind: 'incident', scope: 'company',
    title: 'Card-testing attack: 30,000 small payment attempts in an hour',
    body: paragraphs(
      `Fraudsters used guest checkout to test stolen card numbers. Providers started declining our legitimate traffic.`,
      `Worked with Oliver to add rate limits per device and a challenge step for guest checkout within the hour; then reviewed the fix with the fraud team.`,
    ),
    competencies: ['cross-cutting-ownership', 'decisions-under-uncertainty'], tags: ['incident', 'security', 'fraud', 'payments'],
    people: [oliver, kwame], impact: 'Attack stopped within 70 minutes; approval rates recovered the same day.',
  },
  {
    kind: 'learning', scope: 'company',
    title: 'Read An Elegant Puzzle and rewrote my plan for the council',
    body: paragraphs(
      `The chapters on sizing teams and on migrations explained why our company-wide migrations stall: nobody owns the last 20%.`,
      `Proposed that every council-approved migration has a named owner for the finish, not just the start.`,
    ),
    competencies: ['strategic-influence', 'systems-thinking'], tags: ['reading', 'migrations'],
  },
  {
    kind: 'writing', scope: 'company',
    title: 'Engineering strategy memo: three bets for next year',
    impact: 'Two bets adopted in the company plan for next year.',
    body: paragraphs(
      `Samir asked the council for input to next year's plan. Wrote a four-page memo with three bets and what we would stop doing for each.`,
      list('One customer identity across Fernwood and Harvest Box', 'Slot capacity as a product for partner shops', 'Retire the order monolith'),
      `Two of the three are in the final plan.`,
    ),
    competencies: ['strategic-influence', 'business-context', 'technical-communication'], tags: ['strategy', 'planning'],
    people: [samir, lena], links: [wiki('Strategy memo', 'strategy/engineering-bets')], starred: true,
  },
  {
    kind: 'mentoring', scope: 'company',
    title: 'Ran the first staff-track cohort: six engineers from four departments',
    starred: true,
    body: paragraphs(
      `Monthly sessions on choosing problems, writing pitches and working across teams. Each engineer brings one live problem.`,
      `Asked Aiko to co-run the next cohort's sessions on incident leadership.`,
    ),
    competencies: ['mentoring', 'strategic-influence'], tags: ['mentoring', 'staff-track'], people: [aiko, lena],
    impact: 'Two cohort members have since led cross-team projects.',
  },
  {
    kind: 'writing', scope: 'industry',
    title: 'Conference talk: payment failover without double charges',
    body: paragraphs(
      `Spoke at a European payments engineering conference. Thirty minutes on provider failover, idempotency and the reconciliation we needed to trust it.`,
      `Rehearsed with the commerce teams twice; cut half the architecture slides in favour of the incident stories.`,
    ),
    competencies: ['technical-communication', 'architectural-judgment'], tags: ['conference', 'talk', 'payments'],
    people: [marta], links: [wiki('Talk slides and notes', 'talks/payment-failover-conference')], starred: true,
    impact: 'First public talk; two companies got in touch about their own failover plans.',
  },
  {
    kind: 'feedback', scope: 'industry',
    title: 'Marta, the track chair, after the talk',
    body: paragraphs(
      quote('The rare talk that admits what went wrong. People were still discussing your reconciliation slide at dinner.', marta),
      `Email after the conference; she invited me to review talks for next year.`,
    ),
    competencies: ['technical-communication'], tags: ['conference'], people: [marta],
  },
  {
    kind: 'win', scope: 'industry',
    title: 'Idempotency support merged into an open-source outbox library',
    body: paragraphs(
      `We had patched the outbox library for idempotent consumers two years ago. Cleaned it up, wrote tests and documentation, and worked with the maintainer through three review rounds.`,
      `Now released upstream; we removed our fork.`,
    ),
    competencies: ['quality-standards', 'breadth'], tags: ['open-source', 'events'],
    people: [rafael], links: [{ label: 'Upstream pull request', url: 'https://github.com/example/outbox/pull/412' }],
    impact: 'One less fork to maintain, and the fix is available to everyone using the library.', starred: true,
  },
  {
    kind: 'win', scope: 'department',
    title: 'Helped the Logistics team split the routing monolith',
    impact: 'Logistics shipped the split on their own, a quarter earlier than planned.',
    body: paragraphs(
      `Logistics wanted to split routing from dispatch and were stuck on where to cut. Ran two mapping sessions and proposed cutting along the slot-service interface.`,
      `They own the work; I review their design each fortnight.`,
    ),
    competencies: ['architectural-judgment', 'mentoring'], tags: ['architecture', 'logistics'],
  },
  {
    kind: 'decision', scope: 'company',
    title: 'Retire the order monolith by the end of next year',
    body: paragraphs(
      `The order monolith still handles invoices, returns and B2B orders. Every team touches it and releases queue behind each other.`,
      `The council asked for a firm date; I think a date without named owners for each remaining piece is wishful.`,
    ),
    competencies: ['strategic-influence', 'decisions-under-uncertainty', 'owning-the-outcome'], tags: ['migration', 'monolith', 'architecture'],
    people: [samir, lena, priya],
    decision: {
      options: ['Firm retirement date for everything', 'Firm date for invoices and returns, B2B when its new owner is hired', 'No date; migrate opportunistically'],
      choice: 'Firm date for invoices and returns with named owners; B2B follows its own plan.',
      confidence: 50, followUp: 'future',
    },
  },
  {
    kind: 'reflection', scope: 'self',
    title: 'Two years of this journal: from one team to the whole company',
    body: paragraphs(
      `Scrolling back: the first year was checkout, the second commerce, this one Fernwood and a little beyond. The scope chart says it more plainly than I could.`,
      `Gaps: I mentor less one-to-one than before, and I have not written code that shipped in two months.`,
      `Next: the promotion packet for Staff, built from these entries.`,
    ),
    competencies: ['strategic-influence', 'owning-the-outcome'], tags: ['career', 'reflection', 'staff'],
  },
  {
    kind: 'decision', scope: 'company',
    title: 'Move analytics to usage-based warehouse pricing',
    body: paragraphs(
      `Our flat data warehouse contract renews soon. Usage is spiky: heavy at month end, light otherwise.`,
      `Modelled both with Grace; usage-based is cheaper unless the new forecasting work doubles query volume, which nobody can predict yet.`,
    ),
    competencies: ['business-context', 'decisions-under-uncertainty'], tags: ['data', 'cost', 'finance'],
    people: [grace, aiko],
    decision: {
      options: ['Renew the flat contract', 'Usage-based pricing with a spending cap', 'Move to a different warehouse'],
      choice: 'Usage-based with a cap, reviewed after the first month-end close.',
      confidence: 70, followUp: 'future',
    },
  },
];


/** Short quick-capture entries, spread evenly between the longer ones of each phase. */
const teamPhaseQuick: SampleTemplate[] = [
  quick('win', 'self', 'Removed a duplicate database call on every basket update',
    `Found it in the flame graph: the basket was loaded twice per request.`,
    ['systems-thinking'], ['performance', 'checkout'], { impact: 'Every basket change is a little faster and the database does less work.', metric: { name: 'basket update time', value: -15, unit: '%' } }),
  quick('mentoring', 'team', "Walked Priya through her first production deploy",
    `She ran every step; I narrated what each dashboard should look like if things go wrong.`,
    ['mentoring'], ['deploys'], { impact: 'Priya deploys on her own now.', people: [priya] }),
  quick('learning', 'self', 'Short course on Kotlin for the Android checkout screens',
    `Enough to read the app's payment code and review the app team's changes to our API calls.`,
    ['breadth'], ['mobile', 'learning'], { impact: "Can review the app team's payment changes instead of waiting for their one payments expert." }),
  quick('win', 'team', 'Drew the payment state machine now used in every payment review',
    `Eleven states, two of which nobody could explain. We deleted one and documented the other.`,
    ['technical-communication', 'systems-thinking'], ['payments', 'docs'], { impact: 'One shared picture of payments; one state nobody could justify is gone.', people: [tomas] }),
  quick('incident', 'team', 'Paged at 2am: expired certificate on the provider sandbox',
    `Staging payments failed all night. Renewed it and added certificate-expiry alerts for every external endpoint.`,
    ['cross-cutting-ownership'], ['oncall', 'certificates'], { impact: 'No expired certificate has paged anyone since.' }),
  quick('writing', 'team', 'Wrote up how tax is calculated in checkout',
    `After a week of the same questions from three people. Two pages with worked examples for each region.`,
    ['technical-communication'], ['docs', 'tax'], { impact: 'The same questions stopped coming; support links the page directly.', links: [wiki('How checkout tax works', 'checkout/tax')] }),
  quick('feedback', 'team', 'Daniel on how I pushed back on the loyalty deadline',
    paragraphs(quote('You said no to the date and offered one we could actually hit. That is how to push back.', daniel), `After the loyalty planning meeting.`),
    ['technical-communication'], ['planning'], { people: [daniel] }),
];

const departmentPhaseQuick: SampleTemplate[] = [
  quick('learning', 'self', 'Read the first half of Observability Engineering',
    `The idea that changed my view: high-cardinality events let you ask questions you did not plan for. Our metrics only answer planned ones.`,
    ['cross-cutting-ownership'], ['reading', 'observability'], { impact: 'Changed how I designed the commerce dashboards.' }),
  quick('mentoring', 'department', "Aiko's first design doc, reviewed in three rounds",
    `Each round I asked fewer questions. The third version needed none.`,
    ['mentoring', 'technical-communication'], ['design-doc'], { impact: "Aiko's design was approved at the architecture review without changes.", people: [aiko] }),
  quick('win', 'team', "Unblocked the saved-cards release by sorting out the token migration",
    `Priya's release was stuck on moving stored tokens between providers. Arranged the bulk export with the provider's support team.`,
    ['owning-the-outcome'], ['payments', 'release'], { impact: 'Saved cards shipped on time, with every stored card carried over.', people: [priya] }),
  quick('writing', 'department', 'Reconciliation runbook for payment mismatches',
    `Step by step for when our records and the provider's disagree. Finance reviewed the wording.`,
    ['technical-communication', 'cross-cutting-ownership'], ['payments', 'runbook'],
    { impact: 'Month-end reconciliation went from two days to half a day.', people: [grace], links: [wiki('Reconciliation runbook', 'runbooks/payment-reconciliation')] }),
  quick('reflection', 'self', 'Senior feels like more talking and less typing',
    `Counted my week: 40% meetings, 25% reviews, 20% writing, 15% code. The writing is the part that lasts.`,
    ['technical-communication'], ['reflection']),
  quick('win', 'department', 'Dashboard template shared by every commerce service',
    `Same four golden signals, same layout. Any engineer can now read any commerce service's dashboard.`,
    ['cross-cutting-ownership', 'quality-standards'], ['observability', 'dashboards'], { impact: 'Faster diagnosis when an incident crosses team lines.', people: [kwame] }),
  quick('learning', 'department', 'A week embedded in the Subscriptions team',
    `Their renewal scheduler is the part of commerce I understood least. Now I understand why it fails at month end.`,
    ['breadth', 'systems-thinking'], ['subscriptions'], { impact: 'Found the month-end scheduling collision that caused two past incidents.' }),
  quick('feedback', 'team', 'Tomás on Checkout after I moved to the commerce role',
    paragraphs(quote('Reviews did not get worse when you left; you left notes on everything.', tomas), `Checkout retrospective.`),
    ['mentoring', 'technical-communication'], ['handover'], { people: [tomas] }),
  quick('decision', 'department', 'Keep Redis as the shared cache rather than adding Memcached',
    `Two teams asked for Memcached for raw speed. Our bottleneck is the network, not the cache.`,
    ['architectural-judgment', 'decisions-under-uncertainty'], ['caching', 'infrastructure'],
    {
      people: [kwame],
      decision: {
        options: ['Add Memcached for hot keys', 'Keep Redis, tune client pooling'],
        choice: 'Keep Redis and fix pooling: one system to run, and the benchmark showed pooling was the bottleneck.',
        confidence: 85, followUp: 'done',
        outcome: 'Pooling fix halved cache latency; nobody has asked for Memcached since.',
      },
    }),
  quick('mentoring', 'team', 'Mock on-call with Priya and Aiko using last month’s incidents',
    `Replayed two real incidents from the logs. Both found the cause faster than the original responders.`,
    ['mentoring', 'cross-cutting-ownership'], ['oncall', 'game-day'], { impact: 'Both joined the rotation the following month.', people: [priya, aiko] }),
  quick('incident', 'department', 'Loyalty points credited twice after an event replay',
    `Replaying lost events showed the Loyalty consumer was not idempotent. Reversed the duplicates and added the consumer to the idempotency checklist.`,
    ['systems-thinking', 'quality-standards'], ['incident', 'events', 'loyalty'], { impact: 'Every commerce consumer is now safe to replay.' }),
  quick('win', 'department', 'Idempotent-consumer checklist adopted by every event consumer',
    `Six questions each consumer must answer before it subscribes to a commerce event.`,
    ['quality-standards'], ['events', 'checklist'], { impact: 'No duplicate-processing incidents since adoption.' }),
  quick('learning', 'department', 'Finance fundamentals course for non-finance staff',
    `Margins, working capital and why our delivery fee is priced the way it is.`,
    ['business-context'], ['finance', 'learning'], { impact: 'Can now read the business cases that fund our work, not just the engineering parts.', people: [grace] }),
  quick('writing', 'team', 'Engineering blog post: how Checkout does contract testing',
    `Internal blog. Three teams have asked for help setting up the same thing since.`,
    ['technical-communication', 'quality-standards'], ['testing', 'blog'], { impact: 'Three teams adopted contract tests with our setup.', links: [wiki('Blog: contract testing', 'blog/contract-testing')] }),
  quick('win', 'department', 'Automated rotation of every payment API key',
    `Keys were rotated by hand once a year. Now every 90 days, with no downtime.`,
    ['cross-cutting-ownership'], ['security', 'payments'], { impact: 'A leaked key is now useful to an attacker for at most 90 days.', people: [oliver] }),
  quick('feedback', 'department', 'Hannah on the error-budget conversations',
    paragraphs(quote('Error budgets turned our worst argument into a five-minute check. I did not think that was possible.', hannah), `Product and engineering offsite.`),
    ['quality-standards', 'technical-communication'], ['slo', 'product'], { people: [hannah] }),
  quick('reflection', 'self', 'Where the next level of scope might be',
    `Delivery slots come up in every commerce incident review and belong to no team. That might be the next problem worth owning.`,
    ['strategic-influence', 'systems-thinking'], ['career', 'delivery-slots']),
  quick('learning', 'self', 'Had an assistant review my failover infrastructure code',
    `It flagged a missing health-check timeout; confirmed it in staging before fixing.`,
    ['quality-standards', 'cross-cutting-ownership'], ['ai', 'infrastructure'],
    { impact: 'A failover that could have hung for minutes now fails over in seconds.', aiAssist: 'Assistant reviewed the infrastructure code; the one real finding was verified in staging before the fix.' }),
  quick('mentoring', 'department', 'Talk for new joiners: how money flows through Fernwood',
    `From basket to provider to bank to supplier, in twenty minutes. Now part of engineering onboarding.`,
    ['business-context', 'technical-communication', 'mentoring'], ['onboarding', 'payments'], { impact: 'New engineers understand why payment bugs are expensive from their first week.' }),
  quick('win', 'department', 'Checkout and Orders agree on one set of order states',
    `Two teams, two meanings of "completed". Ran a session to agree one diagram, published in the schema registry.`,
    ['systems-thinking', 'technical-communication'], ['orders', 'events'], { impact: 'Ended a class of bugs where an order was complete in one service and pending in another.', people: [tomas, aiko] }),
];

const companyPhaseQuick: SampleTemplate[] = [
  quick('learning', 'company', "Read Fernwood's annual report and the latest investor update",
    `Growth targets depend on the partner-shop idea and on margins per order, not on new regions.`,
    ['business-context'], ['strategy', 'finance'], { impact: 'Reshaped the slot pitch around margin per order.' }),
  quick('win', 'company', 'Architecture council review template adopted',
    `One page: problem, options, cost, who is affected, how to undo it. Reviews now take 30 minutes instead of 90.`,
    ['quality-standards', 'strategic-influence'], ['architecture', 'process'], { impact: 'Council reviews are faster and every decision is written down the same way.' }),
  quick('mentoring', 'department', 'Aiko ran her first incident as commander',
    `I shadowed and said nothing for 40 minutes. She handled it well and wrote the best timeline of the quarter.`,
    ['mentoring'], ['incident', 'oncall'], { impact: 'One more engineer who can lead an incident.', people: [aiko] }),
  quick('writing', 'company', 'Decision record template for the whole company',
    `Adapted from the commerce template, with a section on where AI tools shaped the decision.`,
    ['technical-communication', 'quality-standards'], ['adr', 'docs'], { impact: 'Decisions across the company now record their options and provenance.', links: [wiki('Decision record template', 'engineering/adr-template')] }),
  quick('reflection', 'self', 'More leverage, less code, and I miss the code',
    `Booked one day a fortnight to pair on the slot service. Not for the output, for staying close to how it really works.`,
    ['systems-thinking'], ['reflection', 'focus']),
  quick('win', 'company', 'One on-call handbook for every engineering department',
    `Merged five departmental handbooks into one, with the department-specific parts as appendices.`,
    ['quality-standards', 'cross-cutting-ownership'], ['oncall', 'docs'], { impact: 'Engineers moving between departments know the on-call process on day one.', people: [kwame] }),
  quick('feedback', 'company', 'Lena on the architecture council',
    paragraphs(quote('Teams now ask for a council review instead of trying to avoid one. That changed while you were on it.', lena), `Mid-year review.`),
    ['strategic-influence', 'quality-standards'], ['architecture'], { people: [lena] }),
  quick('learning', 'company', 'Product discovery week for the partner-shop idea',
    `Interviewed four local shop owners with Hannah. They care about delivery windows far more than about price.`,
    ['breadth', 'business-context'], ['product', 'users'], { impact: 'Partner-shop plan now starts from delivery windows, not pricing.', people: [hannah] }),
  quick('win', 'company', 'First end-to-end trace of an order, from app tap to van',
    `Thirty-one services, one trace. Found a 2-second wait in dispatch that nobody knew about.`,
    ['systems-thinking', 'cross-cutting-ownership'], ['observability', 'tracing'], { impact: 'Removed a 2-second wait nobody had seen before.', people: [kwame] }),
  quick('mentoring', 'company', 'Office hours for engineers writing their first pitch',
    `Five engineers from three departments came in the first month; two pitches were funded.`,
    ['mentoring', 'owning-the-outcome'], ['staff-track', 'pitch'], { impact: 'Two engineer-led pitches funded in one quarter.' }),
  quick('incident', 'company', 'Harvest Box billing run failed; helped their engineer recover it',
    `Their one billing expert was on leave. Paired with their on-call over video to rerun the batch safely.`,
    ['systems-thinking', 'business-context'], ['incident', 'acquisition', 'billing'], { impact: 'Harvest Box customers were billed correctly and on time.' }),
  quick('writing', 'company', 'Quarterly engineering update for the whole company',
    `Wrote it for everyone, not just engineers: three outcomes, one failure, what is next.`,
    ['technical-communication'], ['communication'], { impact: 'Sales and operations said for the first time that they knew what engineering was doing.', people: [samir] }),
  quick('win', 'department', 'Commerce met its error budgets four quarters in a row',
    `The SLOs from two years ago, now simply how commerce works.`,
    ['quality-standards', 'cross-cutting-ownership'], ['slo', 'reliability'], { impact: 'Reliability is a habit in commerce, not a project.' }),
  quick('learning', 'industry', "Reviewed talk proposals for the payments conference",
    `Reviewed 22 proposals. Learned a lot about how other companies handle reconciliation.`,
    ['technical-communication', 'breadth'], ['conference', 'community'], { impact: "A seat on next year's programme committee.", people: [marta] }),
  quick('decision', 'company', 'Harvest Box sign-in through the Fernwood identity provider',
    `The one integration we agreed to do early. Two ways to do it.`,
    ['architectural-judgment', 'cross-cutting-ownership'], ['acquisition', 'identity', 'security'],
    {
      people: [oliver],
      decision: {
        options: ['Federate Harvest Box logins through our identity provider', 'Migrate their accounts into ours now'],
        choice: 'Federation: customers keep their accounts and we avoid a risky migration.',
        confidence: 85, followUp: 'done',
        outcome: 'Went live without a single lockout; staff now use one login for both companies.',
      },
    }),
  quick('feedback', 'department', 'Priya on stepping back from the working group',
    paragraphs(quote('You stepped back exactly when I was ready, not a month after.', priya), `After her first quarter as chair.`),
    ['mentoring'], ['sponsorship'], { people: [priya] }),
  quick('win', 'company', 'Replaced four regional feature-flag tools with one',
    `Fewer tools, one audit trail, and flags that work the same in every region.`,
    ['cross-cutting-ownership'], ['feature-flags', 'tech-debt'], { impact: 'One licence instead of four, and one place to audit flag changes.' }),
  quick('learning', 'self', 'Practised explaining the slot service in sixty seconds',
    `Tried it on my neighbour, a nurse. Second attempt worked: "it keeps your delivery time from vanishing".`,
    ['technical-communication'], ['communication'], { impact: 'Used the same line in the leadership update.' }),
  quick('mentoring', 'company', "Helped finance write requirements for a pricing experiment",
    `Grace's team knew what they wanted to learn but not how to ask for it. Turned it into a testable experiment together.`,
    ['breadth', 'business-context'], ['experiments', 'finance'], { impact: 'Finance ran its first controlled pricing experiment.', people: [grace] }),
  quick('win', 'company', 'Security champions: one engineer per team',
    `Proposed it with Oliver; 18 teams have a champion who meets monthly.`,
    ['cross-cutting-ownership', 'strategic-influence'], ['security'], { impact: 'Security findings are fixed by teams in weeks instead of months.', people: [oliver] }),
  quick('reflection', 'self', 'What I am still avoiding: disagreeing with Samir in public',
    `I agree in the room and write my doubts afterwards. Next council: say it in the room.`,
    ['strategic-influence'], ['reflection']),
  quick('win', 'company', 'Substitution rules moved into the slot service',
    `Substitutions now respect what fits in the van. Fewer failed deliveries.`,
    ['systems-thinking', 'business-context'], ['logistics', 'delivery-slots'],
    { impact: 'Fewer failed deliveries and happier drivers.', metric: { name: 'failed deliveries', value: -9, unit: '%' } }),
  quick('learning', 'company', 'Used an assistant to summarise 200 support tickets about substitutions',
    `Top theme: customers want to approve substitutions, not just be told.`,
    ['breadth', 'business-context'], ['ai', 'support', 'users'],
    { impact: 'Substitution approval is now on the product roadmap.', aiAssist: 'Assistant grouped the tickets into themes; I read 30 tickets by hand to check the grouping before sharing it.' }),
];

/** `extras` placed evenly between the items of `main`, which keeps its first and last item in place. */
function interleave(main: readonly SampleTemplate[], extras: readonly SampleTemplate[]): SampleTemplate[] {
  const result: SampleTemplate[] = [];
  let next = 0;
  main.forEach((item, index) => {
    result.push(item);
    while (next < extras.length && index < main.length - 1 && Math.floor(((next + 1) * main.length) / (extras.length + 1)) <= index) {
      const extra = extras[next];
      if (extra) result.push(extra);
      next += 1;
    }
  });
  return result;
}

/** The three phases in story order: team, department, company. */
export const samplePhases: readonly (readonly SampleTemplate[])[] = [
  interleave(teamPhase, teamPhaseQuick),
  interleave(departmentPhase, departmentPhaseQuick),
  interleave(companyPhase, companyPhaseQuick),
];
