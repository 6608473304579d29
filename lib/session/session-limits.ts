import { elementProblem, fileProblem, MAX_SCENE_ELEMENTS, MAX_SCENE_FILES } from '../canvas/scene-bounds';
import { MAX_DEEP_DIVE_ANSWER } from '../deep-dive/limits';
import { MAX_DESIGN_DRAFT_CHARS, MAX_DESIGN_INPUTS, MAX_DESIGN_OUTPUTS } from '../design/design-bounds';
import { MAX_EXPRESSION_LENGTH, MAX_ROWS } from '../estimate/limits';
import { MAX_BASELINE_KEYWORD_CHARS, MAX_BASELINE_KEYWORDS, MAX_PAUSES } from '../interview/interview-bounds';
import { getStep, STEP_IDS } from '../steps/steps';
import { MAX_DEEP_DIVE_ANSWERS, MAX_DEEP_DIVE_PROMPT_ID, MAX_ENTITIES_LENGTH, MAX_NOTES_LENGTH, MAX_QUESTION_LENGTH, MAX_QUESTIONS, MAX_ROW_ID_LENGTH, MAX_ROW_NAME_LENGTH } from './session-bounds';
import type { Session } from './session-schema';

/*
 * Every count and length limit of the session schema, applied where the state changes. The store
 * runs each action's result through `fitSession` and shows its sentences the moment a limit bites;
 * a stored record over a limit is read through `fitSessionLimits` before validation, so it loads with
 * the excess set aside instead of being dropped whole.
 */

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const count = (n: number) => n.toLocaleString('en');

/** What one pass did: the sentences for the learner, in the order the limits were met. */
export type FitResult<T> = { value: T; notes: string[] };

/** Scenes and elements already found within bounds; Excalidraw replaces an element object on every edit. */
const checkedElements = new WeakSet<object>();
const checkedScenes = new WeakSet<object>();

function clip(text: unknown, max: number, what: string, notes: string[]): unknown {
  if (typeof text !== 'string' || text.length <= max) return text;
  notes.push(`${what}: capped at ${count(max)} characters; the ${count(text.length - max)} after that were not kept.`);
  return text.slice(0, max);
}

/** The first `max` items, with one sentence when some were cut. */
function head(list: unknown, max: number, what: string, notes: string[]): unknown {
  if (!Array.isArray(list) || list.length <= max) return list;
  notes.push(`At most ${count(max)} ${what} can be kept; the ${count(list.length - max)} past that were not added.`);
  return list.slice(0, max);
}

