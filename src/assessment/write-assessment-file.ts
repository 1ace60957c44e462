// Writing an assessment file (SPEC section 4) as readable YAML: a comment header, keys in a fixed
// order, ratings in scale order with the item's title as a comment, short entries on one line.
// What this writes, parseAssessmentText + toAssessment read back unchanged.
import { Document, isMap, isSeq, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { AssessmentFile, RatingEntry } from './schema.js';

export interface SerializeOptions {
  /** Comment lines at the top of the file, without the leading `#`. */
  header?: readonly string[];
  /** Item id -> comment lines written above its rating (e.g. its title; a domain heading). */
  itemComments?: Readonly<Record<string, string>>;
  /** The order of the ratings (the scale's order); ids not listed follow in their own order. */
  order?: readonly string[];
}

const LINE_WIDTH = 100;

/** Keys of a rating entry in the order people read them. */
const ENTRY_KEYS = ['score', 'na', 'skipped', 'raters', 'rationale', 'recommendation', 'note'] as const;

function orderedEntry(entry: RatingEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ENTRY_KEYS) {
    const value = entry[key];
    if (value === undefined) continue;
    // Rater names may look like numbers; a Map keeps them as the strings they are, in their order.
    out[key] = key === 'raters' ? new Map(Object.entries(value as Record<string, unknown>)) : value;
  }
  return out;
}

function fitsOnOneLine(id: string, entry: RatingEntry): boolean {
  return id.length + JSON.stringify(entry).length + 8 <= LINE_WIDTH - 4;
}

function orderedIds(ratings: Readonly<Record<string, unknown>>, order: readonly string[] = []): string[] {
  const present = new Set(Object.keys(ratings));
  const ids = order.filter((id) => present.has(id));
  const listed = new Set(ids);
  return [...ids, ...Object.keys(ratings).filter((id) => !listed.has(id))];
}

/** The YAML text of an assessment file. */
export function serializeAssessment(file: AssessmentFile, options: SerializeOptions = {}): string {
  const ratings = file.ratings ?? {};
  const doc = new Document({
    hfFidelityAssessment: file.hfFidelityAssessment,
    scale: file.scale.version === undefined ? { id: file.scale.id } : { id: file.scale.id, version: file.scale.version },
    team: file.team,
    date: file.date,
    ...(file.kind === undefined ? {} : { kind: file.kind }),
    ...(file.status === undefined ? {} : { status: file.status }),
    raters: file.raters ?? [],
  });

  const ids = orderedIds(ratings, options.order);
  const entries = ids.flatMap((id) => {
    const entry = ratings[id];
    return entry ? [[id, orderedEntry(entry)] as const] : [];
  });
  const ratingsNode = doc.createNode(new Map(entries)) as YAMLMap;
  for (const pair of ratingsNode.items as Pair<Scalar, YAMLMap>[]) {
    const id = String(pair.key.value);
    const comment = options.itemComments?.[id];
    if (comment) pair.key.commentBefore = comment.split('\n').map((line) => ` ${line}`).join('\n');
    const entry = ratings[id]!;
    if (!pair.value) continue;
    if (fitsOnOneLine(id, entry)) {
      pair.value.flow = true;
    } else {
      // A long note reads better as a block: one key a line, the raters still on one line.
      const raters = pair.value.get('raters', true);
      if (isMap(raters)) raters.flow = true;
    }
  }
  doc.set('ratings', ratingsNode);
  doc.set('strengths', doc.createNode(file.strengths ?? []));
  doc.set('recommendations', doc.createNode(file.recommendations ?? []));
  const actions = (file.actions ?? []).map((action) => ({
    ...(action.item === undefined ? {} : { item: action.item }),
    action: action.action,
    ...(action.owner === undefined ? {} : { owner: action.owner }),
    ...(action.due === undefined ? {} : { due: action.due }),
    ...(action.status === undefined ? {} : { status: action.status }),
  }));
  const actionsNode = doc.createNode(actions) as YAMLSeq;
  actions.forEach((action, i) => {
    const node = actionsNode.items[i];
    if (isMap(node) && JSON.stringify(action).length + 6 <= LINE_WIDTH - 4) node.flow = true;
  });
  doc.set('actions', actionsNode);
  // The review report's parts (SPEC 12), where the file has them: written back as read, never dropped.
  if (file.review !== undefined) doc.set('review', doc.createNode(file.review));
  if (file.keyMessages !== undefined) doc.set('keyMessages', doc.createNode(file.keyMessages));
  if (file.barriers !== undefined) doc.set('barriers', doc.createNode(file.barriers));
  if (file.followUp !== undefined) doc.set('followUp', doc.createNode(file.followUp));

  const scale = doc.get('scale', true);
  if (isMap(scale)) scale.flow = true;
  const raters = doc.get('raters', true);
  if (isSeq(raters)) raters.flow = true;
  if (options.header && options.header.length > 0) {
    doc.commentBefore = options.header.map((line) => ` ${line}`).join('\n');
  }
  return doc.toString({ lineWidth: LINE_WIDTH, flowCollectionPadding: true });
}
