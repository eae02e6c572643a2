import type { MenuItemTemplate } from './applicationMenu';

/*
 * The tray (menu-bar) icon's menu, as a plain template for `Menu.buildFromTemplate`: a new entry in
 * the main window, the main window itself, and quitting (an app that lives in the tray needs a way
 * out there). app/tray.ts puts it on the icon.
 */

/** What the tray menu's items do. */
export interface TrayMenuActions {
  /** Brings the main window forward (opening it if there is none) and starts a new entry there. */
  newEntry: () => void;
  /** Brings the main window forward, opening it if there is none. */
  openJournal: () => void;
  quit: () => void;
}

/** The tray menu; `appName` names the app in its items. */
export function buildTrayMenuTemplate(appName: string, actions: TrayMenuActions): MenuItemTemplate[] {
  return [
    { label: 'New entry', click: actions.newEntry },
    { label: `Open ${appName}`, click: actions.openJournal },
    { type: 'separator' },
    { label: `Quit ${appName}`, click: actions.quit },
  ];
}
