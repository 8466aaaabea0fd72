// The citizen's ID card while it is on the reader: kept in memory only, shown masked, gone the moment
// the card is lifted or the visit ends. A card left on the reader after its visit ended is not read
// again until it is lifted and put back: the screen asks for it to be taken instead.
import { nation, sexName, type CardType, type Identity } from '../../../devices/idcard/index.ts';
import type { CardFacts } from '../../../domain/form-rules.ts';
import type { IsoDate } from '../../../domain/calendar-date.ts';
import { cardValidityOn, expiredCardError } from '../../../domain/card-validity.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import { maskIdNumber } from '../../../domain/id-number.ts';
import { maskPersonName } from '../../../domain/person-name.ts';
import type { CardState } from '../../contract/identity.ts';

export class IdentitySession {
  #identity: Identity | null = null;
  /** The visit ended while the card stayed on the reader. */
  #left = false;
  readonly #listeners = new Set<(state: CardState) => void>();
  readonly #visitEnded = new Set<() => void>();
  /** The hall's business date now (YYYY-MM-DD, from the injected clock): what a card's validity is judged on. */
  readonly #today: () => IsoDate;

  constructor(options: { readonly today: () => IsoDate }) {
    this.#today = options.today;
  }

  /** The full ID number, for the calls that need it (real-name tickets); null without a card. */
  idNumber(): string | null {
    return this.#identity?.idNumber ?? null;
  }

  /**
   * The card's ID number for a real-name service: null without a card, refused (idcard.expired, with
   * the date) when the card is past its validity. Every real-name use asks this, never idNumber().
   */
  realNameId(): Result<string | null> {
    const id = this.#identity;
    if (id === null) return ok(null);
    const validity = cardValidityOn(id.validTo, this.#today());
    return validity.state === 'expired' ? err(expiredCardError(validity.validTo)) : ok(id.idNumber);
  }

  /** The card's holder for an application (一窗受理): number and name, refused like realNameId() when the card expired. */
  applicant(): Result<{ readonly idNumber: string; readonly name: string } | null> {
    const id = this.realNameId();
    if (!id.ok || id.value === null || this.#identity === null) return id.ok ? ok(null) : id;
    const who = this.#identity;
    return ok({ idNumber: id.value, name: who.name || (who.cardType === 'foreign' ? who.englishName : '') });
  }

  /**
   * What the card says, as text a form is pre-filled from (forms.prefill): sex 男/女, nation 汉, dates
   * YYYY-MM-DD. Null without a card; refused like realNameId() when it expired. Memory only: the
   * caller hands it to the citizen's own screen and keeps nothing.
   */
  cardFacts(): Result<CardFacts | null> {
    const id = this.realNameId();
    const card = this.#identity;
    if (!id.ok || id.value === null || card === null) return id.ok ? ok(null) : id;
    const facts: Record<string, string> = {
      name: card.name || (card.cardType === 'foreign' ? card.englishName : ''),
      sex: sexName(card.sex),
      birthDate: card.birthDate,
      idNumber: card.idNumber,
      validFrom: card.validFrom,
      validTo: card.validTo,
    };
    if (card.cardType === 'resident') {
      facts.nation = nation(card.nation)?.name ?? card.nation;
      facts.address = card.address;
      facts.issuer = card.issuingAuthority;
    } else if (card.cardType === 'permit') {
      facts.address = card.address;
      facts.issuer = card.issuingAuthority;
    }
    return ok(facts);
  }

  state(): CardState {
    const id = this.#identity;
    const holder = id
      ? {
          cardType: id.cardType as CardType,
          nameMasked: maskPersonName(id.name || (id.cardType === 'foreign' ? id.englishName : '')),
          idMasked: maskIdNumber(id.idNumber),
          expiredOn: expiredOn(id.validTo, this.#today()),
        }
      : null;
    return { holder, cardLeft: this.#left };
  }

  cardInserted(identity: Identity): void {
    this.#identity = identity;
    this.#left = false;
    this.#emit();
  }

  /** The card was lifted (or the reader lost it). */
  cardRemoved(): void {
    if (this.#identity === null && !this.#left) return;
    this.#identity = null;
    this.#left = false;
    this.#emit();
  }

  /** The visit ended (finished or idle): wipe the identity; a card still on the reader is "left". */
  forget(): void {
    for (const l of [...this.#visitEnded]) l();
    if (this.#identity === null) return;
    this.#identity = null;
    this.#left = true;
    this.#emit();
  }

  /** Told whenever a visit ends (with or without a card), for what the visit may still do (reprints). */
  onVisitEnd(listener: () => void): () => void {
    this.#visitEnded.add(listener);
    return () => this.#visitEnded.delete(listener);
  }

  onChange(listener: (state: CardState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(): void {
    const s = this.state();
    for (const l of [...this.#listeners]) l(s);
  }
}

function expiredOn(validTo: string, today: IsoDate): string | null {
  const v = cardValidityOn(validTo, today);
  return v.state === 'expired' ? v.validTo : null;
}
