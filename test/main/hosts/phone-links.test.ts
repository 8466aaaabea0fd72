// The QR links a terminal makes: the hall's own templates win; otherwise the platform's phone pages at
// `platform.publicUrl`, else at the platform's own address.
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../config/schema/index.ts';
import { ticketTrackingLink } from '../../../domain/tracking-link.ts';
import { serviceGuideLink } from '../../../domain/guide-link.ts';
import { withPhoneLinks } from '../../../main/hosts/phone-links.ts';

const base = { terminal: { id: 'k1', role: 'kiosk', hallName: '大厅' } };
const ticket = { ticketId: '3b241101-e2bb-4255-8caf-4136c566a962', number: 'A001' };
const item = { id: 'item-1', catalogCode: '000000000001' };

describe('phone links', () => {
  it("point at the platform's own address when nothing is configured", () => {
    const c = withPhoneLinks(configSchema.parse(base), 'http://127.0.0.1:40123/');
    expect(ticketTrackingLink(c.queue.slipQrUrl, ticket)).toBe(`http://127.0.0.1:40123/m/ticket/${ticket.ticketId}`);
    expect(serviceGuideLink(c.catalogue.guideUrl, item)).toBe('http://127.0.0.1:40123/m/guide/item-1');
    expect(c.forms.downloadUrl).toBe('http://127.0.0.1:40123/m/form/{submissionId}?t={token}');
  });

  it('use platform.publicUrl, the address phones reach, when set', () => {
    const c = withPhoneLinks(configSchema.parse({ ...base, platform: { publicUrl: 'https://hall.example.gov.cn/zwfw/' } }), 'http://127.0.0.1:40123/');
    expect(c.queue.slipQrUrl).toBe('https://hall.example.gov.cn/zwfw/m/ticket/{ticketId}');
    expect(c.catalogue.guideUrl).toBe('https://hall.example.gov.cn/zwfw/m/guide/{itemId}');
    expect(c.forms.downloadUrl).toBe('https://hall.example.gov.cn/zwfw/m/form/{submissionId}?t={token}');
  });

  it("keep the hall's own form download template, and refuse one without {submissionId} and {token}", () => {
    const own = 'https://f.example.gov.cn/d/{submissionId}/{token}';
    expect(withPhoneLinks(configSchema.parse({ ...base, forms: { downloadUrl: own } }), 'http://127.0.0.1:40123/').forms.downloadUrl).toBe(own);
    const r = configSchema.safeParse({ ...base, forms: { downloadUrl: 'https://f.example.gov.cn/d/{submissionId}' } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['forms', 'downloadUrl']);
  });

  it("leave the hall's own templates alone", () => {
    const own = { queue: { slipQrUrl: 'https://q.example.gov.cn/{number}/{ticketId}' }, catalogue: { guideUrl: 'https://g.example.gov.cn/{catalogCode}' } };
    const c = withPhoneLinks(configSchema.parse({ ...base, ...own }), 'http://127.0.0.1:40123/');
    expect(c.queue.slipQrUrl).toBe(own.queue.slipQrUrl);
    expect(c.catalogue.guideUrl).toBe(own.catalogue.guideUrl);
  });

  it('refuse a public URL that is not http(s), naming the key', () => {
    const r = configSchema.safeParse({ ...base, platform: { publicUrl: 'ftp://hall/' } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['platform', 'publicUrl']);
  });
});
