// en, the ID card's validity: one sentence for an expired card, said the same by every real-name use.
export const idCard = {
  'card.expired': 'Your ID card expired on {validTo}; please use a valid card or ask at the help desk',
  'error.idcard.expired': 'Your ID card expired on {validTo}; please use a valid card or ask at the help desk',
} as const;
