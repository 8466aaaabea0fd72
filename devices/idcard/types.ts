// Types of the resident ID-card reader: what a card says (the Identity union by card type), the
// reader's status union and the driver's events. Data only; no behaviour.
import type { KioskError } from '../../domain/errors.ts';

/** GB/T 2261.1 sex codes as printed in the text block. */
export type SexCode = '0' | '1' | '2' | '9';

/** GB 3304 nation codes: '01' (汉) .. '56' (基诺), '97' (其他), '98' (外国血统). */
export type NationCode = string;

/** Which card the text block describes (told by the type flag at byte 248). */
export type CardType = 'resident' | 'permit' | 'foreign';

/** A calendar date as YYYY-MM-DD. */
export type { IsoDate } from '../../domain/calendar-date.ts';
import type { IsoDate } from '../../domain/calendar-date.ts';

/** 居民身份证 valid-to: a date or the literal 长期 (no expiry). */
export type ValidTo = IsoDate | '长期';

interface CommonText {
  /** 18 characters; never log or store this in clear (see maskIdNumber). */
  readonly idNumber: string;
  readonly sex: SexCode;
  readonly birthDate: IsoDate;
  readonly validFrom: IsoDate;
  readonly validTo: ValidTo;
}

/** 居民身份证: blank type flag. */
export interface ResidentCardText extends CommonText {
  readonly cardType: 'resident';
  readonly name: string;
  readonly nation: NationCode;
  readonly address: string;
  readonly issuingAuthority: string;
}

/** 港澳台居民居住证: type flag 'J'. */
export interface PermitCardText extends CommonText {
  readonly cardType: 'permit';
  readonly name: string;
  readonly address: string;
  readonly issuingAuthority: string;
  /** 通行证号码 (e.g. H12345678), up to 9 characters. */
  readonly passNumber: string;
  /** 签发次数. */
  readonly issueCount: number;
}

/** 外国人永久居留身份证 (2023 layout): type flag 'Y'. */
export interface ForeignCardText extends CommonText {
  readonly cardType: 'foreign';
  /** Chinese name (may be empty on cards without one). */
  readonly name: string;
  /** Up to 46 characters, spread over two fields of the text block. */
  readonly englishName: string;
  /** ISO 3166-1 alpha-3 (e.g. CAN). */
  readonly nationality: string;
  /** 换证次数. */
  readonly renewals: number;
}

/** The 256-byte text block, decoded. */
export type IdentityText = ResidentCardText | PermitCardText | ForeignCardText;

export interface CardMedia {
  /** Raw WLT bytes as read (1024 in practice). Decoding needs a licensed library: never decoded here. */
  readonly photo: Uint8Array;
  /** Raw fingerprint feature bytes when read with 30 10 and the card has them. */
  readonly fingerprint?: Uint8Array;
}

/** What one read of a card yields. Narrow on `cardType`. */
export type Identity = IdentityText & CardMedia;
export type ResidentIdentity = ResidentCardText & CardMedia;
export type PermitIdentity = PermitCardText & CardMedia;
export type ForeignIdentity = ForeignCardText & CardMedia;

/** The reader's status, as the driver reports it. */
export type ReaderStatus =
  | { readonly state: 'stopped' }
  | { readonly state: 'starting' }
  | { readonly state: 'ready' }
  | { readonly state: 'error'; readonly error: KioskError }
  | { readonly state: 'disconnected' };

/** Events of IdCardReader, by name. */
export interface IdCardReaderEvents {
  /** A card was put on the reader and read once. */
  readonly cardInserted: Identity;
  /** The card read before is gone (or can no longer be vouched for: the reader disconnected). */
  readonly cardRemoved: { readonly cardType: CardType };
  /** A card is on the reader but could not be read after the configured attempts. Told once per placement. */
  readonly readFailed: KioskError;
  readonly statusChanged: ReaderStatus;
}

export type IdCardReaderEventName = keyof IdCardReaderEvents;
