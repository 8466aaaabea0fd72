// What every kiosk screen may need while it works: a "please wait" over the screen while a request
// runs, and a failure said in plain words (what happened, what to do now) that the citizen closes.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { KioskError } from '../../../domain/errors.ts';
import type { Result } from '../../../domain/result.ts';
import { translate, useLocale, useT, type MessageKey } from '../i18n/i18n.tsx';
import { zhCN } from '../locales/index.ts';
import { Button } from '../ui/button.tsx';
import { speechLocale } from '../voice/speech-plan.ts';
import { useSayOnShow } from '../voice/voice.tsx';

export interface Feedback {
  /** Runs a request with the busy overlay; a failure is shown and null returned. One at a time. */
  run<T>(request: () => Promise<Result<T, KioskError>>, busyText?: MessageKey): Promise<T | null>;
  show(error: KioskError): void;
  readonly busy: boolean;
}

const FeedbackContext = createContext<Feedback | null>(null);

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [busy, setBusy] = useState<MessageKey | null>(null);
  const [problem, setProblem] = useState<KioskError | null>(null);
  const run = useCallback(async <T,>(request: () => Promise<Result<T, KioskError>>, busyText: MessageKey = 'issue.busy'): Promise<T | null> => {
    setBusy(busyText);
    try {
      const r = await request();
      if (r.ok) return r.value;
      setProblem(r.error);
      return null;
    } finally {
      setBusy(null);
    }
  }, []);
  const value = useMemo<Feedback>(() => ({ run, show: setProblem, busy: busy !== null }), [run, busy]);
  return (
    <FeedbackContext.Provider value={value}>
      {children}
      {busy && <Busy text={busy} />}
      {problem && <Problem error={problem} onClose={() => setProblem(null)} />}
    </FeedbackContext.Provider>
  );
}

export function useFeedback(): Feedback {
  const f = useContext(FeedbackContext);
  if (!f) throw new Error('useFeedback outside a FeedbackProvider');
  return f;
}

function Busy({ text }: { text: MessageKey }) {
  const t = useT();
  return (
    <div className="overlay" data-testid="busy" role="status">
      <div className="panel">{t(text)}</div>
    </div>
  );
}

/** The words for an error code: its own text where one is written (`error.<code>`), else the generic one with the code. */
export function errorText(t: ReturnType<typeof useT>, error: KioskError): string {
  const key = `error.${error.code}`;
  return key in zhCN ? t(key as MessageKey, detailWords(error.details)) : t('error.generic', { code: error.code });
}

/** An error's plain specifics (details.validTo: "2024-05-01") as the text's {placeholders}; never personal data. */
function detailWords(details: unknown): Record<string, string> {
  if (typeof details !== 'object' || details === null) return {};
  return Object.fromEntries(Object.entries(details).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number').map(([k, v]) => [k, String(v)]));
}

function Problem({ error, onClose }: { error: KioskError; onClose: () => void }) {
  const t = useT();
  // Said in the voice's language: a Uyghur screen is spoken in Chinese, so the Chinese words are said.
  const voiceLocale = speechLocale(useLocale());
  useSayOnShow({ kind: 'failure', words: errorText((key, params) => translate(voiceLocale, key, params), error) });
  return (
    <div className="overlay" data-testid="problem" data-code={error.code} role="alertdialog" aria-modal="true" aria-labelledby="problem-text">
      <div className="panel">
        <p id="problem-text">{errorText(t, error)}</p>
        <Button onPress={onClose} testId="problem-ok">
          {t('error.ok')}
        </Button>
      </div>
    </div>
  );
}
