/** What a screen shows when it threw while rendering, instead of an empty window. */
export function ScreenFailure({ onReload }: { onReload: () => void }) {
  return (
    <div className="render-failure" role="alert">
      <h1>This screen could not be shown</h1>
      <p>Your journal is safe. The other screens still work from the navigation.</p>
      <button type="button" className="primary" onClick={onReload}>
        Reload this screen
      </button>
    </div>
  );
}
