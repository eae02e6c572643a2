import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../src-renderer/src/domain/backup/backupFile';
import { isSameValue } from '../../../../src-renderer/src/domain/backup/backupMerge';
import { jsonDepth, markdownDepth, maximumNestingDepth, tooDeeplyNestedProblem } from '../../../../src-renderer/src/domain/nestingDepth';
import { makeTables } from '../../backupFactory';
import { nestedArrays } from './deepText';

describe('JSON depth', () => {
  it('counts one level per array or object', () => {
    expect(jsonDepth(3)).toBe(0);
    expect(jsonDepth(null)).toBe(0);
    expect(jsonDepth([])).toBe(1);
    expect(jsonDepth({ a: 1, b: [2, { c: [] }] })).toBe(4);
    expect(jsonDepth([[1], [[[2]]], 3])).toBe(4);
  });

  it('measures 50,000 levels without overflowing the stack', () => {
    expect(jsonDepth(JSON.parse(nestedArrays(50_000)))).toBe(50_000);
    expect(jsonDepth(JSON.parse(`${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`))).toBe(50_000);
  });

  it("keeps the app's own backups far below the limit", () => {
    expect(jsonDepth({ data: makeTables(3) })).toBeLessThan(maximumNestingDepth / 4);
  });

  it('words the limit for a person', () => {
    expect(tooDeeplyNestedProblem(50_000)).toBe(
      'This file is nested 50,000 levels deep; Scope Journal reads files nested at most 64 levels deep.',
    );
  });
});

describe('Markdown depth', () => {
  it('counts quote markers and list indentation', () => {
    expect(markdownDepth('Plain text\n\nMore')).toBe(0);
    expect(markdownDepth('- one\n  - two\n    - three')).toBe(3);
    expect(markdownDepth('> quoted\n> > twice')).toBe(2);
    expect(markdownDepth('    indented code, not a list')).toBe(0);
    expect(markdownDepth(`${'>'.repeat(50_000)} deep`)).toBe(50_000);
  });
});

describe('recursive walks on deep values', () => {
  it('writes canonical JSON of any depth, as before for ordinary values', () => {
    expect(canonicalJson(JSON.parse(nestedArrays(50_000, '1')))).toBe(nestedArrays(50_000, '1'));
    expect(canonicalJson([undefined, () => 1, { b: undefined, a: [{}] }])).toBe('[null,null,{"a":[{}]}]');
    // Objects and arrays on both sides of the depth where the recursion hands over to the stack.
    const mixed = `${'{"a":[1,"x",{"b":null,"c":'.repeat(100)}true${'}]}'.repeat(100)}`;
    const shuffled = mixed.replaceAll('{"b":null,"c":', '{"c":').replaceAll('}]}', ',"b":null}]}');
    expect(canonicalJson(JSON.parse(shuffled))).toBe(mixed);
  });

  it('compares values of any depth', () => {
    const deep: unknown = JSON.parse(nestedArrays(50_000, '1'));
    expect(isSameValue(deep, JSON.parse(nestedArrays(50_000, '1')))).toBe(true);
    expect(isSameValue(deep, JSON.parse(nestedArrays(50_000, '2')))).toBe(false);
    expect(isSameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(isSameValue([1, 2], [1, 2, 3])).toBe(false);
  });
});
