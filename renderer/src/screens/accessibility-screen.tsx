// Large text and high contrast, switched by the citizen for this visit only.
import type { ThemeMode } from '../ui/theme.ts';
import { useT } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';

export interface AccessibilityScreenProps {
  readonly mode: ThemeMode;
  readonly onChange: (mode: ThemeMode) => void;
  readonly onHome: () => void;
}

export function AccessibilityScreen({ mode, onChange, onHome }: AccessibilityScreenProps) {
  const t = useT();
  const row = (key: 'largeText' | 'highContrast') => (
    <div className="setting">
      <span>{t(`a11y.${key}`)}</span>
      <Button variant="toggle" pressed={mode[key]} onPress={() => onChange({ ...mode, [key]: !mode[key] })} testId={`toggle-${key}`}>
        {mode[key] ? t('a11y.on') : t('a11y.off')}
      </Button>
    </div>
  );
  return (
    <section className="panel" data-testid="accessibility-screen">
      <h2>{t('a11y.title')}</h2>
      {row('largeText')}
      {row('highContrast')}
      <p className="muted">{t('a11y.note')}</p>
      <Button variant="secondary" onPress={onHome} testId="nav-home">
        {t('nav.home')}
      </Button>
    </section>
  );
}
