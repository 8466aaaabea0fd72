// The card's address is free text (北京市朝阳区建国路88号院…); an address field wants its region picked
// too. Where the text starts with a province, city and county, they are picked for the citizen (who
// checks them on the section, marked 来自身份证), and the detail keeps only what follows.
import type { FormValues } from '../../../../domain/forms.ts';
import { isAddress } from '../../../../domain/form-rules.ts';
import type * as Regions from './widgets/regions.ts';

/** The values with each region-less address's region read from its text; as they were when none reads. */
export async function withRegionsRead(values: FormValues): Promise<FormValues> {
  const open = Object.entries(values).filter(([, v]) => isAddress(v) && v.regionCode === null && v.detail.trim() !== '');
  if (open.length === 0) return values;
  let regions: typeof Regions;
  try {
    regions = await import('./widgets/regions.ts');
  } catch {
    return values; // the list did not load: the citizen picks the region on the section
  }
  const out: Record<string, FormValues[string]> = { ...values };
  for (const [id, v] of open) {
    if (!isAddress(v)) continue;
    const code = regions.regionInAddress(v.detail);
    if (code !== null) out[id] = { regionCode: code, regionName: regions.regionNameOf(code), detail: regions.withoutRegion(v.detail, code) };
  }
  return out;
}
