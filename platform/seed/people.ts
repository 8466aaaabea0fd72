// Fictional applicants for sample appointments and cases. ID numbers use the fictional district's
// division code (339102) and carry correct GB 11643 check digits; phone numbers are in a test range.
import { agencyUscc, idNumber } from './codes.ts';
import { hall } from './hall.ts';

export interface Person {
  readonly name: string;
  readonly idNumber: string;
  readonly phone: string;
}

function person(name: string, birth: string, seq: number, phoneTail: string): Person {
  return { name, idNumber: idNumber(`${hall.areaCode}${birth}${String(seq).padStart(3, '0')}`), phone: `1390589${phoneTail}` };
}

/** seq odd = male, even = female (GB 11643). */
export const people: readonly Person[] = [
  person('陈思远', '19900312', 131, '0101'),
  person('林晓燕', '19920728', 242, '0102'),
  person('王建国', '19630105', 117, '0103'),
  person('赵雨桐', '19981120', 208, '0104'),
  person('周子豪', '20010515', 153, '0105'),
  person('吴秀英', '19500809', 126, '0106'),
  person('郑国栋', '19751002', 139, '0107'),
  person('孙佳怡', '19950203', 264, '0108'),
  person('何文博', '19880617', 171, '0109'),
  person('马桂兰', '19480922', 182, '0110'),
  person('黄振宇', '19830430', 195, '0111'),
  person('刘婧涵', '19970811', 220, '0112'),
  // The cards of the simulated ID-card reader (devices/idcard/test-identities.ts: 张伟, 韦秀英, 金美善),
  // so that the developer page and the e2e tests can try the card flows (check-in, case progress).
  { name: '张伟', idNumber: idNumber('11010519900307123'), phone: '13905890113' },
  { name: '韦秀英', idNumber: idNumber('45010319751102402'), phone: '13905890114' },
  { name: '金美善', idNumber: idNumber('22240119830620128'), phone: '13905890115' },
];

export interface Enterprise {
  readonly name: string;
  readonly code: string;
  readonly agent: Person;
}

export const enterprises: readonly Enterprise[] = [
  { name: '澄州市澜溪区云帆信息科技有限公司', code: agencyUscc('91', hall.areaCode, 'MA2C7X1Q'), agent: people[0]! },
  { name: '澄州市澜溪区禾丰餐饮店', code: agencyUscc('92', hall.areaCode, 'MA2D31KP'), agent: people[3]! },
  { name: '澄州市澜溪区安达物流有限公司', code: agencyUscc('91', hall.areaCode, 'MA2E05TB'), agent: people[6]! },
];
