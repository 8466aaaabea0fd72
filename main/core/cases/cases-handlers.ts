// The cases part of the contract: case progress by number and query code or by ID card, printed as a
// slip or an A4 sheet, and a pick-up ticket for a result ready at the 综合出件 window.
import type { HandlersOf } from '../../contract/index.ts';
import type { casesPart } from '../../contract/cases.ts';
import type { CaseDesk } from './case-desk.ts';

export function casesHandlers(s: { readonly cases: CaseDesk }): HandlersOf<typeof casesPart> {
  return {
    'cases.query': ({ caseNumber, queryCode }) => s.cases.query(caseNumber, queryCode),
    'cases.lookup': ({ idNumber }) => s.cases.lookup(idNumber),
    'cases.print': ({ caseNumber, on }) => s.cases.print(caseNumber, on),
    'cases.collectionTicket': ({ caseNumber }) => s.cases.collectionTicket(caseNumber),
  };
}
