import { PDFParse } from 'pdf-parse';

/** A PDF's text, whole and per page, with whitespace collapsed: lines wrap wherever the layout wants. */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: string[] }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    return { text: flat(result.text), pages: result.pages.map((page) => flat(page.text)) };
  } finally {
    await parser.destroy();
  }
}
