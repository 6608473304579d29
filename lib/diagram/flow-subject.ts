import type { DiagramComponent } from '../canvas/diagram-graph';
import type { Rubric } from '../content/rubric-schema';
import { labelNamesAny } from '../text/label-names';

type Flow = Rubric['steps']['diagram']['flows'][number];

/**
 * For a flow whose rubric names its data (`subject`: the EHR access logs of the healthcare case, which share their
 * kinds, files into object storage, with the claims files), the boxes that may not end its path: those whose
 * label does not name the subject. The audit trail is drawn when the access logs reach a store or report named for
 * them ("Audit WORM (6 y)", "privacy office reports"), not when any file lands in the lake. Undefined for a flow
 * without a subject (any box of a `to` kind ends it). Pure; never throws.
 */
export function subjectEndRefused(flow: Flow): ((component: DiagramComponent) => boolean) | undefined {
  const subject = flow.subject;
  if (subject === undefined || subject.length === 0) return undefined;
  return (component) => !labelNamesAny(component.label, subject);
}
