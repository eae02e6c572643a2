import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../src-main/shared/contract';
import { desktop } from '../platform/desktop';

/** What the app knows about itself (name, version, platform); null while it is asked, or if it cannot say. */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let isCurrent = true;
    desktop.getAppInfo().then(
      (value) => {
        if (isCurrent) setInfo(value);
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return info;
}
