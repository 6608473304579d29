/** What every `grade <engine>` subcommand provides. */
export type GradeArgs = {
  caseSlug?: string;
  /** `--question <id>` (or `<topic>/<id>`), for `grade practice`. */
  question?: string;
  /** `--file <path>` as given. */
  fileOption?: string;
  json: boolean;
  /** Arguments after the engine name. */
  positionals: string[];
};

/** The input file: `--file <path>`, else the one positional argument. */
export function inputFile(args: GradeArgs): string | undefined {
  return args.fileOption ?? (args.positionals.length === 1 ? args.positionals[0] : undefined);
}

export type GradeOutput = { json: unknown; human: string };

export type GradeCommand = {
  summary: string;
  usage: string;
  run: (args: GradeArgs) => Promise<GradeOutput> | GradeOutput;
};
