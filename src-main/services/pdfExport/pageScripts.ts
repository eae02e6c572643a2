import { printReadyAttribute } from '../../shared/contract';

/*
 * The scripts a print window runs in the app's page, as text: Electron's `executeJavaScript` and
 * Playwright's `evaluate` both take a string, and both wait for the promise a script returns.
 */

/**
 * A script for the page: resolves with the print-ready attribute of `<html>` as soon as it is set,
 * or with its value after `waitMs`. Run by `executeJavaScript` (Electron) or `evaluate`
 * (Playwright), which wait for the promise.
 */
export function waitForPrintReadyScript(waitMs: number): string {
  const name = JSON.stringify(printReadyAttribute);
  return `new Promise((resolve) => {
  const root = document.documentElement;
  const finish = () => { observer.disconnect(); clearTimeout(timer); resolve(root.getAttribute(${name})); };
  const observer = new MutationObserver(() => { if (root.getAttribute(${name}) !== null) finish(); });
  const timer = setTimeout(finish, ${Math.max(0, Math.round(waitMs))});
  observer.observe(root, { attributes: true, attributeFilter: [${name}] });
  if (root.getAttribute(${name}) !== null) finish();
})`;
}

/**
 * A script for the page: shows `route` without reloading (a hash change the app follows), first
 * clearing the print-ready mark of the view it leaves.
 */
export function navigateScript(route: string): string {
  return `document.documentElement.removeAttribute(${JSON.stringify(printReadyAttribute)}); window.location.hash = ${JSON.stringify(route)};`;
}
