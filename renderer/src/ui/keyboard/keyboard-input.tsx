// A text field the citizen fills with the kiosk's own on-screen keyboard (no system keyboard exists
// on a kiosk). Layouts: digits; ID number (digits and X, X only last, the GB 11643 check shown at the
// 18th character); letters (QWERTY with caps); pinyin (letters compose pinyin, a candidate bar of
// characters and words, 中/英). What a key does is keyboard-state.ts; the candidates are
// pinyin-dictionary.ts, loaded when a pinyin field first opens. The field registers itself as a text
// field (input/text-fields.ts): while it is the active one, a USB keyboard's keys and a scanner's text
// land in it. Only the active field shows its keyboard; tapping another field makes it active.
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useT, type MessageKey } from '../../i18n/i18n.tsx';
import { textFields } from '../../input/text-fields.ts';
import { Button } from '../button.tsx';
import { applyKey, composing, groupIdNumber, idNumberCheck, initialKeyboardState, keyEnabled, maxLengthOf, type FieldRules, type KeyAction, type KeyboardLayout, type KeyboardState } from './keyboard-state.ts';
import { keyRows, type KeySpec, type SpecialKey } from './layouts.ts';
import { loadPinyinDictionary } from './load-pinyin.ts';
import { candidatePage, candidatesFor, type PinyinDictionary } from './pinyin-dictionary.ts';
import './keyboard.css';

export type { KeyboardLayout } from './keyboard-state.ts';

export interface KeyboardInputProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly layout: KeyboardLayout;
  /** Shown in the field while it is empty. */
  readonly placeholder: string;
  readonly maxLength?: number;
  readonly testId: string;
  /** Candidates a page shows in the pinyin layout (default: 6 on a narrow screen, 9 on a wide one). */
  readonly candidatesPerPage?: number;
  /**
   * Told the pinyin letters being composed whenever they change ('' once committed or cleared): a
   * search field searches `value + composition` as the citizen types, since pinyin finds items too.
   */
  readonly onComposition?: (composition: string) => void;
  /** Pinyin letters being composed when the field appears (a screen shown again as it was left). */
  readonly initialComposition?: string;
  /** Made the active field when it appears (it was asked for: the date input's "type the digits"). */
  readonly activateOnShow?: boolean;
}

type Loaded = { readonly state: 'loading' } | { readonly state: 'ready'; readonly dict: PinyinDictionary } | { readonly state: 'failed' };

