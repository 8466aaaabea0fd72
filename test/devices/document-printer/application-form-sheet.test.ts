import { describe, expect, it } from 'vitest';
import { applicationFormSheet } from '../../../devices/document-printer/application-form-sheet.ts';
import { layoutDocument } from '../../../devices/document-printer/layout.ts';
import type { Block, GridCell, GridRow, PrintDocument } from '../../../devices/document-printer/types.ts';
import { allFields, exampleValues, shownValues } from '../../../domain/form-rules.ts';
import type { FormDefinition, FormField, FormValue, FormValues } from '../../../domain/forms.ts';
import { seedForms } from '../../../platform/seed/forms.ts';
import { fixedMeasure, frame, sampleSignature, seedFormInput, submissionId, validIdNumber } from './fixtures.ts';

const seedFormIds = ['idcard-application', 'hf-withdraw', 'hukou-move'] as const;

function formOf(id: string): FormDefinition {
  const form = seedForms.find((f) => f.id === id);
  if (form === undefined) throw new Error(`no seed form ${id}`);
  return form;
}

function rows(doc: PrintDocument): GridRow[] {
  return doc.blocks.flatMap((b) => (b.kind === 'grid' ? b.rows : []));
}

/** The value cell after a label cell, by the label as printed. */
function valueCell(doc: PrintDocument, label: string): GridCell | undefined {
  for (const r of rows(doc)) {
    const i = r.cells.findIndex((c) => c.shaded === true && c.span === undefined && c.text === label);
    if (i >= 0) return r.cells[i + 1];
  }
  return undefined;
}

function labels(doc: PrintDocument): string[] {
  return rows(doc).flatMap((r) => r.cells.filter((c) => c.shaded && c.span === undefined).map((c) => c.text));
}

function block<K extends Block['kind']>(doc: PrintDocument, kind: K): Extract<Block, { kind: K }> | undefined {
  return doc.blocks.find((b): b is Extract<Block, { kind: K }> => b.kind === kind);
}

/** What a filled value must read as in its cell: the text (and unit), the ticked option, the address. */
function expectedTexts(field: FormField, value: FormValue): string[] {
  if (typeof value === 'boolean') return [value ? '☑是' : '☑否'];
  if (Array.isArray(value)) return value.map((v) => `☑${field.options?.find((o) => o.value === v)?.label}`);
  if (typeof value === 'object' && 'detail' in value) return [`${value.regionName}${value.detail}`];
  if (typeof value === 'object') return [];
  if (field.type === 'choice') return [`☑${field.options?.find((o) => o.value === value)?.label}`];
  return [field.unit === undefined ? value : `${value} ${field.unit}`];
}

