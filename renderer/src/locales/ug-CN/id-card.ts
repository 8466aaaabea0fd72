// ug-CN, the ID card's validity (partial tables fall back to Chinese).
export const idCard = {
  'card.expired': 'كىملىكىڭىزنىڭ ۋاقتى \u2066{validTo}\u2069 دا توشقان، ئۈنۈملۈك كىملىك ئىشلىتىڭ ياكى مەسلىھەت پۇنكىتىغا بېرىڭ',
  'error.idcard.expired': 'كىملىكىڭىزنىڭ ۋاقتى \u2066{validTo}\u2069 دا توشقان، ئۈنۈملۈك كىملىك ئىشلىتىڭ ياكى مەسلىھەت پۇنكىتىغا بېرىڭ',
} as const;
