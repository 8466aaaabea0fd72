// The regions of the address picker: provinces, cities and counties of GB/T 2260 as @vant/area-data
// lists them (code -> name), with the one change GB/T 2260 asks for: the four municipalities' "city"
// 110100 (120100, 310100, 500100) is 市辖区, which Vant renames after the province (北京市/北京市/东城区
// reads as a mistake to the citizen; the official 北京市/市辖区/东城区 is what the paper forms print).
// The full name of a pick leaves the 市辖区/县 level out (北京市东城区), as addresses are written.
import { areaList } from '@vant/area-data';

export interface Region {
  readonly code: string;
  readonly name: string;
}

export type RegionLevel = 'province' | 'city' | 'county';

/** The words of GB/T 2260 for a municipality's two "city" levels: not part of a written address. */
const NOT_WRITTEN = new Set(['市辖区', '县']);

const sorted = (list: Record<string, string>): Region[] =>
  Object.entries(list)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code));

const provinces = sorted(areaList.province_list);
const cities = sorted(areaList.city_list).map((c) => {
  const province = areaList.province_list[`${c.code.slice(0, 2)}0000`];
  return c.code.endsWith('0100') && c.name === province ? { code: c.code, name: '市辖区' } : c;
});
const counties = sorted(areaList.county_list);

export function provinceList(): readonly Region[] {
  return provinces;
}

/** The cities of a province (its code: 110000). */
export function citiesOf(provinceCode: string): readonly Region[] {
  return cities.filter((c) => c.code.slice(0, 2) === provinceCode.slice(0, 2));
}

/** The counties of a city (its code: 110100). */
export function countiesOf(cityCode: string): readonly Region[] {
  return counties.filter((c) => c.code.slice(0, 4) === cityCode.slice(0, 4));
}

/** The province, city and county a county-level code names (each null where the code has none). */
export function regionPath(code: string): { readonly province: Region | null; readonly city: Region | null; readonly county: Region | null } {
  const find = (list: readonly Region[], c: string) => list.find((r) => r.code === c) ?? null;
  return {
    province: find(provinces, `${code.slice(0, 2)}0000`),
    city: code.slice(2, 4) === '00' ? null : find(cities, `${code.slice(0, 4)}00`),
    county: code.slice(4) === '00' ? null : find(counties, code),
  };
}

/** 北京市东城区, 浙江省杭州市西湖区: the names of a pick as an address writes them; '' for an unknown code. */
export function regionNameOf(code: string): string {
  const { province, city, county } = regionPath(code);
  if (!province) return '';
  return [province, city, county]
    .filter((r): r is Region => r !== null && !NOT_WRITTEN.has(r.name))
    .map((r) => r.name)
    .join('');
}

/**
 * The detail without the region's names where it starts with them: the card's whole address
 * (北京市东城区景山前街4号) keeps only 景山前街4号 once 北京市/市辖区/东城区 is picked, so the printed
 * address does not say the district twice. Names are taken off from the front, in order, each if there.
 */
export function withoutRegion(detail: string, code: string): string {
  const { province, city, county } = regionPath(code);
  let rest = detail.trim();
  for (const r of [province, city, county]) if (r && rest.startsWith(r.name)) rest = rest.slice(r.name.length);
  return rest.trim();
}

/** Regions whose name contains the characters typed (a filter over a long list: 浙 finds 浙江省). */
export function filterRegions(list: readonly Region[], text: string): readonly Region[] {
  const wanted = text.trim();
  return wanted === '' ? list : list.filter((r) => r.name.includes(wanted));
}

/**
 * The region an address starts with, as written (北京市朝阳区建国路88号 → 110105; 浙江省杭州市西湖区… →
 * 330106): the province's full name, then the city's (a municipality writes none), then the county's.
 * The card's address is free text: null when not even the province and city can be read from it.
 */
export function regionInAddress(address: string): string | null {
  const text = address.trim();
  for (const province of provinces) {
    if (!text.startsWith(province.name)) continue;
    const afterProvince = text.slice(province.name.length);
    for (const city of citiesOf(province.code)) {
      const written = !NOT_WRITTEN.has(city.name);
      if (written && !afterProvince.startsWith(city.name)) continue;
      const afterCity = written ? afterProvince.slice(city.name.length) : afterProvince;
      const county = countiesOf(city.code).find((c) => afterCity.startsWith(c.name));
      if (county) return county.code;
      if (written) return city.code;
    }
  }
  return null;
}
