import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { screens, type Screen } from '../hooks/useHashRoute';
import { preloadScreen } from '../screenModules';

export function Navigation({ current }: { current: Screen }) {
  // How many drafts wait in the Inbox: a count of a small table, kept live.
  const waiting = useLiveQuery(() => db.drafts.count(), []) ?? 0;
  return (
    <nav className="app-nav" aria-label="Main">
      <p className="app-name">Scope Journal</p>
      <ul>
        {screens.map((screen) => {
          const count = screen.id === 'inbox' && waiting > 0 ? waiting : null;
          const countId = `nav-count-${screen.id}`;
          return (
            <li key={screen.id}>
              {/* A screen's code starts loading as the pointer or the focus reaches its link. */}
              <a
                href={`#/${screen.id}`}
                aria-current={screen.id === current ? 'page' : undefined}
                aria-describedby={count === null ? undefined : countId}
                onPointerEnter={() => preloadScreen(screen.id)}
                onFocus={() => preloadScreen(screen.id)}
              >
                {screen.label}
              </a>
              {/* Beside the link, not in it: the link's name stays "Inbox", the count describes it. */}
              {count !== null && (
                <span className="nav-count" id={countId}>
                  {count.toLocaleString('en-US')}
                  <span className="visually-hidden"> {count === 1 ? 'draft' : 'drafts'} waiting</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
