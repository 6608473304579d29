/**
 * A case folder as text, for `checkCase`: `files` maps a file name (`case.mdx`, `rubric.yaml`,
 * `reference-layout.yaml`...) to its content; `dir` is how the folder is shown in messages
 * (`content/cases/<slug>`). No file system: the CLI, the tests and a case-pack import fill it.
 */
export type CaseFolder = {
  slug: string;
  dir: string;
  files: Readonly<Record<string, string>>;
};

/** The rubric file names a case may use, in order of preference. */
export const RUBRIC_FILE_NAMES = ['rubric.yaml', 'rubric.yml', 'rubric.json'] as const;

/** The files a shipped case has besides the rubric: the brief and its reference answers. */
export const CASE_FILE_NAMES = {
  brief: 'case.mdx',
  layout: 'reference-layout.yaml',
  scene: 'reference.excalidraw',
  estimate: 'reference-estimate.json',
  writeUp: 'write-up.mdx',
} as const;

/** Every file name checkCase reads, so a reader knows what to load. */
export const CHECKED_FILE_NAMES: readonly string[] = [...Object.values(CASE_FILE_NAMES), ...RUBRIC_FILE_NAMES];

/** `content/cases/<slug>/<name>`, the path a problem names. */
export const filePath = (folder: CaseFolder, name: string) => `${folder.dir}/${name}`;
