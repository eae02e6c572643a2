// @ts-check
/**
 * Seeding the journal up to a size, as a user's journal would have been written: through the app's
 * own database class (`ScopeJournalDatabase`, from the data bundle built by aggregation.mjs),
 * `entries.bulkAdd` in transactions of `chunkSize` entries. Whatever the class keeps beside the
 * entries (its indexes, and derived tables its middleware writes in the same transaction as each
 * entries write) is written as the app would write it, before and after such a table exists.
 *
 * It runs in a blank document of the app's origin (served by the bench itself, not by the app), so
 * no copy of the app is open meanwhile to re-read the journal after every transaction. The page is
 * left on the app again, loaded.
 */
import { dataGlobal } from './aggregation.mjs';
import { baseUrl, chunkSize, dbName, lastDay } from './config.mjs';
import { loadDataBundle } from './data-page-setup.mjs';
import { generateEntries } from './generate.mjs';
import { seedEntries } from './record-probes.mjs';

/** The blank document the seeding runs in: same origin as the app, so the same IndexedDB. */
const seedUrl = `${baseUrl}__bench-seed`;

/**
 * @typedef {object} Seeding  how long bringing the journal to a size took
 * @property {number} from  entries before
 * @property {number} to  entries after
 * @property {number} totalMs  generating, sending and writing, from the blank document's load to the app's
 * @property {number} writeMs  the transactions alone (in the page)
 * @property {number} transactions
 */

/**
 * Brings the journal from `from` to `to` entries. The first write (from 0) also marks the first run
 * done, so the app opens on the journal.
 * @param {{ page: import('playwright-core').Page, bundle: string, from: number, to: number }} args
 *   `bundle` is the code from buildDataBundle()
 * @returns {Promise<Seeding>}
 */
export async function seedJournal({ page, bundle, from, to }) {
  const started = Date.now();
  await page.route(seedUrl, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>Seeding</title>' }),
  );
  let writeMs = 0;
  let transactions = 0;
  try {
    await page.goto(seedUrl);
    await page.evaluate(`window.__benchDataInit = function () {\n${bundle}\nreturn ${dataGlobal};\n};`);
    await page.evaluate(loadDataBundle);
    for (let start = from; start < to; start += chunkSize) {
      const entries = generateEntries(start, Math.min(chunkSize, to - start), undefined, lastDay);
      const written = await page.evaluate(seedEntries, {
        dbName,
        entriesJson: JSON.stringify(entries),
        settings: start === 0 ? [{ key: 'firstRunComplete', value: true }] : [],
      });
      writeMs += written.writeMs;
      transactions += 1;
      if (start + entries.length === to && written.count !== to) throw new Error(`seeded ${written.count} entries, expected ${to}`);
    }
  } finally {
    await page.unroute(seedUrl);
  }
  await page.goto(baseUrl);
  return { from, to, totalMs: Date.now() - started, writeMs, transactions };
}
