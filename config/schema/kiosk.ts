// The kiosk's services in the config: `catalogue` (the guide's phone link), `forms` (the PDF download
// link) and `help` (calling a helper).
import { z } from 'zod';
import { guideUrlTemplateProblem } from '../../domain/guide-link.ts';

export const catalogueSchema = z
  .strictObject({
    /** The QR on a service guide (read it on a phone): a URL with {itemId} and/or {catalogCode}; absent:
     *  the platform's phone page (domain/mobile-links.ts on `platform.publicUrl`). */
    guideUrl: z
      .url({ protocol: /^https?$/ })
      .superRefine((u, ctx) => {
        const problem = guideUrlTemplateProblem(u);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
  })
  .prefault({});

/** Application forms (申报材料表单化). */
export const formsSchema = z
  .strictObject({
    /** Where a phone downloads a handed-in form's PDF when the kiosk has no A4 printer (the QR): a URL
     *  with {submissionId} and {token}; absent: the platform's page (domain/mobile-links.ts on
     *  `platform.publicUrl`). */
    downloadUrl: z
      .url({ protocol: /^https?$/ })
      .refine((u) => u.includes('{submissionId}') && u.includes('{token}'), 'the download URL needs both {submissionId} and {token}')
      .optional(),
  })
  .prefault({});

/** Calling a helper (帮办代办) from the kiosk. */
export const helpSchema = z
  .strictObject({
    /** Where citizens find staff in person when a call cannot reach them, in the hall's own words
     *  (e.g. "一楼东侧咨询台"); absent: the screens say 咨询台或帮办代办窗口. */
    deskPlace: z.string().trim().min(1).max(60).optional(),
    /** How long a kiosk with a call open waits for staff untouched before its visit ends (and the
     *  call is cancelled): longer than the idle timeout, since the citizen is waiting, not gone. */
    waitSeconds: z.number().int().min(60).max(3600).default(600),
  })
  .prefault({});
