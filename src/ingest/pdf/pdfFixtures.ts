/* Hand-written PDFs for tests: one Helvetica text object per line, or no text at all. */

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

/**
 * A minimal, valid PDF (with a correct xref table) whose pages hold the given lines of text.
 * `null` for a page gives a page with no text layer, as a scanned page has. ASCII text only.
 */
export function makePdf(pages: readonly (readonly string[] | null)[], info: { title?: string; created?: string } = {}): Uint8Array {
  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1: catalog, 2: pages, 3: font, 4: info; pages and contents follow.
  const firstPage = 5;
  pages.forEach((lines, i) => {
    const pageId = firstPage + i * 2;
    pageIds.push(pageId);
    const stream = lines
      ? `BT /F1 12 Tf 14 TL 72 720 Td ${lines.map((l) => `(${escapePdfString(l)}) Tj T*`).join(' ')} ET`
      : '0.9 g 72 72 468 648 re f';
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  const infoEntries = [info.title ? `/Title (${escapePdfString(info.title)})` : '', info.created ? `/CreationDate (D:${info.created.replace(/-/g, '')}120000Z)` : ''];
  objects[4] = `<< ${infoEntries.join(' ')} >>`;
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = body.length;
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
