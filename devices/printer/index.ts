// Entry point of the ESC/POS ticket printer: driver, simulator, encoders and decoders, profiles,
// the queue slip, and the slip renderer (ESC/POS -> PNG).
export * from './types.ts';
export * from './profiles.ts';
export * from './text-layout.ts';
export { EscPosEncoder, encodeText, commands, qrByteCapacity, type EncoderOptions } from './escpos.codec.ts';
export { EscPosParser, parseEscPos, type EscPosToken } from './escpos.parser.ts';
export * from './status.codec.ts';
export { encodeTicket, defaultNotice, formatWait, idTail, type TicketBytes, type TicketOptions } from './ticket.ts';
export { encodeSelfTest } from './self-test.ts';
export { encodeGuideSlip, materialCounts, type GuideSlipBytes, type GuideSlipOptions } from './guide-slip.ts';
export { encodeCaseProgressSlip, caseSlipNotice, caseSlipTitle, type CaseProgressSlip } from './case-progress-slip.ts';
export { encodePaymentReceiptSlip, paymentReceiptNotice, paymentReceiptTitle, type PaymentReceiptSlip } from './payment-receipt-slip.ts';
export { encodeBookingSlip, bookingSlipNotice, bookingSlipTitle, type BookingSlip, type BookingSlipBytes } from './booking-slip.ts';
export { encodeComplaintSlip, complaintNextText, complaintSlipTitle, type ComplaintSlip } from './complaint-slip.ts';
export { encodeFormReceiptSlip, formReceiptNextText, formReceiptTitle, type FormReceiptSlip } from './form-receipt-slip.ts';
export { slipText } from './slip-text.ts';
export { encodeAcceptanceReceipt, acceptanceReceiptTitle, acceptanceQrCaption, guideMaterialCounts, type AcceptanceReceiptSlip, type SlipBytes } from './acceptance-receipt.ts';
export { encodeMissingNotice, missingNoticeTitle, missingNoticeAnyWindow, missingNoticeQrCaption, type MissingNoticeSlip } from './missing-materials-notice.ts';
export { chunkAtCommands } from './job-chunks.ts';
export { TicketPrinter, type JobInput, type TicketPrinterOptions } from './driver.ts';
export { PrinterSimulator, type PrintedSlip, type PrinterSimulatorHooks, type PrinterSimulatorOptions } from './simulator.ts';
export { createBitmap, qrToBitmap } from './bitmap.ts';
export { boxGlyphs, cachedGlyphs, chainGlyphs, type GlyphSource } from './glyph-source.ts';
export { bundledFontModule, fontGlyphSource, loadBundledFont, loadFontFile } from './font-glyphs.ts';
export { parseFont, type FontOutlines } from './truetype.ts';
export { encodePng } from './png.ts';
export { qrGenerator } from './qr-generator.ts';
export { countDots, renderSlips, type RenderedSlip, type RenderOptions, type SlipRegion } from './render.ts';
