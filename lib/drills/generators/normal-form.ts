import { defineGenerator } from '../define-generator';
import { assertNever } from '../../util/assert-never';
import type { AnswerKey, ChoiceOption } from '../types';

type Violation = '1NF' | '2NF' | '3NF';

/** One domain gives a table for each violation: a parent entity, a child it links to, and a lookup it references. */
interface Domain {
  table: string;
  parentKey: string;
  parentAttr: string;
  childKey: string;
  childAttr: string;
  linkAttr: string;
  listColumn: string;
  listExample: string;
  via: string;
  viaAttr: string;
}

const DOMAINS: readonly Domain[] = [
  { table: 'order_line', parentKey: 'order_id', parentAttr: 'order_date', childKey: 'product_id', childAttr: 'product_name', linkAttr: 'quantity', listColumn: 'product_ids', listExample: "'P12, P15, P19'", via: 'customer_id', viaAttr: 'customer_email' },
  { table: 'enrolment', parentKey: 'student_id', parentAttr: 'student_name', childKey: 'course_id', childAttr: 'course_title', linkAttr: 'grade', listColumn: 'course_ids', listExample: "'CS101, MA201'", via: 'advisor_id', viaAttr: 'advisor_name' },
  { table: 'trip_stop', parentKey: 'trip_id', parentAttr: 'trip_date', childKey: 'stop_id', childAttr: 'stop_address', linkAttr: 'arrival_time', listColumn: 'stop_ids', listExample: "'S4; S9; S11'", via: 'driver_id', viaAttr: 'driver_phone' },
  { table: 'playlist_track', parentKey: 'playlist_id', parentAttr: 'playlist_title', childKey: 'track_id', childAttr: 'track_duration', linkAttr: 'position', listColumn: 'track_ids', listExample: "'T7|T3|T42'", via: 'owner_id', viaAttr: 'owner_country' },
  { table: 'shipment_item', parentKey: 'shipment_id', parentAttr: 'shipped_at', childKey: 'sku', childAttr: 'sku_weight_kg', linkAttr: 'units', listColumn: 'skus', listExample: "'A-1, B-7'", via: 'warehouse_id', viaAttr: 'warehouse_city' },
];

const OPTIONS: readonly ChoiceOption[] = [
  { value: '1NF', aliases: ['1nf', 'first normal form', 'first', '1st', 'nf1', '1 nf'], concepts: ['repeating group', 'repeating groups', 'non atomic', 'not atomic', 'multi valued', 'multivalued'] },
  { value: '2NF', aliases: ['2nf', 'second normal form', 'second', '2nd', 'nf2', '2 nf'], concepts: ['partial dependency', 'partial dependencies', 'partially dependent', 'part of the key', 'part of the composite key'] },
  { value: '3NF', aliases: ['3nf', 'third normal form', 'third', '3rd', 'nf3', '3 nf'], concepts: ['transitive dependency', 'transitive dependencies', 'transitively dependent', 'depends on a non key'] },
];

const choice = (value: Violation): AnswerKey => ({ kind: 'choice', value, options: OPTIONS });

interface Shape {
  columns: string[];
  key: string;
  facts: string[];
  reason: string;
  decomposition: string;
}

