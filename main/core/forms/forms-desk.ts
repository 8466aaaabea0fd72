// The forms desk (申报材料表单化): the forms an item's guide offers and their definitions, from the
// local catalogue (synced from the platform with the catalogue, so they work offline); values
// pre-filled from the ID card on the reader; a filled form handed in: checked with the form's own rules
// (domain/form-rules.ts, as the screen and the platform check it), numbered here
// (F<terminal>-<yyyymmdd>-<nnnn>, a daily counter in SQLite), drawn as the A4 application, sealed in
// the outbox with its PDF (personal data: sealed-box.ts; keyed by the submission id, so it reaches the
// platform exactly once), and a receipt slip printed. The application goes to the A4 printer (CUPS)
// when the kiosk has one; when it has none, the screen shows a QR to download it on a phone: a
// one-time token made here, of which the platform only gets the SHA-256.
//
// What a visit handed in (the PDF, to print it again) and its print jobs live in memory only and are
// forgotten when the visit ends. Nothing of a draft or of the card is written to disk in clear by the
// terminal; printing hands the PDF to CUPS, which spools it on its own disk while it prints and keeps
// it after for `PreserveJobFiles` (a day by default): a kiosk's cupsd.conf sets `PreserveJobFiles No`.
import { createHash, randomBytes } from 'node:crypto';
import type { ServiceItem } from '../../../domain/catalogue.ts';
import type { Clock } from '../../../domain/clock.ts';
import { terminalCode } from '../../../domain/complaints.ts';
import { kioskError } from '../../../domain/errors.ts';
import { exampleValues, prefillValues, shownValues, validateForm, type CardFacts, type FieldProblem } from '../../../domain/form-rules.ts';
import { formDefinitionSchema, formRefOf, formSubmissionSchema, type FormDefinition, type FormSubmission, type FormValues, type SignatureValue } from '../../../domain/forms.ts';
import { businessDateOf } from '../../../domain/hall-time.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { Config } from '../../../config/schema/index.ts';
import { applicationFormSheet, pageFrame, type PrintDocument, type RenderedDocument } from '../../../devices/document-printer/index.ts';
import type { FormPrintJob, FormsList, FormSubmitInput, FormSubmitted, ItemForms, ListedForm } from '../../contract/forms.ts';
import type { OfflineCounterRepo } from '../../store/index.ts';
import { foldPinyin, normalize, TermIndexer } from '../../store/search-terms.ts';
import type { DocumentPrinterDevice } from '../devices/document-printer-device.ts';
import type { PrinterDevice } from '../devices/printer-device.ts';
import type { Outbox } from '../link/outbox.ts';
import type { Logger } from '../system/event-log.ts';

/** The daily counter's key in the store's per-date counters (offline tickets use category ids, complaints #complaint). */
export const FORM_COUNTER = '#form';
const MAX_PER_DAY = 9999;
/** The print job title CUPS shows: the document kind, never a name. */
const JOB_TITLE = '申请表';

/** Where forms and items are read: the local catalogue (CatalogueRepo). */
export interface FormSource {
  getForm(id: string): unknown;
  get(itemId: string): ServiceItem | null;
  /** The items whose guide names a blank form: where forms.list looks. */
  itemsNamingForms(): readonly string[];
  /** How often each item was opened on this terminal: the list's order. */
  itemUses(): ReadonlyMap<string, number>;
  /** Counts a use of an item (a guide opened; here: a form handed in for it). */
  recordUse(itemId: string): void;
  /** The stored catalogue's and forms' versions: the list is made again when either moves. */
  version(): number | null;
  formsVersion(): number | null;
}

export interface DocumentRendering {
  render(doc: PrintDocument, frame: ReturnType<typeof pageFrame>, createdAt: Date): Promise<Result<RenderedDocument>>;
}

export type FormsA4Printer = Pick<DocumentPrinterDevice, 'printPdf' | 'jobState'>;

