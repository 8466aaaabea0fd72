import { describe, expect, it } from 'vitest';
import type { ListedForm } from '../../../../main/contract/index.ts';
import { groupRuns } from '../../../../renderer/src/kiosk/forms/form-groups.ts';

const row = (formId: string, itemId: string): ListedForm => ({ formId, title: `表${formId}`, version: 1, materialName: '申请表', itemId, itemName: `事项${itemId}`, uses: 0 });

describe('groupRuns', () => {
  it('gathers consecutive rows of one form, keeps the order, and a form seen again later starts a new group', () => {
    const list = [row('a', '1'), row('b', '1'), row('b', '2'), row('b', '3'), row('c', '4'), row('a', '5')];
    const groups = groupRuns(list);
    expect(groups.map((g) => [g.formId, g.rows.map((r) => r.itemId)])).toEqual([
      ['a', ['1']],
      ['b', ['1', '2', '3']],
      ['c', ['4']],
      ['a', ['5']],
    ]);
    expect(groups[1]!.title).toBe('表b');
    expect(groups.flatMap((g) => g.rows)).toEqual(list);
    expect(groupRuns([])).toEqual([]);
  });
});
