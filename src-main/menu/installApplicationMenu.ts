import { app, Menu, nativeTheme } from 'electron';
import type { AppCommand } from '../shared/contract';
import { desktopPlatform } from '../app/platform';
import { buildMenuTemplate, type ZoomChange } from './applicationMenu';

/** What the menu's items do: send the page a command, zoom the main window. */
interface MenuActions {
  send: (command: AppCommand) => void;
  zoom: (change: ZoomChange) => void;
}

/**
 * Sets the native application menu, or refreshes it: the Dark mode check mark follows
 * `nativeTheme`, so this runs again whenever the theme changes.
 */
export function installApplicationMenu(actions: MenuActions): void {
  const template = buildMenuTemplate({
    platform: desktopPlatform(),
    appName: app.getName(),
    isDevelopment: !app.isPackaged,
    isDarkMode: nativeTheme.shouldUseDarkColors,
    send: actions.send,
    zoom: actions.zoom,
    quit: () => app.quit(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
