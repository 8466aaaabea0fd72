// The words of a case on the screens: its state, a step's state, and what the applicant does next
// (with where a result waiting at a window is collected). Pure, over the visit's `t`.
import type { CaseView } from '../../../../main/contract/index.ts';
import { formatHallTime } from '../../../../domain/hall-time.ts';
import type { useT } from '../../i18n/i18n.tsx';

type T = ReturnType<typeof useT>;

export function statusText(t: T, status: CaseView['status']): string {
  switch (status) {
    case 'accepted':
      return t('cases.status.accepted');
    case 'inReview':
      return t('cases.status.inReview');
    case 'correction':
      return t('cases.status.correction');
    case 'ready':
      return t('cases.status.ready');
    case 'delivered':
      return t('cases.status.delivered');
    case 'rejected':
      return t('cases.status.rejected');
  }
}

export function stepText(t: T, status: CaseView['steps'][number]['status']): string {
  switch (status) {
    case 'done':
      return t('cases.step.done');
    case 'current':
      return t('cases.step.current');
    case 'pending':
      return t('cases.step.pending');
  }
}

export function nextStepText(t: T, c: CaseView): string {
  switch (c.status) {
    case 'accepted':
    case 'inReview':
      return t('cases.next.waiting', { date: c.promisedBy });
    case 'correction':
      return t('cases.next.correction');
    case 'ready':
      if (c.delivery.method === 'express') return c.delivery.trackingNumber ? t('cases.next.expressTracking', { no: c.delivery.trackingNumber }) : t('cases.next.express');
      return c.collection ? t('cases.next.collect', { place: c.collection.name, area: c.collection.area }) : t('cases.next.collectHere');
    case 'delivered':
      return t('cases.next.delivered');
    case 'rejected':
      return t('cases.next.rejected');
  }
}

/** "2026-11-24 09:07" in the hall's zone. */
export const hallTime = (iso: string, timeZone: string): string => formatHallTime(iso, timeZone);
