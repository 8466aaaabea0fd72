// The kiosk voice's run-time state: it starts as config `ui.voice` says, staff may mute or unmute it
// from the developer page, and every screen is told at once. Not kept across restarts: the config is
// the hall's setting, the switch is for the moment (a meeting in the hall, a test at night).
import type { VoiceSettings } from '../../contract/index.ts';

export class VoiceSwitch {
  #settings: VoiceSettings;
  readonly #listeners = new Set<(s: VoiceSettings) => void>();

  constructor(initial: VoiceSettings) {
    this.#settings = { ...initial };
  }

  get settings(): VoiceSettings {
    return this.#settings;
  }

  setEnabled(enabled: boolean): VoiceSettings {
    if (enabled !== this.#settings.enabled) {
      this.#settings = { ...this.#settings, enabled };
      for (const l of this.#listeners) l(this.#settings);
    }
    return this.#settings;
  }

  onChange(listener: (s: VoiceSettings) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
