import { createElement, useMemo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { assessMarkdown } from '../domain/markdownSafety';
import { desktop } from '../platform/desktop';
import { ErrorBoundary } from './ErrorBoundary';
import { PlainMarkdown } from './PlainMarkdown';

/**
 * Links open in the system browser through the contract, never inside the app window.
 * react-markdown already drops unsafe URLs (`javascript:` and the like) and renders raw HTML as
 * text, so imported or typed Markdown can never run script.
 */
const components: Components = {
  a: ({ href, children }) => (
    <a
      href={href}
      rel="noreferrer noopener"
      onClick={(event) => {
        event.preventDefault();
        if (href) void desktop.openExternalLink(href).catch(() => undefined);
      }}
    >
      {children}
    </a>
  ),
  img: ({ alt }) => <span className="markdown-image-placeholder">[image: {alt ?? 'untitled'}]</span>,
};

const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * `components` with the text's own headings moved down to start at `firstLevel` (an h1 in the text
 * becomes an h`firstLevel`), so that text placed under a document's h3 cannot open a section of
 * its own in that document's outline: a packet's PDF bookmarks come from its headings.
 */
function withHeadingsFrom(firstLevel: number): Components {
  const demoted: Components = { ...components };
  headingTags.forEach((tag, index) => {
    const level = Math.min(6, firstLevel + index);
    demoted[tag] = ({ children }) => createElement(`h${level}`, null, children);
  });
  return demoted;
}

/**
 * Markdown rendered safely: GitHub-flavoured, no raw HTML, no remote images. Every place that
 * formats Markdown goes through here, so text too deeply nested or too heavy for the parser (see
 * domain/markdownSafety.ts) is shown as plain text instead of freezing or crashing the page, and a
 * parser error that slips past that check falls back the same way.
 */
export function MarkdownView({
  markdown,
  headingsFrom,
}: {
  markdown: string;
  /** The level the text's h1 is shown at; as written when absent. */ headingsFrom?: number;
}) {
  const assessment = useMemo(() => assessMarkdown(markdown), [markdown]);
  const shown = useMemo(() => (headingsFrom === undefined ? components : withHeadingsFrom(headingsFrom)), [headingsFrom]);
  if (!assessment.isFormattable) return <PlainMarkdown markdown={markdown} reason={assessment.reason} />;
  return (
    <ErrorBoundary resetKey={markdown} fallback={() => <PlainMarkdown markdown={markdown} reason="error" />}>
      <div className="markdown">
        <Markdown remarkPlugins={[remarkGfm]} components={shown}>
          {markdown}
        </Markdown>
      </div>
    </ErrorBoundary>
  );
}
