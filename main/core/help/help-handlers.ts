// The help part of the contract: call a helper, cancel, the state; and the developer page's stand-in
// for the staff screen (open calls, acknowledge, resolve), refused unless the profile enables it.
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import type { Config } from '../../../config/schema/index.ts';
import type { HelpCall } from '../../../domain/help.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { helpPart } from '../../contract/help.ts';
import type { PlatformClient } from '../../platform-client/client.ts';
import type { HelpDesk } from './help-desk.ts';

export function helpHandlers(s: { readonly help: HelpDesk; readonly client: Pick<PlatformClient, 'call'>; readonly config: Config }): HandlersOf<typeof helpPart> {
  const refused = err(kioskError('dev.disabled', 'the developer page is not enabled in this profile'));
  const staff = async (route: 'help.acknowledge' | 'help.resolve', callId: string, body?: { staff: string }): Promise<Result<HelpCall>> => {
    if (!s.config.dev.page) return refused;
    const r = await s.client.call(route, { params: { callId }, ...(body ? { body } : {}), idempotencyKey: crypto.randomUUID() });
    if (!r.ok) return r;
    return r.value.notModified ? err(kioskError('platform.badResponse', `${route} answered "not modified"`)) : ok(r.value.value);
  };
  return {
    'help.state': () => ok(s.help.state()),
    'help.call': ({ reason }) => s.help.call(reason),
    'help.cancel': () => s.help.cancel(),
    'dev.helpCalls': async () => {
      if (!s.config.dev.page) return refused;
      const r = await s.client.call('help.listOpen', {});
      if (!r.ok) return r;
      return r.value.notModified ? err(kioskError('platform.badResponse', 'help.listOpen answered "not modified"')) : ok(r.value.value);
    },
    'dev.acknowledgeHelp': ({ callId, staff: who }) => staff('help.acknowledge', callId, { staff: who }),
    'dev.resolveHelp': ({ callId }) => staff('help.resolve', callId),
  };
}
