// Sample cases (办件) with progress, accepted on working days before a business date: the records
// a citizen looks up at the kiosk by case number or ID card (办件进度查询).
import type { ServiceItem } from '../../domain/catalogue.ts';
import { addDays, addWorkingDays, at, compact } from './calendar.ts';
import { formatCaseNumber } from './codes.ts';
import { itemIdByKey, serviceItems, staff } from './data.ts';
import { enterprises, people } from './people.ts';
import type { CaseRecord, CaseStep } from './record-schemas.ts';

type Status = CaseRecord['status'];

interface CasePlan {
  key: string;
  /** Working days before the business date on which it was accepted (0 = today). */
  daysAgo: number;
  /** A person index, or "e" + enterprise index. */
  who: number | `e${number}`;
  status: Status;
  channel: CaseRecord['channel'];
  express?: boolean;
}

const plans: readonly CasePlan[] = [
  { key: 'idcard-renew', daysAgo: 12, who: 0, status: 'delivered', channel: 'window', express: true },
  { key: 'idcard-reissue', daysAgo: 3, who: 7, status: 'inReview', channel: 'window', express: true },
  { key: 'company-setup', daysAgo: 0, who: 'e0', status: 'delivered', channel: 'online' },
  { key: 'food-license-new', daysAgo: 2, who: 'e1', status: 'inReview', channel: 'window' },
  { key: 'food-license-new', daysAgo: 6, who: 'e1', status: 'ready', channel: 'online' },
  { key: 're-transfer-sale', daysAgo: 1, who: 2, status: 'ready', channel: 'window', express: true },
  { key: 're-transfer-inherit', daysAgo: 2, who: 6, status: 'correction', channel: 'window' },
  { key: 'hf-withdraw-rent', daysAgo: 0, who: 11, status: 'delivered', channel: 'kiosk' },
  { key: 'retire-approval', daysAgo: 4, who: 2, status: 'accepted', channel: 'window' },
  { key: 'disability-card-new', daysAgo: 9, who: 9, status: 'inReview', channel: 'window' },
  { key: 'road-freight-license', daysAgo: 3, who: 'e2', status: 'rejected', channel: 'online' },
  { key: 'work-injury', daysAgo: 8, who: 4, status: 'inReview', channel: 'window', express: true },
  { key: 'dibao', daysAgo: 5, who: 5, status: 'accepted', channel: 'window' },
  { key: 'passport-first', daysAgo: 5, who: 1, status: 'ready', channel: 'window', express: true },
  // The simulated reader's card 张伟 (person 12): a result ready at the 综合出件 window, and one in review.
  { key: 'hf-withdraw-rent', daysAgo: 3, who: 12, status: 'ready', channel: 'window' },
  { key: 'disability-card-new', daysAgo: 2, who: 12, status: 'inReview', channel: 'kiosk' },
  // The simulated reader's card 韦秀英 (person 13): a first passport accepted, its 工本费 unpaid (see fees.ts).
  { key: 'passport-first', daysAgo: 1, who: 13, status: 'accepted', channel: 'window' },
];

function promisedBy(item: ServiceItem, accepted: string): string {
  const days = item.promiseLimit.days ?? 0;
  return item.promiseLimit.unit === '自然日' ? addDays(accepted, days) : addWorkingDays(accepted, days);
}

