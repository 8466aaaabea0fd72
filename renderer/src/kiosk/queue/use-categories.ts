// The businesses a ticket can be taken for, with how many wait, as the home and the tiles show them:
// asked when the screen appears and again whenever the platform link changes (counts and the offline
// state move with it).
import { useEffect } from 'react';
import { useCall, useStatus } from '../../api/hooks.ts';

export function useCategories() {
  const categories = useCall('queue.listCategories', {});
  const status = useStatus();
  const { reload } = categories;
  useEffect(() => reload(), [status?.platform.state, reload]);
  return categories;
}
