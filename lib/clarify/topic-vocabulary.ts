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
    ...cues(3, 'responsible for, are we responsible, responsibility, ingestion only, only or also, serving layer, which layers, layers, which components'),
    ...cues(3, 'internal tool, internal tools, ignore, can ignore, separate system, leave out, skip, handled elsewhere, handled separately, out of the picture'),
    ...cues(2.5, 'use cases, use case'),
    ...cues(3, 'what should the system do, what does the system do, user stories, non functional requirements, web app, mobile or web, web or mobile, need to support, should support, supported'),
    ...cues(4, 'scope, in scope, out of scope, reference design, reference architecture, reference product, what are we building, what exactly are we building'),
    ...cues(3, 'reference, boundaries, boundary, similar to, modeled after, modelled on, model it on, based on, like amazon, functional requirements, business context, end to end, what problem, problem statement, what kind of platform, what type of platform, what sort of platform, exclude, excluded, included, marketplace, which parts'),
    ...cues(2.5, 'amazon, walmart, flipkart, shopify, ebay, alibaba, etsy, uber, netflix, spotify, airbnb, competitor, existing product'),
    ...cues(3, 'goal, goals, main goal, part of, part of this design, part of the design, part of scope, want me to focus, should i focus, want me to cover, should i cover, should i include, should we include, pipeline only, only the data'),
    ...cues(2, 'requirement, requirements, problem, objective, purpose, context, whole platform, entire platform, whole system, cover, covered, ecommerce, retailer, company, business, domain, product like, assumption, assume, solving, build, building, expectations'),
    ...cues(2, 'rather than, shopping site, storefront, site itself, analytics backend, can i assume'),
    ...cues(3.5, 'whole shop, whole site, whole thing, whole company, just the analytics, only the analytics, analytics side, analytics part, cover both, should cover, solution cover, both sides'),
    ...cues(3.5, 'does it start, start at, starts at, stop at, stops at, end at, ends at, where does it start, where does it end, include the ingestion, include ingestion, raw zone, landing zone'),
    ...cues(1.5, 'mobile app, website, microservices, before i start, backend, site'),
    ...cues(1, 'platform, design, include, what kind, which kind, type of'),
    // Where our part stops, in a practitioner's words: what stays untouched, which side we are on, read-only or control.
    ...cues(4, 'off the table, on the table, ours to change, ours to build, ours to own, black box, read only, only read, only reading, write back, writes back, writing back, send back, sends back, sending back, anything back, setpoints, just observing, only observing, just observe, only observe, monitor only, driving the, drive the, control the, controlling the, untouched, stay as they are, stays as it is, stay as it is, left as is, next to them, next to it, beside them, beside it, alongside it, alongside them, issuing side, acquiring side, issuer side, acquirer side, which side, our side, reporting side, insight side, insights side, data side, analytical side, analytics layer, reporting layer, sit on, replacing anything, purely building, just building, only building, the issuer, the acquirer, are we the'),
    // Whether we replace what runs or sit beside it, watch the machines or also act on them: where our part stops.
    ...cues(4.5, 'are we replacing, we replacing, we replace, replace them, replace it, only watching, just watching, only watch, just watch, only monitoring, just monitoring, also adjust, also control, also change them, also act, adjust them, act on them, also write, also drive'),
  ],
  oltp_vs_olap: [
    // Whether the work sits on the live request path or runs after the fact on settled data.
    ...cues(4, 'inline, in line, auth path, hot path, request path, critical path, on the path, synchronous, synchronously, asynchronously, after the fact, settled data, offline on, offline scoring, batch scoring, in the flow'),
    ...cues(4, 'single row, single rows, single record, individual records, individual rows, by key, by id, primary key, full scan, full scans, large scans'),
    ...cues(3, 'fetch, fetches, lookup, scans'),
    ...cues(4, 'oltp, olap, transactional or analytical, analytical or transactional, query pattern, query patterns, access pattern, access patterns, read heavy, write heavy, read write ratio, reads vs writes, reads or writes'),
    ...cues(3, 'transactional, analytical, analytics, analysis, ad hoc, adhoc, aggregation, aggregations, aggregate, kind of queries, type of queries, types of queries, what queries, workload, point lookup, lookups, slice and dice, drill down, acid, system of record, operational, operational or analytical, reads, writes, read, write'),
    ...cues(4, 'order processing, transaction processing, processing orders, real time order processing, reporting use cases, reporting use case'),
    ...cues(3, 'website backend, serving the website, doing analysis, trend analysis, serving live, live traffic, rather than serving, serve live'),
    ...cues(4, 'reporting system, reporting platform, reporting tool, reporting database, back the checkout, power the checkout, run the checkout, checkout flow'),
    ...cues(2.5, 'checkout, checkouts'),
    ...cues(4, 'reporting or serving, serving or reporting, analytics or serving, serving the app, serve the app, serving the application, backing the app, power the app, powering the app, serving users, app reads, user facing reads'),
    ...cues(2, 'reporting, queries, query, querying, datawarehouse, lakehouse, olap cube, joins, scans, scan, transaction, transactions, analyze, app backend, serve the application, power the website, insert, updates'),
    ...cues(1, 'report, both'),
    // Asked indirectly: do the analysts and reports run on the operational database itself?
    ...cues(4, 'production database, production databases, production db, production postgres, production postgresql, production mysql, prod db, prod database, live database, app database, application database, operational database, operational databases, oltp database, transactional database, primary database, against production, off production, hitting production'),
  ],
  consumers: [
    ...cues(3, 'engineers, ml engineers, data engineers, product managers, product team, need access, needs access, who needs access, decisions, decision makers, business stakeholders, self serve, self service, internal or external, who benefits'),
    ...cues(4, 'consumer, consumers, consume, consuming, consumption, who uses, who will use, who is going to use, who are the users, end users, end user, stakeholder, stakeholders, audience, downstream, who needs, for whom, used by, users of the data, use the output, who reads, who looks at'),
    ...cues(3, 'analyst, analysts, data scientist, data scientists, dashboard, dashboards, business users, executives, leadership, bi, tableau, looker, power bi, superset, who, whom, used for, use the data, how is the data used, how will the data be used, downstream systems, data products, ml, ml models, recommendation, recommendations, personalization'),
    ...cues(5, 'who will be querying, who queries, who will query, who is querying, who will look, who will read, who will access the dashboards'),
    // Which people or roles open the output, in people's words.
    ...cues(4.5, 'which people, what people, which roles, what roles, which users, what users, who would open, who opens, who would look, who would use, who would read, who watches, who sees, who acts on, who picks up, people on the, during a shift, on shift'),
    // "Sales" in a report's name is not a sale day: the phrase keeps "sale" from pulling towards peaks.
    ...cues(1, 'sales dashboard, sales dashboards, sales report, sales reports, sales data, sales numbers, sales figures, sales team'),
    ...cues(3, 'department, departments, rely on, relies on, depend on, depends on, business units, business unit'),
    ...cues(2, 'report, reports, reporting, insight, insights, decision, decisions, team, teams, marketing, finance, operations team, customer facing, internal, external, partners, api, serve, output, outputs, benefit, audience, read the data, visualization, notebook, sql users'),
  ],
  scale_now: [
    // The baseline ("on a normal day") is today's volume; "vs a normal day" is the peak (scale_growth).
    ...cues(5, 'on a normal day, on a typical day, on an average day, on an ordinary day, typical day, average day, ordinary day'),
    ...cues(4.5, 'tps, transactions per second, auths per second, ping cadence, telemetry cadence, reporting cadence, sampling cadence, sensor cadence, cadence per sensor, cadence per device, how big is a sample, size of a reading, bytes per reading, size of a message'),
    ...cues(4, 'how much data, how much volume, data volume, volume, volumes, throughput, datasize, data size, how big, how large, order of magnitude, ingestion rate, event rate, size of the data, amount of data'),
    ...cues(3, 'traffic, how many, number of, per second, per day, per hour, per minute, rate, activeusers, records, rows, events, messages, requests, scale, current scale, currently, right now, at the moment, magnitude, footprint, amount, size, big, large, gb a day'),
    ...cues(2, 'each day, every day, a day, daily, today, load, ingest, ingested, ingestion, million, billion, thousand, count, counts, current, dataset, users, visitors, sessions, orders per, clicks, writes, qps, storage needed, how much storage, at present, existing volume'),
    ...cues(1, 'data, total, average, typical, estimate, estimates, numbers, figures, stats, statistics'),
    // How often each device or app reports sets the event rate: "the beacon interval", "the sampling rate".
    ...cues(4.5, 'ping interval, ping rate, ping frequency, pings per, beacon interval, beacon rate, beacon frequency, reporting interval, reporting frequency, report interval, sampling rate, sampling interval, sample rate, sampling frequency, send interval, sending interval, heartbeat interval, telemetry interval, location interval, location update interval, update interval of the app, emit rate'),
  ],
  scale_growth: [
    ...cues(4.5, 'fluctuate, fluctuates, fluctuation, fluctuations, variation, variations, vary, varies, weekdays, weekends, weekday, weekend, day of week, peak to average'),
    ...cues(4.5, 'increase, increasing, increases, increased'),
    // A count asked over a horizon is its growth: "will the number of machines change over the next two years".
    ...cues(5, 'over the next, next two years, next three years, next five years, next few years, next 12 months, next twelve months, next 18 months, coming year, in two years, in three years, in five years, years from now, a year from now, change much, change a lot, changes much, change over, grow over, will it grow, will that grow, will it change, will that change, will it increase'),
    ...cues(3, 'after launch, post launch, after we launch'),
    ...cues(3.5, 'flat, throughout the year, all year, all year round, year round, constant load, same all year'),
    ...cues(4, 'bursty, throughout the day, time of day, uneven, unevenly, peak hours, peak hour, busiest time, traffic pattern, traffic patterns, load pattern, load patterns, steady or'),
    ...cues(4.5, 'growth, grow, growing, grows, how fast is it growing, growth rate, spiky, spikiness, holiday, holidays, compared to a normal day, normal day, vs a normal day, volume change, volume changes, traffic change, load change, change around, changes around'),
    ...cues(4, ' peak, peaks, spike, spikes, burst, bursts, seasonality, seasonal, season, black friday, cyber monday, big billion day, holiday season, sale day, sale days, forecast, projected, projection, anticipated scale, expected growth, future scale, next year, in a year, in six months, year over year, 10x, double, doubling, triple, scale up, doubles, triples, doubled, tripled'),
    ...cues(3, 'future, upcoming, anticipate, anticipated, increase, increasing, increases, trend, trends, over time, scalability, scalable, holiday, holidays, sale, sales event, festive, festival, promotion, promotions, campaign, campaigns, flash sale, fluctuate, fluctuation, variation, vary, varies, diurnal, worst case, max, maximum, highest, busiest, busy, rush, surge, surges, expansion, expand, long run, coming months, coming years, months, years ahead'),
    ...cues(2, 'expect, expected, plan for, headroom, handle, capacity, steady, evenly, uniform, predictable, later, eventually, months, year, yearly, launch, new markets, new regions, more users, more data'),
  ],
  existing_systems: [
    ...cues(4, 'currently use, currently uses, do we use, does the team use, what do you use, what does the team use, what do we use'),
    // What people work with today, however they say it.
    ...cues(4.5, 'use today, using today, use at the moment, using at the moment, use right now, using right now, working with, lean on, leaning on, leans on, tooling, what tools, which tools, sitting between, sits between, in between today, core banking, processor, in place between'),
    ...cues(4, 'source of truth, sources of truth'),
    // Who owns or runs a system today: the teams a design must integrate with and ask to change, not its readers.
    ...cues(4.5, 'who owns, which team owns, what team owns, owns the, owned by, who maintains, maintains the, maintained by, who runs, run by, who operates, operated by, who manages, managed by, who looks after, looks after, look after the, sre team, another team, other team, ownership'),
    // The live system or a copy of it: a choice between what runs today.
    ...cues(3.5, 'or a copy, or some copy, or a replica, or an extract, or some extract, or a snapshot, against a copy, off a copy, off a replica, from a copy, some copy, some extract'),
    ...cues(3, 'originate, originates, origin, originating, where does the data live, currently stored, manual process, spreadsheets, excel, current workflow, get their data, get the data today, done today, how is it done'),
    ...cues(4, 'existing, already exists, already have, already in place, existing systems, existing infrastructure, current system, current systems, current stack, tech stack, technology stack, legacy, migrate, migration, migrating, integrate, integration, integrating, greenfield, brownfield, from scratch, in place today, where does the data come from, where is the data coming from, come from, comes from, coming from'),
    ...cues(3, 'which databases, operational data, hold the data, where is the data stored, stored today, source databases, source database, already, stack, infrastructure, infra, cloud, aws, gcp, azure, onprem, vendor, vendors, source system, source systems, sources, upstream, data sources,  replace, replacing, reuse, re use, currently use, currently using, use today, tools, tooling, technologies, technology, platform today, constraints on technology, preferred technology, standard'),
    ...cues(2, 'etl, kafka, spark, snowflake, redshift, bigquery, databricks, postgres, postgresql, mysql, oracle, mongodb, cassandra, hadoop, hive, airflow, kinesis, pubsub, s3, gcs, adls, database, databases, datalake, etl jobs, pipelines, jobs, cdc, erp, crm, salesforce, sap, monolith, microservices, services, team skills, skills, license, licensing, build on, work with, compatible, coexist, source, sourced'),
    ...cues(3, 'systems generate, generate the data, generates the data, produces the data, produce the data, producers, producer, current solution, current analytics, current setup, current process, not working, pain points, pain point'),
    ...cues(2, 'systems, system, solution, setup, current'),
    ...cues(1.5, 'today'),
  ],
  priority_feature: [
    ...cues(4, 'must be right, must get right, get right, non negotiable, nonnegotiable, the one, one report, one dashboard, for launch, at launch, launch blocker, day one, day 1'),
    ...cues(4, 'is most, are most, most pressing, painful, biggest problem, defer, deferred, later phase, postpone, postponed, descope, can wait, phase 2, phase two, later release, next phase'),
    ...cues(3, 'the most'),
    ...cues(4.5, 'biggest business question, key business question, most important question, single biggest, single most important'),
    // What someone would miss most, or wants by a near date, is what to build first.
    ...cues(6, 'miss most, miss the most, most missed'),
    ...cues(5, 'happiest, make them happy, end of the quarter, end of quarter, this quarter, next quarter, quarter end, single report, single dashboard, single metric, single feature, first win, biggest win'),
    ...cues(5, 'matters most, matter most, most important, most critical, most valuable, top priority, highest priority, care most, cares most, care about most'),
    ...cues(4, 'success, successful, what does success look like, define success, success metric, success metrics, definition of done, most value, highest value, key outcome, key outcomes, biggest pain'),
    ...cues(4, 'priority, priorities, prioritize, most important, most critical, most valuable, mvp, start with, where to start, where should i start, first feature, first use case, must have, must haves, nice to have, phase one, phase 1, first phase, v1, first version, first release, top priority, north star, matters most, only one thing, one thing, first thing, only build, single most, only have time, most urgent'),
    ...cues(3, 'important, importance, feature, features, first, focus, focus on, primary, main use case, primary use case, key metric, key metrics, kpi, kpis, metric, metrics, most, critical feature, main goal, biggest, value, valuable, deliver first, quick win, quick wins, milestone, milestones, initial, initially, core feature, core'),
    ...cues(2, 'start, key, main, top, begin, begin with, deliverable, deliverables, success, success criteria, outcome, ship, roadmap, order of, sequence'),
  ],
  entities: [
    ...cues(3, 'capture, captured, attributes, attribute, properties, information about, what information, about each, each order, each customer, each user, each event'),
    ...cues(3, 'kinds of records, types of records, record types, event types, types of events, what events, which events, what objects, business entities, what tables, which tables'),
    ...cues(4, 'entity, entities, business objects, business object, data model, data modeling, domain model, erd, main objects, main tables, core objects, core tables, key objects, nouns, objects, dimensions and facts, fact tables, dimension tables, relationships between'),
    // How things relate is the data model, whatever the things are called in a case.
    ...cues(5, 'relationships between, relationship between'),
    ...cues(4, 'relate to, relate to each other, how do they relate, related to each other, belongs to, belong to, has many, have many, have multiple, has multiple, one to one, many to one'),
    ...cues(3, 'object, model, modeling, tables, table, dimension, dimensions, fact table, relationships, relationship, domain, concepts, things we track, what do we track, star schema, snowflake schema, cardinality, one to many, many to many'),
    ...cues(2, 'track, tracked, main, include, involved, which data, what data, key, kinds of data, types of data, categories'),
  ],
  latency_sla: [
    ...cues(5, 'sla, slas'),
    // A time budget: "how long do we have to answer", "how long until marketing can see it".
    ...cues(4.5, 'how long do we have, how long have we got, how long until, how long till, how long before we see, how long before they see, how long before it shows, time budget'),
    ...cues(3, 'gives up, give up, times out, time out, timeout, timeouts'),
    // The time a step may take inside a larger deadline ("the latency budget for the score"): not a money budget.
    ...cues(6, 'latency budget, latency budgets, millisecond budget, milliseconds budget'),
    ...cues(4.5, 't plus 1, d plus 1'),
    ...cues(3, 'arrival, data arrival, arrival time, next day, same day, next morning, end of day'),
    ...cues(4, 'latency, sla, freshness, fresh, realtime, near realtime, stale, staleness, delay, delays, lag, how quickly, how soon, how recent, how current, up to date, response time, percentile, refresh, refreshed, refresh rate, refresh frequency, update frequency, end to end latency, by what time, deadline, turnaround'),
    ...cues(4, 'a day old, day old, days old, hours old, hour old, minutes old, how old, late, late arriving, late data, out of order, arrive late, arrives late'),
    ...cues(3, 'how fast, streaming, stream, batch, batch or streaming, streaming or batch, micro batch, hourly, every hour, every minute, minutes, seconds, millisecond, milliseconds, quickly, fast, soon, timely, recent, recency, how often, frequency, updated, immediately, instantly, instant, within, delivered by, ready by, morning, 9 am, available by, visible, sub second, interactive, speed, slow'),
    ...cues(3, 'yesterday, previous day, prior day'),
    // A confirming question with a number and a lag ("about 5 minutes is fine for the dashboard?").
    ...cues(4, 'recomputed, recompute, recomputes, recalculated, recalculate, recalculates, computed every, updated every, refreshed every, recomputed every'),
    ...cues(4.5, 'minutes is fine, minute is fine, minutes is ok, minutes is okay, minutes is acceptable, seconds is fine, hours is fine, minutes are fine, minutes of lag, minutes of delay, seconds of lag, minutes lag'),
    // Freshness asked through a moment or a lag ("numbers from last night", "how far behind").
    ...cues(4, 'last night, overnight, this morning, earlier today, far behind, how far behind, lag behind, falls behind, out of date, how stale, good enough, recent enough, fresh enough, current enough'),
    ...cues(2.5, 'behind, last hour, a few hours, few minutes'),
    // Minutes or hours ago is a lag; months or years ago is history (retention).
    ...cues(5, 'hour ago, hours ago, minute ago, minutes ago, seconds ago, day behind, days behind, hours behind, minutes behind, hour behind, behind by'),
    ...cues(2, 'when do, when will, when should, acceptable, is it ok, time, timing, often, wait, waiting, cadence, schedule, scheduled, nightly, live, current data, second, minute, hour, speed up, performance, respond'),
  ],
  availability: [
    // The allowance of failure an SLO leaves ("what error budget do we get?"): not a money budget.
    ...cues(6, 'error budget, error budgets'),
    ...cues(4, 'afford to lose, lose some, lose events, drop events, dropped events, lost events, event loss'),
    // An outage in a practitioner's words, and what it costs: the feed stalls, goes dark; how bad is that.
    ...cues(6, 'goes dark, go dark, went dark, goes quiet, stop working, stops working, feed stops, feeds stop, data stops, stalls, stalled, stall, live without, do without, cope without, manage without, survive without, how bad, how painful, how much pain, how much does it hurt, falls over, fall over, fell over, falling over, fall back, falls back, fallback, fail open, fail closed, fails open, fails closed, cannot be computed, can not be computed, degrade to, hurt the business, hurts the business, cost the business, costs the business, cost us, impact on the business'),
    ...cues(4.5, 'afford to drop, afford to miss, drop readings, dropped readings, lose readings, lost readings, buffer overflows, buffer overflow, overflows, ack, acks, acked, acknowledge, acknowledged, acknowledgement, resend, resends, resent, re send, retransmit, retransmits, send twice, sent twice, replay an, replays an'),
    // "What happens when..." names a scenario, not a topic: the scenario's own words decide (a region
    // going down, a deletion request, a schema change), so the opener alone only breaks ties.
    ...cues(1.5, 'what should happen, what happens when, should happen, what happens if, what if'),
    // Going down is unambiguous: it outweighs the occasion it happens on ("down during a sale").
    ...cues(5.5, 'go down, goes down, is down, going down, went down, goes offline, is offline'),
    // Who is on call for the system, and a view that stops: the availability need, in people's words. Who is
    // woken or paged depends on by what: a machine shaking wakes the alert's reader (consumers), a broken load its operator.
    ...cues(4.5, 'on call, oncall, pagerduty, falls over, fall over, fell over, stops updating, stop updating, stopped updating, stops working, stopped working, goes dark, goes blank'),
    ...cues(4, 'node crashes, crashes mid, mid run, partial failure, behave if, machine dies, worker dies, job dies'),
    ...cues(4, 'standby, hot standby, warm standby, another region, second region, secondary region, active active, active passive'),
    // How many cloud regions the system runs in ("one AWS region or active-active across two?"); by country it is residency (lib/text/data-residency).
    ...cues(4, 'one region, single region, two regions, in one region, across two regions, aws region, azure region, gcp region, cloud region, one aws region, single aws region'),
    // Staying up all the time asked as a thing to pay for ("can we pay for it to be up around the clock?").
    ...cues(4.5, 'around the clock, round the clock, up around, up all the time, up all night, always available, always be up, be up 24'),
    ...cues(4, 'stay up, stays up, staying up, zero downtime, deployments, deployment, maintenance window, rolling upgrade, rolling upgrades, keep running, always up'),
    ...cues(4, 'eventual consistency, eventually consistent, strong consistency, strongly consistent, consistency model, consistency requirements, consistency guarantees, cap theorem, partition tolerance'),
    ...cues(4, 'uptime, downtime, fault tolerant, fault tolerance, fault, outage, outages, disaster, disasterrecovery, rto, rpo, failover, fail over, resilience, resilient, reliability, reliable, redundancy, redundant, tier 1, tier one, criticality, mission critical, data loss, lose data, losing data, nines, three nines, four nines'),
    ...cues(3, 'being down, down for, impact of, business impact, impact if, fail, fails, failure, failures, failing, recovery, recover, recovered, backup, backups, replication, replicas, replica, multi region, multi az, cross region, region goes down, crash, crashes, tier, critical, tolerate, tolerance, tolerant, retry, retries, exactly once, at least once, delivery guarantee, guarantees, durability, durable, broken, incident, incidents, on call, degrade, degraded, graceful, percent, node dies, restart, self healing'),
    // The same record counted or written twice (a re-run, a resend): whether a load is idempotent.
    ...cues(4, 'double count, double counts, double counted, double counting, counted twice, loaded twice, loads twice, load twice, processed twice, posted twice, booked twice, applied twice, written twice, idempotent, idempotency, rerun, reruns, re run, re runs, re running, rerunning'),
    ...cues(2, 'down, lose, lost, loss, duplicate, duplicates, consistency, available, always on, 24 7, zone, availability zone, region, regions, pipeline criticality, errors, error, problems, alerting, monitoring'),
  ],
  retention: [
    ...cues(4, 'ago, months ago, years ago, days ago, weeks ago'),
    ...cues(4, 'indefinitely, permanently, keep for, store for, data lifetime, legal retention, retention period, retention requirements'),
    ...cues(4, 'retention, retain, retained, archive, archived, archiving, purge, purged, purging, ttl, cold storage, lifecycle, how long do we keep, how long should we keep, how long to keep, how long do we store, how long is data kept, how far back, look back, lookback, history, historical, historical data, old data, older data, how much history, how much historical data, keep forever, forever, expire, expiry, expiration, data lifecycle'),
    ...cues(4, 'how many years, how many months, for how long, keep raw, after processing, after they are processed, audits'),
    // How long full detail is kept before a summary replaces it (downsampling, roll-ups).
    ...cues(4.5, 'full detail, raw detail, per second detail, per minute detail, granularity, full granularity, full resolution, before a summary, summary is enough, summaries are enough, summary will do, summarised, summarized, downsample, downsampled, downsampling, roll up, rolled up, rollup, rollups, compacted, compaction'),
    ...cues(3.5, 'keep, kept, keeping'),
    ...cues(3, ' delete, deleted, deletion, deleting, how long, years of data, months of data, days of data, backfill, backfills, reprocess, reprocessing, replay, cold, hot, warm, tiering, storage tier, glacier, audit trail, legal hold, past, past data, previous years, snapshot, snapshots, versioning, versions, time travel'),
    ...cues(2, 'store, stored, storing, storage, years, old, older, long term, save, saved, remove, removed, clean up, cleanup, rolling, window, period'),
  ],
  data_format: [
    ...cues(3, 'without notice, without warning, unannounced, standards'),
    // Which standard messages follow and how sites bend it: the format. ("Customise" stems like "customer", so it cannot be a cue.)
    ...cues(4.5, 'message standard, message standards, messaging standard, messaging standards, data standard, data standards, standard format, custom fields, custom segments, local variants, site specific, dialect, dialects, variant, variants, flavour, flavours, flavor, flavors, specification, specifications, spec'),
    // What a record carries and how it is laid out: its own clock, the file layout.
    ...cues(4.5, 'own clock, device clock, sensor clock, machine clock, own timestamp, source timestamp, device timestamp, sensor timestamp, event timestamp, stamp them, stamped, layout, record layout, file layout, pipe delimited, delimited, fixed length, field layout, wire format, message structure'),
    // Whether a record is ever changed once written: append-only events or rows updated in place (the record's shape over time).
    ...cues(4.5, 'append only, appends only, insert only, immutable events, immutable records, never update, never updated, never updates, never modified, never changed, never change, never changes, changed once written, only appended, new ones added, only new ones, update one, updated later, get updated, gets updated, amended later, edited after, edited later, can be edited, gets edited, get edited'),
    ...cues(4, 'rename, renamed, renames, renaming, rename fields, remove fields, drop fields, removed fields, fields change, field renames'),
    ...cues(4, 'new fields, add fields, added fields, add new fields, fields added, field changes, column changes, breaking changes, new columns'),
    ...cues(4, 'format, formats, schema, schemas, json, csv, parquet, avro, protobuf, orc, xml, structured, semi structured, unstructured, schema evolution, schema change, schema changes, schema drift, schema registry, data types, data type, file format, file formats, serialization, encoding, payload, payloads, message format, what does the data look like, shape of the data, data contract, data contracts'),
    ...cues(3, 'evolve, evolves, evolving, evolution, fields, field, columns, column, nested, files, file, type, types, text, images, logs, log, compression, compressed, look like, shape, quality, data quality, clean, messy, nulls, null, missing values, duplicates in the data, validation, well defined, consistent, batch files, dumps'),
    ...cues(2, 'raw, arrive, arrives, come in, comes in, delivered, delivery, change over time, changes, api, apis, events, event, records, record, source, sources, kind of data, type of data, what data, what kind, structure, changing, backwards compatible, compatibility, version'),
  ],
  pii_security: [
    ...cues(4, 'have access, should have access, who should have access, allowed to access, allowed to see, access to which'),
    ...cues(5, 'audit log, audit logs, access log, access logs'),
    // Whose data crosses which border: a nationality or a country next to data asks about residency.
    ...cues(4, 'cross border, across borders, another country, other countries, different country, outside the eu, outside europe, outside the country, leave the country, leave the eu, abroad, overseas, offshore'),
    ...cues(3, 'irish, german, french, british, american, european, canadian, indian, brazilian, australian, spanish, italian, dutch, swiss, polish, mexican, japanese, chinese, ireland, germany, france, britain, england, canada, india, brazil, australia, spain, italy, netherlands, switzerland, poland, mexico, japan, china'),
    ...cues(4, 'pii, personal data, personal information, personally, sensitive, sensitive data, privacy, private, gdpr, ccpa, hipaa, pci, sox, soc 2, lgpd, compliance, comply, compliant, regulation, regulations, regulatory, security, secure, securing, encrypt, encrypted, encryption, masking, mask, masked, anonymize, anonymized, anonymization, pseudonymize, tokenize, tokenization, access control, access controls, who can access, who can see, permissions, permission, rbac, data residency, residency, sovereignty, consent, right to be forgotten, confidential, credit card, credit cards, ssn, social security'),
    ...cues(3, 'personal, legal, audit, auditing, governance, authorization, authentication, authorize, roles, role based, least privilege, email, emails, phone, phone numbers, address, addresses, card, card data, payment data, health data, leak, leaks, breach, protect, protection, protected, restricted, restrict, identify, identifiable, identifying, customer information, customer data, hashing, hash, vault, keys, key management, kms, iam, policy, policies, rules, law, laws, certifications'),
    ...cues(4, 'legal requirements, legal requirement'),
    ...cues(2, 'user data, access, sensitive fields, names, birth, location data, minors, children, region restrictions, europe, eu, california, country, countries'),
  ],
};

