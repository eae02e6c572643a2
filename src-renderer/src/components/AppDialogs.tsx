import { useEffect, useRef, type ReactNode } from 'react';
import type { AppInfo } from '../../../src-main/shared/contract';
import { formatAccelerator, menuShortcuts, type ShortcutPlatform } from '../../../src-main/shared/shortcuts';
import { useAppInfo } from '../hooks/useAppInfo';
import { useQuickCaptureSettings } from '../hooks/useQuickCaptureSettings';
import { isDesktopApp } from '../platform/desktop';
import { useUiStore } from '../store/uiStore';

/** Keys that work inside the page itself, beside the menu's. */
const pageKeys: { label: string; keys: string }[] = [
  { label: 'Search the journal', keys: '/' },
  { label: 'Show these shortcuts', keys: '?' },
  { label: 'Move in the list', keys: '↑ ↓ (or k j), Home, End, Page Up, Page Down' },
  { label: 'Open, edit, star, move to trash', keys: 'Enter, e, s, Delete' },
  { label: 'Save the entry', keys: 'Ctrl+S / ⌘S' },
  { label: 'Save a quick capture', keys: 'Ctrl+Enter / ⌘↩' },
  { label: 'Close a panel or dialog', keys: 'Escape' },
];

function platformOf(info: AppInfo | null): ShortcutPlatform {
  if (info && info.platform !== 'web') return info.platform;
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? 'darwin' : 'linux';
}

/** A modal dialog (the browser's own <dialog>: focus kept inside, Escape closes). */
function ModalDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="app-dialog" aria-labelledby="app-dialog-title" onClose={onClose}>
      <h2 id="app-dialog-title">{title}</h2>
      {children}
      <div className="button-row">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

/**
 * The quick-capture shortcut's row: the keys when they work, or why not. It is the user's own
 * (Settings), not the menu's, and only the desktop app has it.
 */
function QuickCaptureRow({ platform }: { platform: ShortcutPlatform }) {
  const { settings } = useQuickCaptureSettings();
  const accelerator = settings?.accelerator ?? null;
  let keys = <>Off: set it in Settings</>;
  if (!isDesktopApp) keys = <>Desktop app only</>;
  else if (settings === null) keys = <>…</>;
  else if (accelerator !== null && settings.status === 'active') keys = <kbd>{formatAccelerator(accelerator, platform)}</kbd>;
  else if (accelerator !== null) keys = <>Another app is using {formatAccelerator(accelerator, platform)}: choose another in Settings</>;
  return (
    <tr>
      <th scope="row">Quick capture, from any app</th>
      <td>{keys}</td>
    </tr>
  );
}

function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const info = useAppInfo();
  const platform = platformOf(info);
  const rows = [...menuShortcuts(platform), ...pageKeys];
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">Command</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.label}|${row.keys}`}>
              <th scope="row">{row.label}</th>
              <td>
                <kbd>{row.keys}</kbd>
              </td>
            </tr>
          ))}
          <QuickCaptureRow platform={platform} />
        </tbody>
      </table>
      {!isDesktopApp && (
        <p className="muted">
          In a browser there is no tray icon and no shortcut that works from other apps: quick capture needs the desktop app.
        </p>
      )}
    </ModalDialog>
  );
}

function AboutDialog({ onClose }: { onClose: () => void }) {
  const info = useAppInfo();
  return (
    <ModalDialog title="About Scope Journal" onClose={onClose}>
      <p>A private journal of the evidence of your growth as an engineer. Everything stays on this computer.</p>
      <p className="muted">
        {info
          ? `Version ${info.version}${info.platform === 'web' ? ', in a browser' : ` · Electron ${info.versions.electron} · Chromium ${info.versions.chrome} · Node ${info.versions.node}`}`
          : '…'}
      </p>
    </ModalDialog>
  );
}

/** The keyboard-shortcuts sheet or the About box, when one is open. */
export function AppDialogs() {
  const openDialog = useUiStore((state) => state.openDialog);
  const setOpenDialog = useUiStore((state) => state.setOpenDialog);
  const close = () => setOpenDialog(null);
  if (openDialog === 'shortcuts') return <ShortcutsDialog onClose={close} />;
  if (openDialog === 'about') return <AboutDialog onClose={close} />;
  return null;
}