function time(minutesAfterNine: number): string {
  const m = 9 * 60 + minutesAfterNine;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** How many leading steps are done, and whether the next one is current, for a status. */
function progress(status: Status, stepCount: number): { done: number; current: boolean } {
  switch (status) {
    case 'accepted':
      return { done: 1, current: true };
    case 'correction':
      return { done: 0, current: true };
    case 'inReview':
      return { done: Math.min(2, stepCount - 1), current: true };
    case 'ready':
      return { done: stepCount - 1, current: true };
    case 'delivered':
    case 'rejected':
      return { done: stepCount, current: false };
  }
}

function steps(item: ServiceItem, status: Status, accepted: string, businessDate: string, seq: number): { steps: CaseStep[]; finishedAt: string | null } {
  // A refusal is not certified: the 制证 step drops out and 送达 delivers the refusal.
  const all = status === 'rejected' ? item.steps.filter((s) => s.name !== '制证') : item.steps;
  const { done, current } = progress(status, all.length);
  const instant = item.projectType === '1';
  const out: CaseStep[] = [];
  let day = accepted;
  let finishedAt: string | null = null;
  for (const [i, s] of all.entries()) {
    const handler = staff[(seq * 3 + i) % staff.length]?.name ?? null;
    if (status === 'correction' && i === 0) {
      out.push({ name: s.name, status: 'current', at: at(accepted, time(seq * 7)), handler, opinion: '材料不齐全，已一次性告知需补正：继承权公证书或全部继承人到场确认' });
      continue;
    }
    if (i < done) {
      if (i > 0 && !instant && day < businessDate) day = addWorkingDays(day, 1);
      const stamp = at(day, time(seq * 7 + i * (instant ? 6 : 45)));
      const opinion =
        status === 'rejected' && s.name === '决定'
          ? '不予许可：拟投入车辆未提供检测合格证明，驾驶人员从业资格不符合要求'
          : status === 'rejected' && s.name === '送达'
            ? '不予行政许可决定书已送达申请人'
            : i === 0
              ? '材料齐全，予以受理'
              : '符合要求';
      out.push({ name: s.name, status: 'done', at: stamp, handler, opinion });
      finishedAt = stamp;
    } else if (i === done && current) {
      out.push({ name: s.name, status: 'current', at: null, handler, opinion: null });
    } else {
      out.push({ name: s.name, status: 'pending', at: null, handler: null, opinion: null });
    }
  }
  const finished = status === 'delivered' || status === 'rejected';
  return { steps: out, finishedAt: finished ? finishedAt : null };
}

/** Sample cases relative to a business date (yyyy-MM-dd). Deterministic for a date. */
export function sampleCases(businessDate: string): CaseRecord[] {
  const seqByTaskDay = new Map<string, number>();
  return plans.map((p, n) => {
    const id = itemIdByKey(p.key);
    const item = serviceItems.find((i) => i.id === id);
    if (!item) throw new Error(`no item ${p.key}`);
    const accepted = addWorkingDays(businessDate, -p.daysAgo);
    const counterKey = `${item.taskCode}${accepted}`;
    const seq = (seqByTaskDay.get(counterKey) ?? 0) + 1;
    seqByTaskDay.set(counterKey, seq);
    const enterprise = typeof p.who === 'string' ? enterprises[Number(p.who.slice(1))] : undefined;
    const person = enterprise ? enterprise.agent : people[p.who as number];
    if (!person) throw new Error(`bad applicant in case plan ${p.key}`);
    const progressed = steps(item, p.status, accepted, businessDate, n + 1);
    const acceptedAt = progressed.steps[0]?.at ?? at(accepted, time((n + 1) * 7));
    // A case accepted but still at 受理 (correction) keeps its time on the first step.
    const first = progressed.steps[0];
    if (first && first.at === null) first.at = acceptedAt;
    const express = p.express === true && item.expressDelivery;
    return {
      caseNumber: formatCaseNumber(item.taskCode, accepted, 100 + n * 17 + seq),
      taskCode: item.taskCode,
      itemId: item.id,
      itemName: item.name,
      deptName: item.deptName,
      applicant: {
        kind: enterprise ? 'enterprise' : 'person',
        name: person.name,
        idNumber: person.idNumber,
        phone: person.phone,
        orgName: enterprise?.name ?? null,
        orgCode: enterprise?.code ?? null,
      },
      queryCode: String(100000 + ((n + 1) * 7919) % 900000).padStart(6, '0'),
      channel: p.channel,
      acceptedAt,
      promisedBy: promisedBy(item, accepted),
      finishedAt: progressed.finishedAt,
      status: p.status,
      steps: progressed.steps,
      delivery: {
        method: express ? 'express' : 'window',
        trackingNumber: express && (p.status === 'delivered' || p.status === 'ready') ? `EMS${compact(accepted)}${String(n + 1).padStart(4, '0')}` : null,
      },
    };
  });
}
