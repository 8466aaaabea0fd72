// The catalogue's references to a form (a material's blankForm and sample), zod-free so the kiosk's
// guide can tell which materials have a form to print or fill without taking the schemas along.

/** The catalogue references a form answers to: blankForm `forms/<id>.pdf`, sample `forms/<id>-sample.pdf`. */
export function formRefOf(ref: string): { readonly formId: string; readonly sample: boolean } | null {
  const m = /^forms\/([a-z0-9][a-z0-9-]*?)(-sample)?\.pdf$/.exec(ref);
  return m ? { formId: m[1]!, sample: m[2] !== undefined } : null;
}
