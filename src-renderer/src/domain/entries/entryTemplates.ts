import type { EntryKind, Framework } from '../types';

export interface EntryTemplate {
  /** A short Markdown skeleton: headings with one hint line each. */
  body: string;
  /** Questions shown beside the editor while writing this kind of entry. */
  prompts: string[];
}

/** Headings and their hint lines, turned into Markdown by `skeleton`. */
type Section = readonly [heading: string, hint: string];

function skeleton(sections: readonly Section[]): string {
  return sections.map(([heading, hint]) => `## ${heading}\n\n${hint}\n`).join('\n');
}

const templates: Record<EntryKind, EntryTemplate> = {
  win: {
    body: skeleton([
      ['What changed', 'What shipped, got fixed or got better?'],
      ['My part', 'What did you do yourself, and what did you lead or unblock?'],
      ['Evidence', 'A number, a quote or a link that shows the effect.'],
    ]),
    prompts: [
      'Who benefits from this, and how would they describe it?',
      'What would have happened if you had not done it?',
      'Can you put a number on the effect?',
    ],
  },
  decision: {
    body: skeleton([
      ['Context', 'What needed deciding, and why now?'],
      ['Options considered', 'Two to four options, with their main trade-off.'],
      ['Why this choice', 'What tipped it, and what you gave up.'],
      ['What would change my mind', 'The signal that would make you revisit this.'],
    ]),
    prompts: [
      'What did you not know when you decided?',
      'How easy is this to reverse?',
      'When should you look back at it to see how it turned out?',
    ],
  },
  feedback: {
    body: [
      '> "Their words, as close to verbatim as you can." — Who said it',
      '',
      '## Context',
      '',
      'What was it about, and where was it said?',
      '',
      '## What I take from it',
      '',
      'What to keep doing, or what to change.',
      '',
    ].join('\n'),
    prompts: ['What exactly did they say?', 'Which piece of work was it about?', 'Does it confirm a strength or point at a gap?'],
  },
  mentoring: {
    body: skeleton([
      ['Who and what', 'Who you helped, and with what.'],
      ['How', 'Pairing, review, a session, a doc?'],
      ['What they can do now', 'The change in them, not in the code.'],
    ]),
    prompts: [
      'What can they now do without you?',
      'Did you let them drive, or did you take over?',
      'Could this help become a guide for others?',
    ],
  },
  learning: {
    body: skeleton([
      ['What I learned', 'The skill, book, course or domain.'],
      ['Why it matters', 'The problem it helps with.'],
      ['Where I used it', 'The first place you applied it, or plan to.'],
    ]),
    prompts: ['What do you understand now that you did not before?', 'Where will you apply it first?', 'Who else should know about it?'],
  },
  incident: {
    body: skeleton([
      ['What happened', 'Timeline and impact, briefly.'],
      ['My part', 'What you did during and after.'],
      ['What we changed', 'The fix, and what stops it happening again.'],
    ]),
    prompts: [
      'How did you find out, and could you have found out sooner?',
      'What was the root cause behind the trigger?',
      'Which change outlasts the incident?',
    ],
  },
  writing: {
    body: skeleton([
      ['What I wrote', 'Design doc, RFC, post-mortem, talk or post: link it.'],
      ['Audience and purpose', 'Who it was for, and what it needed to decide or explain.'],
      ['What it changed', 'The decision, shift or conversation it led to.'],
    ]),
    prompts: [
      'Did it inform a decision, or justify one already made?',
      'What did readers push back on?',
      'Would a non-engineer understand the main point?',
    ],
  },
  reflection: {
    body: skeleton([
      ['Where I am', 'What is going well, and what is not.'],
      ['What I notice', 'A pattern in how you work or where your scope is going.'],
      ['Next', 'One thing to try or change.'],
    ]),
    prompts: [
      'Whose problems were you solving lately: your own, your team\u2019s, or the company\u2019s?',
      'What are you avoiding?',
      'What would you like to be true in three months?',
    ],
  },
};

/** The Markdown skeleton and side prompts for a new entry of `kind`. Returns fresh copies. */
export function entryTemplate(kind: EntryKind): EntryTemplate {
  const template = templates[kind];
  return { body: template.body, prompts: [...template.prompts] };
}

/**
 * The reflection prompts of the chosen competencies, in the order the ids are given. Unknown ids
 * are skipped and a prompt shared by two competencies appears once.
 */
export function competencyPrompts(framework: Framework, competencyIds: readonly string[]): string[] {
  const prompts: string[] = [];
  for (const id of competencyIds) {
    const competency = framework.competencies.find((candidate) => candidate.id === id);
    for (const prompt of competency?.prompts ?? []) {
      if (!prompts.includes(prompt)) prompts.push(prompt);
    }
  }
  return prompts;
}
