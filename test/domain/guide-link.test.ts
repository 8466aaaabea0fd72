import { describe, expect, it } from 'vitest';
import { configSchema } from '../../config/schema/index.ts';
import { guideUrlTemplateProblem, serviceGuideLink } from '../../domain/guide-link.ts';

const item = { id: '11339102735210463M4071001001002', catalogCode: '071001001002' };

describe('serviceGuideLink', () => {
  it('fills both placeholders, every time they occur, URL-encoded', () => {
    expect(serviceGuideLink('https://g.example.gov.cn/{catalogCode}/{itemId}?again={itemId}', item)).toBe(
      `https://g.example.gov.cn/071001001002/${item.id}?again=${item.id}`,
    );
    expect(serviceGuideLink('https://g.example.gov.cn/{itemId}', { id: 'a b/c', catalogCode: 'x' })).toBe('https://g.example.gov.cn/a%20b%2Fc');
  });

  it('gives no link without a template', () => {
    expect(serviceGuideLink(undefined, item)).toBeNull();
    expect(serviceGuideLink(null, item)).toBeNull();
    expect(serviceGuideLink('', item)).toBeNull();
  });
});

describe('config catalogue.guideUrl', () => {
  const parse = (guideUrl: string) => configSchema.safeParse({ terminal: { id: 'k1', role: 'kiosk', hallName: '大厅' }, catalogue: { guideUrl } });
  const problem = (guideUrl: string) => {
    const r = parse(guideUrl);
    return r.success ? null : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  };

  it('takes a URL with {itemId} or {catalogCode}', () => {
    expect(problem('https://g.example.gov.cn/guide/{itemId}')).toBeNull();
    expect(problem('https://g.example.gov.cn/guide?code={catalogCode}')).toBeNull();
  });

  it('refuses a template that would give every item the same link, naming the key', () => {
    expect(problem('https://g.example.gov.cn/guide')).toMatch(/^catalogue\.guideUrl: .*\{itemId\} or \{catalogCode\}/);
    expect(guideUrlTemplateProblem('https://g.example.gov.cn/guide')).not.toBeNull();
  });

  it('refuses an unknown placeholder and a URL that is not http(s)', () => {
    expect(problem('https://g.example.gov.cn/{itemID}/{itemId}')).toMatch(/unknown placeholder \{itemID\}/);
    expect(problem('ftp://g.example.gov.cn/{itemId}')).toMatch(/^catalogue\.guideUrl/);
  });

  it('is optional: no key, no QR', () => {
    const r = configSchema.parse({ terminal: { id: 'k1', role: 'kiosk', hallName: '大厅' } });
    expect(r.catalogue.guideUrl).toBeUndefined();
  });
});
