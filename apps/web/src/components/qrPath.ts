/** Minimal structure of a QR code's module matrix (from the `qrcode` package). */
export interface QrMatrix {
  size: number;
  get(row: number, col: number): number;
}

/** One SVG path for all dark modules, merging horizontal runs to keep it short. */
export function qrSvgPath(matrix: QrMatrix, margin: number): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.get(row, col)) col++;
      parts.push(`M${start + margin} ${row + margin}h${col - start}v1h-${col - start}z`);
    }
  }
  return parts.join('');
}

export interface QrImage {
  viewBox: number;
  path: string;
}

/** The QR library is loaded on first use so it stays out of the phone's first download. */
export async function makeQr(value: string, margin = 2): Promise<QrImage> {
  const { create } = await import('qrcode');
  const qr = create(value, { errorCorrectionLevel: 'M' });
  return { viewBox: qr.modules.size + margin * 2, path: qrSvgPath(qr.modules, margin) };
}
