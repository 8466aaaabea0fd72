// The kiosk's home: the hall's tasks as large entries (取号 first, with how many wait), the ID card on
// the reader if any, and the settings anyone may need (larger text and contrast, language) in one
// place that never moves.
import type { CardState } from '../../../../main/contract/index.ts';
import type { HomeEntry } from '../../../../domain/terminal.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useVisit } from '../visit.tsx';
import { availableEntries } from './entries.ts';
import { HallNotices } from './notices.tsx';
import { CardNotice } from '../card-notice.tsx';
import { useCategories } from '../queue/use-categories.ts';

export interface HomeScreenProps {
  readonly entries: readonly HomeEntry[];
  readonly card: CardState;
}

export function HomeScreen({ entries, card }: HomeScreenProps) {
  const categories = useCategories();
  // People waiting across the hall's businesses now; not said while the platform cannot tell.
  const waiting = categories.state === 'done' && categories.value.online ? categories.value.categories.reduce((n, c) => n + (c.waiting ?? 0), 0) : null;
  const t = useT();
  const { go } = useVisit();
  const shown = availableEntries(entries);
  return (
    <div className="home" data-testid="home">
      <section className="welcome">
        <h2>{t('home.welcome')}</h2>
        <p>{t('home.hint')}</p>
      </section>
      {/* Above the entries, so it never moves when they load: a citizen who needs it finds it in one place. */}
      <nav className="settings-row" aria-label={t('home.more')}>
        <Button variant="secondary" onPress={() => go({ name: 'accessibility' })} testId="tile-accessibility">
          {t('home.accessibility')}
        </Button>
        <Button variant="secondary" onPress={() => go({ name: 'language' })} testId="tile-language">
          {t('home.language')}
        </Button>
      </nav>
      <CardNotice card={card} left="card.left" />
      <nav className="tiles entries" aria-label={t('home.hint')}>
        {shown.map(({ id, def }, i) => (
          <Button key={id} variant="tile" onPress={() => go(def.route)} testId={`entry-${id}`}>
            <span className={i === 0 ? 'entry-title entry-first' : 'entry-title'}>
              {t(def.title)}
            </span>
            <span className="tile-note">{id === 'ticket' && waiting !== null ? t('entry.ticket.waiting', { n: waiting }) : t(def.note)}</span>
          </Button>
        ))}
      </nav>
      <HallNotices />
    </div>
  );
}
