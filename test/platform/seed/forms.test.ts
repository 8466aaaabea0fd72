// The seed forms: each parses, is referenced by the catalogue, keeps its own rules with its own
// examples (示范文本) whatever the conditional choices, and pre-fills right from every test identity.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formDefinitionSchema, formRefOf, type FormDefinition, type FormField, type FormValues, type SignatureValue } from '../../../domain/forms.ts';
import { allFields, exampleValues, prefillValues, shownValues, validateForm, validateSection, type CardFacts } from '../../../domain/form-rules.ts';
import { realFormIds, seedForms } from '../../../platform/seed/forms.ts';
import { prefixed } from '../../../platform/seed/form-kit.ts';
import { seedItems } from '../../../platform/seed/index.ts';
import { testIdentityList } from '../../../devices/idcard/test-identities.ts';
import { nation, sexName } from '../../../devices/idcard/code-tables.ts';
import type { Identity } from '../../../devices/idcard/types.ts';

const TODAY = '2026-12-07';
const SIGNATURE: SignatureValue = { width: 600, height: 200, strokes: [[[20, 150], [120, 40], [220, 160]]] };

/** The examples, with a signature in every signature field (a signature has no example value). */
function filledExample(form: FormDefinition): FormValues {
  const values: FormValues = { ...exampleValues(form) };
  for (const f of allFields(form)) if (f.type === 'signature') values[f.id] = SIGNATURE;
  return values;
}

/** The card's text as the core hands it to prefillValues (sex 男/女, nation as printed: 汉). */
function cardFactsOf(id: Identity): CardFacts {
  return {
    name: id.name,
    sex: sexName(id.sex),
    birthDate: id.birthDate,
    idNumber: id.idNumber,
    validFrom: id.validFrom,
    validTo: id.validTo,
    ...(id.cardType === 'foreign' ? {} : { address: id.address, issuer: id.issuingAuthority }),
    ...(id.cardType === 'resident' ? { nation: nation(id.nation)?.name ?? id.nation } : {}),
  };
}

const referencedBy = new Map<string, string[]>();
for (const { item } of seedItems)
  for (const m of item.materials)
    for (const ref of [m.blankForm, m.sample]) {
      const r = ref === null ? null : formRefOf(ref);
      if (r) referencedBy.set(r.formId, [...new Set([...(referencedBy.get(r.formId) ?? []), item.id])]);
    }

