// SLOT (issue 14, window rating): the citizen-facing rating prompt after finish, shown in the
// workspace's citizen-side area; it decides itself when it has something to show. A placeholder that
// renders nothing until its engineer fills it.
import type { ReactNode } from 'react';

export function CitizenRatingPanel(): ReactNode {
  return null;
}
