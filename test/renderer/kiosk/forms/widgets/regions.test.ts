import { describe, expect, it } from 'vitest';
import { citiesOf, countiesOf, filterRegions, provinceList, regionInAddress, regionNameOf, regionPath, withoutRegion } from '../../../../../renderer/src/kiosk/forms/widgets/regions.ts';

describe('the regions of the address picker', () => {
  it('lists the 34 provincial regions, a municipality as 市辖区 as GB/T 2260 names it, and its districts', () => {
    expect(provinceList()).toHaveLength(34);
    expect(citiesOf('110000')).toEqual([{ code: '110100', name: '市辖区' }]);
    expect(countiesOf('110100')).toContainEqual({ code: '110101', name: '东城区' });
    expect(citiesOf('330000').map((c) => c.name)).toContain('杭州市');
    expect(countiesOf('330100').every((c) => c.code.startsWith('3301'))).toBe(true);
  });

  it('writes a pick as an address writes it: without 市辖区', () => {
    expect(regionNameOf('110101')).toBe('北京市东城区');
    expect(regionNameOf('330106')).toBe('浙江省杭州市西湖区');
    expect(regionPath('330106').city).toEqual({ code: '330100', name: '杭州市' });
    expect(regionNameOf('999999')).toBe('');
  });

  it("takes the picked region's names off the front of a card's address, and only from the front", () => {
    expect(withoutRegion('北京市东城区景山前街4号', '110101')).toBe('景山前街4号');
    expect(withoutRegion('浙江省杭州市西湖区文三路100号', '330106')).toBe('文三路100号');
    expect(withoutRegion('文三路100号西湖区', '330106')).toBe('文三路100号西湖区');
  });

  it('filters a list by the characters typed', () => {
    expect(filterRegions(provinceList(), '浙').map((r) => r.name)).toEqual(['浙江省']);
    expect(filterRegions(provinceList(), ' ')).toHaveLength(34);
  });

  it("reads the region a card's address starts with: municipality, province-city-county, a city without its county", () => {
    expect(regionInAddress('北京市朝阳区建国路88号院3号楼1单元502')).toBe('110105');
    expect(regionInAddress('浙江省杭州市西湖区文三路1号')).toBe('330106');
    expect(regionInAddress('  上海市浦东新区世纪大道100号')).toBe('310115');
    expect(regionInAddress('浙江省杭州市某某镇1号')).toBe('330100');
    // Each found region written back gives the address without its names.
    expect(withoutRegion('浙江省杭州市西湖区文三路1号', regionInAddress('浙江省杭州市西湖区文三路1号') ?? '')).toBe('文三路1号');
  });

  it('reads nothing from an address that does not start with a province and its city', () => {
    expect(regionInAddress('建国路88号')).toBeNull();
    expect(regionInAddress('浙江省某某市1号')).toBeNull();
    expect(regionInAddress('')).toBeNull();
  });
});
