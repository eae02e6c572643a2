import { useEffect, useState } from 'react';
import type { ReminderSettings } from '../../../../src-main/shared/contract';
import { desktop, isDesktopApp } from '../../platform/desktop';
import { useUiStore } from '../../store/uiStore';
import { chooseTheme, useTheme } from '../../theme';
import { SyncSection } from '../sync/SyncSection';
import { QuickCaptureSection } from './QuickCaptureSection';

const reminders: { key: keyof ReminderSettings; label: string; description: string }[] = [
  { key: 'weekly', label: 'Weekly reminder', description: 'Friday afternoon: a nudge to write down the week’s wins while they are fresh.' },
  {
    key: 'quarterlyReview',
    label: 'Quarterly review reminder',
    description: 'On the last day of each quarter: time to review it against your framework.',
  },
  {
    key: 'followUps',
    label: 'Follow-up reminders',
    description: 'On a decision’s or launch’s follow-up date: record what actually happened.',
  },
];

/** A checkbox that reads as an on/off switch to assistive technology. */
function Switch({
  label,
  description,
  checked,
  disabled,
  onChange,
}: {
  label: string;
  description?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = `switch-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <div className="settings-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? `${id}-description` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {description && (
        <p id={`${id}-description`} className="muted">
          {description}
        </p>
      )}
    </div>
  );
}

/** Appearance, reminders, quick capture, sync between computers and the keyboard. */
export function SettingsScreen() {
  const { source, isDark } = useTheme();
  const setOpenDialog = useUiStore((state) => state.setOpenDialog);
  const [reminderSettings, setReminderSettings] = useState<ReminderSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!isDesktopApp) return;
    let isCurrent = true;
    desktop.getReminderSettings().then(
      (settings) => {
        if (isCurrent) setReminderSettings(settings);
      },
      (error: unknown) => {
        if (isCurrent) setProblem(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const changeReminder = (key: keyof ReminderSettings, value: boolean) => {
    if (!reminderSettings) return;
    const before = reminderSettings;
    // The switch moves at once; if the desktop cannot save it, it moves back and says why.
    setReminderSettings({ ...before, [key]: value });
    setProblem(null);
    desktop.updateReminderSettings({ [key]: value }).then(setReminderSettings, (error: unknown) => {
      setReminderSettings(before);
      setProblem(error instanceof Error ? error.message : String(error));
    });
  };

  return (
    <div className="settings-screen">
      <header className="screen-header">
        <h1>Settings</h1>
      </header>
      {problem && (
        <p role="alert" className="data-status error">
          {problem}
        </p>
      )}
      <section className="data-section" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">Appearance</h2>
        <Switch label="Dark mode" checked={isDark} onChange={(checked) => void chooseTheme(checked ? 'dark' : 'light')} />
        <Switch
          label="Follow the system’s theme"
          description={
            source === 'system'
              ? 'Light or dark as the system is; switching dark mode above chooses one for good.'
              : 'Chosen here for good; turn this on to follow the system again.'
          }
          checked={source === 'system'}
          onChange={(checked) => void chooseTheme(checked ? 'system' : isDark ? 'dark' : 'light')}
        />
      </section>
      <section className="data-section" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">Reminders</h2>
        {isDesktopApp ? (
          <>
            <p>Reminders are desktop notifications; clicking one opens the right place. They are all off until you turn them on.</p>
            {reminders.map((reminder) => (
              <Switch
                key={reminder.key}
                label={reminder.label}
                description={reminder.description}
                checked={reminderSettings?.[reminder.key] ?? false}
                disabled={!reminderSettings}
                onChange={(checked) => changeReminder(reminder.key, checked)}
              />
            ))}
          </>
        ) : (
          <p className="muted">Reminders are desktop notifications, shown by the desktop app even when its window is closed.</p>
        )}
      </section>
      <QuickCaptureSection />
      <SyncSection />
      <section className="data-section" aria-labelledby="keys-heading">
        <h2 id="keys-heading">Keyboard</h2>
        <p>Every command has a key; the list is one keystroke away (?) from anywhere.</p>
        <button type="button" onClick={() => setOpenDialog('shortcuts')}>
          Show keyboard shortcuts
        </button>
      </section>
    </div>
  );
}
