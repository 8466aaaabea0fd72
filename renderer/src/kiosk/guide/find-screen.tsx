// Finding a service: type on the kiosk's keyboard (Chinese, pinyin, pinyin initials such as "sfz",
// or an item code) and the ranked results follow each key; or browse by life event (一事一导) or by
// department; and keep to services for people or for businesses. Nothing found: near spellings
// that do find something, and the life events.
import type { Audience } from '../../../../domain/catalogue.ts';
import { useCall } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { ItemList } from './item-list.tsx';
import { useRemembered } from './remembered.ts';
import { RESULT_LIMIT, useItemSearch, type SearchState } from './use-item-search.ts';
import './guide.css';

const audiences: readonly (Audience | null)[] = [null, 'person', 'enterprise'];

export function FindScreen() {
  const t = useT();
  const { go } = useVisit();
  // Kept with this screen's place in the visit: back from a guide finds the text still typed.
  const [query, setQuery] = useRemembered('query', '');
  const [audience, setAudience] = useRemembered<Audience | null>('audience', null);
  // Pinyin letters still being composed search too: `sfz` finds 身份证 before any character is chosen.
  const [composition, setComposition] = useRemembered('composition', '');
  const typed = query + composition;
  const search = useItemSearch(typed, audience);
  return (
    <ScreenFrame
      id="guide-find"
      title={t('guide.find.title')}
      actions={
        <div className="guide-keyboard">
          <KeyboardInput value={query} onChange={setQuery} onComposition={setComposition} initialComposition={composition} layout="pinyin" placeholder={t('guide.search.placeholder')} maxLength={30} testId="guide-search" />
        </div>
      }
    >
      <nav className="guide-audience" aria-label={t('guide.audience.label')}>
        {audiences.map((a) => (
          <Button key={a ?? 'all'} variant="toggle" pressed={audience === a} onPress={() => setAudience(a)} testId={`audience-${a ?? 'all'}`}>
            {t(a === null ? 'guide.audience.all' : `guide.audience.${a}`)}
          </Button>
        ))}
      </nav>
      {typed.trim() === '' ? (
        <>
          <p className="muted">{t('guide.search.hint')}</p>
          <nav className="tiles guide-browse">
            <Button variant="tile" onPress={() => go({ name: 'guide.themes', params: { audience } })} testId="browse-themes">
              <span className="entry-title">{t('guide.browse.themes')}</span>
              <span className="tile-note">{t('guide.browse.themes.note')}</span>
            </Button>
            <Button variant="tile" onPress={() => go({ name: 'guide.departments', params: { audience } })} testId="browse-departments">
              <span className="entry-title">{t('guide.browse.departments')}</span>
              <span className="tile-note">{t('guide.browse.departments.note')}</span>
            </Button>
          </nav>
        </>
      ) : (
        <Results search={search} onTry={setQuery} audience={audience} />
      )}
    </ScreenFrame>
  );
}

function Results({ search, onTry, audience }: { search: SearchState; onTry: (q: string) => void; audience: Audience | null }) {
  const t = useT();
  switch (search.state) {
    case 'idle':
      return null;
    case 'failed':
      return (
        <p className="alert-inline" role="status" data-testid="guide-search-failed">
          {t('error.generic', { code: search.code })}
        </p>
      );
    case 'done':
      if (search.hits.length > 0) {
        return (
          <section aria-live="polite">
            <p className="guide-count" data-testid="guide-result-count">
              {t('guide.results.count', { n: search.hits.length })}
              {search.hits.length >= RESULT_LIMIT ? ` · ${t('guide.results.more', { n: RESULT_LIMIT })}` : ''}
            </p>
            <ItemList items={search.hits} testId="guide-results" query={search.query} />
          </section>
        );
      }
      return <NothingFound query={search.query} suggestions={search.suggestions} onTry={onTry} audience={audience} />;
    default:
      return search satisfies never;
  }
}

function NothingFound({ query, suggestions, onTry, audience }: { query: string; suggestions: readonly { query: string; count: number }[] | null; onTry: (q: string) => void; audience: Audience | null }) {
  const t = useT();
  const { go } = useVisit();
  const themes = useCall('catalogue.listThemes', {});
  const shown = themes.state === 'done' ? themes.value.filter((th) => audience === null || th.audience === audience).slice(0, 6) : [];
  return (
    <section className="guide-none" data-testid="guide-results" data-query={query} data-count={0} aria-live="polite">
      <p className="guide-none-title" data-testid="guide-none">
        {t('guide.results.none', { q: query })}
      </p>
      {suggestions !== null && suggestions.length > 0 && (
        <>
          <p>{t('guide.results.tryThese')}</p>
          <div className="guide-suggestions">
            {suggestions.map((s) => (
              <Button key={s.query} variant="secondary" onPress={() => onTry(s.query)} testId={`suggest-${s.query}`}>
                {t('guide.results.suggestion', { q: s.query, n: s.count })}
              </Button>
            ))}
          </div>
        </>
      )}
      {shown.length > 0 && (
        <>
          <p>{t('guide.results.tryThemes')}</p>
          <div className="guide-suggestions">
            {shown.map((th) => (
              <Button key={th.code} variant="secondary" onPress={() => go({ name: 'guide.items', params: { title: th.name, themeId: th.code, audience } })} testId={`suggest-theme-${th.code}`}>
                {th.name}
              </Button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
