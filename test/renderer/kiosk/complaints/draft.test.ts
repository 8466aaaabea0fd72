import { describe, expect, it } from 'vitest';
import { complaintInputSchema } from '../../../../main/contract/submissions.ts';
import { caseNumberProblem, checkText, emptyDraft, nameProblem, phoneProblem, submission } from '../../../../renderer/src/kiosk/complaints/draft.ts';

describe('the complaint draft', () => {
  it('needs five characters of text, counting characters and not the spaces around', () => {
    expect(checkText('窗口服务')).toEqual({ ok: false, missing: 1 });
    expect(checkText('   ')).toEqual({ ok: false, missing: 5 });
    expect(checkText(' 窗口服务差 ')).toEqual({ ok: true });
  });

  it('takes an empty phone, name or case number, and refuses a wrong one', () => {
    expect([phoneProblem(''), phoneProblem('13812345678'), phoneProblem('23812345678'), phoneProblem('1381234')]).toEqual([false, false, true, true]);
    expect([nameProblem(''), nameProblem('王方'), nameProblem('王3')]).toEqual([false, false, true]);
    expect([caseNumberProblem(''), caseNumberProblem('AB-123'), caseNumberProblem('办件1')]).toEqual([false, false, true]);
  });

  it('is handed in as the contract takes it: trimmed, optional parts left out when empty', () => {
    const bare = submission({ ...emptyDraft('suggestion'), text: ' 多放几把椅子 ' });
    expect(bare).toEqual({ kind: 'suggestion', text: '多放几把椅子' });
    expect(complaintInputSchema.safeParse(bare).success).toBe(true);
    const full = submission({ kind: 'complaint', text: '窗口服务态度差', name: ' 王方 ', phone: '13812345678', caseNumber: ' ab123 ' });
    expect(full).toEqual({ kind: 'complaint', text: '窗口服务态度差', name: '王方', phone: '13812345678', caseNumber: 'AB123' });
    expect(complaintInputSchema.safeParse(full).success).toBe(true);
  });
});
