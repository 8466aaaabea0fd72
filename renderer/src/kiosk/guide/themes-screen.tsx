// 一事一导: the life events (出生, 上学, 就业, 开办企业...) as large tiles, for people or for
// businesses as chosen on the search screen; a tile lists the event's services in the usual order.
import type { Audience } from '../../../../domain/catalogue.ts';
import { useCall } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import './guide.css';

export function ThemesScreen({ audience }: { audience: Audience | null }) {
  const t = useT();
  const { go } = useVisit();
  const themes = useCall('catalogue.listThemes', {});
  const list = themes.state === 'done' ? themes.value.filter((th) => audience === null || th.audience === audience) : null;
  return (
    <ScreenFrame id="guide-themes" title={t('guide.themes.title')}>
      {themes.state === 'failed' && <p className="alert-inline">{t('error.generic', { code: themes.error.code })}</p>}
      {list !== null && list.length === 0 && <p className="center-message">{t('guide.list.empty')}</p>}
      {list !== null && list.length > 0 && (
        <nav className="tiles guide-tiles" data-testid="guide-themes">
          {list.map((th) => (
            <Button key={th.code} variant="tile" onPress={() => go({ name: 'guide.items', params: { title: th.name, themeId: th.code, audience } })} testId={`theme-${th.code}`}>
              <span className="entry-title">{th.name}</span>
              <span className="tile-note">
                {th.description} · {t('guide.themes.items', { n: th.itemIds.length })}
              </span>
            </Button>
          ))}
        </nav>
      )}
    </ScreenFrame>
  );
}
