// Large text and high contrast, switched by the citizen for this visit only.
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';

export function AccessibilityScreen() {
  const t = useT();
  const { visit, setMode } = useVisit();
  const mode = visit.settings.mode;
  const onChange = setMode;
  const row = (key: 'largeText' | 'highContrast') => (
    <div className="setting">
      <span>{t(`a11y.${key}`)}</span>
      <Button variant="toggle" pressed={mode[key]} onPress={() => onChange({ ...mode, [key]: !mode[key] })} testId={`toggle-${key}`}>
        {mode[key] ? t('a11y.on') : t('a11y.off')}
      </Button>
    </div>
  );
  return (
    <ScreenFrame id="accessibility" title={t('a11y.title')}>
      <section className="panel" data-testid="accessibility-screen">
        {row('largeText')}
        {row('highContrast')}
        <p className="muted">{t('a11y.note')}</p>
      </section>
    </ScreenFrame>
  );
}
