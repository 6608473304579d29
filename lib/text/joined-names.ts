/**
 * Whether a box label joins two names with a plus or an ampersand outside brackets ("Kafka + Flink", "Snowflake &
 * BI"): the drawer put two things in one box on purpose. A note in brackets ("Kafka (+ schema registry)"), a
 * slash ("Visa / Mastercard", alternatives) or a word ("Spark job and Airflow") does not count. Pure; never throws.
 */
export function joinsTwoNames(label: string): boolean {
  if (typeof label !== 'string') return false;
  const head = label.replace(/[([{][^)\]}]*[)\]}]?/g, ' ');
  return /[\w)]\s*[+&]\s*[\w(]/.test(head.replace(/\s+/g, ' ').trim());
}
