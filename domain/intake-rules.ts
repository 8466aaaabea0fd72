// One-window intake (一窗受理) rules both sides need, written once and free of zod so the screens may
// import them: which of a guide's materials are required, conditional or may follow later, and which
// are missing from what the window received. The platform decides with these; the counter's screen
// uses the same to say which button it shows (受理 or 出具一次性告知书).

/** How a material of the guide counts at the window. */
export type MaterialRole =
  /** 必要: must be received before a case is accepted. */
  | 'required'
  /** 非必要 (applies only in some situations, e.g. 委托他人代办时): required when staff mark that it applies. */
  | 'conditional'
  /** 容缺后补: the case is accepted without it; it is brought later. */
  | 'deferrable'
  /** Obtained by data sharing (免提交): the window fetches it, never asked of the applicant. */
  | 'exempt';

export interface MaterialFacts {
  readonly name: string;
  /** 材料必要性 code: 1 必要, 2 非必要, 3 容缺后补. */
  readonly need: string;
  readonly sharedExempt: boolean;
}

export function materialRole(m: MaterialFacts): MaterialRole {
  if (m.sharedExempt) return 'exempt';
  if (m.need === '1') return 'required';
  if (m.need === '3') return 'deferrable';
  return 'conditional';
}

/**
 * The materials still missing, in the guide's order: every required one not received, and every
 * conditional one staff marked as applying and not received. Deferrable and exempt ones never are.
 */
export function missingMaterials(materials: readonly MaterialFacts[], received: readonly string[], applies: readonly string[]): string[] {
  const got = new Set(received);
  const applying = new Set(applies);
  return materials
    .filter((m) => {
      const role = materialRole(m);
      return !got.has(m.name) && (role === 'required' || (role === 'conditional' && applying.has(m.name)));
    })
    .map((m) => m.name);
}

/** The names that are not materials of the guide (a tick for something the guide does not ask). */
export function unknownMaterials(materials: readonly MaterialFacts[], names: readonly string[]): string[] {
  const known = new Set(materials.map((m) => m.name));
  return names.filter((n) => !known.has(n));
}

/** Deferrable materials not received: accepted without them, to be brought later (容缺后补). */
export function deferredMaterials(materials: readonly MaterialFacts[], received: readonly string[]): string[] {
  const got = new Set(received);
  return materials.filter((m) => materialRole(m) === 'deferrable' && !got.has(m.name)).map((m) => m.name);
}
