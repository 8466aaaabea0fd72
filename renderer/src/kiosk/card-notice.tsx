// The ID card on the reader, said where it matters: whose it is (masked) while it lies there for this
// visit, or that a card was left behind and must be taken first (`left` is the words for that). A card
// past its validity is named expired with its date, as every real-name use will refuse it.
import type { CardState } from '../../../main/contract/index.ts';
import { useT, type MessageKey } from '../i18n/i18n.tsx';

export function CardNotice({ card, left }: { card: CardState; left: MessageKey }) {
  const t = useT();
  const holder = card.holder;
  return (
    <>
      {holder && (
        <section className="card-holder" data-testid="card-holder" role="status">
          <strong>{t('card.present', { name: holder.nameMasked, id: holder.idMasked })}</strong>
          {!holder.expiredOn && <span>{t('card.hint')}</span>}
        </section>
      )}
      {holder?.expiredOn && <CardExpired validTo={holder.expiredOn} />}
      {card.cardLeft && (
        <section className="card-holder card-left" data-testid="card-left" role="alert">
          <strong>{t(left)}</strong>
        </section>
      )}
    </>
  );
}

/** The card on the reader is past its validity: the same words every real-name refusal says. */
export function CardExpired({ validTo }: { validTo: string }) {
  const t = useT();
  return (
    <section className="card-holder card-left" data-testid="card-expired" role="alert">
      <strong>{t('card.expired', { validTo })}</strong>
    </section>
  );
}
