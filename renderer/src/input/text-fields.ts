// The active text field: where keys from a USB keyboard or keypad and a keyboard-wedge scanner's
// text go while a field is open for typing, instead of being read as an appointment code. Fields
// register while they are shown; the first one shown is active, tapping another makes it active, and
// when the active one goes the one registered last before it takes over. No DOM, no React: the
// renderer holds one registry for the page (`textFields`), tests make their own.

export interface TextFieldHandle {
  readonly id: string;
  /** A key a person pressed: one character, 'Backspace' or 'Enter'. */
  key(key: string): void;
  /** Text read by a scanner. */
  insert(text: string): void;
}

export interface TextFieldRegistry {
  /** Shows a field; returns its removal. */
  register(field: TextFieldHandle): () => void;
  activate(id: string): void;
  active(): TextFieldHandle | null;
  /** Called whenever the active field changes; returns the unsubscription. */
  subscribe(listener: () => void): () => void;
}

export function createTextFieldRegistry(): TextFieldRegistry {
  let fields: TextFieldHandle[] = [];
  let activeId: string | null = null;
  const listeners = new Set<() => void>();
  const setActive = (id: string | null) => {
    if (id === activeId) return;
    activeId = id;
    for (const l of [...listeners]) l();
  };
  return {
    register(field) {
      if (fields.some((f) => f.id === field.id)) throw new Error(`two text fields are registered as ${field.id}`);
      fields = [...fields, field];
      if (activeId === null) setActive(field.id);
      return () => {
        fields = fields.filter((f) => f !== field);
        if (activeId === field.id) setActive(fields.at(-1)?.id ?? null);
      };
    },
    activate(id) {
      if (fields.some((f) => f.id === id)) setActive(id);
    },
    active: () => fields.find((f) => f.id === activeId) ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The page's registry. */
export const textFields: TextFieldRegistry = createTextFieldRegistry();
