import { describe, expect, it } from 'vitest';
import { materialForm } from '../../../../renderer/src/kiosk/guide/material-form.ts';

describe("a guide material's form", () => {
  it('is the blank form named, with a sample only when the sample names the same form', () => {
    expect(materialForm({ blankForm: 'forms/idcard-apply.pdf', sample: 'forms/idcard-apply-sample.pdf' })).toEqual({ formId: 'idcard-apply', hasSample: true });
    expect(materialForm({ blankForm: 'forms/idcard-apply.pdf', sample: null })).toEqual({ formId: 'idcard-apply', hasSample: false });
    expect(materialForm({ blankForm: 'forms/idcard-apply.pdf', sample: 'forms/other-sample.pdf' })).toEqual({ formId: 'idcard-apply', hasSample: false });
  });

  it('is none without a blank form, or when the reference is not a form document', () => {
    expect(materialForm({ blankForm: null, sample: null })).toBeNull();
    expect(materialForm({ blankForm: 'docs/guide.pdf', sample: null })).toBeNull();
    expect(materialForm({ blankForm: 'forms/idcard-apply-sample.pdf', sample: null })).toBeNull();
  });
});
