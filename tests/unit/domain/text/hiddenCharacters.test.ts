import { describe, expect, it } from 'vitest';
import {
  describeHiddenCharacters,
  findHiddenCharacters,
  withoutHiddenCharacters,
} from '../../../../src-renderer/src/domain/hiddenCharacters';

describe('hidden characters', () => {
  it('finds bidi controls, zero-width characters and control characters, each once', () => {
    expect(findHiddenCharacters('Invoice \u202Efdp.exe\u202E')).toEqual([{ codePoint: 'U+202E', name: 'right-to-left override' }]);
    expect(findHiddenCharacters('a\u200Bb\u2066c\u2069\uFEFF\u00AD\u0007').map((found) => found.codePoint)).toEqual([
      'U+200B',
      'U+2066',
      'U+2069',
      'U+FEFF',
      'U+00AD',
      'U+0007',
    ]);
    expect(findHiddenCharacters('ad\u200Dmin')).toEqual([{ codePoint: 'U+200D', name: 'zero-width joiner' }]);
  });

  it('keeps what normal text needs: emoji sequences, flags, joiners in the scripts that use them', () => {
    const normal = [
      'Plain title',
      'Shipped 👩🏽\u200D💻 and ❤\uFE0F\u200D🔥 with the 👨\u200D👩\u200D👧 team',
      'Wales 🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F} offsite',
      'می\u200Cخواهم', // Persian: a zero-width non-joiner inside a word
      'क्\u200Dष', // Devanagari: a zero-width joiner after a virama
      'عربي ١٢٣ \u0600١٢',
      'שלום world',
    ];
    for (const text of normal) {
      expect(findHiddenCharacters(text)).toEqual([]);
      expect(withoutHiddenCharacters(text)).toBe(text);
    }
  });

  it('removes only the hidden characters', () => {
    expect(withoutHiddenCharacters('\u202EInvoice\u200B 👩🏽\u200D💻\u2069')).toBe('Invoice 👩🏽\u200D💻');
    expect(withoutHiddenCharacters('tag \u{E0041} alone')).toBe('tag  alone');
  });

  it('describes what it found for the editor', () => {
    expect(describeHiddenCharacters(findHiddenCharacters('a\u202Eb'))).toBe(
      'This title contains a hidden control character: U+202E (right-to-left override).',
    );
    expect(describeHiddenCharacters(findHiddenCharacters('\u200B\u200E\u200F\u202A\u202B\u202C'))).toBe(
      'This title contains hidden control characters: U+200B (zero-width space), U+200E (left-to-right mark), U+200F (right-to-left mark), U+202A (left-to-right embedding) and 2 more.',
    );
  });
});
