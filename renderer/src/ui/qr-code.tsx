// A QR code drawn as SVG (for phones to scan off the screen): qrcode-generator, byte mode.
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import { usePxPerMm } from './theme-root.tsx';

export function QrCode({ text, sizeMm = 35, label }: { text: string; sizeMm?: number; label: string }) {
  const px = `${(sizeMm * usePxPerMm()).toFixed(1)}px`;
  const path = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    let d = '';
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
    return { d, size: n + 8 };
  }, [text]);
  return (
    <svg className="qr" role="img" aria-label={label} viewBox={`0 0 ${path.size} ${path.size}`} style={{ width: px, height: px }} shapeRendering="crispEdges">
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