describe('seed forms', () => {
  it('each parses as written, with unique ids, and the forms this file owns are all there', () => {
    for (const f of seedForms) expect(formDefinitionSchema.parse(structuredClone(f))).toEqual(f);
    const ids = seedForms.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([...realFormIds]));
    expect(realFormIds.length).toBeGreaterThanOrEqual(12);
  });

  it("each is referenced by the catalogue (blankForm forms/<id>.pdf), and its item is one that references it", () => {
    for (const f of seedForms) {
      expect(referencedBy.get(f.id), f.id).toBeDefined();
      expect(referencedBy.get(f.id), f.id).toContain(f.itemId);
    }
  });

  it('every field of the forms written here has an example, and the long or tricky ones a help text', () => {
    for (const f of seedForms.filter((x) => (realFormIds as readonly string[]).includes(x.id))) {
      for (const field of allFields(f)) {
        expect(field.example.trim(), `${f.id}.${field.id}`).not.toBe('');
        if (field.type === 'textarea' || field.pattern !== undefined) expect(field.help ?? field.patternMessage, `${f.id}.${field.id}`).toBeTruthy();
      }
    }
  });

  it.each(seedForms.map((f) => [f.id, f] as const))('%s: its examples pass its own rules', (_id, form) => {
    expect(validateForm(form, filledExample(form), TODAY)).toEqual([]);
  });

  it('every condition names a value its field can take', () => {
    for (const form of seedForms) {
      const byId = new Map(allFields(form).map((f) => [f.id, f]));
      for (const f of allFields(form)) {
        for (const c of [f.showWhen, f.requiredWhen]) {
          if (!c) continue;
          const target = byId.get(c.field)!;
          const wanted = Array.isArray(c.is) ? c.is : [c.is];
          if (target.type === 'checkbox') expect(wanted.every((w) => typeof w === 'boolean'), `${form.id}.${f.id}`).toBe(true);
          else expect(wanted.every((w) => target.options?.some((o) => o.value === w)), `${form.id}.${f.id} → ${c.field}`).toBe(true);
        }
      }
    }
  });

  it('a person block with an ID number and a birth date or sex has the rule that they agree', () => {
    for (const form of seedForms.filter((x) => (realFormIds as readonly string[]).includes(x.id))) {
      const ids = new Set(allFields(form).map((f) => f.id));
      for (const f of allFields(form).filter((x) => x.type === 'idNumber')) {
        const prefix = f.id.slice(0, -'IdNumber'.length).replace(/^id$/, '');
        const partner = ['birthDate', 'sex'].map((k) => prefixed(prefix, k)).filter((id) => ids.has(id));
        for (const p of partner) {
          const covered = form.rules.some((r) => r.kind === 'idNumberAgrees' && r.idNumber === f.id && (r.birthDate === p || r.sex === p));
          expect(covered, `${form.id}: ${f.id} and ${p}`).toBe(true);
        }
      }
    }
  });

  it('whatever the conditional choices, the examples of the fields shown pass (property)', () => {
    // The fields other fields' conditions read: set each to any of its values, keep the other examples.
    const cases = seedForms.flatMap((form) => {
      const byId = new Map(allFields(form).map((f) => [f.id, f]));
      const controllers = [...new Set(allFields(form).flatMap((f) => [f.showWhen?.field, f.requiredWhen?.field]).filter((x) => x !== undefined))].map((id) => byId.get(id)!);
      return controllers.length ? [{ form, controllers }] : [];
    });
    const valueOf = (f: FormField): fc.Arbitrary<FormValues[string]> =>
      f.type === 'checkbox'
        ? fc.boolean()
        : f.type === 'multiChoice'
          ? fc.subarray(f.options!.map((o) => o.value), { minLength: 1 })
          : fc.constantFrom(...f.options!.map((o) => o.value));
    for (const { form, controllers } of cases) {
      fc.assert(
        fc.property(fc.tuple(...controllers.map(valueOf)), (chosen) => {
          const values = filledExample(form);
          controllers.forEach((c, i) => (values[c.id] = chosen[i]!));
          expect(validateForm(form, values, TODAY), form.id).toEqual([]);
        }),
        { numRuns: 60 },
      );
    }
  });
});

describe('section by section agrees with the whole (the kiosk checks sections, the core the whole)', () => {
  it('for any values made from the examples with fields left out or swapped, the sections together find what validateForm finds', () => {
    const sorted = (ps: readonly { field: string; code: string }[]): string[] => ps.map((p) => `${p.field}:${p.code}`).sort();
    fc.assert(
      fc.property(fc.constantFrom(...seedForms), fc.infiniteStream(fc.integer({ min: 0, max: 3 })), (form, dice) => {
        const example = filledExample(form);
        const fields = allFields(form);
        const values: FormValues = {};
        // Per field: keep the example, leave it out, take another field's example, or a blank.
        for (const [i, f] of fields.entries()) {
          const roll = dice.next().value;
          if (roll === 0 && example[f.id] !== undefined) values[f.id] = example[f.id]!;
          else if (roll === 2) {
            const other = example[fields[(i + 1) % fields.length]!.id];
            if (other !== undefined) values[f.id] = other;
          } else if (roll === 3) values[f.id] = '';
        }
        const whole = validateForm(form, values, TODAY);
        const bySection = form.sections.flatMap((_s, i) => validateSection(form, i, values, TODAY));
        expect(sorted(bySection)).toEqual(sorted(whole));
        expect(validateForm(form, shownValues(form, values), TODAY).map((p) => p.code)).not.toContain('unknownField');
      }),
      { numRuns: 300 },
    );
  });
});

