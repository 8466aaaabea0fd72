// The services of one life event (in the order a citizen usually handles them) or of one department.
import { useCall } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { ItemsParams } from '../routes.ts';
import { ScreenFrame } from '../screen-frame.tsx';
import { ItemList } from './item-list.tsx';
import './guide.css';

export function ItemsScreen({ params }: { params: ItemsParams }) {
  const t = useT();
  const { title, themeId, deptCode, audience } = params;
  const items = useCall('catalogue.browse', {
    ...(themeId === undefined ? {} : { themeId }),
    ...(deptCode === undefined ? {} : { deptCode }),
    ...(audience === null ? {} : { audience }),
  });
  return (
    <ScreenFrame id="guide-items" title={title}>
      {items.state === 'failed' && <p className="alert-inline">{t('error.generic', { code: items.error.code })}</p>}
      {items.state === 'done' &&
        (items.value.items.length === 0 ? (
          <p className="center-message">{t('guide.list.empty')}</p>
        ) : (
          <>
            <p className="guide-count">{t('guide.list.count', { n: items.value.total })}</p>
            <ItemList items={items.value.items} testId="guide-list" />
          </>
        ))}
    </ScreenFrame>
  );
}
