import { quarterLabel, type QuarterKey } from '../../domain/quarters';
import type { QuarterlyReview } from '../../domain/types';
import { useUiStore } from '../../store/uiStore';

/** Saved quarterly reviews, and the way to start (or reopen) the chosen quarter's. */
export function ReviewsPanel({ reviews, quarter }: { reviews: readonly QuarterlyReview[]; quarter: QuarterKey }) {
  const openReview = useUiStore((state) => state.openReview);
  const hasReview = reviews.some((review) => review.quarter === quarter);
  return (
    <section className="insight-panel" aria-labelledby="reviews-heading">
      <div className="panel-header">
        <h2 id="reviews-heading">Quarterly reviews</h2>
        <button type="button" className="primary" onClick={() => openReview(quarter)}>
          {hasReview ? `Edit review of ${quarterLabel(quarter)}` : 'Start quarterly review'}
        </button>
      </div>
      {reviews.length === 0 ? (
        <p className="muted">No reviews yet. A review each quarter turns the charts into a plan.</p>
      ) : (
        <ul className="review-list">
          {reviews.map((review) => (
            <li key={review.id}>
              <article aria-label={`Review of ${quarterLabel(review.quarter)}`}>
                <h3>{quarterLabel(review.quarter)}</h3>
                <p>{review.summary || <span className="muted">No summary written.</span>}</p>
                <button type="button" className="link-button" onClick={() => openReview(review.quarter)}>
                  Edit
                </button>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
