// `hf-fidelity report <input...>`: score the inputs and write a report in Markdown, CSV, PDF, JSON or xlsx.
import { HfError, problem } from '../../shared/errors.js';
import { readInputs } from '../../input/read-inputs.js';
import { loadRenderer } from '../../report/renderers.js';
import { printProblems } from '../print-problems.js';
import { checkOutputTarget, writeOutput } from '../write-output.js';
import { collectResult, runScoring } from '../run-scoring.js';
import { streamResult } from '../stream-result.js';
import type { ScoreOptions } from './score.js';
import type { CliContext } from '../context.js';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../../i18n/catalogue.js';
import { formatNumber } from '../../i18n/format.js';
import { safeForTerminal } from '../../terminal/terminal-text.js';

/**
 * Assessments a document report (Markdown, PDF) takes. Documents hold the whole result and compare
 * teams across it; a PDF of 100 assessments is 300 pages and peaks at 300 MB, one of 1,000 took 14 s
 * and 1.8 GB (measured), so beyond these a run would crawl and then run out of memory. CSV and JSON
 * are streamed and take any number.
 */
const DOCUMENT_LIMITS: Record<'md' | 'pdf' | 'xlsx', { limit: number; name: string }> = {
  md: { limit: 5000, name: 'Markdown' },
  pdf: { limit: 500, name: 'PDF' },
  xlsx: { limit: 2000, name: 'Excel' },
};

/** 9999-12-31T23:59:59Z, the last second a four-digit year holds. */
const MAX_EPOCH = 253402300799;

function sourceDateEpoch(env: CliContext['env']): number | null {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return null;
  // Whole seconds, as reproducible builds write it; a date a PDF can hold (to the end of the year 9999).
  const seconds = /^[0-9]{1,20}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!(seconds <= MAX_EPOCH)) throw new HfError(problem('report.badSourceDateEpoch', { value: raw, max: String(MAX_EPOCH) }));
  return seconds;
}

export async function reportCommand(ctx: CliContext, inputs: unknown, opts: unknown): Promise<number> {
  const options = opts as ScoreOptions & { summary?: boolean };
  const format = options.format ?? 'md';
  if (options.summary && format !== 'md' && format !== 'pdf') throw new HfError(problem('summary.onlyDocuments'));
  // JSON and CSV are tables of assessments: written as they are scored, so any number fits. Markdown
  // and PDF compare teams across the whole result, so they hold it (they are read by people).
  const render = format === 'json' || format === 'csv' ? null : await loadRenderer(format);
  const epoch = sourceDateEpoch(ctx.env);
  const binary = format === 'pdf' || format === 'xlsx';
  await checkOutputTarget(options, ctx, `report.${format}`, { binary });
  const read = await readInputs(inputs as string[], { ...options, scalesDir: ctx.scalesDir, scaleCache: ctx.scaleCache });
  const scoring = runScoring(read, ctx, { notes: options.notes, strict: options.strict });
  if (!render) {
    await streamResult(scoring, scoring.assessments, read.scale, { ...options, format: format as 'json' | 'csv', pretty: true }, ctx);
    printProblems(scoring.warnings(), ctx);
    await confirmWritten(options.out, null, ctx);
    return 0;
  }
  const document = DOCUMENT_LIMITS[format as 'md' | 'pdf' | 'xlsx'];
  const count = read.collector.size + read.assessments.length + read.scored.length;
  if (count > document.limit) {
    throw new HfError(problem('report.tooManyAssessments', { format: document.name, limit: document.limit, count }));
  }
  const result = collectResult(scoring, ctx);
  const output = await render(result, {
    scale: read.scale,
    lang: ctx.lang,
    notes: options.notes,
    dialect: options.dialect ?? 'rfc4180',
    sourceDateEpoch: epoch,
    now: ctx.now,
    summary: options.summary === true,
  });
  await writeOutput(output, options, ctx, { binary });
  printProblems(scoring.warnings(), ctx);
  await confirmWritten(options.out, format === 'pdf' && typeof output !== 'string' ? pdfPages(output) : null, ctx);
  return 0;
}

/** Pages of a PDF as pdfkit writes it: one `/Type /Page` dictionary per page (the tree is `/Pages`). */
function pdfPages(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').match(/\/Type \/Page(?![s\w])/g)?.length ?? 0;
}

/** A file size as the language writes numbers: "24 KB", "1,2 MB". */
function sizeText(bytes: number, ctx: CliContext): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), ctx.lang, 1)} MB`;
  return bytes >= 1024 ? `${formatNumber(bytes / 1024, ctx.lang, 0)} KB` : `${bytes} B`;
}

/** "Wrote report.pdf: 6 pages" (or its size) on stderr, so a user sees what `--out` made; silent with --quiet. */
async function confirmWritten(out: string | undefined, pages: number | null, ctx: CliContext): Promise<void> {
  if (!out || ctx.quiet) return;
  const file = path.resolve(ctx.cwd, out);
  const line =
    pages !== null
      ? t(ctx.lang, 'kept.wrotePages', { file: out, count: pages })
      : t(ctx.lang, 'kept.wroteSize', { file: out, size: sizeText((await stat(file)).size, ctx) });
  ctx.stderr.write(`${safeForTerminal(line)}\n`);
}
