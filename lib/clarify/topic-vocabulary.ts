import type { ClarifyTopic } from '../content/clarify-topics';

/** A word or phrase that points at a topic, with how strongly (about 1 = a hint, 4 = decisive). */
export type TopicCue = { phrase: string; weight: number };

function cues(weight: number, list: string): TopicCue[] {
  return list
    .split(',')
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0)
    .map((phrase) => ({ phrase, weight }));
}

/**
 * How learners ask about each topic, written as plain words: the index stems them and folds
 * abbreviations (QPS, SLA, GDPR...) the same way it folds the questions. Case-specific words
 * come from the rubric's fact keywords instead. Keep cues generic to any data-platform case.
 */
export const TOPIC_VOCABULARY: Readonly<Record<ClarifyTopic, readonly TopicCue[]>> = {
  scope_reference: [
    ...cues(4, 'scope, in scope, out of scope, reference design, reference architecture, reference product, what are we building, what exactly are we building'),
    ...cues(3, 'reference, boundaries, boundary, similar to, modeled after, modelled on, model it on, based on, like amazon, functional requirements, business context, end to end, what problem, problem statement, what kind of platform, what type of platform, what sort of platform, exclude, excluded, included, marketplace, which parts'),
    ...cues(2.5, 'amazon, walmart, flipkart, shopify, ebay, alibaba, etsy, uber, netflix, spotify, airbnb, competitor, existing product'),
    ...cues(3, 'goal, goals, main goal, part of, part of this design, part of the design, part of scope, want me to focus, should i focus, want me to cover, should i cover, should i include, should we include, pipeline only, only the data'),
    ...cues(2, 'requirement, requirements, problem, objective, purpose, context, whole platform, entire platform, whole system, cover, covered, ecommerce, retailer, company, business, domain, product like, assumption, assume, solving, build, building, expectations'),
    ...cues(2, 'rather than, shopping site, storefront, site itself, analytics backend, can i assume'),
    ...cues(1.5, 'mobile app, website, microservices, before i start, backend, site'),
    ...cues(1, 'platform, design, include, what kind, which kind, type of'),
  ],
  oltp_vs_olap: [
    ...cues(4, 'oltp, olap, transactional or analytical, analytical or transactional, query pattern, query patterns, access pattern, access patterns, read heavy, write heavy, read write ratio, reads vs writes, reads or writes'),
    ...cues(3, 'transactional, analytical, analytics, analysis, ad hoc, adhoc, aggregation, aggregations, aggregate, kind of queries, type of queries, types of queries, what queries, workload, point lookup, lookups, slice and dice, drill down, acid, system of record, operational, operational or analytical, reads, writes, read, write'),
    ...cues(4, 'order processing, transaction processing, processing orders, real time order processing, reporting use cases, reporting use case'),
    ...cues(3, 'website backend, serving the website, doing analysis, trend analysis, serving live, live traffic, rather than serving, serve live'),
    ...cues(2, 'reporting, queries, query, querying, datawarehouse, lakehouse, olap cube, joins, scans, scan, transaction, transactions, analyze, app backend, serve the application, power the website, insert, updates'),
    ...cues(1, 'report, both'),
  ],
  consumers: [
    ...cues(4, 'consumer, consumers, consume, consuming, consumption, who uses, who will use, who is going to use, who are the users, end users, end user, stakeholder, stakeholders, audience, downstream, who needs, for whom, used by, users of the data, use the output, who reads, who looks at'),
    ...cues(3, 'analyst, analysts, data scientist, data scientists, dashboard, dashboards, business users, executives, leadership, bi, tableau, looker, power bi, superset, who, whom, used for, use the data, how is the data used, how will the data be used, downstream systems, data products, ml, ml models, recommendation, recommendations, personalization'),
    ...cues(5, 'who will be querying, who queries, who will query, who is querying, who will look, who will read, who will access the dashboards'),
    ...cues(3, 'department, departments, rely on, relies on, depend on, depends on, business units, business unit'),
    ...cues(2, 'report, reports, reporting, insight, insights, decision, decisions, team, teams, marketing, finance, operations team, customer facing, internal, external, partners, api, serve, output, outputs, benefit, audience, read the data, visualization, notebook, sql users'),
  ],
  scale_now: [
    ...cues(4, 'how much data, how much volume, data volume, volume, volumes, throughput, datasize, data size, how big, how large, order of magnitude, ingestion rate, event rate, size of the data, amount of data'),
    ...cues(3, 'traffic, how many, number of, per second, per day, per hour, per minute, rate, activeusers, records, rows, events, messages, requests, scale, current scale, currently, right now, at the moment, magnitude, footprint, amount, size, big, large, gb a day'),
    ...cues(2, 'each day, every day, a day, daily, today, load, ingest, ingested, ingestion, million, billion, thousand, count, counts, current, dataset, users, visitors, sessions, orders per, clicks, writes, qps, storage needed, how much storage, at present, existing volume'),
    ...cues(1, 'data, total, average, typical, estimate, estimates, numbers, figures, stats, statistics'),
  ],
  scale_growth: [
    ...cues(4.5, 'growth, grow, growing, grows, how fast is it growing, growth rate, spiky, spikiness, holiday, holidays, compared to a normal day, normal day, vs a normal day, volume change, volume changes, traffic change, load change, change around, changes around'),
    ...cues(4, ' peak, peaks, spike, spikes, burst, bursts, seasonality, seasonal, season, black friday, cyber monday, big billion day, holiday season, sale day, sale days, forecast, projected, projection, anticipated scale, expected growth, future scale, next year, in a year, in six months, year over year, 10x, double, doubling, triple, scale up'),
    ...cues(3, 'future, upcoming, anticipate, anticipated, increase, increasing, increases, trend, trends, over time, scalability, scalable, holiday, holidays, sale, sales event, festive, festival, promotion, promotions, campaign, campaigns, flash sale, fluctuate, fluctuation, variation, vary, varies, diurnal, worst case, max, maximum, highest, busiest, busy, rush, surge, surges, expansion, expand, long run, coming months, coming years, months, years ahead'),
    ...cues(2, 'expect, expected, plan for, headroom, handle, capacity, steady, evenly, uniform, predictable, later, eventually, months, year, yearly, launch, new markets, new regions, more users, more data'),
  ],
  existing_systems: [
    ...cues(4, 'existing, already exists, already have, already in place, existing systems, existing infrastructure, current system, current systems, current stack, tech stack, technology stack, legacy, migrate, migration, migrating, integrate, integration, integrating, greenfield, brownfield, from scratch, in place today, where does the data come from, where is the data coming from, come from, comes from, coming from'),
    ...cues(3, 'which databases, operational data, hold the data, where is the data stored, stored today, source databases, source database, already, stack, infrastructure, infra, cloud, aws, gcp, azure, onprem, vendor, vendors, source system, source systems, sources, upstream, data sources,  replace, replacing, reuse, re use, currently use, currently using, use today, tools, tooling, technologies, technology, platform today, constraints on technology, preferred technology, standard'),
    ...cues(2, 'kafka, spark, snowflake, redshift, bigquery, databricks, postgres, postgresql, mysql, oracle, mongodb, cassandra, hadoop, hive, airflow, kinesis, pubsub, s3, gcs, adls, database, databases, datalake, etl jobs, pipelines, jobs, cdc, erp, crm, salesforce, sap, monolith, microservices, services, team skills, skills, budget, license, licensing, build on, work with, compatible, coexist, source, sourced'),
    ...cues(3, 'systems generate, generate the data, generates the data, produces the data, produce the data, producers, producer, current solution, current analytics, current setup, current process, not working, pain points, pain point'),
    ...cues(2, 'systems, system, solution, setup, current'),
    ...cues(1.5, 'today'),
  ],
  priority_feature: [
    ...cues(4, 'priority, priorities, prioritize, most important, most critical, most valuable, mvp, start with, where to start, where should i start, first feature, first use case, must have, must haves, nice to have, phase one, phase 1, first phase, v1, first version, first release, top priority, north star, matters most, only one thing, one thing, first thing, only build, single most, only have time, most urgent'),
    ...cues(3, 'important, importance, feature, features, first, focus, focus on, primary, main use case, primary use case, key metric, key metrics, kpi, kpis, metric, metrics, most, critical feature, main goal, biggest, value, valuable, deliver first, quick win, quick wins, milestone, milestones, initial, initially, core feature, core'),
    ...cues(2, 'start, key, main, top, begin, begin with, deliverable, deliverables, success, success criteria, outcome, ship, roadmap, order of, sequence'),
  ],
  entities: [
    ...cues(4, 'entity, entities, business objects, business object, data model, data modeling, domain model, erd, main objects, main tables, core objects, core tables, key objects, nouns, objects, dimensions and facts, fact tables, dimension tables, relationships between'),
    ...cues(3, 'object, model, modeling, tables, table, dimension, dimensions, fact table, relationships, relationship, domain, concepts, things we track, what do we track, star schema, snowflake schema, cardinality, one to many, many to many'),
    ...cues(2, 'track, tracked, main, include, involved, which data, what data, key, kinds of data, types of data, categories'),
  ],
  latency_sla: [
    ...cues(4, 'latency, sla, freshness, fresh, realtime, near realtime, stale, staleness, delay, delays, lag, how quickly, how soon, how recent, how current, up to date, response time, percentile, refresh, refreshed, refresh rate, refresh frequency, update frequency, end to end latency, by what time, deadline, turnaround'),
    ...cues(4, 'a day old, day old, days old, hours old, hour old, minutes old, how old, late, late arriving, late data, out of order, arrive late, arrives late'),
    ...cues(3, 'how fast, streaming, stream, batch, batch or streaming, streaming or batch, micro batch, hourly, every hour, every minute, minutes, seconds, millisecond, milliseconds, quickly, fast, soon, timely, recent, recency, how often, frequency, updated, immediately, instantly, instant, within, delivered by, ready by, morning, 9 am, available by, visible, sub second, interactive, speed, slow'),
    ...cues(3, 'yesterday, previous day, prior day'),
    ...cues(2, 'when do, when will, when should, acceptable, is it ok, time, timing, often, wait, waiting, cadence, schedule, scheduled, nightly, live, current data, second, minute, hour, speed up, performance, respond'),
  ],
  availability: [
    ...cues(4, 'uptime, downtime, fault tolerant, fault tolerance, fault, outage, outages, disaster, disasterrecovery, rto, rpo, failover, fail over, resilience, resilient, reliability, reliable, redundancy, redundant, go down, goes down, is down, tier 1, tier one, criticality, mission critical, data loss, lose data, losing data, what happens if, what if, nines, three nines, four nines'),
    ...cues(3, 'being down, down for, impact of, business impact, impact if, fail, fails, failure, failures, failing, recovery, recover, recovered, backup, backups, replication, replicas, replica, multi region, multi az, cross region, region goes down, crash, crashes, tier, critical, tolerate, tolerance, tolerant, retry, retries, exactly once, at least once, delivery guarantee, guarantees, durability, durable, broken, incident, incidents, on call, degrade, degraded, graceful, percent, node dies, restart, self healing'),
    ...cues(2, 'down, lose, lost, loss, duplicate, duplicates, consistency, available, always on, 24 7, zone, availability zone, region, regions, pipeline criticality, errors, error, problems, alerting, monitoring'),
  ],
  retention: [
    ...cues(4, 'retention, retain, retained, archive, archived, archiving, purge, purged, purging, ttl, cold storage, lifecycle, how long do we keep, how long should we keep, how long to keep, how long do we store, how long is data kept, how far back, look back, lookback, history, historical, historical data, old data, older data, how much history, how much historical data, keep forever, forever, expire, expiry, expiration, data lifecycle'),
    ...cues(4, 'how many years, how many months, for how long, keep raw, after processing, after they are processed, audits'),
    ...cues(3.5, 'keep, kept, keeping'),
    ...cues(3, ' delete, deleted, deletion, deleting, how long, years of data, months of data, days of data, backfill, backfills, reprocess, reprocessing, replay, cold, hot, warm, tiering, storage tier, glacier, audit trail, legal hold, past, past data, previous years, snapshot, snapshots, versioning, versions, time travel'),
    ...cues(2, 'store, stored, storing, storage, years, old, older, long term, save, saved, remove, removed, clean up, cleanup, rolling, window, period'),
  ],
  data_format: [
    ...cues(4, 'format, formats, schema, schemas, json, csv, parquet, avro, protobuf, orc, xml, structured, semi structured, unstructured, schema evolution, schema change, schema changes, schema drift, schema registry, data types, data type, file format, file formats, serialization, encoding, payload, payloads, message format, what does the data look like, shape of the data, data contract, data contracts'),
    ...cues(3, 'evolve, evolves, evolving, evolution, fields, field, columns, column, nested, files, file, type, types, text, images, logs, log, compression, compressed, look like, shape, quality, data quality, clean, messy, nulls, null, missing values, duplicates in the data, validation, well defined, consistent, batch files, dumps'),
    ...cues(2, 'raw, arrive, arrives, come in, comes in, delivered, delivery, change over time, changes, api, apis, events, event, records, record, source, sources, kind of data, type of data, what data, what kind, structure, changing, backwards compatible, compatibility, version'),
  ],
  pii_security: [
    ...cues(4, 'pii, personal data, personal information, personally, sensitive, sensitive data, privacy, private, gdpr, ccpa, hipaa, pci, sox, soc 2, lgpd, compliance, comply, compliant, regulation, regulations, regulatory, security, secure, securing, encrypt, encrypted, encryption, masking, mask, masked, anonymize, anonymized, anonymization, pseudonymize, tokenize, tokenization, access control, access controls, who can access, who can see, permissions, permission, rbac, data residency, residency, sovereignty, consent, right to be forgotten, confidential, credit card, credit cards, ssn, social security'),
    ...cues(3, 'personal, legal, audit, auditing, governance, authorization, authentication, authorize, roles, role based, least privilege, email, emails, phone, phone numbers, address, addresses, card, card data, payment data, health data, leak, leaks, breach, protect, protection, protected, restricted, restrict, identify, identifiable, identifying, customer information, customer data, hashing, hash, vault, keys, key management, kms, iam, policy, policies, rules, law, laws, certifications'),
    ...cues(4, 'legal requirements, legal requirement'),
    ...cues(2, 'user data, access, sensitive fields, names, birth, location data, minors, children, region restrictions, europe, eu, california, country, countries'),
  ],
};
