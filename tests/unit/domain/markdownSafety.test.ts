import { describe, expect, it } from 'vitest';
import { assessMarkdown, markdownLimits } from '../../../src-renderer/src/domain/markdownSafety';

const bodyLimit = 200_000;

/** The bodies that froze or crashed the app (issue 18), and others that recurse or go quadratic. */
const hostileBodies: Record<string, string> = {
  'block quotes': `${'>'.repeat(3_000)} x`,
  'block quotes to the limit': `${'>'.repeat(199_000)} x`,
  'block quotes with spaces': `${'> '.repeat(1_000)}x`,
  'bullet lists': `${'- '.repeat(1_000)}x`,
  'ordered lists': `${'1. '.repeat(1_000)}x`,
  'quotes in lists': `${'> - '.repeat(500)}x`,
  'lists by indentation': Array.from({ length: 400 }, (_, level) => `${'  '.repeat(level)}- x`).join('\n'),
  'strong emphasis': `${'*'.repeat(5_000)}x${'*'.repeat(5_000)}`,
  'strong emphasis to the limit': `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}`,
  underscores: `${'_'.repeat(5_000)}x${'_'.repeat(5_000)}`,
  'alternating emphasis': `${'*_'.repeat(2_000)}x${'_*'.repeat(2_000)}`,
  'emphasis across lines': `${'*a\n'.repeat(2_000)}${'a*\n'.repeat(2_000)}`,
  'strikethrough and emphasis': `${'~*'.repeat(2_000)}x${'*~'.repeat(2_000)}`,
  brackets: `${'['.repeat(99_000)}x${']'.repeat(99_000)}`,
  'nested images': `${'!['.repeat(5_000)}x${'](a)'.repeat(5_000)}`,
  'closers without openers': 'a* '.repeat(66_000),
  'label ends without starts': 'a]'.repeat(99_000),
  references: '[a]'.repeat(66_000),
  'footnote calls': '[^a]\n'.repeat(39_000),
  'code spans of growing length': Array.from({ length: 600 }, (_, index) => '`'.repeat(index + 1)).join('a'),
  'list items': '- a\n'.repeat(49_000),
  'table cells': `${'|a'.repeat(49_000)}|\n${'|-'.repeat(49_000)}|`,
  lines: 'a\n'.repeat(99_000),
};

describe('what Markdown can be formatted safely', () => {
  it('formats the Markdown a journal is written in', () => {
    const ordinary = [
      '# Shipped the migration',
      '',
      'We moved **every** table with _no_ downtime, ***really***. See [the runbook](https://example.com/run) and `pg_dump`.',
      '',
      '- first',
      '  - nested',
      '    1. deep',
      '       > a quote in a list',
      '',
      '> > A reply to a reply — Ann',
      '',
      '| step | time |',
      '| ---- | ---- |',
      '| copy | 2 h  |',
      '',
      '```ts',
      'const total = a * b * c; // ********',
      'function snake_case_name(value_one: number) {}',
      '```',
      '',
      '***',
      '- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -',
      'password: ****************************************',
      '~~gone~~ and ![diagram](x.png)',
    ].join('\n');
    expect(assessMarkdown(ordinary)).toEqual({ isFormattable: true });
    expect(assessMarkdown('')).toEqual({ isFormattable: true });
  });

  it('formats nesting up to the limit and refuses it beyond', () => {
    const depth = markdownLimits.nesting;
    expect(assessMarkdown(`${'>'.repeat(depth)} x`).isFormattable).toBe(true);
    expect(assessMarkdown(`${'>'.repeat(depth + 1)} x`)).toEqual({ isFormattable: false, reason: 'nesting' });
    expect(assessMarkdown(`${'*'.repeat(depth)}x${'*'.repeat(depth)}`).isFormattable).toBe(true);
    expect(assessMarkdown(`${'*'.repeat(depth + 1)}x${'*'.repeat(depth + 1)}`)).toEqual({ isFormattable: false, reason: 'nesting' });
    expect(assessMarkdown(`${'['.repeat(depth + 1)}x${']'.repeat(depth + 1)}`)).toEqual({ isFormattable: false, reason: 'nesting' });
  });

  it('starts counting emphasis again after a blank line, as the parser does', () => {
    const paragraphs = Array.from({ length: 100 }, () => '*open but never closed').join('\n\n');
    expect(assessMarkdown(paragraphs).isFormattable).toBe(true);
    expect(assessMarkdown(paragraphs.replaceAll('\n\n', '\n')).isFormattable).toBe(false);
  });

  it('refuses text with more formatting than can be shown quickly', () => {
    // A list item costs one unit for its line and four for its block.
    expect(assessMarkdown('- a\n'.repeat(Math.floor(markdownLimits.work / 5) - 10)).isFormattable).toBe(true);
    expect(assessMarkdown('- a\n'.repeat(markdownLimits.work / 5 + 10))).toEqual({ isFormattable: false, reason: 'size' });
  });

  it.each(Object.entries(hostileBodies))('refuses %s', (_name, body) => {
    expect(body.length).toBeLessThanOrEqual(bodyLimit);
    expect(assessMarkdown(body).isFormattable).toBe(false);
  });

  it('formats 25 KB of prose, and refuses a body of prose at the limit as too large', () => {
    const paragraph = `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8)}\n\n`;
    expect(assessMarkdown(paragraph.repeat(55)).isFormattable).toBe(true);
    expect(assessMarkdown(paragraph.repeat(400).slice(0, bodyLimit))).toEqual({ isFormattable: false, reason: 'size' });
  });
});
