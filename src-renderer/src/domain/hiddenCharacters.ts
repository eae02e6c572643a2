/**
 * Characters a title can hold that show nothing themselves but change what is shown: bidi
 * controls that make text read backwards (U+202E), zero-width spaces that hide a word's real
 * spelling, control characters. They are found and named for the editor, and can be removed. What
 * normal text needs stays: a zero-width joiner inside an emoji sequence or between letters of a
 * script that uses it, an emoji flag's tag characters, and the visible Arabic number signs.
 */

/** A hidden character found in a text: its code point as `U+202E` and its name. */
export interface HiddenCharacter {
  codePoint: string;
  name: string;
}

const names: Readonly<Record<number, string>> = {
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2061: 'invisible function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};

/** Format and control characters, and the line and paragraph separators that no input shows. */
const candidate = /[\p{Cf}\p{Cc}\u2028\u2029]/u;
/** Format characters that are visible signs (Arabic number sign, end of ayah, Kaithi number sign…). */
const visibleFormat = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}]/u;
/** Scripts whose spelling uses the zero-width joiner and non-joiner (Arabic, Persian, Indic scripts). */
const joiningScript =
  /[\p{Script_Extensions=Arabic}\p{Script_Extensions=Syriac}\p{Script_Extensions=Devanagari}\p{Script_Extensions=Bengali}\p{Script_Extensions=Gurmukhi}\p{Script_Extensions=Gujarati}\p{Script_Extensions=Oriya}\p{Script_Extensions=Tamil}\p{Script_Extensions=Telugu}\p{Script_Extensions=Kannada}\p{Script_Extensions=Malayalam}\p{Script_Extensions=Sinhala}]/u;
/** What may stand before a joiner inside an emoji sequence: a pictograph, a skin tone, or VS16. */
const emojiBefore = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const emojiAfter = /\p{Extended_Pictographic}/u;
const blackFlag = 0x1f3f4;

function isTag(codePoint: number): boolean {
  return codePoint >= 0xe0020 && codePoint <= 0xe007f;
}

/** True when the character at `position` of `characters` is hidden and not needed where it stands. */
function isHiddenAt(characters: readonly string[], position: number): boolean {
  const character = characters[position] ?? '';
  if (!candidate.test(character) || visibleFormat.test(character)) return false;
  const codePoint = character.codePointAt(0) ?? 0;
  const before = characters[position - 1] ?? '';
  const after = characters[position + 1] ?? '';
  if (codePoint === 0x200d && emojiBefore.test(before) && emojiAfter.test(after)) return false;
  if ((codePoint === 0x200c || codePoint === 0x200d) && joiningScript.test(before) && joiningScript.test(after)) return false;
  if (isTag(codePoint)) {
    // A subdivision flag: U+1F3F4, then tag letters, then the cancel tag U+E007F.
    let start = position;
    while (start > 0 && isTag(characters[start - 1]?.codePointAt(0) ?? 0)) start -= 1;
    return characters[start - 1]?.codePointAt(0) !== blackFlag;
  }
  return true;
}

function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

function nameOf(codePoint: number): string {
  const name = names[codePoint];
  if (name !== undefined) return name;
  if (isTag(codePoint)) return 'tag character';
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f) ? 'control character' : 'format character';
}

/** The hidden characters in `text`, each named once, in the order they first appear. */
export function findHiddenCharacters(text: string): HiddenCharacter[] {
  if (!candidate.test(text)) return [];
  const characters = Array.from(text);
  const found = new Map<number, HiddenCharacter>();
  for (const [position, character] of characters.entries()) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (found.has(codePoint) || !isHiddenAt(characters, position)) continue;
    found.set(codePoint, { codePoint: codePointLabel(codePoint), name: nameOf(codePoint) });
  }
  return [...found.values()];
}

/** `text` without its hidden characters; the joiners and tags normal text needs are kept. */
export function withoutHiddenCharacters(text: string): string {
  if (!candidate.test(text)) return text;
  const characters = Array.from(text);
  return characters.filter((_, position) => !isHiddenAt(characters, position)).join('');
}

/**
 * "This title contains hidden control characters: U+202E (right-to-left override)." for the editor;
 * at most `shown` are named, then how many more.
 */
export function describeHiddenCharacters(found: readonly HiddenCharacter[], what = 'title', shown = 4): string {
  const named = found.slice(0, shown).map((character) => `${character.codePoint} (${character.name})`);
  const more = found.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
  return `This ${what} contains ${found.length === 1 ? 'a hidden control character' : 'hidden control characters'}: ${list}.`;
}