/**
 * Cues of questions no case fact answers: cost, the team, the interview itself. When these
 * outweigh every topic the interviewer says it did not understand instead of answering at random.
 */
export const OFF_TOPIC_VOCABULARY: readonly TopicCue[] = [
  ...cues(4, 'budget, budgets, cost, costs, costly, money, dollars, expensive, cheap, funding, headcount, hiring, hire, engineering team, team size, size of the team, how many engineers, engineers on the team, interview, this interview, whiteboard, diagram, draw, drawing, write code, writing code, coding, pseudocode, programming language, favourite, favorite, weather, salary, timeline for the project, time to market'),
  // Pricing and spend are also domain words (surge pricing, card spend): on their own they only lean off topic.
  ...cues(2.5, 'pricing, price, spend, spending'),
  ...cues(2, 'staffing, developers'),
  // The interview's own flow and the interviewer as a person: no case fact answers these.
  ...cues(5, 'who are you, your name, what time is it, time is it, questions for me, any questions for me, start designing, start the design, begin designing, begin the design, move on, next step, next question, can we proceed, shall we proceed, how am i doing, how long is this interview, how much time do i have, how much time is left, get started, shall we begin, shall we start'),
  // A catch-all request asks for everything and so for nothing in particular: the interviewer asks what the learner wants to know.
  ...cues(5, 'full requirements, all the requirements, all requirements, complete requirements, whole requirements, every requirement, all the details, all details, full picture, everything i need, everything we need'),
  ...cues(3, 'best practice, best practices'),
  // What the build may cost, however it is put: a bill, a cap, a budget for some part of it.
  ...cues(5, 'cloud bill, the bill, cloud spend, cloud costs, cloud cost, cost ceiling, cost cap, spending cap, spend cap, cap on the bill, cap on spend, budget for, budget do we have, what budget, infrastructure budget, monthly budget'),
  // How changes are tested before they ship: no case fact answers it.
  ...cues(5, 'integration test, integration tests, integration testing, unit test, unit tests, test environment, testing environment, staging environment, test pipeline changes, sandbox, qa environment'),
  // Small talk away from the case: a drink, a break, last night's game.
  ...cues(6, 'glass of water, cup of coffee, a coffee, coffee machine, cup of tea, the bathroom, a break, borrow a pen, who won, the game, the match last night'),
  // The interview's own logistics: the call and its camera or connection, when it ends, getting to the office, the job's terms.
  ...cues(6, 'my camera, camera off, camera on, my microphone, my mic, on mute, hear me, my connection, connection is weak, connection keeps dropping, another call, another meeting, a meeting at, got a meeting, next meeting, time do we finish, finish today, parking, take the train, by train, commute, this office, your office, the office, in the office, fully remote, hybrid or, role hybrid, this role, this job, the position, onsite round, next round'),
];