export interface FormsDeskOptions {
  readonly catalogue: FormSource;
  /** The card on the reader as pre-fill facts: null without one, refused (idcard.expired) when expired. */
  readonly card: () => Result<CardFacts | null>;
  readonly outbox: Outbox;
  readonly counters: OfflineCounterRepo;
  /** Is the platform answering now? Only then is delivery waited for. */
  readonly online: () => boolean;
  readonly renderer: DocumentRendering;
  /** The A4 printer, when the kiosk has one configured. */
  readonly documentPrinter: () => FormsA4Printer | null;
  /** The ticket printer, for the receipt slip. */
  readonly printer: () => Pick<PrinterDevice, 'printFormReceipt'> | null;
  /** The phone download template with {submissionId} and {token} (config forms.downloadUrl); null: none. */
  readonly downloadUrl: string | null;
  readonly config: Config;
  readonly clock: Clock;
  readonly log: Logger;
  /** A one-time download token (default: 32 random bytes, base64url). */
  readonly token?: () => string;
}

/** A row of forms.list with what a query is matched against: normalised text and pinyin readings. */
interface ListRow {
  readonly form: Omit<ListedForm, 'uses'>;
  readonly texts: readonly string[];
  readonly readings: readonly string[];
}

const byTitle = new Intl.Collator('zh-CN');

interface HandedIn {
  readonly pdf: Uint8Array;
  readonly pages: number;
}

export class FormsDesk {
  readonly #o: FormsDeskOptions;
  /** This visit's submissions by id: the PDF to print again. */
  readonly #visit = new Map<string, HandedIn>();
  /** This visit's print jobs: the printer that took each, its pages; null printer: lp gave no id (done when sent). */
  readonly #jobs = new Map<string, { readonly pages: number; readonly printer: FormsA4Printer | null }>();
  #localJobs = 0;
  /** forms.list's rows for one catalogue and forms version (finding them reads every guide). */
  #list: { readonly revision: string; readonly rows: readonly ListRow[] } | null = null;

  constructor(options: FormsDeskOptions) {
    this.#o = options;
  }

  /** A form definition from the local catalogue; form.unknown when there is none (or the stored one no longer reads). */
  definition(formId: string): Result<FormDefinition> {
    const stored = this.#o.catalogue.getForm(formId);
    if (stored === null || stored === undefined) return err(kioskError('form.unknown', `no form "${formId}" in the local catalogue`));
    const parsed = formDefinitionSchema.safeParse(stored);
    if (!parsed.success) {
      this.#o.log.error('a stored form definition does not read; refused', { formId, issue: parsed.error.issues[0]?.message ?? '' });
      return err(kioskError('form.unknown', `the stored form "${formId}" cannot be read`));
    }
    return ok(parsed.data);
  }

  /** The fillable forms of an item's guide: its materials whose blank form names a form the catalogue has. */
  forItem(itemId: string): Result<ItemForms> {
    const item = this.#o.catalogue.get(itemId);
    if (!item) return err(kioskError('catalogue.notFound', `no item "${itemId}"`));
    const forms: ItemForms['forms'] = [];
    for (const m of item.materials) {
      const ref = m.blankForm === null ? null : formRefOf(m.blankForm);
      if (!ref || ref.sample || forms.some((f) => f.formId === ref.formId)) continue;
      const form = this.definition(ref.formId);
      if (form.ok) forms.push({ formId: form.value.id, title: form.value.title, version: form.value.version, materialName: m.name });
    }
    return ok({ itemId: item.id, itemName: item.name, itemCode: itemCode(item), expressDelivery: item.expressDelivery, forms });
  }

