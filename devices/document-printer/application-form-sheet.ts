// An application form (申请表, main/contract/forms.ts) as the A4 sheet a citizen signs and hands in at
// the window, drawn like the paper form: the title with the item's name and code, the submission id
// and its QR; each section a bordered grid (labels shaded, half-width fields side by side); every
// option of a choice with a tick box, so a blank form can be ticked by hand; the result delivery; the
// declaration, the signatures (the pad's strokes, or a line) and the date; the guide's materials as a
// checklist for the window. Three modes: filled (a citizen's values; hidden fields left out), blank
// (空白表: nothing filled, room to write) and sample (样表: every field's example, 示范文本).
import qrcode from 'qrcode-generator';
import type { AddressValue, DeliveryChoice, FormDefinition, FormField, FormValue, FormValues, SignatureValue } from '../../domain/forms.ts';
import { allFields, exampleValues, isShown, shownValues } from '../../domain/form-rules.ts';
import type { Block, GridCell, GridRow, PrintDocument, QrModules, Signer } from './types.ts';

/** What an application sheet is drawn from. */
export interface ApplicationFormInput {
  readonly form: FormDefinition;
  /** The values as handed in (shown fields only); ignored for `blank`, the examples for `sample`. */
  readonly values: FormValues;
  /** The item the form is for: its name and 实施编码, printed under the title. */
  readonly item: { readonly name: string; readonly code: string };
  /** The guide's materials checklist (names), printed as tick boxes for the window. */
  readonly materials: readonly string[];
  /** filled: a citizen's application; blank: 空白表 to fill by hand; sample: 样表 with the examples. */
  readonly mode: 'filled' | 'blank' | 'sample';
  /** F<terminal>-<yyyymmdd>-<nnnn>, printed and in the QR; null for blank and sample. */
  readonly submissionId: string | null;
  /** The text the QR encodes (the submission id); null: no QR. */
  readonly qr: string | null;
  /** YYYY-MM-DD the applicant signed (the day handed in); null leaves the date to write by hand. */
  readonly signedAt: string | null;
  /** How the result reaches the applicant; null when not chosen (blank, sample). */
  readonly delivery: DeliveryChoice | null;
  /**
   * The applicant's signature from the pad, drawn for the first signer of `form.print.signers`. A
   * form with its own signature fields draws their values instead (each field is a signer).
   */
  readonly signature?: SignatureValue | null;
}

/** label, value, label, value: a full-width field spans the last three; two half-width fields share a row. */
const GRID_COLUMNS = [21, 29, 21, 29] as const;
/** Text lines a blank value cell keeps to write in by hand (a textarea gets more). */
const HAND_LINES = 2;
const HAND_LINES_TEXTAREA = 4;
const ON = '☑';
const OFF = '☐';
/** Between two options: spaces, where a line may break. */
const OPTION_GAP = '   ';

function isAddress(v: FormValue | undefined): v is AddressValue {
  return typeof v === 'object' && !Array.isArray(v) && 'detail' in v;
}

function isSignature(v: FormValue | undefined): v is SignatureValue {
  return typeof v === 'object' && !Array.isArray(v) && 'strokes' in v;
}

/**
 * Every option with its tick box: the chosen ones ticked. A chosen value the definition does not
 * list (a form changed under a draft) is printed ticked after them rather than lost.
 */
function options(field: FormField, chosen: ReadonlySet<string>): string {
  const listed = field.options ?? [];
  const unknown = [...chosen].filter((v) => v !== '' && !listed.some((o) => o.value === v));
  return [...listed.map((o) => `${chosen.has(o.value) ? ON : OFF}${o.label}`), ...unknown.map((v) => `${ON}${v}`)].join(OPTION_GAP);
}

