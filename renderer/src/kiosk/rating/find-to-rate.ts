// "Find my case" for 好差评 (purpose 'rate' of cases/case-find-screen.tsx): the card's cases that can
// still be rated, or one case by number and query code if it can; then the rating screens.
import type { KioskError } from '../../../../domain/errors.ts';
import type { Result } from '../../../../domain/result.ts';
import { api } from '../../api/client.ts';
import type { VisitControls } from '../visit.tsx';

/** Runs a request with the find screen's busy and failure handling; null when it failed. */
type Ask = <T>(request: () => Promise<Result<T, KioskError>>) => Promise<T | null>;

export function findToRate(go: VisitControls['go'], ask: Ask) {
  return {
    async byCard(): Promise<void> {
      const found = await ask(() => api.rating.lookup({}));
      if (found) go({ name: 'rating.cases', params: found });
    },
    async byNumber(caseNumber: string, queryCode: string): Promise<void> {
      const found = await ask(() => api.rating.query({ caseNumber, queryCode }));
      if (found) go({ name: 'rating.levels', params: { draft: { case: found.case, byCard: false, followUpWorkingDays: found.followUpWorkingDays } } });
    },
  };
}
