import { screens, type Screen } from '../hooks/useHashRoute';

export function Navigation({ current }: { current: Screen }) {
  return (
    <nav className="app-nav" aria-label="Main">
      <p className="app-name">Scope Journal</p>
      <ul>
        {screens.map((screen) => (
          <li key={screen.id}>
            <a href={`#/${screen.id}`} aria-current={screen.id === current ? 'page' : undefined}>
              {screen.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