/**
 * A question word and the first telling word after it, a few words apart: "how many" then "users"
 * asks about volume, "how many" then "years" about retention. The nearest tail word decides, so
 * "how many orders per day" is volume. `topic: null` marks an off-topic reading ("how many engineers").
 */
export type NearCue = { heads: string; tails: string; topic: ClarifyTopic | null; weight: number; window?: number };

/** How many words after its head a tail may come, unless a cue says otherwise. */
export const NEAR_WINDOW = 5;

const QUANTITY_HEADS = 'how much, how many, number of, amount of, volume of, count of, total number';

export const NEAR_CUES: readonly NearCue[] = [
  {
    heads: QUANTITY_HEADS,
    tails:
      'data, storage, space, disk, volume, traffic, event, user, customer, visitor, session, request, query, transaction, message, row, record, order, view, pageview, click, page, file, datasize, throughput, write, read, load, ingest, call, product, item, sku, log, document, upload, video, photo, image, post, tweet, device, sensor, table, partition, server, node, machine, bandwidth, payload, batch, source, stream, topic, instance, qps, terabyte, gigabyte',
    topic: 'scale_now',
    weight: 4,
  },
  { heads: QUANTITY_HEADS, tails: 'day, week, month, year, history, historical', topic: 'retention', weight: 3 },
  { heads: QUANTITY_HEADS, tails: 'delay, lag, latency, staleness, second, minute', topic: 'latency_sla', weight: 3 },
  { heads: QUANTITY_HEADS, tails: 'nine, outage, downtime, loss, data loss, lost data, failure, failures', topic: 'availability', weight: 3 },
  { heads: QUANTITY_HEADS, tails: 'people, person, engineer, developer, time, money, budget, headcount', topic: null, weight: 4 },
  { heads: 'how fast, how quickly, how rapidly, how soon', tails: 'grow, increase, expand, scale, double, rise, ramp', topic: 'scale_growth', weight: 4 },
  {
    heads: 'how fast, how quickly, how soon',
    tails: 'available, visible, show, appear, arrive, update, refresh, process, reflect, see, ready, land, propagate, reach, query',
    topic: 'latency_sla',
    weight: 3,
  },
  // "How often do drivers ping?": how often a device reports is its event rate, not the data's freshness.
  { heads: 'how often, how frequently', tails: 'ping, pings, send, sends, report, reports, emit, emits, sample, samples, beacon, transmit, transmits, publish, publishes, upload, uploads', topic: 'scale_now', weight: 4.5 },
  // How long something is kept is retention however long the thing kept is named ("how long do the access logs of who opened which record need to be kept").
  { heads: 'how long', tails: 'keep, store, retain, kept, persist, around, hold, save, maintain, archive, need, stored, retained, held, saved, archived, stick, hang', topic: 'retention', weight: 5, window: 12 },
  { heads: 'how long', tails: 'take, wait, delay, process, run, appear, lag, land, arrive, see, visible, show, available, ready, reflect, answer, respond, reply, score, decide', topic: 'latency_sla', weight: 3 },
  { heads: 'how long', tails: 'down, outage, recover, tolerate, unavailable, offline, restore', topic: 'availability', weight: 3 },
  {
    heads: 'during, around, at, on, for, before',
    tails: 'sale, holiday, promotion, promotional, campaign, season, festive, festival, peak, spike, black friday, christmas, rush, busy, surge',
    topic: 'scale_growth',
    weight: 3,
  },
  // A record loaded or booked twice, however many words the record takes ("loads yesterday's orders twice"): idempotency.
  { heads: 'load, loads, loaded, loading, post, posts, posted, book, books, booked, count, counts, counted, insert, inserts, inserted, charge, charges, charged, apply, applies, applied', tails: 'twice', topic: 'availability', weight: 4 },
  { heads: 'query, queries, workload, workloads', tails: 'scan, fetch, aggregate, join, lookup, filter, touch, hit, update, insert', topic: 'oltp_vs_olap', weight: 3 },
  { heads: 'where', tails: 'come, originate, live, generate, produce, source, reside, sit', topic: 'existing_systems', weight: 3 },
  // How people get at the data today is the current stack, whoever they are ("how are analysts getting their data today").
  { heads: 'get, getting, gets, access, accessing, pull, pulling', tails: 'today, now, currently, moment, present', topic: 'existing_systems', weight: 4 },
  // How data travels today is the current stack, however far the moment comes ("how does the order data get to the analysts at the moment").
  { heads: 'get to, gets to, flow, flows, move, moves, reach, reaches, travel, travels, make it to, makes it to, end up, ends up', tails: 'today, now, currently, moment, present, these days, nowadays', topic: 'existing_systems', weight: 4.5, window: 8 },
  // An expected rise is growth, however many words the counted thing takes ("expect the number of users to increase").
  { heads: 'expect, expected, expecting, will, going to, see', tails: 'increase, grow, rise, double, triple, expand, multiply', topic: 'scale_growth', weight: 4.5, window: 8 },
  { heads: 'use, using, uses, work with, working with, lean on, rely on, relying on, run on, running on, pull, pulling, get, getting', tails: 'today, now, currently, moment, present, these days, nowadays', topic: 'existing_systems', weight: 4 },
  // How something is done today is the current setup: "are the analysts running their queries against production today", "how are the files delivered today".
  {
    heads: 'run, runs, running, query, querying, hitting, arrive, arrives, arriving, delivered, deliver, delivers, handled, handle, handles, reconcile, reconciles, reconciled, done, land, lands, landing, is there, are there',
    // Not "currently": it stems like "current", which sizes ("10x the current traffic").
    tails: 'today, moment, present, these days, nowadays, right now',
    topic: 'existing_systems',
    weight: 5,
    window: 8,
  },
  { heads: 'after, older than, beyond', tails: 'day, week, month, year', topic: 'retention', weight: 3 },
  // The retention of a kind of log is how long it is kept, not who may read it ("retention on the access logs?", "do the audit logs have their own retention period?").
  { heads: 'retention, retention period, retain, retained', tails: 'log, logs, audit trail, trail', topic: 'retention', weight: 5, window: 6 },
  { heads: 'audit log, audit logs, access log, access logs, audit trail', tails: 'retention, retain, retained, kept, keep, archive, archived, purge, purged', topic: 'retention', weight: 5, window: 10 },
  { heads: 'keep, store, retain, kept, stored, hold, save', tails: 'day, week, month, year, forever, long, indefinitely', topic: 'retention', weight: 3 },
];
