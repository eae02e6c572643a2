// The Insights screen's pure shaping functions and the default framework, bundled on their own by
// bench/aggregation.mjs so the benchmark can time them inside the page (the app's bundle does not
// expose them). Not part of the app.
export {
  activityByKind,
  awaitingOutcome,
  competencyCoverage,
  findGaps,
  scopeOverTime,
} from '../src-renderer/src/domain/insights/insights.ts';
export { periodQuarters } from '../src-renderer/src/domain/quarters.ts';
export { defaultFramework } from '../src-renderer/src/domain/framework/content/defaultFramework.ts';
