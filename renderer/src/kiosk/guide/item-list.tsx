// A list of service items as large rows: name, department, how many visits to the hall (跑动次数),
// whether it can be done online. A row opens the item's guide.
import type { ItemListing } from '../../../../main/contract/index.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useVisit } from '../visit.tsx';
import './guide.css';

/** 跑动次数 in words: "不用跑" or "跑动 N 次". */
export function visitsText(t: ReturnType<typeof useT>, visits: number): string {
  return visits === 0 ? t('guide.item.visits0') : t('guide.item.visits', { n: visits });
}

export function ItemList({ items, testId, query }: { items: readonly ItemListing[]; testId: string; query?: string }) {
  const t = useT();
  const { go } = useVisit();
  return (
    <ol className="guide-items" data-testid={testId} data-query={query} data-count={items.length}>
      {items.map((item) => (
        <li key={item.id}>
          <Button variant="tile" onPress={() => go({ name: 'guide.item', params: { id: item.id } })} testId={`item-${item.id}`}>
            <span className="guide-item-name">{item.name}</span>
            <span className="guide-item-facts">
              <span>{item.deptName}</span>
              <span className="guide-chip" data-testid="item-visits">
                {visitsText(t, item.visitsRequired)}
              </span>
              <span className={item.isOnline ? 'guide-chip guide-chip-ok' : 'guide-chip'}>{item.isOnline ? t('guide.item.online') : t('guide.item.offlineOnly')}</span>
            </span>
          </Button>
        </li>
      ))}
    </ol>
  );
}
