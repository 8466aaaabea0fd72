// Cases, ratings (好差评) and complaints: the platform-wide records (no hall of their own).
import { family, type PlatformServices } from './family.ts';

export const recordRoutes = (s: PlatformServices) =>
  family({
    'cases.query': ({ body, tx }) => s.records.case(body.caseNumber, body.queryCode, tx),
    'cases.lookup': async ({ body, tx }) => ({ cases: await s.records.casesOf(body.idNumber, tx) }),
    'evaluations.create': ({ body, terminalId, tx }) => s.records.addEvaluation(body, terminalId!, tx),
    'evaluations.status': async ({ body, tx }) => ({ followUpWorkingDays: s.records.followUpWorkingDays, cases: await s.records.ratedStages(body.caseNumbers, tx) }),
    'complaints.create': ({ body, terminalId, tx }) => s.records.addComplaint(body, terminalId!, undefined, tx),
  });
