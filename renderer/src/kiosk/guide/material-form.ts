// Which form a guide's material prints (its blankForm reference) and whether a sample of it exists
// (its sample reference naming the same form): what the guide's form buttons offer.
import type { Material } from '../../../../domain/catalogue.ts';
import { formRefOf } from '../../../../domain/form-refs.ts';

/** The form a material prints, with or without its sample; null when it has no form of the kind. */
export function materialForm(m: Pick<Material, 'blankForm' | 'sample'>): { readonly formId: string; readonly hasSample: boolean } | null {
  const blank = m.blankForm === null ? null : formRefOf(m.blankForm);
  if (!blank || blank.sample) return null;
  const sample = m.sample === null ? null : formRefOf(m.sample);
  return { formId: blank.formId, hasSample: sample !== null && sample.sample && sample.formId === blank.formId };
}
