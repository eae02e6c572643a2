import { useEffect, useState } from 'react';
import type { QuickCaptureSettings } from '../../../src-main/shared/contract';
import { desktop, isDesktopApp } from '../platform/desktop';

/** The quick-capture settings as far as they are known, and how to replace them after a change. */
export interface QuickCaptureSettingsState {
  /** The settings; null while they are asked for, in a browser, or when the desktop could not say. */
  settings: QuickCaptureSettings | null;
  /** Why the settings could not be read, if they could not. */
  problem: string | null;
  /** Replaces the settings with what a change answered. */
  update: (settings: QuickCaptureSettings) => void;
}

/** The quick-capture shortcut and whether it works now (desktop app only; nothing is asked in a browser). */
export function useQuickCaptureSettings(): QuickCaptureSettingsState {
  const [settings, setSettings] = useState<QuickCaptureSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!isDesktopApp) return;
    let isCurrent = true;
    desktop.getQuickCaptureSettings().then(
      (value) => {
        if (isCurrent) setSettings(value);
      },
      (error: unknown) => {
        if (isCurrent) setProblem(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return { settings, problem, update: setSettings };
}
