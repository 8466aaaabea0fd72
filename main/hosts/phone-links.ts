// The phone links of the slip's and the guide's QR: the hall's own templates when configured
// (`queue.slipQrUrl`, `catalogue.guideUrl`), else the platform's phone pages (domain/mobile-links.ts)
// at the address phones reach it at: `platform.publicUrl`, else the platform's own address (the
// configured `platform.url`, or the embedded platform's loopback address, which only the kiosk
// itself can open: a hall that wants phones to follow the queue sets `platform.publicUrl`).
import type { Config } from '../../config/schema.ts';
import { mobileLinkTemplates } from '../../domain/mobile-links.ts';

export function withPhoneLinks(config: Config, platformUrl: string): Config {
  const links = mobileLinkTemplates(config.platform.publicUrl ?? platformUrl);
  return {
    ...config,
    queue: { ...config.queue, slipQrUrl: config.queue.slipQrUrl ?? links.slipQrUrl },
    catalogue: { ...config.catalogue, guideUrl: config.catalogue.guideUrl ?? links.guideUrl },
  };
}