/** Applies `fit` to each item and returns the same array when nothing changed. */
function mapSame(list: unknown, fit: (item: unknown) => unknown): unknown {
  if (!Array.isArray(list)) return list;
  let changed = false;
  const out = list.map((item) => {
    const next = fit(item);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? out : list;
}

/** Sets `key` to `value` on a copy of `object` only when it differs. */
function withField(object: Obj, key: string, value: unknown): Obj {
  return object[key] === value ? object : { ...object, [key]: value };
}

function fitFields(object: unknown, limits: Record<string, number>, label: (key: string) => string, notes: string[]): unknown {
  if (!isObj(object)) return object;
  let out = object;
  for (const [key, max] of Object.entries(limits)) out = withField(out, key, clip(out[key], max, label(key), notes));
  return out;
}

function fitScene(scene: unknown, notes: string[]): unknown {
  if (!isObj(scene) || checkedScenes.has(scene)) return scene;
  let out = scene;
  if (Array.isArray(scene.elements)) {
    const kept: unknown[] = [];
    const problems: string[] = [];
    for (const element of scene.elements) {
      if (isObj(element) && checkedElements.has(element)) {
        kept.push(element);
        continue;
      }
      const problem = elementProblem(element);
      if (problem) problems.push(problem);
      else {
        if (isObj(element)) checkedElements.add(element);
        kept.push(element);
      }
    }
    if (problems.length > 0) notes.push(`${count(problems.length)} drawing element${problems.length === 1 ? '' : 's'} could not be kept (${problems[0]}).`);
    const limited = head(kept, MAX_SCENE_ELEMENTS, 'drawing elements', notes) as unknown[];
    if (limited.length !== scene.elements.length) out = { ...out, elements: limited };
  }
  if (isObj(scene.files)) {
    const entries = Object.entries(scene.files);
    const good = entries.filter(([, file]) => {
      const problem = fileProblem(file);
      if (problem) notes.push(`An image on the canvas could not be kept: ${problem}.`);
      return !problem;
    });
    if (good.length > MAX_SCENE_FILES) notes.push(`At most ${MAX_SCENE_FILES} images can be kept on the canvas; the ${good.length - MAX_SCENE_FILES} added after that were not kept.`);
    const limited = good.slice(0, MAX_SCENE_FILES);
    if (limited.length !== entries.length) out = { ...out, files: Object.fromEntries(limited) };
  }
  if (out === scene) checkedScenes.add(scene);
  return out;
}

function fitDeepDive(answers: unknown, notes: string[]): unknown {
  if (!isObj(answers)) return answers;
  const entries = Object.entries(answers);
  let changed = false;
  const kept: Array<[string, unknown]> = [];
  for (const [promptId, answer] of entries) {
    if (promptId.length > MAX_DEEP_DIVE_PROMPT_ID) {
      notes.push(`A deep-dive answer under an over-long question id (${promptId.slice(0, 20)}...) could not be kept.`);
      changed = true;
      continue;
    }
    // Stored records are read with zod, whose records drop a '__proto__' key: such an answer would vanish on the next load.
    if (promptId === '__proto__') {
      notes.push('A deep-dive answer under the question id "__proto__" could not be kept.');
      changed = true;
      continue;
    }
    if (kept.length >= MAX_DEEP_DIVE_ANSWERS) {
      notes.push(`At most ${MAX_DEEP_DIVE_ANSWERS} deep-dive answers can be kept; the answer to ${promptId.slice(0, 40)} was not.`);
      changed = true;
      continue;
    }
    const clipped = clip(answer, MAX_DEEP_DIVE_ANSWER, `A deep-dive answer (${promptId.slice(0, 40)})`, notes);
    if (clipped !== answer) changed = true;
    kept.push([promptId, clipped]);
  }
  return changed ? Object.fromEntries(kept) : answers;
}

function fitAnswers(answers: unknown, notes: string[]): unknown {
  if (!isObj(answers)) return answers;
  let out = answers;
  if (isObj(out.clarify)) {
    let clarify = out.clarify;
    const questions = mapSame(head(clarify.questions, MAX_QUESTIONS, 'clarifying questions', notes), (question) =>
      fitFields(question, { text: MAX_QUESTION_LENGTH }, () => 'A clarifying question', notes),
    );
    clarify = withField(clarify, 'questions', questions);
    clarify = withField(clarify, 'entities', clip(clarify.entities, MAX_ENTITIES_LENGTH, 'The list of entities', notes));
    out = withField(out, 'clarify', clarify);
  }
  if (isObj(out.estimate)) {
    const rows = mapSame(head(out.estimate.rows, MAX_ROWS, 'worksheet rows', notes), (row) =>
      fitFields(row, { id: MAX_ROW_ID_LENGTH, name: MAX_ROW_NAME_LENGTH, expr: MAX_EXPRESSION_LENGTH }, (key) => (key === 'expr' ? 'A worksheet expression' : `A worksheet row ${key}`), notes),
    );
    out = withField(out, 'estimate', withField(out.estimate, 'rows', rows));
  }
  if (isObj(out.design)) {
    let design = out.design;
    // Stored up to the draft cap: past the graded limit a field is kept whole and flagged (design-over-limit.ts).
    const field = { name: MAX_DESIGN_DRAFT_CHARS, format: MAX_DESIGN_DRAFT_CHARS, rate: MAX_DESIGN_DRAFT_CHARS, consumer: MAX_DESIGN_DRAFT_CHARS, store: MAX_DESIGN_DRAFT_CHARS };
    design = withField(design, 'inputs', mapSame(head(design.inputs, MAX_DESIGN_INPUTS, 'design inputs', notes), (input) => fitFields(input, field, (key) => `An input's ${key}`, notes)));
    design = withField(design, 'outputs', mapSame(head(design.outputs, MAX_DESIGN_OUTPUTS, 'design outputs', notes), (output) => fitFields(output, field, (key) => `An output's ${key}`, notes)));
    design = fitFields(design, { useCase: MAX_DESIGN_DRAFT_CHARS, sla: MAX_DESIGN_DRAFT_CHARS, reason: MAX_DESIGN_DRAFT_CHARS }, (key) => `The design's ${key === 'useCase' ? 'use case' : key === 'sla' ? 'SLA' : 'reason'}`, notes) as Obj;
    out = withField(out, 'design', design);
  }
  if (isObj(out.diagram)) out = withField(out, 'diagram', withField(out.diagram, 'scene', fitScene(out.diagram.scene, notes)));
  out = withField(out, 'deepDive', fitDeepDive(out.deepDive, notes));
  return out;
}

/**
 * Brings a session-shaped value within every count and length limit of the session schema: texts
 * are cut at their cap, lists keep their first items, drawing elements and images out of bounds
 * (scene-bounds.ts) are dropped. Returns the same object when nothing was over (cheap to run after
 * every keystroke) and one sentence per limit that bit. Leaves anything it does not recognise as it
 * is for the schema to judge.
 */
export function fitSessionLimits(raw: unknown): FitResult<unknown> {
  const notes: string[] = [];
  if (!isObj(raw)) return { value: raw, notes };
  let out = raw;
  if (isObj(out.steps)) {
    let steps = out.steps;
    for (const id of STEP_IDS) steps = withField(steps, id, fitFields(steps[id], { notes: MAX_NOTES_LENGTH }, () => `Notes for ${getStep(id).title}`, notes));
    out = withField(out, 'steps', steps);
  }
  out = withField(out, 'answers', fitAnswers(out.answers, notes));
  if (isObj(out.interview)) {
    let interview = withField(out.interview, 'pauses', head(out.interview.pauses, MAX_PAUSES, 'pauses', notes));
    if (isObj(interview.curveballBaseline)) {
      let baseline = interview.curveballBaseline;
      for (const key of ['textKeywords', 'diagramKeywords']) {
        const words = mapSame(head(baseline[key], MAX_BASELINE_KEYWORDS, 'curveball keywords', notes), (word) => clip(word, MAX_BASELINE_KEYWORD_CHARS, 'A curveball keyword', notes));
        baseline = withField(baseline, key, words);
      }
      interview = withField(interview, 'curveballBaseline', baseline);
    }
    out = withField(out, 'interview', interview);
  }
  return { value: out, notes };
}

/** `fitSessionLimits` for a session already in the app's hands. */
export function fitSession(session: Session): FitResult<Session> {
  const { value, notes } = fitSessionLimits(session);
  return { value: value as Session, notes };
}
