import { createElement, useMemo } from 'react';
import Markdown, { defaultUrlTransform, type Components, type UrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { attachmentSourceHash } from '../domain/attachments/inlineAttachment';
import { assessMarkdown } from '../domain/markdownSafety';
import { InlineAttachment } from '../features/attachments/InlineAttachment';
import { desktop } from '../platform/desktop';
import { ErrorBoundary } from './ErrorBoundary';
import { PlainMarkdown } from './PlainMarkdown';

/**
 * The URLs Markdown may keep: react-markdown's own safe list (web and mail links, relative paths),
 * and an image's `attachment:<sha256>`, which names one of the journal's stored files and nothing
 * else. Every other scheme (`javascript:`, `data:`, `blob:`, `file:`, a malformed `attachment:`)
 * becomes empty.
 */
const urlTransform: UrlTransform = (url, key, node) =>
  key === 'src' && node.tagName === 'img' && attachmentSourceHash(url) !== null ? url : defaultUrlTransform(url);

/**
 * Links open in the system browser through the contract, never inside the app window.
 * react-markdown drops unsafe URLs (`urlTransform` above) and renders raw HTML as text, so
 * imported or typed Markdown can never run script. Images are never fetched: a stored file
 * (`attachment:<sha256>`) is shown from the database, anything else is named in plain text.
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
  img: ({ src, alt }) => {
    const hash = typeof src === 'string' ? attachmentSourceHash(src) : null;
    if (hash !== null) return <InlineAttachment hash={hash} caption={alt ?? ''} />;
    return <span className="markdown-image-placeholder">[image: {alt ?? 'untitled'}]</span>;
  },
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
 * Markdown rendered safely: GitHub-flavoured, no raw HTML, no remote images (only the journal's
 * own stored files, by hash). Every place that formats Markdown goes through here, so text too
 * deeply nested or too heavy for the parser (see domain/markdownSafety.ts) is shown as plain text
 * instead of freezing or crashing the page, and a parser error that slips past that check falls
 * back the same way.
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
        <Markdown remarkPlugins={[remarkGfm]} components={shown} urlTransform={urlTransform}>
          {markdown}
        </Markdown>
      </div>
    </ErrorBoundary>
  );
}
