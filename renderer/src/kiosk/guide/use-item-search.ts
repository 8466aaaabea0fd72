// Search as the citizen types: one request per change of the text or the filter, and only the answer
// to the latest one is shown (an earlier, slower answer never overwrites a later one). When nothing
// is found, near spellings that do find something are looked up.
import { useEffect, useRef, useState } from 'react';
import type { Audience } from '../../../../domain/catalogue.ts';
import type { ItemHit } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { nearSpellings } from './near-spellings.ts';

export const RESULT_LIMIT = 30;

export interface Suggestion {
  readonly query: string;
  readonly count: number;
}

export type SearchState =
  | { readonly state: 'idle' }
  | { readonly state: 'done'; readonly query: string; readonly hits: readonly ItemHit[]; readonly suggestions: readonly Suggestion[] | null }
  | { readonly state: 'failed'; readonly query: string; readonly code: string };

export function useItemSearch(query: string, audience: Audience | null): SearchState {
  const [result, setResult] = useState<SearchState>({ state: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const seq = ++latest.current;
    const text = query.trim();
    if (text === '') {
      setResult({ state: 'idle' });
      return;
    }
    const filter = audience === null ? {} : { audience };
    void api.catalogue.search({ query: text, limit: RESULT_LIMIT, ...filter }).then(async (r) => {
      if (seq !== latest.current) return;
      if (!r.ok) return setResult({ state: 'failed', query: text, code: r.error.code });
      setResult({ state: 'done', query: text, hits: r.value.hits, suggestions: r.value.hits.length > 0 ? [] : null });
      if (r.value.hits.length > 0) return;
      const tried = await Promise.all(
        nearSpellings(text).map(async (q) => {
          const s = await api.catalogue.search({ query: q, limit: RESULT_LIMIT, ...filter });
          return { query: q, count: s.ok ? s.value.hits.length : 0 };
        }),
      );
      if (seq !== latest.current) return;
      setResult({ state: 'done', query: text, hits: [], suggestions: tried.filter((s) => s.count > 0).slice(0, 4) });
    });
  }, [query, audience]);
  return result;
}