  /**
   * Every form the kiosk can fill, with the item it is for (what forItem offers, for every item whose
   * guide names a form), matched word by word against the title and the item's name, or their pinyin
   * and initials (the catalogue search's readings: search-terms.ts); most used item first, then by title.
   */
  list(query: string, limit: number): Result<FormsList> {
    const words = normalize(query).split(' ').filter((w) => w !== '');
    const matched = this.#listRows().filter((row) => words.every((w) => matches(row, w)));
    const uses = this.#o.catalogue.itemUses();
    const forms = matched
      .map((row) => ({ ...row.form, uses: uses.get(row.form.itemId) ?? 0 }))
      .sort((a, b) => b.uses - a.uses || byTitle.compare(a.title, b.title) || byTitle.compare(a.itemName, b.itemName));
    return ok({ forms: forms.slice(0, limit), total: forms.length });
  }

  /** Values for the fields the card on the reader fills; idcard.noCard without one, idcard.expired past its validity. */
  prefill(formId: string): Result<{ values: FormValues; filled: string[] }> {
    const form = this.definition(formId);
    if (!form.ok) return form;
    const card = this.#o.card();
    if (!card.ok) return card;
    if (card.value === null) return err(kioskError('idcard.noCard', 'no ID card on the reader'));
    const values = prefillValues(form.value, card.value);
    return ok({ values, filled: Object.keys(values) });
  }

