// 在本机填写, where a guide lists its materials: a material the kiosk has a fillable form for
// (forms.forItem, from the local catalogue) gets a button that opens the form's flow.
import type { ItemForm } from '../../../../main/contract/index.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useVisit } from '../visit.tsx';

/** The form of a material, by the guide's material name. */
export function formOfMaterial(forms: readonly ItemForm[] | null, materialName: string): ItemForm | null {
  return forms?.find((f) => f.materialName === materialName) ?? null;
}

/** Nothing when the material has no form the kiosk can fill (or the forms are not read yet). */
export function FillHereButton({ itemId, form }: { itemId: string; form: ItemForm | null }) {
  const t = useT();
  const { go } = useVisit();
  if (!form) return null;
  return (
    <Button onPress={() => go({ name: 'forms.intro', params: { itemId, formId: form.formId } })} testId={`guide-fill-${form.formId}`} label={`${t('guide.action.fillHere')}: ${form.title}`}>
      {t('guide.action.fillHere')}
    </Button>
  );
}
