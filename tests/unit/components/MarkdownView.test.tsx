import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarkdownView } from '../../../src-renderer/src/components/MarkdownView';
import { entryLimits } from '../../../src-renderer/src/domain/entries/entrySchema';

const plainNote = /^Shown as plain text:/;

/** The pieces Markdown nests and repeats: containers, delimiters, brackets, code, tables, bare links. */
const pieces = [
  '>',
  '> ',
  '- ',
  '* ',
  '1. ',
  '  ',
  '*',
  '**',
  '_',
  '__',
  '~',
  '~~',
  '[',
  ']',
  '![',
  '](a)',
  '[a]',
  '[^a]',
  '`',
  '``',
  '<a',
  '&amp;',
  '\\',
  '# ',
  '|',
  '|-',
  'www.a.com ',
  'a@b.c ',
  'x',
  'a ',
  '\n',
  '\n\n',
] as const;

const piece = fc.constantFrom(...pieces);
const cluster = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
/** Counts spread evenly over orders of magnitude, so small, medium and limit-sized bodies all appear. */
const count = fc.integer({ min: 0, max: 17 }).chain((exponent) => fc.integer({ min: 2 ** exponent, max: 2 ** (exponent + 1) }));

/** How many times a unit can repeat, at most `wanted`, beside `fixed` other characters within the body limit. */
function upToLimit(unitLength: number, wanted: number, fixed = 0): number {
  return Math.max(1, Math.min(wanted, Math.floor((entryLimits.body - fixed) / Math.max(1, unitLength))));
}

const nested = fc.tuple(cluster, fc.constantFrom('x', ' x', 'a b'), cluster, count).map(([open, core, close, wanted]) => {
  const times = upToLimit(open.length + close.length, wanted, core.length);
  return `${open.repeat(times)}${core}${close.repeat(times)}`;
});
const repeated = fc.tuple(cluster, count).map(([unit, wanted]) => unit.repeat(upToLimit(unit.length, wanted)));
const mixed = fc
  .tuple(fc.array(fc.oneof(piece, fc.constantFrom('word ', 'Shipped it. ')), { maxLength: 60 }), count)
  .map(([parts, wanted]) => {
    const unit = parts.join('');
    return unit.repeat(upToLimit(unit.length, wanted));
  });

/**
 * Milliseconds to render once, the best of up to three tries: the tests share two cores with other
 * jobs, and a try that another process interrupted says nothing about the code.
 */
function renderTime(markdown: string): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= 200; attempt += 1) {
    cleanup();
    const started = performance.now();
    render(<MarkdownView markdown={markdown} />);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('Markdown, formatted safely', () => {
  it('formats ordinary Markdown: headings, lists, quotes, emphasis, links, tables and code', () => {
    const markdown = [
      '## Migration',
      '',
      'We moved **every** table with _no_ downtime. See [the runbook](https://example.com/run).',
      '',
      '- copy',
      '  - verify',
      '',
      '> Calm and clear. — Ann',
      '',
      '| step | time |',
      '| ---- | ---- |',
      '| copy | 2 h  |',
      '',
      '```',
      'pg_dump --all',
      '```',
    ].join('\n');
    const { container } = render(<MarkdownView markdown={markdown} />);
    expect(screen.getByRole('heading', { name: 'Migration', level: 2 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'the runbook' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getByText('every').tagName).toBe('STRONG');
    expect(container.querySelector('blockquote')?.textContent).toContain('Calm and clear.');
    expect(container.querySelector('pre code')?.textContent).toBe('pg_dump --all\n');
    expect(screen.queryByText(plainNote)).toBeNull();
  });

  it('shows text nested too deeply as plain text, every character and line kept, never as HTML', () => {
    const markdown = `${'>'.repeat(3_000)} x\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>`;
    const { container } = render(<MarkdownView markdown={markdown} />);
    expect(screen.getByRole('note').textContent).toBe('Shown as plain text: this formatting is nested too deeply to display.');
    expect(container.querySelector('.markdown-plain-text')?.textContent).toBe(markdown);
    expect(container.querySelector('script, img')).toBeNull();
  });

  it('renders or falls back within 200 ms, never throwing, for nested and repeated constructs up to the body limit', () => {
    render(<MarkdownView markdown={'# Warm up\n\n*the* [parser](a)'} />);
    fc.assert(
      fc.property(fc.oneof(nested, repeated, mixed), (markdown) => {
        expect(markdown.length).toBeLessThanOrEqual(entryLimits.body);
        expect(renderTime(markdown)).toBeLessThan(200);
        const note = screen.queryByRole('note');
        if (note) {
          expect(note.textContent).toMatch(plainNote);
          expect(document.querySelector('.markdown-plain-text')?.textContent).toBe(markdown);
        } else {
          expect(document.querySelector('.markdown')).not.toBeNull();
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
