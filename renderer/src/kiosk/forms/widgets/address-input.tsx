// An address: the region picked in three steps (province, city, county: GB/T 2260, regions.ts) from
// large buttons, then the street, number and room typed on the pinyin keyboard. The value is the form's
// AddressValue (regionCode, regionName, detail). A card's address pre-filled as the whole detail (no
// region yet) is kept; once the region is picked, its names are taken off the front of the detail, so
// the printed address does not repeat them. The region lists (about 160 kB) load with the first address.
import { useEffect, useState } from 'react';
import type { AddressValue } from '../../../../../domain/forms.ts';
import { useT, type MessageKey } from '../../../i18n/i18n.tsx';
import { Button } from '../../../ui/button.tsx';
import { KeyboardInput } from '../../../ui/keyboard/keyboard-input.tsx';
import { FieldFrame, type FieldShellProps } from './field-frame.tsx';
import type * as RegionsModule from './regions.ts';
import type { Region } from './regions.ts';

type Regions = typeof RegionsModule;

export interface AddressInputProps extends FieldShellProps {
  /** Absent while nothing is filled. */
  readonly value: AddressValue | undefined;
  readonly onChange: (value: AddressValue) => void;
  /** The most characters of the detail (AddressValue allows 120). */
  readonly maxLength?: number;
}

export const EMPTY_ADDRESS: AddressValue = { regionCode: null, regionName: '', detail: '' };

let loading: Promise<Regions> | null = null;
function loadRegions(): Promise<Regions> {
  loading ??= import('./regions.ts').catch((e: unknown) => {
    loading = null; // try again with the next address field
    throw e;
  });
  return loading;
}

type Loaded = { readonly state: 'loading' } | { readonly state: 'ready'; readonly regions: Regions } | { readonly state: 'failed' };

function useRegions(): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    loadRegions().then(
      (regions) => live && setLoaded({ state: 'ready', regions }),
      () => live && setLoaded({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}

/** Where the picker is: choosing a province, a city of one, or a county of a city. */
type Step = { readonly level: 'province' } | { readonly level: 'city'; readonly province: Region } | { readonly level: 'county'; readonly province: Region; readonly city: Region };

const STEP_WORDS: Readonly<Record<Step['level'], MessageKey>> = {
  province: 'formWidgets.address.province',
  city: 'formWidgets.address.city',
  county: 'formWidgets.address.county',
};

export function AddressInput({ value, onChange, maxLength = 120, ...shell }: AddressInputProps) {
  const t = useT();
  const { testId } = shell;
  const address = value ?? EMPTY_ADDRESS;
  const loaded = useRegions();
  const [step, setStep] = useState<Step | null>(null);

  const pick = (regions: Regions, code: string) => {
    onChange({ regionCode: code, regionName: regions.regionNameOf(code), detail: regions.withoutRegion(address.detail, code) });
    setStep(null);
  };

  return (
    <FieldFrame {...shell} kind="address">
      <div className="fw-address-region">
        <span className="fw-sub-label">{t('formWidgets.address.region')}</span>
        <output className={`fw-region-name${address.regionCode ? '' : ' is-empty'}`} data-testid={`${testId}-region`} data-code={address.regionCode ?? ''}>
          {address.regionCode ? address.regionName : t('formWidgets.address.noRegion')}
        </output>
        {step === null && (
          <Button variant={address.regionCode ? 'secondary' : 'primary'} onPress={() => setStep({ level: 'province' })} testId={`${testId}-pick`}>
            {t(address.regionCode ? 'formWidgets.address.change' : 'formWidgets.address.pick')}
          </Button>
        )}
      </div>
      {step !== null && (
        <div className="fw-picker" data-testid={`${testId}-picker`} data-level={step.level}>
          <p className="fw-picker-step">
            {t(STEP_WORDS[step.level])}
            {step.level !== 'province' && <span className="fw-picker-path">{step.level === 'city' ? step.province.name : `${step.province.name} › ${step.city.name}`}</span>}
          </p>
          {loaded.state === 'loading' && <p className="fw-note">{t('formWidgets.address.loading')}</p>}
          {loaded.state === 'failed' && (
            <p className="fw-error" role="alert">
              {t('formWidgets.address.failed')}
            </p>
          )}
          {loaded.state === 'ready' && <RegionGrid regions={loaded.regions} step={step} testId={testId} onStep={setStep} onPick={(code) => pick(loaded.regions, code)} />}
          <div className="fw-row">
            {step.level !== 'province' && (
              <Button variant="secondary" onPress={() => setStep(step.level === 'county' ? { level: 'city', province: step.province } : { level: 'province' })} testId={`${testId}-up`}>
                {t('formWidgets.address.up')}
              </Button>
            )}
            <Button variant="secondary" onPress={() => setStep(null)} testId={`${testId}-cancel`}>
              {t('formWidgets.address.cancel')}
            </Button>
          </div>
        </div>
      )}
      {address.regionCode === null && address.detail.trim() !== '' && <p className="fw-note">{t('formWidgets.address.fromCard')}</p>}
      <span className="fw-sub-label">{t('formWidgets.address.detail')}</span>
      <KeyboardInput value={address.detail} onChange={(detail) => onChange({ ...address, detail })} layout="pinyin" maxLength={maxLength} placeholder={t('formWidgets.text.placeholder')} testId={`${testId}-detail`} />
    </FieldFrame>
  );
}

function RegionGrid({ regions, step, testId, onStep, onPick }: { regions: Regions; step: Step; testId: string; onStep: (s: Step) => void; onPick: (code: string) => void }) {
  const list = step.level === 'province' ? regions.provinceList() : step.level === 'city' ? regions.citiesOf(step.province.code) : regions.countiesOf(step.city.code);
  const choose = (r: Region) => {
    if (step.level === 'province') return onStep({ level: 'city', province: r });
    if (step.level === 'city') {
      // A city with no counties listed is itself the place picked.
      return regions.countiesOf(r.code).length === 0 ? onPick(r.code) : onStep({ level: 'county', province: step.province, city: r });
    }
    onPick(r.code);
  };
  return (
    <div className="fw-region-grid" role="group">
      {list.map((r) => (
        <Button key={r.code} variant="secondary" onPress={() => choose(r)} testId={`${testId}-opt-${r.code}`}>
          {/* A long name (新疆维吾尔自治区) takes two columns, so it keeps to one line like the others; a very long one
              (克孜勒苏柯尔克孜自治州) is also a size smaller. */}
          <span className={regionNameClass([...r.name].length)}>{r.name}</span>
        </Button>
      ))}
    </div>
  );
}

function regionNameClass(chars: number): string | undefined {
  if (chars > 9) return 'fw-region-long fw-region-longer';
  return chars > 5 ? 'fw-region-long' : undefined;
}
