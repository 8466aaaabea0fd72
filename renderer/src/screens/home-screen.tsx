// The kiosk's attract/home screen: who we are, what can be done here, and how the terminal is.
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';

export interface HomeScreenProps {
  readonly onAccessibility: () => void;
  readonly onToggleLanguage: () => void;
}

function Tile({ title, note, onPress, testId }: { title: string; note: string; onPress: () => void; testId: string }): ReactNode {
  return (
    <Button variant="tile" onPress={onPress} testId={testId}>
      <span>{title}</span>
      <span className="tile-note">{note}</span>
    </Button>
  );
}

export function HomeScreen({ onAccessibility, onToggleLanguage }: HomeScreenProps) {
  const t = useT();
  return (
    <>
      <section className="welcome">
        <h2>{t('home.welcome')}</h2>
        <p>{t('home.hint')}</p>
      </section>
      <nav className="tiles" aria-label={t('home.hint')}>
        <Tile title={t('home.accessibility')} note={t('home.accessibility.note')} onPress={onAccessibility} testId="tile-accessibility" />
        <Tile title={t('home.language')} note={t('home.language.note')} onPress={onToggleLanguage} testId="tile-language" />
      </nav>
    </>
  );
}
