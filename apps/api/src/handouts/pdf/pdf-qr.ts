import QRCode from 'qrcode';

/**
 * Draws a QR code as vector squares (sharp at any print size), white quiet zone
 * included. Runs of dark modules in a row become one rectangle.
 */
export function drawQr(doc: PDFKit.PDFDocument, value: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  doc.save().rect(x, y, size, size).fillColor('#ffffff').fill();
  doc.fillColor('#1d1a21');
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      // A hair taller than a cell, so rows don't show seams when rasterized.
      doc.rect(x + (start + quiet) * cell, y + (row + quiet) * cell, (col - start) * cell, cell + 0.05);
    }
  }
  doc.fill().restore();
}
