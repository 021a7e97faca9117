import { Route, Switch } from 'wouter';
import { NotFound } from '../../shell/page-states.tsx';
import { ReportReview } from './report-review.view.tsx';
import './review.css';
import { ReviewQueue } from './review-queue.view.tsx';

/** Nested under /review: the queue at its root, one report's review at /review/:id. */
export function ReviewPage() {
  return (
    <main id="main" className="page page-wide review-page">
      <Switch>
        <Route path="/" component={ReviewQueue} />
        <Route path="/:id">
          {(p) => (/^\d+$/.test(p.id) ? <ReportReview id={Number(p.id)} /> : <NotFound />)}
        </Route>
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </main>
  );
}
