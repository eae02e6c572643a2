// The journal's search, bundled on its own by bench/search-compare.mjs so Node can run it (Node 20
// cannot strip TypeScript). Not part of the app.
export * from '../src-renderer/src/domain/entries/search.ts';
export { JournalSearch } from '../src-renderer/src/domain/entries/journalSearch.ts';
