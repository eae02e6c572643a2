import { useUiStore } from '../../store/uiStore';

/** What an entry's panel shows when the entry threw while rendering: its title and a way to fix it. */
export function EntryRenderFailure({ entryId, title }: { entryId: string; title: string }) {
  const openPanel = useUiStore((state) => state.openPanel);
  const closePanel = useUiStore((state) => state.closePanel);
  return (
    <div className="render-failure" role="alert">
      <h2>{title}</h2>
      <p>This entry could not be shown. Its text is safe; you can still edit it.</p>
      <div className="panel-actions">
        <button type="button" className="primary" onClick={() => openPanel({ mode: 'edit', entryId })}>
          Edit entry
        </button>
        <button type="button" onClick={closePanel}>
          Close
        </button>
      </div>
    </div>
  );
}