/** The text of a value cell; '' when nothing is filled (the cell keeps room to write). */
function valueText(field: FormField, value: FormValue | undefined, mode: ApplicationFormInput['mode']): string {
  const unit = field.unit === undefined ? '' : ` ${field.unit}`;
  switch (field.type) {
    case 'choice':
      return options(field, new Set(typeof value === 'string' ? [value.trim()] : []));
    case 'multiChoice':
      return options(field, new Set(Array.isArray(value) ? value : []));
    case 'checkbox': {
      // A filled form leaves an unticked declaration out of the values (not filled): that is a 否.
      const yes = value === true || value === 'true';
      const no = mode === 'filled' ? !yes : value === false || value === 'false';
      return `${yes ? ON : OFF}是${OPTION_GAP}${no ? ON : OFF}否`;
    }
    case 'address':
      if (isAddress(value)) return `${value.regionName}${value.detail}`.trim();
      return typeof value === 'string' ? value.trim() : '';
    case 'signature':
      return '';
    case 'date':
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
      return '　　　　年　　月　　日';
    case 'number':
    case 'text':
    case 'textarea':
    case 'idNumber':
    case 'phone': {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text !== '') return `${text}${unit}`;
      // Blank, the unit still shows where the figure goes.
      return field.unit === undefined ? '' : `${'　'.repeat(8)}${field.unit}`;
    }
  }
}

/** Room to write by hand in an empty value cell: lines of body text (about 5.5 mm each). */
function handLines(field: FormField): number {
  switch (field.type) {
    case 'textarea':
      return HAND_LINES_TEXTAREA;
    case 'choice':
    case 'multiChoice':
    case 'checkbox':
    case 'date':
    case 'signature':
      return 1;
    case 'text':
    case 'number':
    case 'idNumber':
    case 'phone':
    case 'address':
      return HAND_LINES;
  }
}

function isEmpty(value: FormValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (isAddress(value)) return `${value.regionName}${value.detail}`.trim() === '';
  return false;
}

function labelText(field: FormField, mode: ApplicationFormInput['mode']): string {
  // On a form to fill by hand a mark says what must be filled; a filled form has no need of it.
  return mode !== 'filled' && field.required ? `${field.label}*` : field.label;
}

function fieldCells(field: FormField, values: FormValues, mode: ApplicationFormInput['mode'], span: number): GridCell[] {
  const value = values[field.id];
  return [
    { text: labelText(field, mode), shaded: true },
    { text: valueText(field, value, mode), span, minLines: isEmpty(value) ? handLines(field) : 1 },
  ];
}

/** A section's rows: its title across the grid, then its fields, two half-width ones to a row. */
function sectionRows(title: string, fields: readonly FormField[], values: FormValues, mode: ApplicationFormInput['mode']): GridRow[] {
  const rows: GridRow[] = [{ cells: [{ text: title, span: GRID_COLUMNS.length, shaded: true, bold: true }], keepWithNext: true }];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as FormField;
    const next = fields[i + 1];
    if (field.print.span === 'half' && next !== undefined && next.print.span === 'half') {
      rows.push({ cells: [...fieldCells(field, values, mode, 1), ...fieldCells(next, values, mode, 1)] });
      i++;
    } else {
      rows.push({ cells: fieldCells(field, values, mode, GRID_COLUMNS.length - 1) });
    }
  }
  return rows;
}

/** 结果送达: window or express with the address; both unticked with room to write when not chosen. */
function deliveryRows(delivery: DeliveryChoice | null): GridRow[] {
  const express = delivery?.method === 'express' ? delivery : null;
  const rows: GridRow[] = [
    { cells: [{ text: '结果领取方式', span: GRID_COLUMNS.length, shaded: true, bold: true }], keepWithNext: true },
    {
      cells: [
        { text: '领取方式', shaded: true },
        { text: `${delivery?.method === 'window' ? ON : OFF}窗口领取${OPTION_GAP}${express ? ON : OFF}邮寄送达（物流快递）`, span: 3 },
      ],
    },
  ];
  if (delivery?.method === 'window') return rows;
  rows.push(
    {
      cells: [
        { text: '收件人', shaded: true },
        { text: express?.recipient ?? '' },
        { text: '收件人电话', shaded: true },
        { text: express?.phone ?? '' },
      ],
    },
    { cells: [{ text: '邮寄地址', shaded: true }, { text: express ? `${express.address.regionName}${express.address.detail}` : '', span: 3, minLines: express ? 1 : HAND_LINES }] },
  );
  return rows;
}

/** The QR's modules (byte mode, level M); null when the text does not fit a QR. */
export function qrModules(text: string, caption?: string): QrModules | null {
  try {
    const qr = qrcode(0, 'M');
    qr.addData(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''), 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    const rows = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
    return caption === undefined ? { rows } : { rows, caption };
  } catch {
    return null;
  }
}

