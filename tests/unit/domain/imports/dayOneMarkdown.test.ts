import { describe, expect, it } from 'vitest';
import { cleanDayOneMarkdown, dayOneTitle } from '../../../../src-renderer/src/domain/imports/dayOneMarkdown';

function cleaned(text: string): string {
  return cleanDayOneMarkdown(text).markdown;
}

describe('Day One Markdown', () => {
  it('drops escapes Markdown does not need', () => {
    expect(cleaned('Done\\! v1\\.2 \\(p95\\) a \\- b \\+1 \\#3 \\{x\\} 5 \\* 3 snake\\_case')).toBe(
      'Done! v1.2 (p95) a - b +1 #3 {x} 5 * 3 snake_case',
    );
  });

  it('keeps escapes that stop text from becoming markup', () => {
    const cases: [string, string][] = [
      ['1\\. Not a list', '1\\. Not a list'],
      ['\\- Not a list', '\\- Not a list'],
      ['\\# Not a heading', '\\# Not a heading'],
      ['\\> Not a quote', '\\> Not a quote'],
      ['\\*not emphasis\\*', '\\*not emphasis\\*'],
      ['\\_not emphasis\\_', '\\_not emphasis\\_'],
      ['\\[not a link\\]', '\\[not a link\\]'],
      ['\\![not an image](x)', '\\![not an image](x)'],
      ['[label]\\(not a link\\)', '[label]\\(not a link)'],
      ['\\`not code\\`', '\\`not code\\`'],
      ['a \\\\. backslash', 'a \\\\. backslash'],
    ];
    for (const [text, expected] of cases) expect(cleaned(text)).toBe(expected);
  });

  it('leaves code spans and fenced code as written', () => {
    expect(cleaned('Run `ls \\.` now\\.')).toBe('Run `ls \\.` now.');
    expect(cleaned('```\nconst a = "\\.";\n```\nAfter\\.')).toBe('```\nconst a = "\\.";\n```\nAfter.');
    expect(cleaned('`` a ` \\. `` b\\. ``` c\\.')).toBe('`` a ` \\. `` b. ``` c.');
  });

  it('removes Day One media and counts it, and turns links into Day One into their labels', () => {
    const text =
      'Intro\n\n![](dayone-moment://ABC)\n\n![](dayone-moment:/video/DEF)\n\nSee [the retro](dayone2://view?entryId=123) and ![chart](https://example.com/c.png)';
    expect(cleanDayOneMarkdown(text)).toEqual({
      markdown: 'Intro\n\nSee the retro and ![chart](https://example.com/c.png)',
      removedMedia: 2,
    });
  });

  it('makes plain titles', () => {
    expect(dayOneTitle('# Shipped \\#42\\! #')).toBe('Shipped #42!');
    expect(dayOneTitle('1\\. First')).toBe('1. First');
    expect(dayOneTitle('#hashtag first')).toBe('#hashtag first');
  });
});
