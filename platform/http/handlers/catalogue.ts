// The catalogue and forms of the caller's hall (its scope: services/catalogue-store.ts), and a filled
// form's submission, checked against the form's own rules.
import { validateForm } from '../../../domain/form-rules.ts';
import type { FormDefinition, FormValues } from '../../../domain/forms.ts';
import type { EntryKind } from '../../services/catalogue-store.ts';
import { PlatformError } from '../platform-error.ts';
import { family, type PlatformServices } from './family.ts';

export const CATALOGUE_KINDS: readonly EntryKind[] = ['item', 'department', 'theme'];

export const catalogueRoutes = (s: PlatformServices) =>
  family(
    {
      'catalogue.get': async ({ query, hall, tx }) => {
        const c = await s.catalogue.changesFor(hall, CATALOGUE_KINDS, query.since, tx);
        return {
          version: c.version,
          full: c.full,
          items: c.upserts.get('item') as never,
          departments: c.upserts.get('department') as never,
          themes: c.upserts.get('theme') as never,
          deleted: { items: c.deletions.get('item')!, departments: c.deletions.get('department')!, themes: c.deletions.get('theme')! },
        };
      },
      'forms.get': async ({ query, hall, tx }) => {
        const c = await s.catalogue.changesFor(hall, ['form'], query.since, tx);
        return { version: c.version, full: c.full, forms: c.upserts.get('form') as never, deleted: c.deletions.get('form')! };
      },
      'submissions.create': async ({ body, terminalId, tx, hall }) => {
        const form = (await s.catalogue.get('form', body.formId, tx)) as FormDefinition | null;
        if (!form) throw new PlatformError('form.unknown', `no form ${body.formId}`);
        const problems = checkSubmission(form, body.formVersion, body.values, s.queues.of(hall).businessDate());
        if (problems.length) throw new PlatformError('form.invalid', 'the form is not filled in correctly', { problems });
        return s.records.addSubmission(body, terminalId!, tx);
      },
    },
    { 'catalogue.get': 'snapshot', 'forms.get': 'snapshot' },
  );

/** The version the terminal rendered is the current one, and the values pass the form's own rules (domain/form-rules.ts). */
function checkSubmission(form: FormDefinition, version: number, values: FormValues, today: string): string[] {
  if (version !== form.version) return [`form version ${version} is not the current ${form.version}`];
  return validateForm(form, values, today).map((p) => `${p.field}: ${p.code}${p.message ? ` (${p.message})` : ''}`);
}
