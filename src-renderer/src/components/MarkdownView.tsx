import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { desktop } from '../platform/desktop';

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

/** Markdown rendered safely: GitHub-flavoured, no raw HTML, no remote images. */
export function MarkdownView({ markdown }: { markdown: string }) {
  return (
    <div className="markdown">
      <Markdown remarkPlugins={[remarkGfm]} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
