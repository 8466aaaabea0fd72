// The outbox: how many wait and how many the platform refused, and the oldest waiting since when.
import type { AdminStatus } from '../../../../main/contract/index.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Section, useAdminPanel } from './panel-parts.tsx';

export function OutboxSection({ outbox }: { outbox: AdminStatus['snapshot']['outbox'] }) {
  const t = useT();
  const { time } = useAdminPanel();
  return (
    <Section title={t('admin.outbox')} testId="admin-outbox">
      <p data-testid="admin-outbox-line">{t('admin.outbox.line', { pending: outbox.pending, refused: outbox.refused })}</p>
      {outbox.oldestPendingAt && <p>{t('admin.outbox.oldest', { at: time(outbox.oldestPendingAt) })}</p>}
    </Section>
  );
}
