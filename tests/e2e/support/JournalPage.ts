import { expect, type Locator, type Page } from '@playwright/test';

/** Every field of the entry editor a test can fill, by its visible label. */
export interface EntryFields {
  title: string;
  date?: string;
  kind?: string;
  scope?: string;
  competencies?: string[];
  tags?: string;
  impact?: string;
  body?: string;
  people?: string;
  links?: string;
  aiAssist?: string;
  starred?: boolean;
  metric?: { name: string; value: string; unit: string };
  followUpOn?: string;
  outcome?: string;
  options?: string;
  choice?: string;
  confidence?: string;
}

/** The journal as a user sees it, by role and accessible name. */
export class JournalPage {
  readonly search: Locator;
  readonly entryCount: Locator;
  /** The timeline: month headings and one article per entry. */
  readonly list: Locator;
  readonly editor: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search entries' });
    this.entryCount = page.locator('.journal-main').getByRole('status');
    this.list = page.getByRole('region', { name: 'Entries', exact: true });
    this.editor = page.getByRole('complementary', { name: 'Entry editor' });
    this.panel = page.getByRole('complementary', { name: 'Entry' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  /** Opens the app fresh and chooses an empty journal. */
  async openEmpty(): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'Start empty' }).click();
    await expect(this.entryCount).toHaveText('0 entries');
  }

  /** Opens the app fresh with the sample journal loaded. */
  async openWithSample(): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'Load sample journal' }).click();
    await expect(this.list.getByRole('article').first()).toBeVisible();
  }

  article(title: string): Locator {
    return this.list.getByRole('article', { name: title, exact: true });
  }

  async expectCount(count: number): Promise<void> {
    await expect(this.entryCount).toHaveText(new RegExp(`^${count.toLocaleString('en-US')} entr(y|ies)`));
  }

  /** The number in "N entries". */
  async count(): Promise<number> {
    const text = (await this.entryCount.textContent()) ?? '';
    return Number(text.replace(/[^\d].*$/, '').replace(/,/g, ''));
  }

  async fillEditor(fields: EntryFields): Promise<void> {
    const editor = this.editor;
    await editor.getByLabel('Title', { exact: true }).fill(fields.title);
    if (fields.date) await editor.getByLabel('Date', { exact: true }).fill(fields.date);
    if (fields.kind) await editor.getByLabel('Kind', { exact: true }).selectOption({ label: fields.kind });
    if (fields.scope) await editor.getByLabel('Scope', { exact: true }).selectOption({ label: fields.scope });
    if (fields.starred !== undefined) await editor.getByLabel('Starred', { exact: true }).setChecked(fields.starred);
    for (const name of fields.competencies ?? []) {
      await editor.getByRole('group', { name: 'Competencies' }).getByRole('checkbox', { name, exact: true }).check();
    }
    if (fields.impact !== undefined) await editor.getByLabel('Impact', { exact: true }).fill(fields.impact);
    if (fields.metric) {
      await editor.getByLabel('Metric name').fill(fields.metric.name);
      await editor.getByLabel('Metric value').fill(fields.metric.value);
      await editor.getByLabel('Metric unit').fill(fields.metric.unit);
    }
    if (fields.body !== undefined) await editor.getByLabel('Body', { exact: true }).fill(fields.body);
    if (fields.options !== undefined) await editor.getByLabel('Options considered').fill(fields.options);
    if (fields.choice !== undefined) await editor.getByLabel('Choice', { exact: true }).fill(fields.choice);
    if (fields.confidence !== undefined) await editor.getByLabel('Confidence (%)').fill(fields.confidence);
    if (fields.followUpOn !== undefined) await editor.getByLabel('Follow-up on').fill(fields.followUpOn);
    if (fields.outcome !== undefined) await editor.getByLabel('Outcome', { exact: true }).fill(fields.outcome);
    if (fields.tags !== undefined) await editor.getByLabel('Tags', { exact: true }).fill(fields.tags);
    if (fields.people !== undefined) await editor.getByLabel('People', { exact: true }).fill(fields.people);
    if (fields.links !== undefined) await editor.getByLabel('Links', { exact: true }).fill(fields.links);
    if (fields.aiAssist !== undefined) await editor.getByLabel('AI assistance').fill(fields.aiAssist);
  }

  /** "New entry", fill, "Save"; waits until the saved entry is shown. */
  async createEntry(fields: EntryFields): Promise<void> {
    await this.page.getByRole('button', { name: 'New entry' }).click();
    await this.fillEditor(fields);
    await this.editor.getByRole('button', { name: 'Save' }).click();
    await expect(this.panel.getByRole('heading', { name: fields.title, exact: true })).toBeVisible();
  }

  async filterBy(label: string, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }
}