export function KeyboardInput({ value, onChange, layout, placeholder, maxLength = 60, testId, candidatesPerPage, onComposition, initialComposition, activateOnShow }: KeyboardInputProps) {
  const t = useT();
  const id = useId();
  const rules: FieldRules = { layout, maxLength };
  const [state, setState] = useState<KeyboardState>(() => ({ ...initialKeyboardState(layout), composition: layout === 'pinyin' ? (initialComposition ?? '') : '' }));
  const active = useSyncExternalStore(textFields.subscribe, () => textFields.active()?.id === id);
  const dict = usePinyinDictionary(layout === 'pinyin' && active);

  // The latest value and state, for keys that arrive between renders (a scanner's burst).
  const current = useRef({ value, state });
  current.current = { value, state };
  /** The last value this field gave onChange: any other value came from outside. */
  const emitted = useRef(value);
  const press = (action: KeyAction) => {
    const prev = current.current;
    // Space while composing takes the first candidate, as in every pinyin input method (the letters
    // as they are when there is none).
    const spaceInPinyin = action.kind === 'char' && action.char === ' ' && composing(rules, prev.state) && prev.state.composition !== '';
    const first = spaceInPinyin ? firstCandidate(prev.state.composition) : undefined;
    const next = applyKey(rules, prev, first ? { kind: 'candidate', candidate: first } : spaceInPinyin ? { kind: 'enter' } : action);
    current.current = next;
    setState(next.state);
    if (next.state.composition !== prev.state.composition) onComposition?.(next.state.composition);
    if (next.value !== prev.value) {
      emitted.current = next.value;
      onChange(next.value);
    }
  };
  // The value set from outside (a suggestion tapped, the visit's end): letters being composed were
  // for the old value and are dropped.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    if (current.current.state.composition === '') return;
    const cleared = { ...current.current.state, composition: '', page: 0 };
    current.current = { value, state: cleared };
    setState(cleared);
    onComposition?.('');
  }, [value, onComposition]);
  const pressRef = useRef(press);
  pressRef.current = press;

  const activateRef = useRef(activateOnShow);
  useEffect(() => {
    const remove = textFields.register({
      id,
      key: (k) => pressRef.current(k === 'Backspace' ? { kind: 'backspace' } : k === 'Enter' ? { kind: 'enter' } : { kind: 'char', char: k }),
      insert: (text) => pressRef.current({ kind: 'insert', text }),
    });
    if (activateRef.current) textFields.activate(id);
    return remove;
  }, [id]);

  const firstCandidate = (composition: string) => (dict.state === 'ready' ? candidatesFor(dict.dict, composition)[0] : undefined);
  const candidates = dict.state === 'ready' && state.composition ? candidatesFor(dict.dict, state.composition) : [];
  const perPage = candidatesPerPage ?? (window.innerWidth >= 1500 ? 9 : 6);
  const page = candidatePage(candidates, state.page, perPage);
  const field = { value, state };
  const full = [...value].length >= maxLengthOf(rules);

  return (
    <div className={`keyboard-input${active ? ' is-active' : ''}`} data-testid={testId} data-layout={layout}>
      <div className="keyboard-field-row">
        <output className="keyboard-field" data-testid={`${testId}-field`} aria-live="polite" dir="auto">
          {value || state.composition ? (
            <>
              <span className="keyboard-value">{layout === 'idNumber' ? groupIdNumber(value) : value}</span>
              {state.composition && <span className="keyboard-composition" data-testid={`${testId}-composition`}>{state.composition}</span>}
              {active && <span className="keyboard-caret" aria-hidden="true" />}
            </>
          ) : (
            <span className="muted">{placeholder}</span>
          )}
        </output>
        {!active && (
          <Button variant="secondary" onPress={() => textFields.activate(id)} testId={`${testId}-open`}>
            {t('keyboard.open')}
          </Button>
        )}
      </div>
      {active && <FieldNote layout={layout} value={value} max={maxLengthOf(rules)} full={full} testId={testId} />}
      {active && composing(rules, state) && state.composition && (
        <div className="keyboard-candidates" role="group" aria-label={t('keyboard.candidates')} data-testid={`${testId}-candidates`} dir="ltr">
          <Button variant="secondary" onPress={() => press({ kind: 'page', delta: -1 })} disabled={page.page === 0} label={t('keyboard.candidates.prev')} testId="candidates-prev">
            ‹
          </Button>
          <div className="keyboard-candidate-list">
            {dict.state === 'loading' && <span className="muted">{t('keyboard.candidates.loading')}</span>}
            {dict.state === 'failed' && <span className="alert-inline" data-testid="candidates-failed">{t('keyboard.candidates.failed')}</span>}
            {dict.state === 'ready' && candidates.length === 0 && <span className="alert-inline">{t('keyboard.candidates.none')}</span>}
            {page.items.map((c, i) => (
              <Button key={c.text} variant={i === 0 && page.page === 0 ? 'primary' : 'secondary'} onPress={() => press({ kind: 'candidate', candidate: c })} testId={`candidate-${c.text}`}>
                {c.text}
              </Button>
            ))}
          </div>
          <Button variant="secondary" onPress={() => press({ kind: 'page', delta: 1 })} disabled={page.page >= page.pages - 1} label={t('keyboard.candidates.next')} testId="candidates-next">
            ›
          </Button>
        </div>
      )}
      {active && (
        <div className={`keyboard keyboard-${layout}`} role="group" aria-label={t('keyboard.label')} dir="ltr">
          {keyRows(layout, state.chinese).map((row, r) => (
            <div className="keyboard-row" key={r}>
              {row.map((k) => (
                <Key key={'char' in k ? k.char : k.special} spec={k} state={state} enabled={'char' in k ? keyEnabled(rules, field, k.char) : true} onPress={press} />
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function Key({ spec, state, enabled, onPress }: { spec: KeySpec; state: KeyboardState; enabled: boolean; onPress: (a: KeyAction) => void }) {
  const t = useT();
  if ('char' in spec) {
    const shown = state.upper && !state.chinese ? spec.char.toUpperCase() : spec.char;
    return (
      <Button variant="secondary" onPress={() => onPress({ kind: 'char', char: spec.char })} disabled={!enabled} testId={`key-${spec.char}`}>
        <span className="key-char">{shown}</span>
      </Button>
    );
  }
  const special: Record<SpecialKey, { action: KeyAction; label: string; text: string; pressed?: boolean }> = {
    shift: { action: { kind: 'shift' }, label: t(state.upper ? 'keyboard.shift.on' : 'keyboard.shift'), text: `⇧ ${t('keyboard.shift')}`, pressed: state.upper },
    language: (() => {
      const text = state.chinese ? `${t('keyboard.language.zh')} / ${t('keyboard.language.en')}` : `${t('keyboard.language.en')} / ${t('keyboard.language.zh')}`;
      // The accessible name starts with the visible text (WCAG 2.5.3 label in name), then says what it does.
      return { action: { kind: 'language' } as const, label: `${text}: ${t('keyboard.language.label')}`, text };
    })(),
    space: { action: { kind: 'char', char: ' ' }, label: t('keyboard.space'), text: t('keyboard.space') },
    backspace: { action: { kind: 'backspace' }, label: t('keyboard.backspace'), text: `⌫ ${t('keyboard.backspace')}` },
    clear: { action: { kind: 'clear' }, label: t('keyboard.clear'), text: t('keyboard.clear') },
  };
  const s = special[spec.special];
  return (
    <Button variant={spec.special === 'shift' ? 'toggle' : 'secondary'} pressed={s.pressed} onPress={() => onPress(s.action)} label={s.label} testId={`key-${spec.special}`}>
      <span className={`key-special key-${spec.special}`}>{s.text}</span>
    </Button>
  );
}

function FieldNote({ layout, value, max, full, testId }: { layout: KeyboardLayout; value: string; max: number; full: boolean; testId: string }) {
  const t = useT();
  if (layout === 'idNumber') {
    const check = idNumberCheck(value);
    const text: MessageKey | null = check === 'valid' ? 'keyboard.id.valid' : check === 'invalid' ? 'keyboard.id.invalid' : null;
    return (
      <p className={`keyboard-note is-${check}`} data-testid={`${testId}-check`} data-check={check} role={check === 'invalid' ? 'alert' : undefined}>
        {text ? t(text) : `${t('keyboard.count', { n: value.length, max })}${value.length === max - 1 ? ` · ${t('keyboard.id.xLast')}` : ''}`}
      </p>
    );
  }
  return full ? <p className="keyboard-note is-full">{t('keyboard.full', { max })}</p> : null;
}

function usePinyinDictionary(wanted: boolean): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    if (!wanted || loaded.state === 'ready') return;
    let live = true;
    loadPinyinDictionary().then(
      (dict) => live && setLoaded({ state: 'ready', dict }),
      () => live && setLoaded({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded.state]);
  return loaded;
}
