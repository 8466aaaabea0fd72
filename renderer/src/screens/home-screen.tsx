// The kiosk's home: the businesses a ticket can be taken for, as large tiles with how many wait
// (a queue-number taker is done in two taps), the ID card on the reader if any, and the settings
// anyone may need (larger text, high contrast, English).
import type { CardState, CategoryTile } from '../../../main/contract/index.ts';
import { useT } from '../i18n/i18n.tsx';
import { Button } from '../ui/button.tsx';

export interface HomeScreenProps {
  readonly categories: readonly CategoryTile[] | null;
  readonly online: boolean;
  readonly card: CardState;
  readonly onTake: (category: CategoryTile) => void;
  readonly onAccessibility: () => void;
  readonly onToggleLanguage: () => void;
}

export function HomeScreen({ categories, online, card, onTake, onAccessibility, onToggleLanguage }: HomeScreenProps) {
  const t = useT();
  const holder = card.holder;
  return (
    <>
      <section className="welcome">
        <h2>{t('home.welcome')}</h2>
        <p>{t('home.takeTicket')}</p>
      </section>
      {/* Above the tiles, so it never moves when they load: a citizen who needs it finds it in one place. */}
      <nav className="settings-row" aria-label={t('home.more')}>
        <Button variant="secondary" onPress={onAccessibility} testId="tile-accessibility">
          {t('home.accessibility')}
        </Button>
        <Button variant="secondary" onPress={onToggleLanguage} testId="tile-language">
          {t('home.language')}
        </Button>
      </nav>
      {holder && (
        <section className="card-holder" data-testid="card-holder" role="status">
          <strong>{t('card.present', { name: holder.nameMasked, id: holder.idMasked })}</strong>
          <span>{t('card.hint')}</span>
        </section>
      )}
      {card.cardLeft && (
        <section className="card-holder card-left" data-testid="card-left" role="alert">
          <strong>{t('card.left')}</strong>
        </section>
      )}
      {!online && categories !== null && categories.length > 0 && (
        <p className="alert-inline" data-testid="home-offline" role="status">
          {t(categories.some((c) => c.offlineAvailable) ? 'home.offline' : 'home.offlineNone')}
        </p>
      )}
      {categories === null ? null : categories.length === 0 ? (
        <p className="center-message">{t('home.noCategories')}</p>
      ) : (
        <nav className="tiles categories" aria-label={t('home.takeTicket')}>
          {categories.map((c) => {
            const usable = online || c.offlineAvailable;
            return (
              <Button key={c.id} variant="tile" onPress={() => onTake(c)} disabled={!usable} testId={`category-${c.id}`}>
                <span className="tile-title">
                  <span className="tile-prefix" aria-hidden="true">
                    {c.prefix}
                  </span>
                  {c.name}
                </span>
                <span className="tile-note">
                  {c.waiting !== null && t('tile.waiting', { n: c.waiting })}
                  {c.estimatedWaitMinutes !== null && c.waiting !== null && c.waiting > 0 && ` · ${t('tile.wait', { m: c.estimatedWaitMinutes })}`}
                  {c.realNameRequired && ` · ${t('tile.realName')}`}
                  {!online && c.offlineAvailable && t('tile.offline')}
                </span>
              </Button>
            );
          })}
        </nav>
      )}
    </>
  );
}
