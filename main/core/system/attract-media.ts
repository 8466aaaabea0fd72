// The attract loop's media (config `ui.attract`), checked once when the terminal starts: an item whose
// extension the kiosk cannot show, or whose file is missing, is logged by name and left out, so a
// hall's mistake costs one picture, never the terminal. What is left is what the screen shows
// (`system.getAttract`) and the only files the hosts serve under /media/ (main/hosts/media-files.ts).
import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Config } from '../../../config/schema/index.ts';
import type { AttractLoop } from '../../contract/index.ts';
import type { Logger } from './event-log.ts';

/** What the kiosk shows, by extension (lower case): Chromium plays these without plug-ins. */
export const MEDIA_TYPES: Readonly<Record<string, { readonly kind: 'image' | 'video'; readonly contentType: string }>> = {
  '.png': { kind: 'image', contentType: 'image/png' },
  '.jpg': { kind: 'image', contentType: 'image/jpeg' },
  '.jpeg': { kind: 'image', contentType: 'image/jpeg' },
  '.webp': { kind: 'image', contentType: 'image/webp' },
  '.gif': { kind: 'image', contentType: 'image/gif' },
  '.svg': { kind: 'image', contentType: 'image/svg+xml' },
  '.mp4': { kind: 'video', contentType: 'video/mp4' },
  '.webm': { kind: 'video', contentType: 'video/webm' },
};

/** How long an image shows when its item does not say. */
export const DEFAULT_IMAGE_SECONDS = 10;

/** A file the hosts may serve: its name under /media/, where it is, and its type. */
export interface MediaFile {
  readonly name: string;
  readonly path: string;
  readonly contentType: string;
}

export interface AttractMedia {
  /** For the screen; null: no attract loop (none configured, or no item left). */
  readonly loop: AttractLoop;
  /** By name: the only files under /media/. */
  readonly files: ReadonlyMap<string, MediaFile>;
}

/** The URL path the screen loads a media file from (both hosts serve it at the same path). */
export const mediaSrc = (name: string): string => `/media/${encodeURIComponent(name)}`;

export function attractMedia(attract: Config['ui']['attract'], log: Logger): AttractMedia {
  const files = new Map<string, MediaFile>();
  if (!attract) return { loop: null, files };
  const items: NonNullable<AttractLoop>['items'] = [];
  for (const item of attract.items) {
    const path = join(attract.folder, item.file);
    const type = MEDIA_TYPES[extname(item.file).toLowerCase()];
    if (!type) {
      log.warn(`attract loop: left out "${item.file}": the kiosk shows ${Object.keys(MEDIA_TYPES).join(' ')} files`, { file: path });
      continue;
    }
    const problem = fileProblem(path);
    if (problem) {
      log.warn(`attract loop: left out "${item.file}": ${problem}`, { file: path });
      continue;
    }
    if (type.kind === 'video' && item.seconds !== undefined) {
      log.warn(`attract loop: "${item.file}" is a video and plays to its end; its "seconds" is not used`, { file: path });
    }
    files.set(item.file, { name: item.file, path, contentType: type.contentType });
    items.push({
      src: mediaSrc(item.file),
      kind: type.kind,
      seconds: type.kind === 'image' ? (item.seconds ?? DEFAULT_IMAGE_SECONDS) : null,
      caption: item.caption ?? null,
    });
  }
  if (items.length === 0) {
    log.warn('attract loop: no item can be shown, so there is no attract loop', { folder: attract.folder });
    return { loop: null, files };
  }
  log.info('attract loop ready', { items: items.length, afterSeconds: attract.afterSeconds });
  return { loop: { afterSeconds: attract.afterSeconds, items }, files };
}

function fileProblem(path: string): string | null {
  try {
    const s = statSync(path);
    if (!s.isFile()) return `${path} is not a file`;
    if (s.size === 0) return `${path} is empty`;
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path} (${code})`;
  }
}
