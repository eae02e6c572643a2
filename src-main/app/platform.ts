import type { AppInfo } from '../shared/contract';

/** The desktop system the app runs on, as the page and the menu know it. */
export function desktopPlatform(): Exclude<AppInfo['platform'], 'web'> {
  return process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
}
