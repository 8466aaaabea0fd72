// The citizen's ID card while it is on the reader: kept in memory only, shown masked, gone the moment
// the card is lifted or the visit ends. A card left on the reader after its visit ended is not read
// again until it is lifted and put back: the screen asks for it to be taken instead.
import type { CardType, Identity } from '../../../devices/idcard/index.ts';
import { maskIdNumber } from '../../../domain/id-number.ts';
import { maskPersonName } from '../../../domain/person-name.ts';
import type { CardState } from '../../contract/identity.ts';

export class IdentitySession {
  #identity: Identity | null = null;
  /** The visit ended while the card stayed on the reader. */
  #left = false;
  readonly #listeners = new Set<(state: CardState) => void>();
  readonly #visitEnded = new Set<() => void>();

  /** The full ID number, for the calls that need it (real-name tickets); null without a card. */
  idNumber(): string | null {
    return this.#identity?.idNumber ?? null;
  }

  state(): CardState {
    const id = this.#identity;
    const holder = id
      ? {
          cardType: id.cardType as CardType,
          nameMasked: maskPersonName(id.name || (id.cardType === 'foreign' ? id.englishName : '')),
          idMasked: maskIdNumber(id.idNumber),
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