describe('applicationFormSheet, filled', () => {
  for (const id of seedFormIds) {
    it(`prints every filled value of ${id} in the cell beside its label`, () => {
      const input = seedFormInput(id, 'filled');
      const doc = applicationFormSheet(input);
      const values = shownValues(input.form, input.values);
      expect(Object.keys(values).length).toBeGreaterThan(5);
      for (const field of allFields(input.form)) {
        const value = values[field.id];
        if (value === undefined || field.type === 'signature') continue;
        const cell = valueCell(doc, field.label);
        for (const text of expectedTexts(field, value)) expect({ field: field.id, text: cell?.text.includes(text) }).toEqual({ field: field.id, text: true });
      }
    });
  }

  it('prints the ID number in full: the applicant’s own form, checked at the window', () => {
    const form = formOf('idcard-application');
    const doc = applicationFormSheet(seedFormInput('idcard-application', 'filled', { ...exampleValues(form), idNumber: validIdNumber }));
    expect(valueCell(doc, '公民身份号码')?.text).toBe(validIdNumber);
    expect(doc.idNumbers).toBe('full');
    const pages = layoutDocument(doc, frame, fixedMeasure);
    if (!pages.ok) throw new Error(pages.error.message);
    const texts = pages.value.flatMap((p) => p.ops.flatMap((o) => (o.op === 'text' ? [o.text] : [])));
    expect(texts).toContain(validIdNumber);
    expect(texts.join('')).not.toContain('********');
  });

  it('prints every option with a tick box, the chosen one ticked', () => {
    const form = formOf('idcard-application');
    const doc = applicationFormSheet(seedFormInput('idcard-application', 'filled', { ...exampleValues(form), reason: 'damaged' }));
    const reason = valueCell(doc, '申领原因')?.text ?? '';
    const reasonField = allFields(form).find((f) => f.id === 'reason');
    for (const o of reasonField?.options ?? []) expect(reason).toContain(`${o.value === 'damaged' ? '☑' : '☐'}${o.label}`);
    expect(reason.match(/☑/g)).toHaveLength(1);
    // A value the definition no longer lists is printed ticked, not lost.
    const stale = applicationFormSheet(seedFormInput('idcard-application', 'filled', { ...exampleValues(form), reason: 'retired-option' }));
    expect(valueCell(stale, '申领原因')?.text).toMatch(/^☐首次申领.*☑retired-option$/);
    const multi = applicationFormSheet(seedFormInput('hukou-move', 'filled'));
    expect(valueCell(multi, '性别')?.text).toMatch(/^☐男 +☑女$/);
  });

  it('prints a yes/no declaration as ☑是 ☐否, an unticked one as 否', () => {
    const form = formOf('hf-withdraw');
    const base = { ...exampleValues(form), reason: 'rent' };
    expect(valueCell(applicationFormSheet(seedFormInput('hf-withdraw', 'filled', { ...base, noHouse: true })), '本人及配偶在本市无自有住房')?.text).toMatch(/^☑是 +☐否$/);
    expect(valueCell(applicationFormSheet(seedFormInput('hf-withdraw', 'filled', { ...base, noHouse: false })), '本人及配偶在本市无自有住房')?.text).toMatch(/^☐是 +☑否$/);
  });

  it('leaves out the fields hidden by their condition', () => {
    const form = formOf('hf-withdraw');
    const rent = applicationFormSheet(seedFormInput('hf-withdraw', 'filled', { ...exampleValues(form), reason: 'rent' }));
    expect(labels(rent)).toContain('月租金');
    expect(labels(rent)).not.toContain('购房贷款合同编号');
    expect(labels(rent)).not.toContain('购买住房地址');
    const loan = applicationFormSheet(seedFormInput('hf-withdraw', 'filled', { ...exampleValues(form), reason: 'loan' }));
    expect(labels(loan)).toContain('购房贷款合同编号');
    expect(labels(loan)).not.toContain('月租金');
    // The stale value of a hidden field is not printed either.
    expect(JSON.stringify(loan)).not.toContain('2500');
  });

  it('puts units after values and two half-width fields in one row', () => {
    const doc = applicationFormSheet(seedFormInput('hf-withdraw', 'filled'));
    expect(valueCell(doc, '申请提取金额')?.text).toBe('7500 元');
    const paired = rows(doc).find((r) => r.cells.some((c) => c.text === '联系电话'));
    expect(paired?.cells.map((c) => c.text)).toEqual(['联系电话', expect.any(String), '个人公积金账号', '330100123456']);
  });

  it('heads the sheet with the title, the item, the submission id and its QR', () => {
    const input = seedFormInput('hf-withdraw', 'filled');
    const doc = applicationFormSheet(input);
    expect(doc.title).toBe('住房公积金提取申请书');
    expect(doc.subtitle).toContain(`事项名称：${input.item.name}`);
    expect(doc.subtitle).toContain(`实施编码：${input.item.code}`);
    expect(doc.subtitle).toContain(`申请编号：${submissionId}`);
    expect(doc.stamp).toBeUndefined();
    expect(doc.reference).toBe(submissionId);
    expect(block(doc, 'heading')?.text).not.toBe('填写说明');
    const qr = doc.qr?.rows ?? [];
    // A QR symbol: square, 21 + 4k modules, the finder pattern's dark ring and light ring at the corner.
    expect(qr.length).toBeGreaterThanOrEqual(21);
    expect((qr.length - 21) % 4).toBe(0);
    for (const r of qr) expect(r).toHaveLength(qr.length);
    expect(qr[0]?.slice(0, 7)).toEqual(Array(7).fill(true));
    expect(qr[1]?.slice(0, 7)).toEqual([true, false, false, false, false, false, true]);
    expect(applicationFormSheet({ ...input, qr: 'FOTHER-20261207-0001' }).qr?.rows).not.toEqual(qr);
    expect(applicationFormSheet({ ...input, qr: null }).qr).toBeUndefined();
  });

  it('signs with the pad’s strokes and the date; the other signers get a line', () => {
    const input = seedFormInput('idcard-application', 'filled');
    const signatures = block(applicationFormSheet(input), 'signatures');
    expect(signatures?.declaration).toBe(input.form.print.declaration);
    expect(signatures?.signers).toEqual([
      { label: '申领人（签字）', strokes: sampleSignature(), date: { year: '2026', month: '12', day: '07' } },
      { label: '监护人（未满16周岁时）（签字）', strokes: null, date: null },
    ]);
    const unsigned = block(applicationFormSheet({ ...input, signature: null, signedAt: null }), 'signatures');
    expect(unsigned?.signers[0]).toEqual({ label: '申领人（签字）', strokes: null, date: null });
  });

  it('takes a form’s own signature field as its signer', () => {
    const form = seedForms.find((f) => allFields(f).some((x) => x.type === 'signature'));
    if (form === undefined) throw new Error('no seed form with a signature field');
    const field = allFields(form).find((x) => x.type === 'signature');
    const values: FormValues = { ...exampleValues(form), [field?.id ?? '']: sampleSignature() };
    const doc = applicationFormSheet({ ...seedFormInput('hf-withdraw', 'filled'), form, values, signature: null });
    expect(block(doc, 'signatures')?.signers).toEqual([{ label: field?.label, strokes: sampleSignature(), date: { year: '2026', month: '12', day: '07' } }]);
    expect(labels(doc)).not.toContain(field?.label);
  });

  it('prints the delivery choice: the window, or express with the recipient and the address', () => {
    const input = seedFormInput('hf-withdraw', 'filled');
    const window = applicationFormSheet(input);
    expect(valueCell(window, '领取方式')?.text).toMatch(/^☑窗口领取 +☐邮寄送达/);
    expect(labels(window)).not.toContain('邮寄地址');
    const address = { regionCode: '330102', regionName: '浙江省杭州市上城区', detail: '解放路12号3单元502室' };
    const express = applicationFormSheet({ ...input, delivery: { method: 'express', recipient: '王强', phone: '13912345678', address } });
    expect(valueCell(express, '领取方式')?.text).toMatch(/^☐窗口领取 +☑邮寄送达/);
    expect(valueCell(express, '收件人')?.text).toBe('王强');
    expect(valueCell(express, '收件人电话')?.text).toBe('13912345678');
    expect(valueCell(express, '邮寄地址')?.text).toBe('浙江省杭州市上城区解放路12号3单元502室');
    // A form that asks for it itself (领证方式) gets no second delivery section.
    expect(labels(applicationFormSheet(seedFormInput('idcard-application', 'filled')))).not.toContain('领取方式');
  });

  it('lists the guide’s materials as boxes to tick at the window, unless the form says not to', () => {
    const input = seedFormInput('hf-withdraw', 'filled');
    expect(block(applicationFormSheet(input), 'checklist')?.items).toEqual(input.materials.map((text) => ({ text, checked: false })));
    const noList = seedForms.find((f) => !f.print.materials);
    if (noList === undefined) throw new Error('no seed form without a materials list');
    expect(block(applicationFormSheet({ ...input, form: noList, values: exampleValues(noList) }), 'checklist')).toBeUndefined();
  });
});

