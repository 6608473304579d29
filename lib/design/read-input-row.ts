import { splitProvenance } from '../text/provenance';
import { namedIds, rowId } from './design-index';
import type { Names } from './design-index';

/** A source row whose words say one of the case's inputs comes from another: "Clickstream via CDC from the orders database". */
export type MisattributedRow = {
  /** The input the row is about (its head) and the input it is said to come from. */
  headId: string;
  sourceId: string;
  /** The learner's words after "via", "from", "using"...: "CDC from the orders database". */
  source: string;
};

/** What a source row claims: the one input it stands for, or a source that belongs to another input. */
export type InputRowReading = { id?: string; misattributed?: MisattributedRow };

/**
 * Reads a source row as a claim (what, and where it comes from) rather than as words present: a
 * row whose head names one input of the case and whose "via/from/using" part names only another
 * ("Orders from web beacons", "Clickstream via CDC from PostgreSQL") says the data arrives the
 * way another source does, so it stands for neither. Otherwise the row stands for its first
 * affirmed mention (`rowId`): "Trip service Postgres via Debezium" is the trip database.
 */
export function readInputRow(names: Names, name: string): InputRowReading {
  const split = splitProvenance(name);
  if (split) {
    const headIds = namedIds(names, split.head);
    const sourceIds = namedIds(names, split.source);
    const [headId] = headIds;
    const [sourceId] = sourceIds;
    if (headId !== undefined && sourceId !== undefined && !sourceIds.some((id) => headIds.includes(id))) {
      return { misattributed: { headId, sourceId, source: split.source } };
    }
  }
  return { id: rowId(names, name) };
}
