// The language of this visit: each offered in its own words, so anyone finds theirs.
import { useLocale, useT } from '../../i18n/i18n.tsx';
import { direction, selfName, type Locale } from '../../locales/index.ts';
import { Button } from '../../ui/button.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';

export function LanguageScreen() {
  const t = useT();
  const current = useLocale();
  const { setLocale, home } = useVisit();
  return (
    <ScreenFrame id="language" title={t('language.title')}>
      <div className="choice-list" data-testid="language-screen">
        {(Object.keys(selfName) as Locale[]).map((l) => (
          <Button
            key={l}
            variant="toggle"
            pressed={l === current}
            onPress={() => {
              setLocale(l);
              home();
            }}
            testId={`language-${l}`}
          >
            <span lang={l} dir={direction[l]}>
              {selfName[l]}
            </span>
          </Button>
        ))}
      </div>
    </ScreenFrame>
  );
}