  async submit(input: FormSubmitInput): Promise<Result<FormSubmitted>> {
    const { outbox, counters, config, clock, log } = this.#o;
    const found = this.#formFor(input.formId, input.itemId);
    if (!found.ok) return found;
    const { form, item } = found.value;
    if (input.formVersion !== form.version) {
      return err(kioskError('form.outdated', `form "${form.id}" is at version ${form.version}, the screen had ${input.formVersion}`, { version: form.version }));
    }
    const now = clock.now();
    const date = businessDateOf(now, config.queue.timeZone);
    const problems: FieldProblem[] = validateForm(form, input.values, date);
    if (input.delivery.method === 'express' && !item.expressDelivery) {
      problems.push({ field: 'delivery', code: 'rule', message: '本事项不提供邮寄送达，请选择窗口领取' });
    }
    if (problems.length > 0) {
      return err(kioskError('form.invalid', `${problems.length} field(s) not filled in correctly: ${problems.map((p) => `${p.field} ${p.code}`).join(', ')}`, { problems }));
    }
    const values = shownValues(form, input.values);

    const seq = counters.take(date, FORM_COUNTER, 1, MAX_PER_DAY);
    if (seq === null) return err(kioskError('form.invalid', `this kiosk has used every submission number of ${date}`, { problems: [] }));
    const submissionId = `F${terminalCode(config.terminal.id)}-${date.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
    const submittedAt = new Date(now).toISOString();

    const a4 = this.#o.documentPrinter();
    const canPrint = a4 !== null;
    // No A4 printer: the phone downloads the PDF with a token only this screen shows.
    const token = canPrint || this.#o.downloadUrl === null ? null : (this.#o.token ?? newToken)();
    const rendered = await this.#render(form, item, 'filled', values, { submissionId, signedAt: date, delivery: input.delivery, signature: input.signature ?? null });
    if (!rendered.ok) return rendered;

    const submission = formSubmissionSchema.safeParse({
      submissionId,
      formId: form.id,
      formVersion: form.version,
      itemId: item.id,
      values,
      delivery: input.delivery,
      signature: input.signature ?? null,
      submittedAt,
      pdf: Buffer.from(rendered.value.pdf).toString('base64'),
      downloadTokenHash: token === null ? null : createHash('sha256').update(token).digest('hex'),
    } satisfies FormSubmission);
    if (!submission.success) {
      log.error('a form submission does not pass its own schema', { submissionId, issue: submission.error.issues[0]?.message ?? '' });
      return err(kioskError('document.invalid', `the submission ${submissionId} cannot be handed in: ${submission.error.issues[0]?.message ?? 'invalid'}`));
    }
    const key = outbox.enqueue('form', 'submissions.create', submission.data, { key: submissionId });
    // A form handed in counts for its item as a guide opened does: forms.list puts it higher next time.
    this.#o.catalogue.recordUse(item.id);
    this.#visit.set(submissionId, { pdf: rendered.value.pdf, pages: rendered.value.pages.length });
    log.info('form kept for the platform', { submissionId, formId: form.id, pages: rendered.value.pages.length });

    // The platform answers: wait for this delivery (everything before it goes first, in order).
    if (this.#o.online()) await outbox.drain();
    const outcome = outbox.outcome(key);
    const state: FormSubmitted['state'] = outcome?.state === 'delivered' ? 'delivered' : 'queued';
    if (outcome?.state === 'refused') log.warn('form refused by the platform; kept sealed for staff', { submissionId, error: outcome.lastError ?? '' });

    const downloadUrl = token === null ? null : this.#o.downloadUrl!.replaceAll('{submissionId}', encodeURIComponent(submissionId)).replaceAll('{token}', token);
    const base = { submissionId, submittedAt, state, canPrint, downloadUrl, waiting: outbox.counts().pending };
    const printer = this.#o.printer();
    if (!printer) return ok({ ...base, receipt: 'noPrinter', receiptError: null });
    const r = await printer.printFormReceipt(
      {
        hallName: config.terminal.hallName,
        submissionId,
        itemName: item.name,
        formTitle: form.title,
        submittedAt: now,
        applicantName: applicantName(form, values),
        delivery: input.delivery.method,
        state,
        printedHere: canPrint,
      },
      { timeZone: config.queue.timeZone },
    );
    if (r.ok) return ok({ ...base, receipt: 'printed', receiptError: null });
    log.warn('form receipt not printed; the id is shown on screen', { submissionId, code: r.error.code });
    return ok({ ...base, receipt: 'failed', receiptError: r.error.code });
  }

  /** Prints the application of a form handed in during this visit (the same PDF the platform got). */
  async print(submissionId: string): Promise<Result<FormPrintJob>> {
    const handed = this.#visit.get(submissionId);
    if (!handed) return err(kioskError('form.notFound', `no form ${submissionId} was handed in during this visit`));
    return this.#send(handed.pdf, handed.pages);
  }

  /** Prints a form's blank (空白表格) or its sample filled with the examples (示例样表). */
  async printBlank(formId: string, itemId: string, sample: boolean): Promise<Result<FormPrintJob>> {
    const found = this.#formFor(formId, itemId);
    if (!found.ok) return found;
    if (this.#o.documentPrinter() === null) return err(kioskError('device.notConfigured', 'this kiosk has no A4 printer'));
    const { form, item } = found.value;
    const rendered = await this.#render(form, item, sample ? 'sample' : 'blank', sample ? exampleValues(form) : {}, { submissionId: null, signedAt: null, delivery: null, signature: null });
    if (!rendered.ok) return rendered;
    return this.#send(rendered.value.pdf, rendered.value.pages.length);
  }

  /** Where a print job of this visit stands. */
  async printJob(jobId: string): Promise<Result<FormPrintJob>> {
    const job = this.#jobs.get(jobId);
    if (!job) return err(kioskError('form.notFound', `no print job ${jobId} in this visit`));
    if (job.printer === null) return ok({ jobId, state: 'done', error: null, pages: job.pages });
    const r = await job.printer.jobState(jobId);
    return r.ok ? ok({ jobId, ...r.value, pages: job.pages }) : r;
  }

  /** The visit ended: its submissions and jobs are forgotten (the PDFs held personal data). */
  forgetVisit(): void {
    this.#visit.clear();
    this.#jobs.clear();
  }

  #listRows(): readonly ListRow[] {
    const { catalogue } = this.#o;
    const revision = `${catalogue.version() ?? '-'}/${catalogue.formsVersion() ?? '-'}`;
    if (this.#list?.revision === revision) return this.#list.rows;
    const terms = new TermIndexer();
    const readingsOf = (text: string) => terms.readings(terms.normalize(text)).flatMap((r) => [r.full, r.initials]);
    const rows: ListRow[] = [];
    for (const itemId of catalogue.itemsNamingForms()) {
      const offered = this.forItem(itemId);
      if (!offered.ok) continue;
      const { itemName } = offered.value;
      for (const f of offered.value.forms) {
        rows.push({
          form: { ...f, itemId, itemName },
          texts: [terms.normalize(f.title), terms.normalize(itemName)],
          readings: [...readingsOf(f.title), ...readingsOf(itemName)],
        });
      }
    }
    this.#list = { revision, rows };
    return rows;
  }

  async #send(pdf: Uint8Array, pages: number): Promise<Result<FormPrintJob>> {
    const a4 = this.#o.documentPrinter();
    if (!a4) return err(kioskError('device.notConfigured', 'this kiosk has no A4 printer'));
    const r = await a4.printPdf(pdf, JOB_TITLE);
    if (!r.ok) return r;
    // lp printed no request id (some builds): nothing to follow; it was accepted.
    const jobId = r.value.jobId ?? `local-${++this.#localJobs}`;
    this.#jobs.set(jobId, { pages, printer: r.value.jobId === null ? null : a4 });
    return ok({ jobId, state: r.value.jobId === null ? 'done' : 'queued', error: null, pages });
  }

  /** The form and the item it is filled for: the item must offer it (its guide names it, or it is the form's own item). */
  #formFor(formId: string, itemId: string): Result<{ form: FormDefinition; item: ServiceItem }> {
    const form = this.definition(formId);
    if (!form.ok) return form;
    const item = this.#o.catalogue.get(itemId);
    if (!item) return err(kioskError('catalogue.notFound', `no item "${itemId}"`));
    const offered = form.value.itemId === item.id || item.materials.some((m) => m.blankForm !== null && formRefOf(m.blankForm)?.formId === formId);
    if (!offered) return err(kioskError('form.unknown', `item "${itemId}" does not offer form "${formId}"`));
    return ok({ form: form.value, item });
  }

