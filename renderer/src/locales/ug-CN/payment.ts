// ug-CN, paying a fee: partial (a key it lacks shows in Chinese).
export const payment = {
  'entry.pay': 'ھەق تاپشۇرۇش',
} as const;
