// The phone links of the slip's and the guide's QR: the hall's own templates when configured
// (`queue.slipQrUrl`, `catalogue.guideUrl`, `forms.downloadUrl`), else the platform's phone pages (domain/mobile-links.ts)
// at the address phones reach it at: `platform.publicUrl`, else the platform's own address (the
// configured `platform.url`, or the embedded platform's loopback address, which only the kiosk
// itself can open: a hall that wants phones to follow the queue sets `platform.publicUrl`).
import type { Config } from '../../config/schema/index.ts';
import { formDownloadTemplate, mobileLinkTemplates } from '../../domain/mobile-links.ts';

export function withPhoneLinks(config: Config, platformUrl: string): Config {
  const base = config.platform.publicUrl ?? platformUrl;
  const links = mobileLinkTemplates(base);
  return {
    ...config,
    queue: { ...config.queue, slipQrUrl: config.queue.slipQrUrl ?? links.slipQrUrl },
    catalogue: { ...config.catalogue, guideUrl: config.catalogue.guideUrl ?? links.guideUrl },
    forms: { ...config.forms, downloadUrl: config.forms.downloadUrl ?? formDownloadTemplate(base) },
  };
}
