/** What every `grade <engine>` subcommand provides. */
export type GradeArgs = {
  caseSlug?: string;
  file?: string;
  json: boolean;
  positionals: string[];
};

export type GradeOutput = { json: unknown; human: string };

export type GradeCommand = {
  summary: string;
  usage: string;
  run: (args: GradeArgs) => Promise<GradeOutput> | GradeOutput;
};
