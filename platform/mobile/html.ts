// The frame of every phone page: escaped HTML (the only way text reaches a page), one stylesheet and
// one script of our own, a strict Content-Security-Policy (nothing inline, nothing from elsewhere),
// and the language switch. Pages are small enough for a 360-px phone on a weak network.
import type { MobileLang, MobileT } from './mobile-text.ts';

/** HTML whose text parts were escaped: made only by `html` and `raw` below. */
export class Html {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Html) return p.text;
  if (Array.isArray(p)) return p.map(render).join('');
  return escapeHtml(String(p as string | number));
}

/** A template tag: every interpolated value is escaped unless it is already Html. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0]!;
  parts.forEach((p, i) => {
    out += render(p) + strings[i + 1]!;
  });
  return new Html(out);
}

export const MOBILE_ASSETS = { css: '/m/assets/mobile.css', js: '/m/assets/live.js' } as const;

export const mobileHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

export interface PageOptions {
  readonly lang: MobileLang;
  readonly t: MobileT;
  readonly title: string;
  /** This page's path, for the language switch. */
  readonly path: string;
  readonly body: Html;
  /** Pages that follow the queue: the live script, and a refresh every 30 s where scripts do not run. */
  readonly live?: boolean;
}

export function langHref(path: string, lang: MobileLang): string {
  return lang === 'en' ? `${path}?lang=en` : path;
}

export function page(o: PageOptions): string {
  const other: MobileLang = o.lang === 'en' ? 'zh-CN' : 'en';
  return `<!doctype html>${html`<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${o.title}</title>
<link rel="stylesheet" href="${MOBILE_ASSETS.css}">
${o.live ? html`<noscript><meta http-equiv="refresh" content="30"></noscript><script src="${MOBILE_ASSETS.js}" defer></script>` : ''}
</head>
<body>
<header class="top"><span class="site">${o.t('site.name')}</span><a class="lang" href="${langHref(o.path, other)}" lang="${other}" data-testid="lang-switch">${o.t('switch.label')}</a></header>
<main>
${o.body}
</main>
</body>
</html>
`.text}`;
}
