// The rows of forms.list as the screen shows them: a form that serves several items (不动产登记申请书
// for 17, 授权委托书 for 31) comes as a run of rows with the same title; such a run is shown as one
// group under the form's title, so the title is read once and the rows differ by their item.
import type { ListedForm } from '../../../../main/contract/index.ts';

export interface FormGroup {
  readonly formId: string;
  readonly title: string;
  readonly rows: readonly ListedForm[];
}

/** Consecutive rows of the same form as one group, in the list's order (a form used most may stand apart from the rest of its run). */
export function groupRuns(forms: readonly ListedForm[]): FormGroup[] {
  const groups: { formId: string; title: string; rows: ListedForm[] }[] = [];
  for (const f of forms) {
    const last = groups.at(-1);
    if (last?.formId === f.formId) last.rows.push(f);
    else groups.push({ formId: f.formId, title: f.title, rows: [f] });
  }
  return groups;
}
