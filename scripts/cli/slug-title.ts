/**
 * The acronyms a case slug may hold, spelled as a title writes them: a slug is lower case, so
 * "cnp-fraud" alone cannot say that CNP is an acronym. Data, not rules: add a spelling here when a new
 * case needs one (mixed case such as IoT is kept as written).
 */
export const TITLE_ACRONYMS: readonly string[] = [
  'AI', 'API', 'ATM', 'AWS', 'B2B', 'BI', 'CDC', 'CNP', 'CRM', 'EHR', 'ELT', 'ERP', 'ETL', 'FHIR', 'GCP', 'GDPR', 'GPS', 'HL7',
  'IoT', 'KPI', 'KYC', 'ML', 'OLAP', 'OLTP', 'PII', 'POS', 'PSP', 'SaaS', 'SLA', 'SMS', 'SQL', 'UI',
];

/**
 * A case's title from its kebab-case slug, in the sentence case the shipped cases use: the first word
 * capitalised, the others lower case, and every word on `acronyms` spelled as listed there
 * ("cnp-fraud" -> "CNP fraud", "iot-telemetry" -> "IoT telemetry", "food-delivery" -> "Food delivery").
 */
export function titleFromSlug(slug: string, acronyms: readonly string[] = TITLE_ACRONYMS): string {
  const spelling = new Map(acronyms.map((acronym) => [acronym.toLowerCase(), acronym]));
  return slug
    .split('-')
    .filter((word) => word !== '')
    .map((word, index) => spelling.get(word.toLowerCase()) ?? (index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(' ');
}
