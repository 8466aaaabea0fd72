// The network check: DNS, TCP and HTTP to the platform with their timings, and a plain verdict.
import { useState } from 'react';
import type { NetworkCheck } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { errorWords, stepWords, verdictWords } from '../admin-words.ts';
import { OutcomeLine, Section, useAction, useAdminPanel } from './panel-parts.tsx';

export function NetworkSection() {
  const t = useT();
  const { call } = useAdminPanel();
  const [check, setCheck] = useState<NetworkCheck | null>(null);
  const [outcome, busy, run] = useAction();
  return (
    <Section title={t('admin.network')} testId="admin-network">
      <Button
        disabled={busy}
        testId="admin-network-run"
        onPress={() => run(async () => {
          const r = await call(() => api.admin.networkCheck());
          if (!r.ok) return { ok: false, words: (t) => errorWords(r.error, t) };
          setCheck(r.value);
          return { ok: r.value.verdict === 'ok', words: (t) => verdictWords(r.value, t) };
        })}
      >
        {busy ? t('admin.network.running') : t('admin.network.run')}
      </Button>
      {check && !busy && (
        <table className="admin-steps" data-testid="admin-network-steps">
          <tbody>
            {check.steps.map((st) => (
              <tr key={st.step} className={st.ok ? 'admin-note-good' : 'admin-note-bad'}>
                <th scope="row">{t(stepWords[st.step])}</th>
                <td>{st.ms === null ? t('admin.network.notTried') : `${st.ms} ms`}</td>
                {/* A step not tried is said once, in the panel's language (the core's detail repeats it in the log's English). */}
                <td>{st.ms === null ? null : st.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <OutcomeLine outcome={outcome} testId="admin-network-verdict" />
    </Section>
  );
}
