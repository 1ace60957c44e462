// Renderers looked up by name; an unknown name fails with the list of known ones. Each is loaded
// only when asked for, so a Markdown report never loads pdfkit
// and only a workbook loads exceljs.
import { HfError, problem } from '../shared/errors.js';
import { FORMATS, type Format, type Renderer } from './render-context.js';

const loaders: Record<Format, () => Promise<Renderer>> = {
  md: async () => (await import('./render-markdown.js')).renderMarkdown,
  csv: async () => (await import('./render-csv.js')).renderCsv,
  json: async () => (await import('./render-json.js')).renderJson,
  pdf: async () => (await import('./pdf/render-pdf.js')).renderPdf,
  xlsx: async () => (await import('./xlsx/render-xlsx.js')).renderXlsx,
};

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

export async function loadRenderer(name: string): Promise<Renderer> {
  if (!isFormat(name)) throw new HfError(problem('cli.badChoice', { option: '--format', value: name, allowed: FORMATS.join(', ') }));
  return loaders[name]();
}
