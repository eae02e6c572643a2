import { useEffect } from 'react';
import { useUiStore } from '../store/uiStore';

const noticeDurationMs = 8_000;

/** Shows the latest notice for a few seconds, with its Undo when it has one. */
export function NoticeBar() {
  const notice = useUiStore((state) => state.notice);
  const dismissNotice = useUiStore((state) => state.dismissNotice);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismissNotice, noticeDurationMs);
    return () => clearTimeout(timer);
  }, [notice, dismissNotice]);

  return (
    <div className="notice-region" role={notice?.tone === 'error' ? 'alert' : 'status'} aria-live="polite">
      {notice && (
        <div className={`notice notice-${notice.tone}`}>
          <span>{notice.message}</span>
          {notice.undo && (
            <button
              type="button"
              onClick={() => {
                const undo = notice.undo;
                dismissNotice();
                void undo?.();
              }}
            >
              Undo
            </button>
          )}
          <button type="button" aria-label="Dismiss" onClick={dismissNotice}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
