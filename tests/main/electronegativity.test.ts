import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The electronegativity gate: scripts/security/electronegativity.mjs scans the sources (and the
 * built page) and writes CSV, since the tool's exit code is always 0. Every HIGH or MEDIUM finding
 * must be listed, with a reviewer's reason, in security/accepted-findings.json; every listed entry
 * must still match exactly as many findings as it says.
 */

const root = resolve(import.meta.dirname, '../..');
const gatedSeverities = new Set(['HIGH', 'MEDIUM']);

/** One row of electronegativity's CSV report. */
interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}

/** One reviewed finding in security/accepted-findings.json. */
interface AcceptedFinding {
  check: string;
  severity: string;
  file: string;
  sample: string;
  occurrences: number;
  reason: string;
}

/** Splits CSV text into rows of fields: quoted fields may hold commas, newlines and `""`. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (isQuoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') {
        isQuoted = false;
      } else {
        field += character;
      }
    } else if (character === '"') {
      isQuoted = true;
    } else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    } else if (character !== '\r') {
      field += character;
    }
  }
  if (field !== '' || row.length > 0) {
    rows.push([...row, field]);
  }
  return rows;
}

function toFinding(fields: string[]): Finding {
  const [check = '', severity = '', confidence = '', file = '', location = '', sample = '', description = ''] = fields;
  return { check, severity, confidence, file, location, sample: sample.trim(), description };
}

function matches(entry: AcceptedFinding, finding: Finding): boolean {
  return (
    entry.check === finding.check && entry.severity === finding.severity && entry.file === finding.file && entry.sample === finding.sample
  );
}

function describeFinding(finding: Finding): string {
  return `${finding.severity} ${finding.check} at ${finding.file}:${finding.location}: ${finding.description} — ${finding.sample}`;
}

const accepted = (JSON.parse(readFileSync(join(root, 'security/accepted-findings.json'), 'utf8')) as { findings: AcceptedFinding[] })
  .findings;
let reportFolder: string;
let findings: Finding[];

beforeAll(async () => {
  reportFolder = mkdtempSync(join(tmpdir(), 'scope-journal-electronegativity-report-'));
  const reportPath = join(reportFolder, 'electronegativity.csv');
  await promisify(execFile)(process.execPath, [join(root, 'scripts/security/electronegativity.mjs'), reportPath], {
    cwd: root,
    timeout: 90_000,
  });
  const [header, ...rows] = parseCsv(readFileSync(reportPath, 'utf8'));
  expect(header?.map((name) => name.trim()).slice(0, 7)).toEqual([
    'issue',
    'severity',
    'confidence',
    'filename',
    'location',
    'sample',
    'description',
  ]);
  findings = rows.filter((fields) => fields.length > 1).map(toFinding);
}, 120_000);

afterAll(() => {
  rmSync(reportFolder, { recursive: true, force: true });
});

describe('electronegativity', () => {
  it('scanned the main process and the page (its global checks found the guards and the CSP)', () => {
    const files = new Set(findings.map((finding) => finding.file));
    expect(files).toContain('src-main/index.ts');
    expect(files).toContain('out/renderer/index.html');
    const globalChecks = new Set(findings.filter((finding) => finding.file === 'N/A').map((finding) => finding.check));
    expect(globalChecks).not.toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
    expect(globalChecks).not.toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK');
    expect(globalChecks).not.toContain('CSP_GLOBAL_CHECK');
  });

  it('reports no HIGH or MEDIUM finding that security/accepted-findings.json does not explain', () => {
    const unexplained = findings
      .filter((finding) => gatedSeverities.has(finding.severity))
      .filter((finding) => !accepted.some((entry) => matches(entry, finding)))
      .map(describeFinding);
    expect(unexplained, 'review each: fix it, or list it with a reason in security/accepted-findings.json').toEqual([]);
  });

  it('lists each accepted finding with a reason and as many times as it occurs', () => {
    for (const entry of accepted) {
      expect(entry.reason.length, `${entry.check} in ${entry.file} needs a reason`).toBeGreaterThan(40);
      expect(gatedSeverities.has(entry.severity)).toBe(true);
      const count = findings.filter((finding) => matches(entry, finding)).length;
      expect(count, `${entry.check} in ${entry.file} (“${entry.sample}”) occurs ${count} times`).toBe(entry.occurrences);
    }
  });
});
