import type { EntryLink } from '../domain/types';
import { desktop } from '../platform/desktop';

/**
 * An entry's or a draft's links. A click never navigates the app's window: the desktop opens the
 * address in the user's browser (main allows web and mail addresses only).
 */
export function LinkList({ links }: { links: readonly EntryLink[] }) {
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={link.url}>
          <a
            href={link.url}
            onClick={(event) => {
              event.preventDefault();
              void desktop.openExternalLink(link.url).catch(() => undefined);
            }}
          >
            <bdi>{link.label}</bdi>
          </a>
        </li>
      ))}
    </ul>
  );
}
