import type { EntryKind, ScopeLevelId } from '../types';

/** A phrase that says outright how far the work reached, or what kind of entry it is. */
export interface Cue<Label extends string> {
  label: Label;
  /** The words as the user wrote them ("across three teams"). */
  phrase: string;
}

interface CueRule<Label extends string> {
  label: Label;
  pattern: RegExp;
}

const counted = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|\d+)`;

/**
 * Scope cues, widest first: the first rule that matches wins, so "an open-source library used
 * company-wide" reaches Industry. Only phrases that name the reach itself: "the team" is in entries
 * of every scope, "across three teams" is not. (A cue-free entry is left to the learned model.)
 */
const scopeRules: readonly CueRule<ScopeLevelId>[] = [
  {
    label: 'industry',
    pattern:
      /\b(open[- ]?source(?:d)?|conferences?|meetups?|keynote|podcast|upstream(?:ed)?|the (?:wider )?community|(?:the|our|whole) industry|public talk|outside the company)\b/i,
  },
  {
    label: 'company',
    pattern: new RegExp(
      String.raw`\b(company[- ]wide|whole company|across the company|entire company|every (?:engineering )?department|all (?:engineering )?departments|${counted} departments|leadership team|executives?|the board|ceo|cto|company plan|company strategy|acquisition)\b`,
      'i',
    ),
  },
  {
    label: 'department',
    pattern: new RegExp(
      String.raw`\b(across ${counted} teams|(?:cross|multi)[- ]team|other teams|several teams|department|org[- ]wide|organi[sz]ation|guild|working group)\b`,
      'i',
    ),
  },
];

/**
 * Kind cues: words that name the kind of entry itself. The learned model handles the rest; a cue
 * only settles an entry that says plainly what it is.
 */
const kindRules: readonly CueRule<EntryKind>[] = [
  { label: 'incident', pattern: /\b(outage|incident|went down|post-?mortem|on-?call page|paged|sev[- ]?[0-3]|rollback|rolled back)\b/i },
  {
    label: 'mentoring',
    pattern:
      /\b(mentor(?:ed|ing)?|mentee|pair(?:ed|ing) with|onboard(?:ed|ing)|coach(?:ed|ing)|new hire|her first|his first|their first)\b/i,
  },
  { label: 'feedback', pattern: /\b(feedback|(?:said|told me|wrote to me|praised)|kudos|shout-?out)\b/i },
  { label: 'decision', pattern: /\b(decided|decision|we chose|i chose|trade-?off|options considered|instead of)\b/i },
  { label: 'writing', pattern: /\b(wrote|design doc|rfc|blog post|runbook|guide|write-?up|talk)\b/i },
  { label: 'learning', pattern: /\b(learn(?:ed|ing|t)|course|read (?:the|a)|book|workshop|studied|tutorial)\b/i },
];

function firstCue<Label extends string>(rules: readonly CueRule<Label>[], text: string): Cue<Label> | null {
  for (const rule of rules) {
    const match = rule.pattern.exec(text);
    if (match) return { label: rule.label, phrase: match[0] };
  }
  return null;
}

/** The widest scope the text names outright, with its phrase; null when it names none. */
export function scopeCue(text: string): Cue<ScopeLevelId> | null {
  return firstCue(scopeRules, text);
}

/** Every kind the text names outright, each with its first phrase, in the rules' order. */
export function kindCues(text: string): Cue<EntryKind>[] {
  return kindRules.flatMap((rule) => {
    const match = rule.pattern.exec(text);
    return match ? [{ label: rule.label, phrase: match[0] }] : [];
  });
}
