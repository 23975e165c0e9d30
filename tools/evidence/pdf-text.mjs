// Prints the text of a PDF (pdf-parse, over Mozilla's pdf.js): `node tools/evidence/pdf-text.mjs file.pdf`.
// The evidence e2e runs it in a process of its own, as pdf.js loads its worker by a dynamic import
// that jest's module loader does not allow.
import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';

const file = process.argv[2];
if (!file) {
  console.error('usage: node tools/evidence/pdf-text.mjs file.pdf');
  process.exit(2);
}
const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)) });
const { text } = await parser.getText();
await parser.destroy();
process.stdout.write(text);
