import type { StateCreator } from 'zustand';
import type { InsightsPeriod, QuarterKey } from '../domain/quarters';

export interface InsightsSlice {
  insightsPeriod: InsightsPeriod;
  /** The quarter coverage and gaps look at; null means the latest quarter of the period. */
  insightsQuarter: QuarterKey | null;
  /** The quarter whose review is open for writing, or null. */
  reviewQuarter: QuarterKey | null;
  setInsightsPeriod: (period: InsightsPeriod) => void;
  openReview: (quarter: QuarterKey | null) => void;
  setInsightsQuarter: (quarter: QuarterKey | null) => void;
}

export const createInsightsSlice: StateCreator<InsightsSlice, [], [], InsightsSlice> = (set) => ({
  insightsPeriod: { kind: 'last-quarters', count: 4 },
  insightsQuarter: null,
  reviewQuarter: null,
  openReview: (quarter) => set(quarter ? { reviewQuarter: quarter, insightsQuarter: quarter } : { reviewQuarter: null }),
  setInsightsPeriod: (period) => set({ insightsPeriod: period, insightsQuarter: null }),
  setInsightsQuarter: (quarter) => set({ insightsQuarter: quarter }),
});
