// A service item's guide on a phone (/m/guide/<item id>): the fields the kiosk's guide shows, from
// the platform's catalogue as it stands: what it is and how many visits, who can apply, the
// materials (original or copy, how many, required or not, fetched by data sharing), the steps, the
// time limits, the fees, where and when, online handling, questions, contacts, the legal basis.
import type { Material, ServiceItem, TimeLimit } from '../../domain/catalogue.ts';
import { MOBILE_GUIDE_PATH } from '../../domain/mobile-links.ts';
import { html, page, type Html } from './html.ts';
import type { MobileLang, MobileT } from './mobile-text.ts';

export function guidePath(itemId: string): string {
  return `${MOBILE_GUIDE_PATH}${encodeURIComponent(itemId)}`;
}

function limitText(t: MobileT, limit: TimeLimit): string {
  const note = limit.note === null ? '' : `（${limit.note}）`;
  if (limit.days === null) return limit.note ?? t('guide.limit.none');
  if (limit.days === 0) return `${t('guide.limit.now')}${note}`;
  return `${t(limit.unit === '工作日' ? 'guide.limit.workdays' : 'guide.limit.days', { n: limit.days })}${note}`;
}

function material(t: MobileT, m: Material): Html {
  const facts =
    m.format === '2'
      ? [t('guide.material.electronic')]
      : [m.originals > 0 ? t('guide.material.originals', { n: m.originals }) : '', m.copies > 0 ? t('guide.material.copies', { n: m.copies }) : ''].filter(Boolean);
  const need = m.need === '1' || m.need === '2' || m.need === '3' ? t(`guide.need.${m.need}`) : m.need;
  return html`<li data-testid="guide-material"><strong>${m.name}</strong><br><span class="chip">${need}</span>${facts.join(' · ')}
${m.sharedExempt ? html`<br><span class="shared">✓ ${t('guide.material.shared')}</span>` : ''}</li>`;
}

function section(title: string, id: string, content: Html | string): Html {
  return html`<section class="card" data-testid="guide-section-${id}"><h2>${title}</h2>${content}</section>`;
}

export function guidePage(item: ServiceItem, t: MobileT, lang: MobileLang): string {
  const body = html`<p class="label">${t('guide.title')}</p>
<h1 data-testid="guide-name">${item.name}</h1>
${section(
  t('guide.basics'),
  'basics',
  html`<dl><dt>${t('guide.dept')}</dt><dd data-testid="guide-dept">${item.deptName}</dd>
<dt>${t('guide.visits')}</dt><dd>${t('guide.visits.n', { n: item.visitsRequired })}</dd>
<dt>${t('guide.result')}</dt><dd>${item.result.name}</dd></dl>`,
)}
${section(t('guide.conditions'), 'conditions', html`<p>${item.acceptCondition}</p>`)}
${section(
  t('guide.materials'),
  'materials',
  item.materials.length === 0 ? html`<p>${t('guide.materials.none')}</p>` : html`<ol>${item.materials.map((m) => material(t, m))}</ol>`,
)}
${section(t('guide.steps'), 'steps', html`<ol>${item.steps.map((s) => html`<li><strong>${s.name}</strong>：${s.description}<br><span class="muted">${s.role} · ${s.limit}</span></li>`)}</ol>`)}
${section(
  t('guide.limits'),
  'limits',
  html`<dl><dt>${t('guide.legalLimit')}</dt><dd data-testid="guide-legal-limit">${limitText(t, item.legalLimit)}</dd>
<dt>${t('guide.promiseLimit')}</dt><dd data-testid="guide-promise-limit">${limitText(t, item.promiseLimit)}</dd></dl>`,
)}
${section(
  t('guide.fees'),
  'fees',
  item.fees.length === 0
    ? html`<p data-testid="guide-free">${t('guide.fees.free')}</p>`
    : html`<ul>${item.fees.map((f) => html`<li data-testid="guide-fee"><strong>${f.name}</strong>：${f.amount} ${f.unit}${f.note === null ? '' : html`（${f.note}）`}<br><span class="muted">${t('guide.fee.basis', { basis: f.basis })}</span></li>`)}</ul>`,
)}
${section(
  t('guide.where'),
  'where',
  html`<dl><dt>${t('guide.address')}</dt><dd data-testid="guide-address">${item.address}</dd><dt>${t('guide.hours')}</dt><dd data-testid="guide-hours">${item.hours}</dd></dl>`,
)}
${section(
  t('guide.online'),
  'online',
  item.isOnline && item.onlineUrl !== null
    ? html`<p>${t('guide.online.yes')}<a href="${item.onlineUrl}" rel="noopener noreferrer">${item.onlineUrl}</a></p>`
    : html`<p>${t('guide.online.no')}</p>`,
)}
${item.faq.length > 0 ? section(t('guide.faq'), 'faq', html`<dl>${item.faq.map((f) => html`<dt>${f.question}</dt><dd>${f.answer}</dd>`)}</dl>`) : ''}
${section(
  t('guide.contacts'),
  'contacts',
  html`<dl><dt>${t('guide.consult')}</dt><dd><a class="big-link" href="tel:${item.consultPhone}">${item.consultPhone}</a></dd>
<dt>${t('guide.supervise')}</dt><dd><a class="big-link" href="tel:${item.supervisePhone}">${item.supervisePhone}</a></dd></dl>`,
)}
${section(
  t('guide.legal'),
  'legal',
  html`<ul>${item.legalBasis.map((b) => html`<li>${b.name}${b.docNumber !== null ? `（${b.docNumber}）` : ''}${b.articles !== null ? ` ${b.articles}` : ''}</li>`)}</ul>`,
)}`;
  return page({ lang, t, title: `${item.name} · ${t('guide.title')}`, path: guidePath(item.id), body });
}
