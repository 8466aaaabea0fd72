// Loads the PDF engine: pdf-lib (writer) and fontkit 2 (font parsing and subsetting), imported when
// the first document is printed rather than at start-up (about 0.2 s of loading a queue-ticket
// kiosk may never need). A broken install is `document.engineMissing` on that print, not a crash.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { FontkitModule } from './fontkit-adapter.ts';
import type { PdfEngine, PdfLibModule } from './pdf-lib-surface.ts';

export const pdfEnginePackages = { pdfLib: 'pdf-lib', fontkit: 'fontkit' } as const;

export type ModuleImporter = (specifier: string) => Promise<unknown>;

const nodeImport: ModuleImporter = (specifier) => import(specifier);

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

/** An ES module namespace, or the CommonJS exports behind its `default`. */
function exportsOf(namespace: unknown, member: string): Record<string, unknown> | null {
  const ns = record(namespace);
  if (ns === null) return null;
  if (member in ns) return ns;
  const def = record(ns['default']);
  return def !== null && member in def ? def : null;
}

function asPdfLib(namespace: unknown): PdfLibModule | null {
  const mod = exportsOf(namespace, 'PDFDocument');
  const doc = mod?.['PDFDocument'] as { create?: unknown } | undefined;
  const operators = ['grayscale', 'pushGraphicsState', 'popGraphicsState', 'setTextRenderingMode', 'setLineWidth', 'setStrokingGrayscaleColor'];
  return mod !== null && typeof doc?.create === 'function' && operators.every((name) => typeof mod[name] === 'function')
    ? (mod as unknown as PdfLibModule)
    : null;
}

function asFontkit(namespace: unknown): FontkitModule | null {
  const mod = exportsOf(namespace, 'create');
  return mod !== null && typeof mod['create'] === 'function' ? (mod as unknown as FontkitModule) : null;
}

let cached: Promise<Result<PdfEngine>> | null = null;

async function load(importer: ModuleImporter): Promise<Result<PdfEngine>> {
  const missing: string[] = [];
  const tryImport = async (name: string): Promise<unknown> => {
    try {
      return await importer(name);
    } catch (e) {
      missing.push(`${name} (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
      return null;
    }
  };
  const [pdfLibNs, fontkitNs] = await Promise.all([tryImport(pdfEnginePackages.pdfLib), tryImport(pdfEnginePackages.fontkit)]);
  if (missing.length > 0) {
    return err(kioskError('document.engineMissing', `PDF engine not installed: ${missing.join('; ')}`, { packages: Object.values(pdfEnginePackages) }));
  }
  const pdfLib = asPdfLib(pdfLibNs);
  const fontkit = asFontkit(fontkitNs);
  if (pdfLib === null || fontkit === null) {
    const which = [pdfLib === null ? 'pdf-lib' : null, fontkit === null ? 'fontkit' : null].filter((n) => n !== null);
    return err(kioskError('document.engineMissing', `unexpected module shape: ${which.join(', ')}`, { packages: which }));
  }
  return ok({ pdfLib, fontkit });
}

/**
 * pdf-lib and fontkit, imported once per process (a failed import is retried next time, e.g. after
 * an install). Pass an importer to load them from elsewhere (tests).
 */
export function loadPdfEngine(importer?: ModuleImporter): Promise<Result<PdfEngine>> {
  if (importer !== undefined) return load(importer);
  cached ??= load(nodeImport).then((r) => {
    if (!r.ok) cached = null;
    return r;
  });
  return cached;
}
