// Every form the seed catalogue names exists: each material's blankForm/sample reference resolves to a
// seed form, no seed form is left unnamed, every form's examples (示范文本) pass its own rules, and the
// examples that stand for codes (统一社会信用代码) are real codes with the right check character.
import { describe, expect, it } from 'vitest';
import { isValidUscc } from '../../../domain/catalogue.ts';
import { allFields, exampleValues, validateForm } from '../../../domain/form-rules.ts';
import { formDefinitionSchema, formRefOf, type FormDefinition, type FormValues } from '../../../domain/forms.ts';
import { moreForms } from '../../../platform/seed/forms-more/index.ts';
import { USCC_PATTERN } from '../../../platform/seed/forms-more/common.ts';
import { realFormIds, seedForms } from '../../../platform/seed/forms.ts';
import { seedItems } from '../../../platform/seed/index.ts';

/** A day after every example date that must not lie in the future. */
const TODAY = '2026-12-07';



interface Reference {
  readonly item: string;
  readonly material: string;
  readonly ref: string;
}

const references: Reference[] = seedItems.flatMap((s) =>
  s.item.materials.flatMap((m) => [m.blankForm, m.sample].filter((r): r is string => r !== null).map((ref) => ({ item: s.key, material: m.name, ref }))),
);
const formIds = new Set(seedForms.map((f) => f.id));

/** The examples as the sample form prints them, with a drawn signature where the form asks for one. */
function filledExamples(form: FormDefinition): FormValues {
  const values: Record<string, FormValues[string]> = { ...exampleValues(form) };
  for (const f of allFields(form)) {
    if (f.type === 'signature') values[f.id] = { width: 600, height: 200, strokes: [[[20, 150], [120, 40], [260, 160], [420, 60]]] };
  }
  return values;
}

describe('seed forms and the catalogue that names them', () => {
  it('reads every reference the catalogue makes (the seed has forms to name)', () => {
    expect(references.length).toBeGreaterThan(150);
    expect(references.filter((r) => formRefOf(r.ref) === null)).toEqual([]);
  });

  it('resolves every blankForm and sample reference of every item to a seed form', () => {
    const unresolved = references.filter((r) => {
      const id = formRefOf(r.ref)?.formId;
      return id === undefined || !formIds.has(id);
    });
    expect(unresolved).toEqual([]);
  });

  it('names a blank form wherever it names a sample, and the two are the same form', () => {
    const mismatched = seedItems.flatMap((s) =>
      s.item.materials
        .filter((m) => m.sample !== null)
        .filter((m) => m.blankForm === null || formRefOf(m.blankForm)?.formId !== formRefOf(m.sample!)?.formId || formRefOf(m.sample!)?.sample !== true)
        .map((m) => `${s.key}: ${m.name}`),
    );
    expect(mismatched).toEqual([]);
  });

  it('leaves no seed form unnamed by the catalogue', () => {
    const named = new Set(references.map((r) => formRefOf(r.ref)?.formId));
    expect(seedForms.map((f) => f.id).filter((id) => !named.has(id))).toEqual([]);
  });

  it('gives every form a unique id', () => {
    const ids = seedForms.map((f) => f.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('keeps forms-more out of the forms platform/seed/forms.ts owns', () => {
    const owned = new Set<string>(realFormIds);
    expect(moreForms.map((f) => f.id).filter((id) => owned.has(id))).toEqual([]);
  });

  it('ties every form to an item that names it', () => {
    const namedBy = new Map<string, Set<string>>();
    for (const s of seedItems)
      for (const m of s.item.materials) {
        const id = m.blankForm ? formRefOf(m.blankForm)?.formId : undefined;
        if (id) namedBy.set(id, (namedBy.get(id) ?? new Set()).add(s.item.id));
      }
    const loose = moreForms.filter((f) => !namedBy.get(f.id)?.has(f.itemId)).map((f) => f.id);
    expect(loose).toEqual([]);
  });

  it.each(seedForms.map((f) => [f.id, f] as const))('%s: parses and its examples pass its own rules', (id, form) => {
    expect(formDefinitionSchema.safeParse(form).success).toBe(true);
    const problems = validateForm(form, filledExamples(form), TODAY);
    expect(problems).toEqual([]);
  });

  it.each(moreForms.map((f) => [f.id, f] as const))('%s: a 统一社会信用代码 example is a valid code and the applicant comes from the card', (_id, form) => {
    for (const f of allFields(form)) {
      if (f.pattern === USCC_PATTERN) expect(isValidUscc(f.example), `${f.id}: ${f.example}`).toBe(true);
    }
    const fields = allFields(form);
    // A field named idNumber is the card holder's, so the card fills it.
    for (const f of fields.filter((x) => x.id === 'idNumber' || x.id === 'name')) expect(f.prefillFrom, f.id).toBeDefined();
  });

  it('never shows an empty section: each has a field shown whatever the answers', () => {
    const empty = seedForms.flatMap((f) => f.sections.filter((s) => s.fields.every((x) => x.showWhen !== undefined)).map((s) => `${f.id}: ${s.title}`));
    expect(empty).toEqual([]);
  });

  it('names no specimen of a result: none is on file, and official 证照样本 are not invented', () => {
    expect(seedItems.filter((s) => s.item.result.sample !== null).map((s) => s.key)).toEqual([]);
  });

  it('catches a broken example: the check refuses a wrong value in a real form', () => {
    const form = moreForms.find((f) => f.id === 'company-registration')!;
    const values = { ...filledExamples(form), uscc: '91339102MA2H7K3PX' };
    expect(validateForm(form, values, TODAY).map((p) => [p.field, p.code])).toEqual([['uscc', 'pattern']]);
  });
});
