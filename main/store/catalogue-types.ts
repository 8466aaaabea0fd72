// What the catalogue cache takes in (a full snapshot or a delta between two versions) and gives out
// (item summaries, search hits, typed errors).
import type { Audience } from '../../domain/catalogue.ts';
import type { DepartmentInput, ServiceItemInput, ThemeInput } from '../../domain/catalogue.ts';

/**
 * A form definition as the cache sees it: opaque JSON with an id, the item it belongs to and a version.
 * The form schema itself belongs to main/contract/forms.ts; the cache only keys and returns it.
 */
export interface StoredForm {
  readonly id: string;
  readonly itemId: string;
  readonly version: number;
  readonly [field: string]: unknown;
}

/** The whole catalogue at one version (the platform's `full: true` answer). */
export interface CatalogueSnapshot {
  readonly version: number;
  readonly items: readonly ServiceItemInput[];
  readonly departments: readonly DepartmentInput[];
  readonly themes: readonly ThemeInput[];
  /** Absent: the stored forms are kept as they are (forms may be synced on their own). */
  readonly forms?: readonly StoredForm[];
}

export interface CatalogueChanges {
  readonly items?: readonly ServiceItemInput[];
  readonly departments?: readonly DepartmentInput[];
  readonly themes?: readonly ThemeInput[];
  readonly forms?: readonly StoredForm[];
}

export interface CatalogueDeletions {
  /** Item ids. */
  readonly items?: readonly string[];
  /** Department codes. */
  readonly departments?: readonly string[];
  /** Theme codes. */
  readonly themes?: readonly string[];
  /** Form ids. */
  readonly forms?: readonly string[];
}

/** What changed between two versions (the platform's `full: false` answer). */
export interface CatalogueDelta {
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly upserts: CatalogueChanges;
  readonly deletions: CatalogueDeletions;
}

export interface ApplyStats {
  readonly version: number;
  /** Items written as new rows. */
  readonly inserted: number;
  /** Items whose content changed (row and index entry rewritten). */
  readonly updated: number;
  /** Items identical to the stored ones (nothing written). */
  readonly unchanged: number;
  readonly deleted: number;
}

export interface ValidationIssue {
  readonly kind: 'item' | 'department' | 'theme' | 'form' | 'delta';
  /** Position in the list it came in. */
  readonly index: number;
  /** The record's id or code when it has one. */
  readonly id: string | null;
  readonly path: string;
  readonly message: string;
}

/** Shaped like KioskError (code, message, details) so the codes can join main/contract/errors.ts. */
export type CatalogueError =
  | {
      readonly code: 'catalogue.versionMismatch';
      readonly message: string;
      readonly details: { readonly stored: number | null; readonly fromVersion: number };
    }
  | { readonly code: 'catalogue.invalid'; readonly message: string; readonly details: { readonly issues: readonly ValidationIssue[] } }
  | { readonly code: 'catalogue.writeFailed'; readonly message: string };

export type { Audience };

export interface SearchOptions {
  /** Only items of this theme. */
  readonly themeId?: string;
  /** Only items of this department (统一社会信用代码). */
  readonly deptCode?: string;
  /** Only items serving natural persons or organisations (see CatalogueRepoOptions.audiences). */
  readonly audience?: Audience;
  /** 1..100, default 20. */
  readonly limit?: number;
}

/** The columns a result list needs, without parsing the guide. */
export interface ItemSummary {
  readonly id: string;
  readonly name: string;
  readonly level: 'main' | 'sub' | 'handle';
  readonly catalogCode: string;
  readonly taskCode: string;
  readonly deptCode: string;
  readonly deptName: string;
  readonly serverType: readonly string[];
  readonly kioskHandled: boolean;
  readonly bookable: boolean;
  readonly isOnline: boolean;
  /** 到办事现场次数: 0, 1 or 2. */
  readonly visitsRequired: number;
}

export type MatchField =
  | 'code'
  | 'name'
  | 'keyword'
  | 'pinyin'
  | 'keywordPinyin'
  | 'initials'
  | 'keywordInitials'
  | 'dept'
  | 'conditions'
  | 'materials';
export type MatchKind = 'exact' | 'prefix' | 'substring';

/** Why an item matched: the best field for the query (for several words: the weakest word's field). */
export interface SearchMatch {
  readonly field: MatchField;
  readonly kind: MatchKind;
}

/** An item summary with why it matched. */
export interface SearchHit extends ItemSummary {
  readonly match: SearchMatch;
  /** The ranking tier (lower is better); equal tiers are ordered by uses, kiosk-handled, name length. */
  readonly tier: number;
}
