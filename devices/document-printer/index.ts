// A4 document printing: documents -> PDF (pdf-lib + fontkit 2, CJK font subsets) -> CUPS `lp`.
export type * from './types.ts';
export { caseProgressSheet, caseStatusLabels } from './case-progress-sheet.ts';
export { serviceGuideSheet, formatTimeLimit } from './service-guide-sheet.ts';
export { applicationFormSheet, qrModules, type ApplicationFormInput } from './application-form-sheet.ts';
export { layoutDocument } from './layout.ts';
export { a4Portrait, MM, type PageStyle } from './page-style.ts';
export { wrapText, sanitizeText } from './text-wrap.ts';
export { pageFrame } from './format.ts';
export { writePages, type PdfSurface, type PdfInfo } from './pdf-surface.ts';
export { createPdfLibSurface, type PdfEngine, type DocumentFonts, type FontFace } from './pdf-lib-surface.ts';
export { fontkitForPdfLib, type FontkitModule, type PdfLibFontkit } from './fontkit-adapter.ts';
export { loadPdfEngine, pdfEnginePackages, type ModuleImporter } from './pdf-engine.ts';
export { findDocumentFonts, systemFontCandidates, bundledDocumentFont, type FontFamilyCandidate, type FoundFonts } from './fonts.ts';
export { DocumentRenderer, type RenderedDocument, type DocumentRendererOptions } from './render-document.ts';
export { spawnRunner, type CommandRunner, type CommandRequest, type CommandOutcome } from './command-runner.ts';
export { CupsDocumentPrinter, lpArgs, lpstatArgs, cupsFailure, readiness, isValidQueueName, maxCopies, type CupsConfig, type DocumentPrintRoute } from './driver.ts';
export { parseLpstat, conditionOf, type LpstatReading } from './lpstat.codec.ts';
