// @ts-check
/**
 * The sentences of the benchmark's generated entries (generate.mjs): templates whose `{service}`,
 * `{team}`, `{person}`, `{adj}`, `{noun}`, `{verb}`, `{Verb}`, `{metric}`, `{n}`, `{optionA}` and
 * `{optionB}` the generator fills with words of vocabulary.mjs.
 */

export const titleTemplates = {
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
export const sentenceTemplates = [
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
export const openers = [
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
export const subjects = ['I', 'we', 'the {team} team', '{person} and I', 'our group', 'the working group', 'the two of us'];
export const predicates = [
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
export const closers = [
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
export const bulletTemplates = [
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
export const impactTemplates = [
  '{metric} down {n}% for the {service}',
  'The {team} team no longer gets paged for the {noun}',
  'Saved roughly {n} engineer-hours a month',
  'Unblocked the payments launch by two weeks',
  '{person} now owns the {noun} on their own',
  'The department adopted the {noun} as a standard',
];
