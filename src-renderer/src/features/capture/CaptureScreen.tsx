import { useCallback, useEffect, useState } from 'react';
import { desktop } from '../../platform/desktop';
import { QuickCaptureForm } from './QuickCaptureForm';
import { useCaptureAttachments } from './useCaptureAttachments';

/** macOS writes its keys with ⌘; the others with Ctrl. */
const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/**
 * The quick-capture window's page (`#/capture`): the app's own page in a small window the global
 * shortcut opens, showing the capture form and nothing else. It closes its own window after Save
 * and on Escape (pressed anywhere in it), through the desktop contract.
 */
export function CaptureScreen() {
  const [problem, setProblem] = useState('');
  const attachments = useCaptureAttachments();

  const close = useCallback(() => {
    setProblem('');
    desktop.closeQuickCapture().catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, []);

  useEffect(() => {
    const previousTitle = document.title;
    document.title = 'Quick capture — Scope Journal';
    return () => {
      document.title = previousTitle;
    };
  }, []);

  // Escape from anywhere in the window; the form handles its own fields' Escape first.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        close();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [close]);

  return (
    <main className="capture-view">
      <QuickCaptureForm onSaved={close} onClose={close} isMac={isMac} attachments={attachments} />
      {problem && (
        <p role="alert" className="data-status error">
          {problem}
        </p>
      )}
    </main>
  );
}
