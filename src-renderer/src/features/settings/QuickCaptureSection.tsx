import { useState, type FormEvent } from 'react';
import { checkGlobalAccelerator, suggestedQuickCaptureShortcut } from '../../../../src-main/shared/accelerator';
import type { SetQuickCaptureShortcutResult } from '../../../../src-main/shared/contract';
import { formatAccelerator, type ShortcutPlatform } from '../../../../src-main/shared/shortcuts';
import { Field } from '../../components/Field';
import { useAppInfo } from '../../hooks/useAppInfo';
import { useQuickCaptureSettings } from '../../hooks/useQuickCaptureSettings';
import { desktop, isDesktopApp } from '../../platform/desktop';
import { acceleratorOfKeys } from './shortcutRecording';

/** What the last change of the shortcut said, beside the settings' own status. */
type Outcome = { kind: 'refused'; accelerator: string } | { kind: 'problem'; message: string } | { kind: 'done'; message: string } | null;

/** The sentence Settings shows when another app holds `accelerator`. */
function refusedShortcutMessage(accelerator: string, platform: ShortcutPlatform): string {
  return `Another app is using ${formatAccelerator(accelerator, platform)}. Choose another shortcut.`;
}

/**
 * Settings › Quick capture: the global shortcut that opens the capture window from any app (off
 * until set), recorded by pressing it in the field or typed, with its status. In a browser it says
 * this is a desktop feature.
 */
export function QuickCaptureSection() {
  return (
    <section className="data-section" aria-labelledby="quick-capture-heading">
      <h2 id="quick-capture-heading">Quick capture</h2>
      {isDesktopApp ? (
        <QuickCaptureShortcutForm />
      ) : (
        <p className="muted">
          Quick capture is a desktop feature: the desktop app puts an icon in the tray (the menu bar on macOS) and can have a shortcut that
          opens a small capture window from any app. A browser has neither.
        </p>
      )}
    </section>
  );
}

function QuickCaptureShortcutForm() {
  const info = useAppInfo();
  const platform: ShortcutPlatform = info?.platform ?? 'linux';
  const isMac = platform === 'darwin';
  const { settings, problem, update } = useQuickCaptureSettings();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [isBusy, setBusy] = useState(false);
  const suggested = formatAccelerator(suggestedQuickCaptureShortcut, platform);

  /** Sets `accelerator` (null: off); `typed` is the field's text it came from, emptied once it is set. */
  async function apply(accelerator: string | null, typed?: string) {
    setBusy(true);
    setOutcome(null);
    try {
      const result: SetQuickCaptureShortcutResult = await desktop.setQuickCaptureShortcut({ accelerator });
      update(result.settings);
      if (result.status === 'refused-by-os') setOutcome({ kind: 'refused', accelerator: result.accelerator });
      else if (result.status === 'invalid') setOutcome({ kind: 'problem', message: result.reason });
      else {
        // Only what was set leaves the field: keys pressed meanwhile stay.
        if (typed !== undefined) setText((current) => (current === typed ? '' : current));
        setOutcome({ kind: 'done', message: result.status === 'off' ? 'Quick capture’s shortcut is off.' : 'Saved the shortcut.' });
      }
    } catch (error) {
      setOutcome({ kind: 'problem', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkGlobalAccelerator(text);
    if (!check.isValid) {
      setOutcome({ kind: 'problem', message: check.reason });
      return;
    }
    void apply(check.accelerator, text);
  }

  const current = settings?.accelerator ?? null;
  const statusText =
    settings === null
      ? 'Checking…'
      : settings.status === 'off' || current === null
        ? 'Off: no shortcut is set.'
        : settings.status === 'active'
          ? `On: ${formatAccelerator(current, platform)} opens quick capture from any app.`
          : refusedShortcutMessage(current, platform);
  const alert =
    outcome?.kind === 'refused'
      ? refusedShortcutMessage(outcome.accelerator, platform)
      : outcome?.kind === 'problem'
        ? outcome.message
        : problem;
  return (
    <form className="quick-capture-settings" onSubmit={submit}>
      <p>
        A shortcut that opens a small capture window on top of any app: a title, a kind, a scope and a few lines, saved straight into the
        journal. It is off until you set one (suggested: {suggested}). The app’s icon in the tray (the menu bar on macOS) has New entry and
        Open Scope Journal.
      </p>
      <p role="status" className="quick-capture-status" data-status={settings?.status ?? 'unknown'}>
        {statusText}
      </p>
      <Field label="Quick capture shortcut" className="field quick-capture-field">
        {(id) => (
          <input
            id={id}
            value={text}
            autoComplete="off"
            spellCheck={false}
            placeholder={`Press the keys, or type them: ${suggested}`}
            aria-describedby="quick-capture-hint"
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              const accelerator = acceleratorOfKeys(event, isMac);
              if (accelerator === undefined) return;
              // A combination pressed here is recorded, not sent to the page or the system.
              event.preventDefault();
              setText(accelerator);
              setOutcome(null);
            }}
          />
        )}
      </Field>
      <p id="quick-capture-hint" className="muted">
        Hold Ctrl, Alt or {isMac ? '⌘' : 'Super'} (and Shift if you like) and press a key; or type the keys joined with “+”.
      </p>
      <div className="button-row">
        <button type="submit" className="primary" disabled={isBusy || text.trim() === ''}>
          Set shortcut
        </button>
        {current !== suggestedQuickCaptureShortcut && (
          <button type="button" disabled={isBusy} onClick={() => void apply(suggestedQuickCaptureShortcut)}>
            Use {suggested}
          </button>
        )}
        <button type="button" disabled={isBusy || current === null} onClick={() => void apply(null)}>
          Clear
        </button>
      </div>
      {alert !== null && (
        <p role="alert" className="data-status error">
          {alert}
        </p>
      )}
      {outcome?.kind === 'done' && <p className="data-status">{outcome.message}</p>}
    </form>
  );
}
