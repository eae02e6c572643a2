import { join } from 'node:path';
import { app, Menu, nativeImage, Tray } from 'electron';
import { buildTrayMenuTemplate, type TrayMenuActions } from '../menu/trayMenu';
import { desktopPlatform } from './platform';

/**
 * The tray icon's image for `platform`: a black template image on macOS, which the menu bar
 * recolours for light and dark; the app's own icon elsewhere, where a black glyph would vanish on
 * a dark panel. Each has a `@2x` beside it for sharp screens. The images are packaged beside the
 * built main process (electron-builder.yml), as `resources/tray/` next to `out/`.
 */
function trayIconPath(platform: 'darwin' | 'win32' | 'linux'): string {
  return join(__dirname, '../../resources/tray', platform === 'darwin' ? 'trayTemplate.png' : 'tray.png');
}

/**
 * Puts the app's icon in the tray (the menu bar on macOS) with its menu (menu/trayMenu.ts).
 * Returns the tray, which the caller keeps: a tray nobody references may be garbage-collected.
 */
export function installTray(actions: TrayMenuActions): Tray {
  const platform = desktopPlatform();
  const image = nativeImage.createFromPath(trayIconPath(platform));
  if (platform === 'darwin') image.setTemplateImage(true);
  const tray = new Tray(image);
  tray.setToolTip(app.getName());
  tray.setContextMenu(Menu.buildFromTemplate(buildTrayMenuTemplate(app.getName(), actions)));
  // Windows users expect a click on a tray icon to open its app; the menu is on the right click.
  if (platform === 'win32') tray.on('click', actions.openJournal);
  return tray;
}