function shapeFor(domain: Domain, violation: Violation): Shape {
  const parentTable = domain.parentKey.replace(/_id$/, '');
  switch (violation) {
    case '1NF':
      return {
        columns: [domain.parentKey, domain.parentAttr, domain.listColumn],
        key: domain.parentKey,
        facts: [`A typical value of ${domain.listColumn} is ${domain.listExample}.`, `${domain.parentAttr} is determined by ${domain.parentKey}.`],
        reason: `${domain.listColumn} holds a list in one column (a repeating group), so values are not atomic and you cannot index, join or constrain single items.`,
        decomposition: `${parentTable}(${domain.parentKey}, ${domain.parentAttr}) and ${domain.table}(${domain.parentKey}, ${domain.childKey}) with one row per item.`,
      };
    case '2NF':
      return {
        columns: [domain.parentKey, domain.childKey, domain.linkAttr, domain.childAttr],
        key: `(${domain.parentKey}, ${domain.childKey})`,
        facts: [`${domain.linkAttr} depends on the whole key.`, `${domain.childAttr} is determined by ${domain.childKey} alone.`],
        reason: `${domain.childAttr} depends on ${domain.childKey}, only part of the composite key: a partial dependency. It repeats on every row that mentions the same ${domain.childKey}, so an edit must touch many rows.`,
        decomposition: `${domain.table}(${domain.parentKey}, ${domain.childKey}, ${domain.linkAttr}) and ${domain.childKey.replace(/_id$/, '')}(${domain.childKey}, ${domain.childAttr}).`,
      };
    case '3NF':
      return {
        columns: [domain.parentKey, domain.parentAttr, domain.via, domain.viaAttr],
        key: domain.parentKey,
        facts: [`${domain.parentAttr} and ${domain.via} are determined by ${domain.parentKey}.`, `${domain.viaAttr} is determined by ${domain.via}.`],
        reason: `${domain.viaAttr} depends on ${domain.via}, a non-key column, which depends on the key: a transitive dependency. The key is a single column, so there can be no partial dependency and the table is in 2NF.`,
        decomposition: `${parentTable}(${domain.parentKey}, ${domain.parentAttr}, ${domain.via}) and ${domain.via.replace(/_id$/, '')}(${domain.via}, ${domain.viaAttr}).`,
      };
    default:
      return assertNever(violation, 'violation');
  }
}

const HINTS: Readonly<Record<Violation, Readonly<Record<Violation, string>>>> = {
  '1NF': { '1NF': '', '2NF': 'Check 1NF first: a column holding a list is a repeating group, which already breaks 1NF.', '3NF': 'Check 1NF first: a column holding a list is a repeating group, which already breaks 1NF.' },
  '2NF': { '1NF': 'Every column here holds one value, so 1NF holds.', '2NF': '', '3NF': 'A non-key column that depends on part of a composite key is a partial dependency, the 2NF rule; 3NF is about non-key columns depending on other non-key columns.' },
  '3NF': { '1NF': 'Every column here holds one value, so 1NF holds.', '2NF': 'A table whose key is a single column cannot have a partial dependency, so it is in 2NF.', '3NF': '' },
};

export const normalForm = defineGenerator({
  id: 'normal-form',
  topic: 'databases',
  title: 'Which normal form a table breaks',
  build(rng) {
    const domain = rng.pick(DOMAINS);
    const violation: Violation = rng.pick(['1NF', '2NF', '3NF'] as const);
    const shape = shapeFor(domain, violation);
    const columns = [...shape.columns];
    const prompt = [
      `Table \`${domain.table}\`(${columns.join(', ')}), primary key ${shape.key}.`,
      '',
      ...shape.facts.map((fact) => `- ${fact}`),
      '',
      'What is the lowest normal form this table violates (1NF, 2NF or 3NF)? Say how you would split it.',
    ].join('\n');
    const explanation = [
      shape.reason,
      `Split it into ${shape.decomposition}`,
      'Normalising removes redundancy and update anomalies and keeps writes cheap and consistent; it does not make reads faster (reads need more joins), which is why analytical models often denormalise on purpose.',
      'Source: W. Kent, "A Simple Guide to Five Normal Forms in Relational Database Theory" (CACM, 1983): 1NF forbids repeating groups, 2NF forbids a non-key fact about part of a composite key, 3NF a non-key fact about another non-key column.',
    ].join(' ');
    return {
      prompt,
      solution: `${violation}: ${shape.reason.split('.')[0] ?? ''}. Split into ${shape.decomposition}`,
      explanation,
      key: choice(violation),
      mistakes: (['1NF', '2NF', '3NF'] as const).filter((other) => other !== violation).map((other) => ({ key: choice(other), hint: HINTS[violation][other] })),
    };
  },
});
