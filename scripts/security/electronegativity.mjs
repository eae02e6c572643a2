// Runs @doyensec/electronegativity over the app's sources and writes its findings as CSV.
//
//   node scripts/security/electronegativity.mjs <report.csv>
//
// tests/main/electronegativity.test.ts runs this and fails on any HIGH or MEDIUM finding that
// security/accepted-findings.json does not list. What is scanned, and why:
//   - src-main and src-renderer/src, the sources: electronegativity reads TypeScript, and the
//     built main bundle hides every `new BrowserWindow` behind `new electron.BrowserWindow`,
//     which its checks do not recognise;
//   - out/renderer/index.html, the page as built: its CSP meta tag is added at build time.
// They are copied into one temporary folder so that the tool's "global" checks (navigation limits,
// permission handler, CSP) see the main process and the page together, with the paths as in the
// repository.
//
// No network: the tool fetches translations and Electron's release list over the internet
// (8 s of time-outs offline). The release check is excluded (tests/main/securityChecklist/
// checks the Electron version), and `got`, its HTTP client, is replaced by one that fails at once,
// so the English messages bundled with it are used.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { EOL, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const reportPath = process.argv[2];
if (reportPath === undefined) {
  console.error('usage: node scripts/security/electronegativity.mjs <report.csv>');
  process.exit(2);
}

const builtPage = join(root, 'out/renderer/index.html');
if (!existsSync(builtPage)) {
  console.error(`${builtPage} is missing: build it first with \`npx electron-vite build\`.`);
  process.exit(2);
}

const stage = mkdtempSync(join(tmpdir(), 'scope-journal-electronegativity-'));
try {
  cpSync(join(root, 'src-main'), join(stage, 'src-main'), { recursive: true });
  cpSync(join(root, 'src-renderer/src'), join(stage, 'src-renderer/src'), { recursive: true });
  mkdirSync(join(stage, 'out/renderer'), { recursive: true });
  cpSync(builtPage, join(stage, 'out/renderer/index.html'));

  const require = createRequire(import.meta.url);
  const runnerPath = require.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(runnerPath).resolve('got');
  const offlineGot = new Module(gotPath);
  offlineGot.exports = () => Promise.reject(new Error('electronegativity runs offline here'));
  offlineGot.loaded = true;
  require.cache[gotPath] = offlineGot;

  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const run = require(runnerPath);
  // No `output`: the tool writes its CSV header and its rows with two un-awaited `fs.writeFile`
  // calls, which can land in either order (a run in CI got its first rows overwritten by the
  // header). The rows are written here instead, in the tool's own CSV format, once it is done.
  const result = await run({
    input: stage,
    isSarif: false,
    customScan: [],
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
  const quoted = (value) => (value == null ? 'N/A' : `"${String(value).replace(/"/g, '""')}"`);
  const rows = result.issues.map((issue) =>
    [
      issue.id,
      quoted(issue.severity.name),
      quoted(issue.confidence.name),
      quoted(issue.file),
      quoted(`${issue.location.line}:${issue.location.column}`),
      quoted(issue.sample),
      quoted(issue.description),
      `https://github.com/doyensec/electronegativity/wiki/${issue.id}`,
    ].join(','),
  );
  writeFileSync(
    resolve(reportPath),
    ['issue, severity, confidence, filename, location, sample, description, url', ...rows].map((line) => `${line}${EOL}`).join(''),
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}
