import { existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';

/**
 * Requires a built CommonJS bundle in plain Node with `require('electron')` answered by `fake`.
 * The fake goes into Node's module cache under the path `electron` resolves to, so the bundle is
 * loaded by Node's real loader, untouched; both cache entries are removed afterwards, so every
 * call runs the bundle afresh.
 */
export function loadWithFakeElectron(bundlePath: string, fake: object): unknown {
  if (!existsSync(bundlePath)) {
    throw new Error(
      `${bundlePath} is missing: build it first with \`npx electron-vite build\` (\`npm test\` builds before the unit tests).`,
    );
  }
  const bundleRequire = createRequire(bundlePath);
  const electronPath = bundleRequire.resolve('electron');
  const electronModule = new Module(electronPath);
  electronModule.exports = fake;
  electronModule.loaded = true;
  bundleRequire.cache[electronPath] = electronModule;
  try {
    return bundleRequire(bundlePath);
  } finally {
    Reflect.deleteProperty(bundleRequire.cache, electronPath);
    Reflect.deleteProperty(bundleRequire.cache, bundlePath);
  }
}