describe('applicationFormSheet, blank and sample', () => {
  it('blank: 空白表, every field with room to write, nothing ticked, no id', () => {
    const input = seedFormInput('hukou-move', 'blank', exampleValues(formOf('hukou-move')));
    const doc = applicationFormSheet(input);
    expect(doc.stamp).toBe('空白表');
    expect(doc.subtitle).not.toContain('申请编号');
    // Values given are ignored: nothing of the examples is printed.
    expect(JSON.stringify(doc)).not.toContain('☑');
    for (const field of allFields(input.form)) {
      if (field.type === 'signature') continue;
      expect(labels(doc)).toContain(field.required ? `${field.label}*` : field.label);
      const cell = valueCell(doc, field.required ? `${field.label}*` : field.label);
      expect(cell?.text.replace(/[☐\u3000 年月日]/g, '').replace(field.unit ?? '\u0000', '')).toBe(field.type === 'choice' || field.type === 'multiChoice' ? (field.options ?? []).map((o) => o.label).join('') : field.type === 'checkbox' ? '是否' : '');
      if (field.type === 'textarea') expect(cell?.minLines).toBeGreaterThanOrEqual(4);
      if (field.type === 'text' || field.type === 'address') expect(cell?.minLines).toBeGreaterThanOrEqual(2);
    }
    expect(block(doc, 'signatures')?.signers.every((s) => s.strokes === null && s.date === null)).toBe(true);
    expect(doc.reference).toBeUndefined();
    // 填写说明: every field's help, numbered, after the form.
    const helps = allFields(input.form).filter((f) => f.help !== undefined);
    expect(helps.length).toBeGreaterThan(2);
    const notes = doc.blocks[doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === '填写说明') + 1];
    expect(notes?.kind === 'paragraph' ? notes.text.split('\n') : []).toEqual(helps.map((f, i) => `${i + 1}. ${f.label}：${f.help}`));
  });

  it('sample: 样表, every field (hidden ones too) with its example', () => {
    const form = formOf('hf-withdraw');
    const doc = applicationFormSheet(seedFormInput('hf-withdraw', 'sample', {}));
    expect(doc.stamp).toBe('样表');
    for (const field of allFields(form)) {
      const cell = valueCell(doc, field.required ? `${field.label}*` : field.label);
      const example = exampleValues(form)[field.id];
      if (example === undefined) continue;
      for (const text of expectedTexts(field, example)) expect({ field: field.id, ok: cell?.text.includes(text) }).toEqual({ field: field.id, ok: true });
    }
    expect(labels(doc)).toContain('购房贷款合同编号');
    expect(labels(doc)).toContain('月租金');
  });
});
