// 填写申请表, from the home's 填表 entry: every form this kiosk can fill, each with the item it is for
// (forms.list, from the local catalogue, so offline too), the items opened most here first. Typing on
// the kiosk's keyboard narrows the list as each key goes in (the title, the item's name, their pinyin
// or initials such as "hkqy"); a row opens the form's own flow at its intro (forms.intro).
import { useEffect, useRef, useState } from 'react';
import type { FormsList, ListedForm } from '../../../../main/contract/index.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import { errorText } from '../feedback.tsx';
import { useRemembered } from '../guide/remembered.ts';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import type { KioskError } from '../../../../domain/errors.ts';
import '../guide/guide.css';
import { groupRuns } from './form-groups.ts';
import './forms.css';

/** Rows shown at once (the contract's most): a hall's whole list to browse; beyond it, typing narrows them. */
export const LIST_LIMIT = 200;

type Listing = { readonly state: 'loading' } | { readonly state: 'done'; readonly query: string; readonly list: FormsList } | { readonly state: 'failed'; readonly error: KioskError };

/** One request per change of the text; only the answer to the latest is shown (an earlier, slower one never overwrites it). */
function useFormsList(query: string): Listing {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const latest = useRef(0);
  useEffect(() => {
    const seq = ++latest.current;
    const text = query.trim();
    void api.forms.list({ query: text, limit: LIST_LIMIT }).then((r) => {
      if (seq !== latest.current) return;
      setListing(r.ok ? { state: 'done', query: text, list: r.value } : { state: 'failed', error: r.error });
    });
  }, [query]);
  return listing;
}

export function FormsListScreen() {
  const t = useT();
  // Kept with this screen's place in the visit: back from a form's intro finds the text still typed.
  const [query, setQuery] = useRemembered('query', '');
  // Pinyin letters still being composed narrow the list too: `hkqy` finds 户口迁移 before any character is chosen.
  const [composition, setComposition] = useRemembered('composition', '');
  const listing = useFormsList(query + composition);
  return (
    <ScreenFrame
      id="forms-list"
      title={t('forms.list.title')}
      actions={
        <div className="guide-keyboard">
          <KeyboardInput value={query} onChange={setQuery} onComposition={setComposition} initialComposition={composition} layout="pinyin" placeholder={t('forms.list.placeholder')} maxLength={30} testId="forms-search" />
        </div>
      }
    >
      <Listed listing={listing} />
    </ScreenFrame>
  );
}

function Listed({ listing }: { listing: Listing }) {
  const t = useT();
  switch (listing.state) {
    case 'loading':
      return <p className="center-message">{t('forms.list.loading')}</p>;
    case 'failed':
      return (
        <p className="alert-inline" role="alert" data-testid="forms-list-failed" data-code={listing.error.code}>
          {errorText(t, listing.error)}
        </p>
      );
    case 'done': {
      const { query, list } = listing;
      if (list.total === 0) return <NothingFound query={query} />;
      return (
        <section aria-live="polite">
          {/* dir auto: the words may be a fallback of another script than the screen's (Chinese in a Uyghur screen) and end in punctuation. */}
          <p className="muted" dir="auto">
            {t('forms.list.hint')}
          </p>
          <p className="guide-count" data-testid="forms-list-count" dir="auto">
            {t(query === '' ? 'forms.list.count' : 'forms.list.found', { n: list.total })}
            {list.total > list.forms.length ? ` · ${t('forms.list.more', { n: list.forms.length })}` : ''}
          </p>
          <ol className="guide-items" data-testid="forms-list" data-query={query} data-count={list.forms.length}>
            {groupRuns(list.forms).map((g, i) =>
              g.rows.length === 1 ? (
                <li key={`${g.formId}-${i}`}>
                  <FormRow form={g.rows[0]!} />
                </li>
              ) : (
                <li key={`${g.formId}-${i}`} className="forms-list-group" data-testid={`forms-group-${g.formId}`}>
                  <h3 className="forms-list-group-title" dir="auto">{g.title}</h3>
                  <p className="forms-list-group-note" dir="auto">{t('forms.list.group', { n: g.rows.length })}</p>
                  <ol className="guide-items">
                    {g.rows.map((f) => (
                      <li key={f.itemId}>
                        <FormRow form={f} inGroup />
                      </li>
                    ))}
                  </ol>
                </li>
              ),
            )}
          </ol>
        </section>
      );
    }
    default:
      return listing satisfies never;
  }
}

/** A large button: the form's title and the item it is for (in a group, under the title already shown, the item first); its visible words are its name. */
function FormRow({ form: f, inGroup = false }: { form: ListedForm; inGroup?: boolean }) {
  const t = useT();
  const { go } = useVisit();
  const forItem = t('forms.list.for', { item: f.itemName });
  return (
    <Button variant="tile" onPress={() => go({ name: 'forms.intro', params: { itemId: f.itemId, formId: f.formId } })} testId={`forms-row-${f.formId}`}>
      {inGroup ? (
        <>
          <span className="guide-item-name">{f.itemName}</span>
          <span className="guide-item-facts" data-item-id={f.itemId}>
            {f.title}
          </span>
        </>
      ) : (
        <>
          <span className="guide-item-name">{f.title}</span>
          <span className="guide-item-facts" data-item-id={f.itemId}>
            {forItem}
          </span>
        </>
      )}
    </Button>
  );
}

/** Nothing matches: other words to try, or the staff at the desk; a kiosk with no form at all says so. */
function NothingFound({ query }: { query: string }) {
  const t = useT();
  return (
    <section className="guide-none" data-testid="forms-list" data-query={query} data-count={0} aria-live="polite">
      <p className="guide-none-title" data-testid="forms-list-none">
        {query === '' ? t('forms.list.noForms') : t('forms.list.none', { q: query })}
      </p>
      {query !== '' && <p dir="auto">{t('forms.list.none.try')}</p>}
      <p dir="auto">{t('forms.list.none.ask')}</p>
    </section>
  );
}
