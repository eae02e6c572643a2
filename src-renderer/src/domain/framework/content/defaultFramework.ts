import type { Competency, Framework } from '../../types';

/**
 * The default Senior Engineer framework. The facts come from the seed documents (a senior engineer
 * growth guide and two essays on the senior mindset); every sentence is our own wording. Users can
 * edit it or replace it with their company's ladder, so this is data, not behaviour.
 */
const competencies: Competency[] = [
  {
    id: 'architectural-judgment',
    name: 'Architectural judgment',
    description:
      'Choices about structure outlive the sprint that made them, so a senior engineer weighs them across the whole system rather than one component at a time. That means treating qualities such as scale, operability and security as first-class requirements next to the features, and knowing which trade-off is being bought with which cost.',
    behaviours: [
      'Compares two or more designs against the non-functional requirements before committing to one.',
      'Names what a design makes hard later, not only what it makes easy now.',
      'Asks an AI assistant for several alternative designs given the real constraints, then tests each one against load, failure and security needs instead of taking the first answer.',
      'Steps back from a stream of bug reports to spot a structural cause, and argues for the larger fix when patching would only hide it.',
    ],
    prompts: [
      'Which trade-off did you weigh at the system level this quarter, and what made you choose?',
      'Where did a non-functional need (scale, operability, security) change a design you worked on?',
      'Which repeated problem did you trace back to its structural cause?',
      'What design choice of yours will still be in the codebase in two years, and why are you comfortable with it?',
    ],
  },
  {
    id: 'cross-cutting-ownership',
    name: 'Cross-cutting ownership',
    description:
      'Some concerns belong to every team and therefore to no team in particular: technical debt, security, performance and observability. Owning them takes enough depth to do the work and enough influence to make other teams want to do it too, so that the concern keeps improving after you stop pushing.',
    behaviours: [
      'Picks up an orphaned concern (alerting, latency budgets, dependency upgrades) and gives it an owner and a plan.',
      'Makes the case for paying down technical debt in terms other teams and managers care about.',
      'Holds AI-generated code to the same production bar as hand-written code: how it fails, what it logs, whether it is secure, fast and testable.',
      'Tries AI tools on incident investigation (logs, traces, error messages) and records how often they point to the right hypothesis.',
    ],
    prompts: [
      'Which concern that no team owned did you take on, and what is different now?',
      'How did you get another team to care about performance, security or observability?',
      'What technical debt did you retire, and how did you justify the time?',
      'Where did you find a problem before users did, and what made it visible?',
    ],
  },
  {
    id: 'mentoring',
    name: 'Mentoring and growing others',
    description:
      "A senior engineer's reach multiplies through the people around them. Regular mentoring, reviews that teach rather than only approve, and deliberate sharing of knowledge let their impact grow beyond what they could build alone, and the proof is that colleagues get visibly better.",
    behaviours: [
      'Holds regular mentoring sessions with agreed goals and checks progress against them.',
      'Writes code review comments that explain the reasoning, so the author can apply it next time.',
      'Pairs without taking over the keyboard, letting the other person drive to the answer.',
      'Turns a one-off explanation into a guide, talk or onboarding page others can reuse.',
    ],
    prompts: [
      'Who is better at something this quarter because of time you invested in them?',
      'Which review comment or pairing session do you think taught the most, and why?',
      'What knowledge did you take out of your head and put somewhere others can find it?',
      'Whose growth did you sponsor by handing them work you could have done yourself?',
    ],
  },
  {
    id: 'technical-communication',
    name: 'Technical communication',
    description:
      'Explaining a hard technical subject to people outside engineering without flattening it into something untrue is a core senior skill. So is writing design documents that help a group reach a decision, rather than defending one already taken, and being the engineer who speaks for the technical side in cross-functional meetings.',
    behaviours: [
      'Writes design docs and RFCs that lay out options openly before recommending one.',
      'Walks a product manager or executive through a design choice in terms of risk, cost and time.',
      'Pushes back on a deadline with evidence while keeping the working relationship intact.',
      'Records where AI tools shaped a design, so future readers know how the decision was reached.',
    ],
    prompts: [
      'What did you explain to a non-technical audience, and how did you know it landed?',
      'Which document you wrote changed what a group decided?',
      'When did you disagree with a plan or deadline, and how did you say it?',
      'Which cross-functional conversation were you the technical voice in?',
    ],
  },
  {
    id: 'quality-standards',
    name: 'Setting quality standards',
    description:
      'Seniors shape what the team considers good work: in code, in tests, in readiness for production and in the way work flows. They do it mostly by example and discussion, building norms the team holds for itself, and only occasionally by saying no.',
    behaviours: [
      'Proposes a shared definition of done, testing bar or launch checklist and gets the team to adopt it.',
      'Leads a team agreement on where AI coding tools help, where human judgment must lead, and how their output is reviewed.',
      'Models the standard in their own changes before asking others to meet it.',
      'Pushes back, with reasons, when a change would lower the bar the team agreed on.',
    ],
    prompts: [
      'Which team norm exists now that did not before, and what was your part in it?',
      'Where did you hold the line on quality, and what did it cost or save?',
      'How did the team decide what AI-assisted code needs before it can merge?',
      'What does "ready for production" mean on your team, and who wrote that down?',
    ],
  },
  {
    id: 'systems-thinking',
    name: 'Systems thinking',
    description:
      'Optimising a single function means little if it moves the bottleneck somewhere else. Systems thinking is seeing the whole flow: how code meets databases, networks, other services and the people who run them, and where a change in one place will be felt in another. As assistants take over more routine coding, this wider view matters for engineers at every level.',
    behaviours: [
      'Maps an end-to-end workflow before changing one part of it.',
      'Predicts second-order effects of a change on neighbouring services and teams.',
      'Measures the whole path (queue, database, network) rather than only the code they own.',
      'Includes the humans in the system (on-call, support, operations) when reasoning about a change.',
    ],
    prompts: [
      'Where did improving one part risk hurting another, and how did you spot it?',
      'Which end-to-end flow do you understand better now than you did three months ago?',
      'What effect of a change surprised you, and what did it teach you about the system?',
      'Which people or teams did you include in the picture that a narrower view would have missed?',
    ],
  },
  {
    id: 'business-context',
    name: 'Business context',
    description:
      'Technical skill gets an engineer through the door; understanding how the company makes money, how it is funded, what it is buying or selling and what keeps it profitable is what lets them point that skill at the right target. It also covers turning a loosely stated business problem into a working technical design that delivers real value.',
    behaviours: [
      'Connects a technical proposal to revenue, cost, risk or customer retention in numbers.',
      'Turns a vague business need into a concrete technical plan with clear milestones.',
      'Follows company results, funding and strategy, and adjusts priorities when they shift.',
      'Asks product and finance partners what a feature is worth before estimating it.',
    ],
    prompts: [
      'How did your work this quarter connect to revenue, cost or risk for the company?',
      'Which business problem did you translate into a technical plan?',
      'What changed in the company (strategy, funding, a deal, a market) that changed your priorities?',
      'Which piece of work did you stop or shrink because it was not worth its cost?',
    ],
  },
  {
    id: 'strategic-influence',
    name: 'Strategic influence',
    description:
      'At some point the biggest lever is no longer how well you implement but which problems get chosen in the first place. Strategic influence is earning a place where those choices are made, bringing the technical view into them, and looking past your own team to what the whole organisation and the wider field need.',
    behaviours: [
      'Is invited to planning or roadmap discussions and changes what ends up on the list.',
      'Proposes a problem worth solving that no one had put forward.',
      'Frames team work in terms of organisation-wide goals rather than local ones.',
      'Keeps up with how AI coding tools are evolving and advises the team on what to rely on.',
    ],
    prompts: [
      'Which decision about what to work on did you influence, and how?',
      'In which room were you present this quarter that you would not have been a year ago?',
      'What problem did you put on the agenda that would otherwise have been missed?',
      'How does your current work serve the organisation beyond your team?',
    ],
  },
  {
    id: 'owning-the-outcome',
    name: 'Owning the outcome',
    description:
      'Responsibility does not end when a pull request merges; it ends when the work delivers the value it promised. Owning the outcome means finding the problem, making the case for it to the people who fund it, leading it through delivery, and then watching metrics, error logs and user reactions afterwards to confirm it worked.',
    behaviours: [
      'Identifies a problem, writes the pitch and secures time or people to tackle it.',
      'Leads a piece of work end to end across teams without being assigned to.',
      'Checks production metrics and error logs in the weeks after a launch and acts on what they show.',
      'Goes back to users or stakeholders after shipping to learn whether the problem is solved.',
    ],
    prompts: [
      'What did you pitch this quarter, and what happened to the pitch?',
      'Which launch did you follow up on after shipping, and what did the numbers say?',
      'What did you lead from start to finish without anyone assigning it to you?',
      'Where did you find out that something you shipped was not yet delivering value?',
    ],
  },
  {
    id: 'decisions-under-uncertainty',
    name: 'Decisions with incomplete information',
    description:
      'Complete information rarely arrives in time. Good senior engineers decide once they have most of what matters (something like seventy percent of it), because waiting for certainty costs the opportunity. They keep the decision cheap to revisit, building so that the design can bend once the missing facts show up.',
    behaviours: [
      'Makes a call with a stated confidence and a date to revisit it.',
      'Separates reversible decisions from irreversible ones and moves faster on the former.',
      'Designs for change (flags, seams, migrations) where the facts are still unknown.',
      'Comes back to past decisions and records what actually happened.',
    ],
    prompts: [
      'Which decision did you make before you had all the facts, and how confident were you?',
      'What did you build to keep a decision easy to reverse?',
      'Which earlier decision have you now seen play out, and what did you learn?',
      'Where did waiting for more data cost more than deciding would have?',
    ],
  },
  {
    id: 'breadth',
    name: 'Breadth across disciplines',
    description:
      'The most effective engineers increasingly combine several crafts: product sense, infrastructure, design and empathy for users. Breadth lets them understand pain points across a team, help specialists work together and put good systems in place, which matters more than being the single deepest expert in one corner, especially as assistants cover more specialised coding.',
    behaviours: [
      'Works credibly outside their home area (frontend, data, infrastructure, design) when the problem needs it.',
      'Spends time with support, sales or users to understand their side first-hand.',
      'Brings together specialists from different disciplines to solve a shared problem.',
      'Learns enough of a neighbouring field to ask its experts good questions.',
    ],
    prompts: [
      'Which discipline outside your usual one did you work in this quarter?',
      'What did you learn from users, support or product that changed how you built something?',
      'Which collaboration between specialists did you make easier?',
      'What new area did you learn enough about to have an informed opinion?',
    ],
  },
];

/** The framework shipped with the app: 11 competencies of a senior software engineer. */
export const defaultFramework: Framework = {
  id: 'senior-engineer',
  name: 'Senior Engineer',
  competencies,
  updatedAt: '2026-01-01T00:00:00.000Z',
};