describe('the rules each paper form implies refuse what it refuses', () => {
  const byId = (id: string): FormDefinition => seedForms.find((f) => f.id === id)!;
  const express = { regionCode: '330106', regionName: '浙江省杭州市西湖区', detail: '文三路1号' };
  it.each<[string, FormValues, string[]]>([
    ['idcard-application', { delivery: 'express' }, ['deliveryAddress:required', 'recipientPhone:required']],
    ['idcard-application', { delivery: 'express', deliveryAddress: express, recipientPhone: '13905710000' }, []],
    ['idcard-application', { minor: true }, ['guardianName:required', 'guardianIdNumber:required', 'guardianPhone:required']],
    ['idcard-application', { birthDate: '1985-03-16' }, ['birthDate:rule']],
    ['hukou-move', { reason: 'house' }, ['houseCertificate:required']],
    ['hukou-move', { hostIdNumber: '339102198706202421' }, ['hostIdNumber:rule']],
    ['individual-registration', { composition: 'family' }, ['familyMembers:required']],
    ['hf-withdraw', { reason: 'loan' }, ['houseAddress:required', 'loanContract:required']],
    ['hf-withdraw', { noHouse: false }, ['noHouse:required']],
    ['resident-pension-register', { specialGroup: 'disabled' }, ['disabilityCard:required']],
    ['exit-entry-application', { emergencyPhone: '139 0571 0000' }, ['emergencyPhone:rule']],
    ['exit-entry-application', { surnamePinyin: 'Zhang' }, ['surnamePinyin:pattern']],
    ['marriage-declaration', { partnerSex: '男' }, ['partnerSex:rule', 'partnerSex:rule']],
    ['marriage-declaration', { noSpouse: false }, ['noSpouse:required']],
    ['work-injury', { diagnosisDate: '2026-10-11' }, ['diagnosisDate:rule']],
    ['work-injury', { injuryType: 'disease' }, ['diseaseName:required', 'exposure:required']],
    ['work-injury', { applicantType: 'relative' }, ['applicantName:required', 'applicantRelation:required', 'applicantPhone:required']],
    ['authorisation', { agentIdNumber: '339102198503152313' }, ['agentIdNumber:rule']],
    ['authorisation', { validTo: '2026-11-30' }, ['validTo:rule']],
  ])('%s with %j', (id, change, expected) => {
    const form = byId(id);
    const values = { ...filledExample(form), ...change };
    // Fields whose example the change asks to leave empty: the conditionally required ones.
    for (const p of expected) if (p.endsWith(':required') && change[p.split(':')[0]!] === undefined) delete values[p.split(':')[0]!];
    expect(validateForm(form, values, TODAY).map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });
});

describe('pre-fill from the test identities', () => {
  it.each(testIdentityList.map((id) => [id.name, id] as const))('%s: name, sex, ID number, birth date and address land where each form asks', (_name, identity) => {
    const facts = cardFactsOf(identity);
    for (const form of seedForms) {
      const filled = prefillValues(form, facts);
      for (const f of allFields(form)) {
        const v = filled[f.id];
        switch (f.prefillFrom) {
          case 'name':
            expect(v, `${form.id}.${f.id}`).toBe(identity.name);
            break;
          case 'idNumber':
            expect(v, `${form.id}.${f.id}`).toBe(identity.idNumber);
            break;
          case 'birthDate':
            expect(v, `${form.id}.${f.id}`).toBe(identity.birthDate);
            break;
          case 'sex':
            expect(f.options?.find((o) => o.value === v)?.label, `${form.id}.${f.id}`).toBe(sexName(identity.sex));
            break;
          case 'address':
            expect(v, `${form.id}.${f.id}`).toEqual(identity.cardType === 'foreign' ? undefined : { regionCode: null, regionName: '', detail: identity.address });
            break;
          case 'nation':
            expect(v, `${form.id}.${f.id}`).toBe(identity.cardType === 'resident' ? nation(identity.nation)?.name : undefined);
            break;
          default:
            break;
        }
      }
      // What the card filled is valid as it stands (lengths, ID number, the number agreeing with birth date and sex).
      expect(validateForm(form, filled, TODAY, new Set(Object.keys(filled))), form.id).toEqual([]);
    }
  });

  it('the forms written here ask the card for the name and ID number of the person at the kiosk', () => {
    for (const form of seedForms.filter((x) => (realFormIds as readonly string[]).includes(x.id))) {
      const from = allFields(form).map((f) => f.prefillFrom);
      expect(from, form.id).toEqual(expect.arrayContaining(['name', 'idNumber']));
    }
  });
});
