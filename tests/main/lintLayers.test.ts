import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/*
 * The layers the linter enforces (eslint.config.mjs), each proved by a deliberate violation: a
 * line of source linted as if it lived in that folder. Type-aware rules are switched off here,
 * since the probe files exist only as text; the import rules need no types.
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: tseslint.configs.disableTypeChecked.rules,
    },
  ],
});

/** The restricted-import messages ESLint reports for `code` placed at `filePath`. */
async function importFindings(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the layers eslint enforces', () => {
  it.each([
    ['src-main/shared', 'src-main/shared/probe.ts', "import { app } from 'electron';", /is the contract/],
    ['src-main/shared', 'src-main/shared/probe.ts', "import { readFile } from 'node:fs';", /is the contract/],
    ['src-main/shared', 'src-main/shared/probe.ts', "import Dexie from 'dexie';", /is the contract/],
    ['src-main/shared', 'src-main/shared/probe.ts', "import { useState } from 'react';", /is the contract/],
    ['domain', 'src-renderer/src/domain/probe.ts', "import { useState } from 'react';", /pure TypeScript/],
    ['domain', 'src-renderer/src/domain/probe.ts', "import Dexie from 'dexie';", /pure TypeScript/],
    ['domain', 'src-renderer/src/domain/probe.ts', "import { db } from '../db/database';", /pure TypeScript/],
    ['services', 'src-main/services/probe.ts', "import { dialog } from 'electron';", /as ports/],
    ['the renderer', 'src-renderer/src/features/probe.ts', "import { ipcRenderer } from 'electron';", /only through the contract/],
    ['the renderer', 'src-renderer/src/features/probe.ts', "import { join } from 'node:path';", /only through the contract/],
    [
      'the renderer',
      'src-renderer/src/features/probe.ts',
      "import { writeFileAtomic } from '../../../src-main/services/atomicWrite';",
      /only through the contract/,
    ],
  ])('%s refuses %s: %s', async (_layer, filePath, code, message) => {
    const findings = await importFindings(`${code}\nexport const probe = 1;\n`, filePath);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(message);
  });

  it.each([
    [
      'the renderer imports the contract',
      'src-renderer/src/features/probe.ts',
      "import { desktopChannels } from '../../../src-main/shared/contract';",
    ],
    [
      'domain imports the contract',
      'src-renderer/src/domain/probe.ts',
      "import type { BackupReason } from '../../../src-main/shared/contract';",
    ],
    ['the contract imports zod', 'src-main/shared/probe.ts', "import { z } from 'zod';"],
    ['services import Node', 'src-main/services/probe.ts', "import { readFile } from 'node:fs/promises';"],
    [
      'features use React and the database',
      'src-renderer/src/features/probe.ts',
      "import { useState } from 'react';\nimport { db } from '../db/database';",
    ],
  ])('allows what the layers are for: %s', async (_case, filePath, code) => {
    expect(await importFindings(`${code}\nexport const probe = 1;\n`, filePath)).toEqual([]);
  });

  it('gives each runtime its own globals: no `window` in main, no `process` in the renderer', async () => {
    const undefinedNames = async (code: string, filePath: string) => {
      const [result] = await eslint.lintText(code, { filePath });
      return (result?.messages ?? []).filter((message) => message.ruleId === 'no-undef').map((message) => message.message);
    };
    expect(await undefinedNames('export const width = window.innerWidth;\n', 'src-main/probe.mjs')).toEqual(["'window' is not defined."]);
    expect(await undefinedNames('export const home = process.env.HOME;\n', 'src-renderer/src/probe.mjs')).toEqual([
      "'process' is not defined.",
    ]);
    expect(await undefinedNames('export const both = [window, process];\n', 'tests/probe.mjs')).toEqual([]);
  });
});
