// Realistic test identities for the simulator, demos and tests. Invented people: every ID number is
// built from a real region code, the birth date and a sequence, and its check digit is computed here
// (GB 11643), never typed in. Validity follows the law: under 16 five years, 16-25 ten, 26-45
// twenty, 46 and over 长期.
import { checkDigit } from '../../domain/id-number.ts';
import type { ForeignIdentity, Identity, PermitIdentity, ResidentIdentity } from './types.ts';

function idNumber(first17: string): string {
  const c = checkDigit(first17);
  // Only a typo in the constants below gets here: a bug, caught by the first test that imports this.
  if (c === null) throw new Error(`test identity: ${first17.length} characters, expected 17 digits`);
  return first17 + c;
}

/**
 * A stand-in for a WLT photo: deterministic bytes of the right size, NOT a picture and not decodable
 * (WLT needs the licensed decoder). Different seeds give different blobs.
 */
export function fakeWlt(seed: number, length = 1024): Uint8Array {
  const out = new Uint8Array(length);
  let x = (seed * 2654435761 + 1) >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  // "WL" like the real format's first bytes, so that a hex dump looks familiar.
  if (length >= 2) {
    out[0] = 0x57;
    out[1] = 0x4c;
  }
  return out;
}

/** A 1024-byte fake WLT blob (see fakeWlt). */
export const FAKE_WLT: Uint8Array = fakeWlt(0);

/** A 1024-byte stand-in for fingerprint feature data (two 512-byte templates on real cards). */
export const FAKE_FINGERPRINT: Uint8Array = fakeWlt(99);

function resident(seed: number, t: Omit<ResidentIdentity, 'cardType' | 'photo'>): ResidentIdentity {
  return { cardType: 'resident', ...t, photo: fakeWlt(seed) };
}

export const zhangWei: ResidentIdentity = resident(1, {
  name: '张伟',
  sex: '1',
  nation: '01',
  birthDate: '1990-03-07',
  address: '北京市朝阳区建国路88号院3号楼1单元502',
  idNumber: idNumber('11010519900307123'),
  issuingAuthority: '北京市公安局朝阳分局',
  validFrom: '2016-05-20',
  validTo: '2036-05-20',
  fingerprint: FAKE_FINGERPRINT,
});

export const ayiguli: ResidentIdentity = resident(2, {
  name: '阿依古丽·买买提',
  sex: '2',
  nation: '05',
  birthDate: '2004-08-15',
  address: '新疆乌鲁木齐市天山区解放南路123号',
  idNumber: idNumber('65010220040815246'),
  issuingAuthority: '乌鲁木齐市公安局天山区分局',
  validFrom: '2022-09-01',
  validTo: '2032-09-01',
});

/** Elderly (70+: green channel), valid 长期. */
export const zhaxiCiren: ResidentIdentity = resident(3, {
  name: '扎西次仁',
  sex: '1',
  nation: '04',
  birthDate: '1948-02-14',
  address: '西藏自治区拉萨市城关区北京中路45号',
  idNumber: idNumber('54010219480214031'),
  issuingAuthority: '拉萨市公安局城关分局',
  validFrom: '2010-03-18',
  validTo: '长期',
});

export const weiXiuying: ResidentIdentity = resident(4, {
  name: '韦秀英',
  sex: '2',
  nation: '08',
  birthDate: '1975-11-02',
  address: '广西壮族自治区南宁市青秀区民族大道100号',
  idNumber: idNumber('45010319751102402'),
  issuingAuthority: '南宁市公安局青秀分局',
  validFrom: '2015-06-10',
  validTo: '2035-06-10',
});

export const jinMeishan: ResidentIdentity = resident(5, {
  name: '金美善',
  sex: '2',
  nation: '10',
  birthDate: '1983-06-20',
  address: '吉林省延吉市河南街道光明街55号',
  idNumber: idNumber('22240119830620128'),
  issuingAuthority: '延吉市公安局',
  validFrom: '2019-04-02',
  validTo: '2039-04-02',
});

