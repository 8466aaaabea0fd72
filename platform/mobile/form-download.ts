// The phone download of a form's application PDF (GET /m/form/<submission id>?t=<token>): what the QR
// leads to when the kiosk that took the form has no A4 printer. The kiosk made a one-time token, put
// only its SHA-256 in the submission (downloadTokenHash) and showed the token in the QR; the platform
// serves the PDF to whoever holds it, until `hours` after the form was handed in. A malformed id or
// token, an unknown submission, a wrong token and an expired one all get the same 404, so nothing can
// be learnt by trying. The PDF carries personal data: never cached, never indexed.
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../domain/clock.ts';
import { submissionIdSchema } from '../../domain/forms.ts';
import { isFormDownloadToken, MOBILE_FORM_PATH } from '../../domain/mobile-links.ts';
import type { RecordsStore } from '../services/records-store.ts';

/** How long the download stays open after submission, by default: three days (the citizen may print at home later). */
export const DEFAULT_FORM_DOWNLOAD_HOURS = 72;

export interface FormDownloadDeps {
  readonly records: RecordsStore;
  readonly clock: Clock;
  readonly hours?: number;
}

export function registerFormDownload(app: FastifyInstance, deps: FormDownloadDeps): void {
  const lifetimeMs = (deps.hours ?? DEFAULT_FORM_DOWNLOAD_HOURS) * 3_600_000;
  app.get<{ Params: { id: string }; Querystring: Record<string, string> }>(`${MOBILE_FORM_PATH}:id`, async (req, reply) => {
    const id = req.params.id;
    const token = typeof req.query.t === 'string' ? req.query.t : '';
    const found = submissionIdSchema.safeParse(id).success && isFormDownloadToken(token) ? await deps.records.formDownload(id, token) : null;
    const headers = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex', 'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff' };
    if (!found || deps.clock.now() > found.submittedAt + lifetimeMs) {
      return reply.code(404).headers(headers).type('text/plain; charset=utf-8').send('下载链接无效或已过期。请到窗口或自助终端重新打印申请表。\nThis download link is not valid or has expired.');
    }
    return reply
      .code(200)
      .headers({ ...headers, 'content-disposition': `attachment; filename="${id}.pdf"` })
      .type('application/pdf')
      .send(found.pdf);
  });
}
