import type { GradeCommand } from './grade-command';

/** `grade <engine>`: each step's engine registers its subcommand here as it lands. */
export const gradeCommands: Record<string, GradeCommand> = {};
