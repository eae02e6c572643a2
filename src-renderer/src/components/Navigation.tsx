import { screens, type Screen } from '../hooks/useHashRoute';
import { preloadScreen } from '../screenModules';

export function Navigation({ current }: { current: Screen }) {
  return (
    <nav className="app-nav" aria-label="Main">
      <p className="app-name">Scope Journal</p>
      <ul>
        {screens.map((screen) => (
          <li key={screen.id}>
            {/* A screen's code starts loading as the pointer or the focus reaches its link. */}
            <a
              href={`#/${screen.id}`}
              aria-current={screen.id === current ? 'page' : undefined}
              onPointerEnter={() => preloadScreen(screen.id)}
              onFocus={() => preloadScreen(screen.id)}
            >
              {screen.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
