import type { Rubric } from '../content/rubric-schema';
import { scoreSession } from '../session/score-session';
import { STEP_IDS } from '../steps/steps';
import type { StepId } from '../steps/steps';
import { quadraticWeightedKappa, spearmanRho } from './agreement';
import { ENGINE_SCORE_BANDS, engineBand } from './agreement-bands';
import type { RatingLevel } from './rating-schema';
import { finalRoomState, lastEventAt } from './room-export';
import type { RoomState } from './room-state-schema';
import type { RoomStore } from './room-store';
import { roomToSession } from './room-to-session';

/** One finished, rated interview: the interviewer's 1-4 per step and the engine's 0-100 per step. */
export type AgreementSample = {
  roomId: string;
  caseSlug: string;
  endedAt: string;
  ratings: Partial<Record<StepId, RatingLevel>>;
  engine: Record<StepId, number>;
};

export type AgreementDisagreement = {
  roomId: string;
  caseSlug: string;
  endedAt: string;
  rating: RatingLevel;
  engineScore: number;
  engineBand: RatingLevel;
  /** |engineBand - rating|: 0 agree, 3 opposite ends. */
  levelGap: number;
  /** The replay's path; open it with the room's interviewer token or the team's ROOMS_ADMIN_TOKEN as ?t=. */
  replay: string;
};

export type AgreementStatus = 'ok' | 'not-enough-interviews' | 'no-spread';

export type AgreementStep = {
  step: StepId;
  /** Interviews with both a rating and an engine score for this step. */
  n: number;
  /** Spearman's rho of engine score (0-100) against rating (1-4), midranks, 4 decimals; null unless status is ok. */
  spearman: number | null;
  /** Quadratic-weighted Cohen's kappa of engine band (1-4) against rating (1-4), 4 decimals; null unless status is ok. */
  kappa: number | null;
  status: AgreementStatus;
  /** The interviews where engine and interviewer differ most (level gap 1 or more), worst first, at most MAX_DISAGREEMENTS. */
  disagreements: AgreementDisagreement[];
};

/**
 * `rooms agreement --json` (README, "Agreement report"). Stable: fields are only ever added.
 * `interviews` counts finished rooms with at least one step rated.
 */
export type AgreementReport = {
  format: 'sdt-rooms-agreement';
  version: 1;
  interviews: number;
  bands: typeof ENGINE_SCORE_BANDS;
  steps: AgreementStep[];
};

/** Interviews listed per step where engine and interviewer disagree most. */
export const MAX_DISAGREEMENTS = 5;

/** The replay page's path of a room. */
export function replayPath(roomId: string): string {
  return `/rooms/${encodeURIComponent(roomId)}/replay`;
}

/** Coefficients are reported to 4 decimals, so a tracked report does not change with floating-point noise. */
const round4 = (value: number | null): number | null => (value === null ? null : Math.round(value * 10_000) / 10_000);

const bandMiddle = (level: RatingLevel): number => {
  const band = ENGINE_SCORE_BANDS.find((item) => item.level === level);
  return band ? (band.min + band.max) / 2 : 50;
};

/**
 * A finished room's agreement sample, or undefined when the room has not ended (or closed after it) or
 * has no step rating. The engine's step scores are the end report's: roomToSession at the room's last
 * event, scored with the case's rubric.
 */
export function agreementSample(state: RoomState, rubric: Rubric, at: Date): AgreementSample | undefined {
  if (!state.clock.endedAt) return undefined;
  const ratings = state.ratings?.steps ?? {};
  if (Object.keys(ratings).length === 0) return undefined;
  const scored = scoreSession(roomToSession(state, at), rubric);
  const engine = Object.fromEntries(scored.steps.map((step) => [step.step, step.score])) as Record<StepId, number>;
  return { roomId: state.id, caseSlug: state.caseSlug, endedAt: state.clock.endedAt, ratings, engine };
}

/**
 * Engine-interviewer agreement per step over finished, rated interviews: n, Spearman's rho (score
 * against rating), quadratic-weighted kappa (band against rating, bands in agreement-bands.ts), and the
 * worst disagreements with their replay paths. Fewer than two interviews: "not-enough-interviews";
 * one side constant: "no-spread" (both coefficients undefined). Deterministic for the same samples.
 */
export function buildAgreementReport(samples: readonly AgreementSample[]): AgreementReport {
  const ordered = [...samples].sort((a, b) => (a.roomId < b.roomId ? -1 : a.roomId > b.roomId ? 1 : 0));
  const steps = STEP_IDS.map((step): AgreementStep => {
    const pairs = ordered.flatMap((sample) => {
      const rating = sample.ratings[step];
      return rating === undefined ? [] : [{ sample, rating, score: sample.engine[step] }];
    });
    const n = pairs.length;
    const ratings = pairs.map((pair) => pair.rating);
    const spearman = spearmanRho(pairs.map((pair) => pair.score), ratings);
    const kappa = n < 2 ? null : quadraticWeightedKappa(pairs.map((pair) => engineBand(pair.score)), ratings, 1, 4);
    const status: AgreementStatus = n < 2 ? 'not-enough-interviews' : spearman === null || kappa === null ? 'no-spread' : 'ok';
    const disagreements = pairs
      .map(({ sample, rating, score }) => ({
        entry: { roomId: sample.roomId, caseSlug: sample.caseSlug, endedAt: sample.endedAt, rating, engineScore: score, engineBand: engineBand(score), levelGap: Math.abs(engineBand(score) - rating), replay: replayPath(sample.roomId) },
        off: Math.abs(score - bandMiddle(rating)),
      }))
      .filter(({ entry }) => entry.levelGap >= 1)
      .sort((a, b) => b.entry.levelGap - a.entry.levelGap || b.off - a.off)
      .slice(0, MAX_DISAGREEMENTS)
      .map(({ entry }) => entry);
    return { step, n, spearman: status === 'ok' ? round4(spearman) : null, kappa: status === 'ok' ? round4(kappa) : null, status, disagreements };
  });
  return { format: 'sdt-rooms-agreement', version: 1, interviews: ordered.length, bands: ENGINE_SCORE_BANDS, steps };
}

/**
 * Reads every stored room (RoomStore.listRooms + loadHistory), keeps the finished, rated ones whose
 * case `rubricFor` knows, and builds the report. Rooms of an unknown case are counted in `skipped`.
 */
export async function agreementFromStore(store: RoomStore, rubricFor: (caseSlug: string) => Rubric | undefined): Promise<{ report: AgreementReport; skipped: string[] }> {
  const samples: AgreementSample[] = [];
  const skipped: string[] = [];
  for (const summary of await store.listRooms()) {
    const history = await store.loadHistory(summary.roomId);
    if (!history) continue;
    const rubric = rubricFor(summary.caseSlug);
    if (!rubric) {
      skipped.push(summary.roomId);
      continue;
    }
    const sample = agreementSample(finalRoomState(history), rubric, lastEventAt(history));
    if (sample) samples.push(sample);
  }
  return { report: buildAgreementReport(samples), skipped };
}
