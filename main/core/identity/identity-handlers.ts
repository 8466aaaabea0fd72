// The identity part of the contract: the card on the reader now (masked), and forgetting it when a
// visit ends.
import { ok } from '../../../domain/result.ts';
import type { identityPart } from '../../contract/identity.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { IdentitySession } from './identity-session.ts';

export function identityHandlers(s: { readonly identity: IdentitySession }): HandlersOf<typeof identityPart> {
  return {
    'idcard.current': () => ok(s.identity.state()),
    'idcard.forget': () => {
      s.identity.forget();
      return ok(null);
    },
  };
}
