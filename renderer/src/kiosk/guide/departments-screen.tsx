// The departments with services in this hall's catalogue, as large tiles; a tile lists its services.
import type { Audience } from '../../../../domain/catalogue.ts';
import { useCall } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import './guide.css';

export function DepartmentsScreen({ audience }: { audience: Audience | null }) {
  const t = useT();
  const { go } = useVisit();
  const departments = useCall('catalogue.listDepartments', {});
  return (
    <ScreenFrame id="guide-departments" title={t('guide.departments.title')}>
      {departments.state === 'failed' && <p className="alert-inline">{t('error.generic', { code: departments.error.code })}</p>}
      {departments.state === 'done' && departments.value.length === 0 && <p className="center-message">{t('guide.list.empty')}</p>}
      {departments.state === 'done' && departments.value.length > 0 && (
        <nav className="tiles guide-tiles" data-testid="guide-departments">
          {departments.value.map((d) => (
            <Button key={d.code} variant="tile" onPress={() => go({ name: 'guide.items', params: { title: d.name, deptCode: d.code, audience } })} testId={`dept-${d.code}`}>
              <span className="entry-title">{d.shortName}</span>
              <span className="tile-note">{d.name}</span>
            </Button>
          ))}
        </nav>
      )}
    </ScreenFrame>
  );
}
