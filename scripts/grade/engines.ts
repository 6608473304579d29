import { askCommand } from './ask-command';
import { clarifyCommand } from './clarify-command';
import { deepDiveCommand } from './deep-dive-command';
import { designCommand } from './design-command';
import { diagramCommand } from './diagram-command';
import { estimateCommand } from './estimate-command';
import type { GradeCommand } from './grade-command';
import { practiceCommand } from './practice-command';
import { sessionCommand } from './session-command';

/** `grade <engine>`: each step's engine registers its subcommand here as it lands. */
export const gradeCommands: Record<string, GradeCommand> = {
  ask: askCommand,
  clarify: clarifyCommand,
  'deep-dive': deepDiveCommand,
  design: designCommand,
  diagram: diagramCommand,
  estimate: estimateCommand,
  practice: practiceCommand,
  session: sessionCommand,
};
