// The service guide link: the URL behind the guide's QR (read the whole 办事指南 on a phone, take it
// away). Config `catalogue.guideUrl` is its template, with {itemId} and {catalogCode} filled in here
// and nowhere else.

/** The placeholders a guide URL template may carry; it must carry at least one. */
export const guideUrlPlaceholders = ['{itemId}', '{catalogCode}'] as const;

/** Why a template cannot make a guide link, or null when it can. */
export function guideUrlTemplateProblem(template: string): string | null {
  if (!guideUrlPlaceholders.some((p) => template.includes(p))) {
    return `the guide URL must contain ${guideUrlPlaceholders.join(' or ')}, or every item would get the same link`;
  }
  const unknown = /\{(?!itemId\}|catalogCode\})[^}]*\}/.exec(template);
  return unknown ? `unknown placeholder ${unknown[0]} (only ${guideUrlPlaceholders.join(' and ')})` : null;
}

/** The link to one item's guide, or null when the hall has configured no template. */
export function serviceGuideLink(template: string | null | undefined, item: { readonly id: string; readonly catalogCode: string }): string | null {
  if (!template) return null;
  return template.replaceAll('{itemId}', encodeURIComponent(item.id)).replaceAll('{catalogCode}', encodeURIComponent(item.catalogCode));
}
