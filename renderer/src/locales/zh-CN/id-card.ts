// zh-CN, the ID card's validity: one sentence for an expired card, said the same by every real-name use.
export const idCard = {
  'card.expired': '您的身份证已于 {validTo} 过期，请使用有效证件或到咨询台办理',
  'error.idcard.expired': '您的身份证已于 {validTo} 过期，请使用有效证件或到咨询台办理',
} as const;