function signedDate(iso: string | null): Signer['date'] {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: m[1] as string, month: m[2] as string, day: m[3] as string } : null;
}

function strokesOf(sig: SignatureValue | null | undefined): Signer['strokes'] {
  return sig && sig.strokes.length > 0 ? sig : null;
}

function signers(input: ApplicationFormInput, fields: readonly FormField[], values: FormValues): Signer[] {
  const date = input.mode === 'filled' ? signedDate(input.signedAt) : null;
  const signatureFields = fields.filter((f) => f.type === 'signature');
  if (signatureFields.length > 0) {
    return signatureFields.map((f) => {
      const v = values[f.id];
      const strokes = input.mode === 'filled' && isSignature(v) ? strokesOf(v) : null;
      return { label: f.label, strokes, date: strokes === null ? null : date };
    });
  }
  return input.form.print.signers.map((name, i) => {
    const strokes = i === 0 && input.mode === 'filled' ? strokesOf(input.signature) : null;
    return { label: `${name}（签字）`, strokes, date: i === 0 ? date : null };
  });
}

export function applicationFormSheet(input: ApplicationFormInput): PrintDocument {
  const { form, mode } = input;
  const values = mode === 'filled' ? shownValues(form, input.values) : mode === 'sample' ? exampleValues(form) : {};
  // Filled: only what the citizen saw (a field hidden by its condition is left out). Blank and
  // sample keep every field: the person writing by hand decides what applies.
  const printed = (f: FormField) => mode !== 'filled' || isShown(f, values);
  const fields = allFields(form).filter(printed);

  const blocks: Block[] = [];
  const notes = [form.intro, mode === 'filled' ? undefined : '带*的为必填项；有选项的在□内打√。'].filter((x): x is string => x !== undefined && x !== '');
  if (notes.length > 0) blocks.push({ kind: 'paragraph', small: true, text: `填表须知：${notes.join('')}` });

  const rows: GridRow[] = form.sections.flatMap((section) => {
    const shown = section.fields.filter((f) => printed(f) && f.type !== 'signature');
    if (shown.length === 0) return [];
    const title = mode !== 'filled' && section.help ? `${section.title}（${section.help}）` : section.title;
    return sectionRows(title, shown, values, mode);
  });
  // A form with its own delivery field (领证方式) already asks; the kiosk's choice is the same thing.
  if (!allFields(form).some((f) => f.id === 'delivery')) rows.push(...deliveryRows(mode === 'filled' ? input.delivery : null));
  blocks.push({ kind: 'grid', columns: GRID_COLUMNS, rows });

  const declaration = form.print.declaration;
  blocks.push({ kind: 'signatures', ...(declaration === undefined ? {} : { declaration }), signers: signers(input, fields, values) });

  // 填写说明 for whoever fills the form by hand: each field's help, numbered, after the form.
  const helps = mode === 'filled' ? [] : fields.filter((f) => f.help !== undefined && f.help !== '');
  if (helps.length > 0) {
    blocks.push({ kind: 'heading', text: '填写说明' }, { kind: 'paragraph', small: true, text: helps.map((f, i) => `${i + 1}. ${f.label}：${f.help}`).join('\n') });
  }

  if (form.print.materials && input.materials.length > 0) {
    blocks.push({ kind: 'heading', text: '申请材料清单（窗口核对）' }, { kind: 'checklist', items: input.materials.map((text) => ({ text, checked: false })) });
  }

  const lines = [`事项名称：${input.item.name}\u3000实施编码：${input.item.code}`];
  if (mode === 'filled' && input.submissionId !== null) lines.push(`申请编号：${input.submissionId}`);
  const qr = input.qr === null ? null : qrModules(input.qr, '扫码调取申请');
  return {
    kind: '申请表',
    title: form.title,
    subtitle: lines.join('\n'),
    blocks,
    idNumbers: 'full',
    ...(mode === 'filled' && input.submissionId !== null ? { reference: input.submissionId } : {}),
    ...(qr === null ? {} : { qr }),
    ...(mode === 'blank' ? { stamp: '空白表' } : mode === 'sample' ? { stamp: '样表' } : {}),
  };
}
