import { describe, expect, it } from 'vitest';
import { createNameMatcher, findNames, type FoundName } from '../../../../src-renderer/src/domain/coach/names';

/** The names found in `texts`, as "key" (ticked) or "key?" (listed unticked). */
function found(texts: string[], options: Parameters<typeof findNames>[1] = {}): string[] {
  return findNames(texts, options).map((name) => (name.isTickedByDefault ? name.key : `${name.key}?`));
}

function byKey(names: readonly FoundName[], key: string): FoundName | undefined {
  return names.find((name) => name.key === key);
}

describe('findNames', () => {
  it('finds people from each source: People fields, proper nouns, emails and @mentions', () => {
    const names = findNames(
      [
        'Paired with Dana Whitfield on the rollout.',
        'cc’d kwame.mensah@fernwood.example and asked @priya.raman to check the canary.',
        'Grace Liu reviewed it.',
      ],
      { people: ['Grace Liu', 'Oliver Grant'] },
    );
    expect(names.map((name) => [name.key, name.sources])).toEqual([
      ['Dana Whitfield', ['proper noun']],
      ['Grace Liu', ['people', 'proper noun']],
      ['Kwame Mensah', ['email']],
      ['Priya Raman', ['mention']],
    ]);
    expect(byKey(names, 'Kwame Mensah')?.forms).toEqual(expect.arrayContaining(['kwame.mensah@fernwood.example', 'Kwame', 'Mensah']));
    expect(names.every((name) => name.isTickedByDefault)).toBe(true);
  });

  it('ignores role mailboxes, group handles and scoped packages', () => {
    expect(found(['Sent it to oncall@fernwood.example, @platform-oncall and @checkout-team; upgraded @types/node.'])).toEqual([]);
  });

  it('tells the names that are words from the words: Will, Mark, Grace, May', () => {
    expect(found(['Will we ship before the March freeze?', 'Mark the ticket as blocked.', 'The grace period ends in May.'])).toEqual([]);
    expect(found(['Will reviewed the Terraform change.'])).toEqual(['Will']);
    expect(found(['Asked May Lin about the tokens.'])).toEqual(['May Lin']);
    expect(found(['Grace took over the rotation; Mark Ellison helped.'])).toEqual(['Grace', 'Mark Ellison']);
  });

  it('never ticks months, weekdays, products, acronyms, teams or the word that begins a sentence', () => {
    const texts = [
      'On Friday the Kubernetes upgrade went out; Postgres and Kafka stayed up.',
      'The SRE team wrote an API guide for the Platform team in March.',
      'Reviewed the Checkout dashboards with our VP of Engineering.',
    ];
    expect(findNames(texts).filter((name) => name.isTickedByDefault)).toEqual([]);
  });

  it('lists an unknown capitalised word unticked, and ticks it where something says a person is meant', () => {
    expect(found(['Met the team at the Tidewater office.'])).toEqual(['Tidewater?']);
    expect(found(['Thandiwe asked great questions; thanks to Oyelaran for the review.'])).toEqual(['Oyelaran', 'Thandiwe']);
    // A word read as a company anywhere is ticked nowhere.
    expect(found(['How money flows through Fernwood.', "Read Fernwood's annual report."])).toEqual(['Fernwood?']);
  });

  it('keeps particles and surnames that are also words, possessives and hyphens', () => {
    const names = findNames(['Carlos de la Cruz and Min-jun Park approved.', "Siobhan O'Brien's keynote."]);
    expect(names.map((name) => name.key).sort()).toEqual(['Carlos de la Cruz', 'Min-jun Park', "Siobhan O'Brien"]);
    expect(byKey(names, 'Carlos de la Cruz')?.forms).toEqual(['Carlos de la Cruz', 'Carlos', 'Cruz', 'de la Cruz']);
  });

  it('gives a first name alone to the one full name it belongs to, and lists it apart when two share it', () => {
    expect(found(['Dana Whitfield led it.', 'Dana wrote the runbook.'])).toEqual(['Dana Whitfield']);
    const shared = findNames(['Dana Whitfield and Dana Cho led it.', 'Dana wrote the runbook.']);
    expect(shared.map((name) => [name.key, name.forms, name.count])).toEqual([
      ['Dana', ['Dana'], 1],
      ['Dana Cho', ['Dana Cho', 'Cho'], 1],
      ['Dana Whitfield', ['Dana Whitfield', 'Whitfield'], 1],
    ]);
  });

  it('never lists the names to keep (the author), in any form', () => {
    expect(found(['Maya Okafor and Dana Whitfield shipped it. Maya wrote the doc.'], { keep: ['Maya Okafor'] })).toEqual([
      'Dana Whitfield',
    ]);
  });

  it('counts every occurrence and shows the first in context, as plain text', () => {
    const [dana] = findNames(['A <b>long</b> preface that goes on and on before we reach the point: Dana’s plan worked.', 'Dana agreed.']);
    expect(dana).toMatchObject({ key: 'Dana', count: 2 });
    expect(dana?.example).toEqual({ before: '…on and on before we reach the point: ', match: 'Dana’s', after: ' plan worked.' });
  });

  it('lists an added name even where it does not occur, ticked only by the user’s choice', () => {
    expect(findNames(['Nothing here.'], { added: ['Zed Nobody'] })).toEqual([
      { key: 'Zed Nobody', forms: ['Zed Nobody', 'Zed', 'Nobody'], sources: ['added'], count: 0, example: null, isTickedByDefault: false },
    ]);
  });
});

describe('createNameMatcher', () => {
  const match = (text: string, people: { key: string; forms: string[] }[]) =>
    createNameMatcher(people)(text).map((occurrence) => text.slice(occurrence.start, occurrence.end));

  it('matches every form, possessives included, longest first, whole words and case-sensitively', () => {
    const dana = { key: 'Dana Whitfield', forms: ['Dana Whitfield', 'Dana', 'Whitfield', 'dana@x.example'] };
    expect(match('Dana Whitfield, Dana’s doc, Whitfield; DANA@X.EXAMPLE; Danaher, dana.', [dana])).toEqual([
      'Dana Whitfield',
      'Dana’s',
      'Whitfield',
      'DANA@X.EXAMPLE',
    ]);
  });

  it('skips a word-name where it is used as a word', () => {
    const will = { key: 'Will Turner', forms: ['Will Turner', 'Will', 'Turner'] };
    expect(match('Will we ship? Ask Will. Will reviewed it.', [will])).toEqual(['Will', 'Will']);
    const may = { key: 'May Lin', forms: ['May Lin', 'May'] };
    expect(match('Due in May; May 14 too. May said yes.', [may])).toEqual(['May']);
  });
});
