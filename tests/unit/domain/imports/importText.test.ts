import { describe, expect, it } from 'vitest';
import { isTextTooLarge, normalizedTag, shortened, splitFirstSentence } from '../../../../src-renderer/src/domain/imports/importText';

describe('import text helpers', () => {
  it('shortens at a word boundary with an ellipsis, never splitting a surrogate pair', () => {
    expect(shortened('short', 300)).toBe('short');
    expect(shortened('alpha beta gamma delta', 12)).toBe('alpha beta…');
    const emoji = shortened(`${'x'.repeat(8)}😀😀😀`, 10);
    expect(emoji).toBe(`${'x'.repeat(8)}…`);
    expect(emoji.length).toBeLessThanOrEqual(10);
  });

  it('counts UTF-8 bytes, not characters, against the 64 MB limit', () => {
    expect(isTextTooLarge('a'.repeat(64 * 1024 * 1024))).toBe(false);
    expect(isTextTooLarge('€'.repeat(22 * 1024 * 1024))).toBe(true);
  });

  it('normalises tags without their symbol, on one line and lower-case', () => {
    expect(normalizedTag('  @Work ')).toBe('work');
    expect(normalizedTag('#Team\n Lead')).toBe('team lead');
    expect(normalizedTag('@')).toBe('');
  });

  it('splits off the first sentence', () => {
    expect(splitFirstSentence('Shipped v2.0 today. It went well')).toEqual(['Shipped v2.0 today.', 'It went well']);
    expect(splitFirstSentence('Why? "Because." Done')).toEqual(['Why?', '"Because." Done']);
    expect(splitFirstSentence('No end')).toEqual(['No end', '']);
  });
});