  #render(
    form: FormDefinition,
    item: ServiceItem,
    mode: 'filled' | 'blank' | 'sample',
    values: FormValues,
    filled: { submissionId: string | null; signedAt: string | null; delivery: FormSubmitInput['delivery'] | null; signature: SignatureValue | null },
  ): Promise<Result<RenderedDocument>> {
    const { config, clock } = this.#o;
    const doc = applicationFormSheet({
      form,
      values,
      item: { name: item.name, code: itemCode(item) },
      materials: form.print.materials ? item.materials.filter((m) => !m.sharedExempt).map((m) => m.name) : [],
      mode,
      submissionId: filled.submissionId,
      qr: filled.submissionId,
      signedAt: filled.signedAt,
      delivery: filled.delivery === null ? null : deliveryOf(filled.delivery),
      signature: filled.signature,
    });
    return this.#o.renderer.render(doc, pageFrame(config.terminal.hallName, clock, config.queue.timeZone), new Date(clock.now()));
  }
}

/** A query word (normalised) is in the title or the item's name, or, as letters, in their pinyin or initials. */
function matches(row: ListRow, word: string): boolean {
  if (row.texts.some((t) => t.includes(word))) return true;
  const letters = foldPinyin(word);
  return /^[a-z0-9]+$/.test(letters) && row.readings.some((r) => r.includes(letters));
}

/** 实施编码, or the 业务办理项编码 of a handling item: what the application prints under its title. */
function itemCode(item: ServiceItem): string {
  return item.handleItemCode ?? item.taskCode;
}

/** The applicant's name for the slip (printed masked): the field the card's name fills, else one called name. */
function applicantName(form: FormDefinition, values: FormValues): string | undefined {
  const field = form.sections.flatMap((s) => s.fields).find((f) => f.prefillFrom === 'name') ?? form.sections.flatMap((s) => s.fields).find((f) => f.id === 'name');
  const v = field ? values[field.id] : undefined;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function deliveryOf(d: FormSubmitInput['delivery']): FormSubmission['delivery'] {
  return d.method === 'window' ? { method: 'window' } : { ...d, recipient: d.recipient.trim(), phone: d.phone.trim() };
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}
