// The district and its hall. Everything here is fictional but shaped like the real thing: 澄州市 and
// 澜溪区 do not exist; their division codes (339100, 339102) are not assigned in GB/T 2260.
export const hall = {
  name: '澄州市澜溪区政务服务中心',
  shortName: '澜溪区政务服务中心',
  city: '澄州市',
  district: '澜溪区',
  cityAreaCode: '339100',
  areaCode: '339102',
  address: '澄州市澜溪区滨江大道188号',
  /** Weekday hours as printed on guides. */
  hours: '周一至周五 上午8:30-12:00，下午13:30-17:30（法定节假日除外）；周六上午9:00-12:00延时服务（限社保医保、公安户政、不动产登记、企业开办）',
  consultPhone: '0589-86012345',
  /** 12345 政务服务便民热线 takes complaints about the hall. */
  supervisePhone: '12345',
  /** Base of the district's online service pages (fictional host). */
  onlineBase: 'https://zwfw.chengzhou.gov.cn/lanxi',
  floors: {
    A: '一楼A区',
    B: '一楼B区',
    C: '二楼C区',
    D: '二楼D区',
    E: '三楼E区',
    F: '三楼F区',
  },
} as const;

export type Hall = typeof hall;
