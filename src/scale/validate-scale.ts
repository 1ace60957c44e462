// Checking a scale file's text: YAML, then the schema, then the rules; every problem at once.
import { sortByPosition, type Problem } from '../shared/errors.js';
import { parseYaml, type ParsedYaml } from '../yaml/parse-yaml.js';
import { placeOf, positionOf } from '../yaml/yaml-positions.js';
import { ScaleFileSchema, type ScaleFile } from './schema.js';
import { schemaProblems } from '../yaml/schema-problems.js';
import { checkScaleRules } from './rules.js';

export interface ScaleCheck {
  /** The parsed file when it has no errors (warnings may remain). */
  scale: ScaleFile | null;
  problems: Problem[];
}

/** Validate the text of a scale file. Throws HfError only for YAML that cannot be parsed at all. */
export function validateScaleText(text: string, file: string): ScaleCheck {
  const parsed = parseYaml(text, file);
  return validateParsedScale(parsed);
}

function validateParsedScale(parsed: ParsedYaml): ScaleCheck {
  const { file } = parsed;
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return { scale: null, problems: [{ severity: 'error', code: 'yaml.notMapping', params: {}, file, line: 1, column: 1 }] };
  }
  const result = ScaleFileSchema.safeParse(parsed.value, { reportInput: true });
  const shapeProblems = result.success ? [] : schemaProblems(ScaleFileSchema, result.error.issues, parsed);
  // The rules run even on a file of the wrong shape, so every problem shows at once; a rule
  // that cannot make sense of a malformed part skips it (its shape problem is already reported).
  const data = (result.success ? result.data : parsed.value) as ScaleFile;
  const ruleProblems: Problem[] = checkScaleRules(data, !result.success).map((finding) => {
    const related = finding.related ? positionOf(parsed, finding.related, 'id') : undefined;
    return {
      severity: finding.severity,
      code: finding.code,
      params: related ? { ...finding.params, firstLine: related.line } : finding.params,
      ...placeOf(parsed, finding.path, finding.key),
    };
  });
  const problems = [...shapeProblems, ...ruleProblems];
  const hasError = problems.some((p) => p.severity === 'error');
  return { scale: hasError || !result.success ? null : result.data, problems: sortByPosition(problems) };
}
