// The fees of the sample cases (便民缴费), true to their items: each case is charged the item's own fee
// items (amount, unit, 收费依据 as the catalogue gives them), turned into fen. A delivered or ready case
// has paid (at acceptance); an accepted, in-review or correction case still owes; a refused case is
// charged nothing. Unpaid: 居民身份证 丢失补领 (person 7), 继承 转移登记 (person 6), and the first passport
// of the simulated card 韦秀英.
import { serviceItems } from './data.ts';
import { sampleCases } from './cases.ts';
import type { CaseRecord } from './record-schemas.ts';

/** Which of the item's fee items a case is charged (the others are alternatives, e.g. 损坏换领). */
const charged: Readonly<Record<string, readonly number[]>> = {
  '居民身份证换领': [0],
};

export interface SampleFee {
  readonly caseNumber: string;
  readonly name: string;
  readonly amountFen: number;
  readonly unit: string;
  readonly basis: string;
  readonly note: string | null;
  /** Epoch ms when it was paid; null while owed. */
  readonly paidAt: number | null;
}

function feesOf(c: CaseRecord): SampleFee[] {
  if (c.status === 'rejected') return [];
  const item = serviceItems.find((i) => i.id === c.itemId);
  if (!item) throw new Error(`no item ${c.itemId} for case ${c.caseNumber}`);
  const pick = Object.entries(charged).find(([prefix]) => item.name.startsWith(prefix))?.[1];
  const fees = pick ? pick.flatMap((i) => item.fees[i] ?? []) : item.fees;
  const paid = c.status === 'delivered' || c.status === 'ready';
  return fees.map((f) => ({
    caseNumber: c.caseNumber,
    name: f.name,
    amountFen: Math.round(f.amount * 100),
    unit: f.unit,
    basis: f.basis,
    note: f.note,
    paidAt: paid ? Date.parse(c.acceptedAt) : null,
  }));
}

/** The fees of sampleCases(businessDate), case by case. */
export function sampleFees(businessDate: string): SampleFee[] {
  return sampleCases(businessDate).flatMap(feesOf);
}