export const maJianguo: ResidentIdentity = resident(6, {
  name: '马建国',
  sex: '1',
  nation: '03',
  birthDate: '1965-09-11',
  address: '宁夏回族自治区银川市兴庆区解放西街22号',
  idNumber: idNumber('64010419650911057'),
  issuingAuthority: '银川市公安局兴庆区分局',
  validFrom: '2017-10-09',
  validTo: '长期',
});

/** A child: five-year card. */
export const liXiaoyu: ResidentIdentity = resident(7, {
  name: '李小雨',
  sex: '2',
  nation: '01',
  birthDate: '2015-04-23',
  address: '四川省成都市武侯区人民南路四段12号',
  idNumber: idNumber('51010720150423062'),
  issuingAuthority: '成都市公安局武侯区分局',
  validFrom: '2024-01-15',
  validTo: '2029-01-15',
});

export const baoBateer: ResidentIdentity = resident(8, {
  name: '包巴特尔',
  sex: '1',
  nation: '02',
  birthDate: '1979-01-18',
  address: '内蒙古自治区呼和浩特市新城区新华大街63号',
  idNumber: idNumber('15010219790118015'),
  issuingAuthority: '呼和浩特市公安局新城区分局',
  validFrom: '2018-08-08',
  validTo: '2038-08-08',
});

/** 港澳台居民居住证 ('J'): a Hong Kong resident living in Shenzhen. */
export const chenJiahao: PermitIdentity = {
  cardType: 'permit',
  name: '陈家豪',
  sex: '1',
  birthDate: '1988-05-26',
  address: '广东省深圳市福田区福华三路88号',
  idNumber: idNumber('81000019880526071'),
  issuingAuthority: '深圳市公安局福田分局',
  validFrom: '2023-03-10',
  validTo: '2028-03-10',
  passNumber: 'H60123456',
  issueCount: 1,
  photo: fakeWlt(9),
};

/** 外国人永久居留身份证 ('Y', 2023 layout). */
export const johnSmith: ForeignIdentity = {
  cardType: 'foreign',
  name: '史密斯',
  englishName: 'SMITH, JOHN WILLIAM',
  sex: '1',
  birthDate: '1985-03-12',
  idNumber: idNumber('91112419850312001'),
  nationality: 'CAN',
  renewals: 0,
  validFrom: '2024-01-05',
  validTo: '2034-01-05',
  photo: fakeWlt(10),
};

/** A foreign card whose English name runs on into the continuation field (43 characters). */
export const alexandraVanDerBerg: ForeignIdentity = {
  cardType: 'foreign',
  name: '范德贝赫',
  englishName: 'VAN DER BERG-WILLEMSEN, ALEXANDRA CATHARINA',
  sex: '2',
  birthDate: '1979-07-30',
  idNumber: idNumber('93152819790730002'),
  nationality: 'NLD',
  renewals: 1,
  validFrom: '2021-11-16',
  validTo: '2031-11-16',
  photo: fakeWlt(11),
};

/** A card past its 有效期限 (issued at 29 for twenty years, never renewed): refused for real-name services. */
export const liuJianhua: ResidentIdentity = resident(12, {
  name: '刘建华',
  sex: '1',
  nation: '01',
  birthDate: '1975-02-14',
  address: '浙江省杭州市西湖区文三路259号',
  idNumber: idNumber('33010619750214003'),
  issuingAuthority: '杭州市公安局西湖分局',
  validFrom: '2004-05-01',
  validTo: '2024-05-01',
});

export const testIdentities = {
  zhangWei,
  ayiguli,
  zhaxiCiren,
  weiXiuying,
  jinMeishan,
  maJianguo,
  liXiaoyu,
  baoBateer,
  chenJiahao,
  johnSmith,
  alexandraVanDerBerg,
  liuJianhua,
} as const satisfies Record<string, Identity>;

export const testIdentityList: readonly Identity[] = Object.values(testIdentities);
