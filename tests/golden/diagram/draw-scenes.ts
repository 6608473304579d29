/**
 * Writes the golden diagram scenes: `npx tsx tests/golden/diagram/draw-scenes.ts`.
 * Each scene lands in tests/golden/diagram/scenes/<name>.excalidraw; the hand-given scores live in the
 * golden JSON files next to this script and were written before any engine graded these scenes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScene } from './draw-lib';
import type { SceneSpec } from './draw-lib';
import * as ecommerce from './scenes-ecommerce';
import * as iot from './scenes-iot';
import * as cards from './scenes-cards';
import * as rides from './scenes-rides';
import * as health from './scenes-health';
import * as holdoutR4 from './scenes-holdout-r4';
import * as holdoutR5 from './scenes-holdout-r5';
import * as holdoutR6 from './scenes-holdout-r6';
import * as holdoutR7 from './scenes-holdout-r7';
import * as holdoutR8 from './scenes-holdout-r8';
import * as holdoutR9 from './scenes-holdout-r9';
import * as holdoutR10 from './scenes-holdout-r10';

const SCENES: Record<string, SceneSpec> = {
  'ecom-strong-plain': ecommerce.ecomStrongPlain,
  'ecom-strong-palette': ecommerce.ecomStrongPalette,
  'ecom-strong-aws': ecommerce.ecomStrongAws,
  'ecom-strong-gcp': ecommerce.ecomStrongGcp,
  'ecom-strong-databricks': ecommerce.ecomStrongDatabricks,
  'ecom-unusual-kafka-frame': ecommerce.ecomKafkaFrame,
  'ecom-mediocre-batch-only': ecommerce.ecomMediocreBatchOnly,
  'ecom-mediocre-no-ops': ecommerce.ecomMediocreNoOps,
  'ecom-gamed-no-arrows': ecommerce.ecomGamedNoArrows,
  'ecom-gamed-reversed': ecommerce.ecomGamedReversed,
  'ecom-gamed-hairball': ecommerce.ecomGamedHairball,
  'ecom-gamed-relabelled': ecommerce.ecomGamedRelabelled,
  'ecom-gamed-keyword-box': ecommerce.ecomGamedKeywordBox,
  'ecom-unusual-marts-containers': ecommerce.ecomMartsContainers,
  'ecom-unusual-combined-labels': ecommerce.ecomCombinedLabels,
  'ecom-empty': ecommerce.ecomEmpty,
  'ecom-empty-unlabelled': ecommerce.ecomEmptyUnlabelled,
  'iot-strong-plain': iot.iotStrongPlain,
  'iot-strong-azure': iot.iotStrongAzure,
  'iot-strong-oss': iot.iotStrongOss,
  'iot-unusual-zones': iot.iotUnusualZones,
  'iot-mediocre-no-lake': iot.iotMediocreNoLake,
  'iot-mediocre-batch-alerts': iot.iotMediocreBatchAlerts,
  'iot-gamed-reversed': iot.iotGamedReversed,
  'iot-gamed-no-arrows': iot.iotGamedNoArrows,
  'iot-gamed-hairball': iot.iotGamedHairball,
  'card-strong-plain': cards.cardStrongPlain,
  'card-unusual-shapes-confluent': cards.cardUnusualShapesConfluent,
  'card-mediocre-no-fraud': cards.cardMediocreNoFraud,
  'card-mediocre-dash-on-ledger': cards.cardMediocreDashOnLedger,
  'card-gamed-relabelled': cards.cardGamedRelabelled,
  'card-gamed-keywords': cards.cardGamedKeywords,
  'card-strong-legacy-arrows': cards.cardStrongLegacyArrows,
  'card-empty': cards.cardEmpty,
  'ride-strong-gcp': rides.rideStrongGcp,
  'ride-strong-aws': rides.rideStrongAws,
  'ride-mediocre-no-live-state': rides.rideMediocreNoLiveState,
  'ride-mediocre-half-flows': rides.rideMediocreHalfFlows,
  'ride-gamed-hairball': rides.rideGamedHairball,
  'ride-gamed-no-arrows': rides.rideGamedNoArrows,
  'ride-unusual-palette-relabelled-right': rides.ridePaletteRelabelledRight,
  'health-strong-aws': health.healthStrongAws,
  'health-mediocre-nightly': health.healthMediocreNightly,
  'health-gamed-reversed': health.healthGamedReversed,
  'r4-health-unusual-gcp': holdoutR4.healthR4UnusualGcp,
  'r4-iot-gamed-legend': holdoutR4.iotR4GamedLegend,
  'r4-card-gamed-miswired': holdoutR4.cardR4GamedMiswired,
  'r4-ecom-unusual-pulsar': holdoutR4.ecomR4UnusualPulsar,
  'r4-ride-mediocre-stream-only': holdoutR4.rideR4MediocreStreamOnly,
  'r4-health-gamed-conga': holdoutR4.healthR4GamedConga,
  'r4-iot-unusual-aws': holdoutR4.iotR4UnusualAws,
  'r5-ecom-unusual-azure': holdoutR5.ecomR5UnusualAzure,
  'r5-ecom-gamed-office': holdoutR5.ecomR5GamedOffice,
  'r5-ride-unusual-kinesis': holdoutR5.rideR5UnusualKinesis,
  'r5-ride-gamed-wrong-order': holdoutR5.rideR5GamedWrongOrder,
  'r5-card-mediocre-no-lake': holdoutR5.cardR5MediocreNoLake,
  'r5-card-strong-palette': holdoutR5.cardR5StrongPalette,
  'r5-card-gamed-struck': holdoutR5.cardR5GamedStruck,
  'r5-health-gamed-frames-no-arrows': holdoutR5.healthR5GamedFramesNoArrows,
  'r5-health-mediocre-no-lake': holdoutR5.healthR5MediocreNoLake,
  'r5-iot-gamed-lines': holdoutR5.iotR5GamedLines,
  'r5-iot-unusual-clickhouse': holdoutR5.iotR5UnusualClickhouse,
  'r5-iot-empty-tbd': holdoutR5.iotR5EmptyTbd,
  'r6-ecom-strong-oss': holdoutR6.ecomR6StrongOss,
  'r6-ecom-gamed-hairball': holdoutR6.ecomR6GamedHairball,
  'r6-ecom-empty-todo': holdoutR6.ecomR6EmptyTodo,
  'r6-ride-unusual-pulsar': holdoutR6.rideR6UnusualPulsar,
  'r6-ride-gamed-reversed': holdoutR6.rideR6GamedReversed,
  'r6-card-strong-palette': holdoutR6.cardR6StrongPalette,
  'r6-card-gamed-people': holdoutR6.cardR6GamedPeople,
  'r6-card-gamed-no-arrows': holdoutR6.cardR6GamedNoArrows,
  'r6-card-mediocre-dash-on-ledger': holdoutR6.cardR6MediocreDashOnLedger,
  'r6-health-unusual-databricks': holdoutR6.healthR6UnusualDatabricks,
  'r6-health-gamed-keyword-box': holdoutR6.healthR6GamedKeywordBox,
  'r6-iot-strong-plain': holdoutR6.iotR6StrongPlain,
  'r6-iot-gamed-wrong-order': holdoutR6.iotR6GamedWrongOrder,
  'r6-iot-mediocre-alerts-only': holdoutR6.iotR6MediocreAlertsOnly,
  'r7-ecom-unusual-redpanda': holdoutR7.ecomR7UnusualRedpanda,
  'r7-ecom-gamed-one-box': holdoutR7.ecomR7GamedOneBox,
  'r7-ecom-mediocre-nightly': holdoutR7.ecomR7MediocreNightly,
  'r7-ride-strong-plain': holdoutR7.rideR7StrongPlain,
  'r7-ride-gamed-relabelled': holdoutR7.rideR7GamedRelabelled,
  'r7-ride-mediocre-warehouse-surge': holdoutR7.rideR7MediocreWarehouseSurge,
  'r7-card-unusual-azure': holdoutR7.cardR7UnusualAzure,
  'r7-card-gamed-no-arrows': holdoutR7.cardR7GamedNoArrows,
  'r7-card-gamed-struck': holdoutR7.cardR7GamedStruck,
  'r7-health-strong-plain': holdoutR7.healthR7StrongPlain,
  'r7-health-gamed-hairball': holdoutR7.healthR7GamedHairball,
  'r7-iot-unusual-aws': holdoutR7.iotR7UnusualAws,
  'r7-iot-gamed-wrong-order': holdoutR7.iotR7GamedWrongOrder,
  'r7-iot-empty-title': holdoutR7.iotR7EmptyTitle,
  'r8-ecom-strong-whiteboard': holdoutR8.ecomR8StrongWhiteboard,
  'r8-ecom-gamed-office': holdoutR8.ecomR8GamedOffice,
  'r8-ecom-mediocre-live-on-oltp': holdoutR8.ecomR8MediocreLiveOnOltp,
  'r8-ride-unusual-gcp': holdoutR8.rideR8UnusualGcp,
  'r8-ride-gamed-hub': holdoutR8.rideR8GamedHub,
  'r8-ride-mediocre-batch-surge': holdoutR8.rideR8MediocreBatchSurge,
  'r8-card-strong-logos': holdoutR8.cardR8StrongLogos,
  'r8-card-gamed-wrong-stores': holdoutR8.cardR8GamedWrongStores,
  'r8-card-unusual-redpanda': holdoutR8.cardR8UnusualRedpanda,
  'r8-health-strong-container': holdoutR8.healthR8StrongContainer,
  'r8-health-gamed-buzzwords': holdoutR8.healthR8GamedBuzzwords,
  'r8-health-mediocre-nightly': holdoutR8.healthR8MediocreNightly,
  'r8-iot-strong-whiteboard': holdoutR8.iotR8StrongWhiteboard,
  'r8-iot-gamed-bypass': holdoutR8.iotR8GamedBypass,
  'r8-iot-unusual-azure': holdoutR8.iotR8UnusualAzure,
  'r9-ecom-unusual-azure': holdoutR9.ecomR9UnusualAzure,
  'r9-ecom-gamed-frame-of-tools': holdoutR9.ecomR9GamedFrameOfTools,
  'r9-ecom-empty-black-box': holdoutR9.ecomR9EmptyBlackBox,
  'r9-ride-strong-kafka-frame': holdoutR9.rideR9StrongKafkaFrame,
  'r9-ride-gamed-not-needed': holdoutR9.rideR9GamedNotNeeded,
  'r9-card-gamed-scrambled': holdoutR9.cardR9GamedScrambled,
  'r9-card-strong-whiteboard': holdoutR9.cardR9StrongWhiteboard,
  'r9-health-mediocre-no-lake': holdoutR9.healthR9MediocreNoLake,
  'r9-health-unusual-gcp': holdoutR9.healthR9UnusualGcp,
  'r9-iot-gamed-wrong-case': holdoutR9.iotR9GamedWrongCase,
  'r9-iot-strong-logos': holdoutR9.iotR9StrongLogos,
  'r9-card-gamed-text-arrows': holdoutR9.cardR9GamedTextArrows,
  'r10-ecom-strong-plain': holdoutR10.ecomR10StrongPlain,
  'r10-ecom-gamed-reversed': holdoutR10.ecomR10GamedReversed,
  'r10-ecom-mediocre-nightly-only': holdoutR10.ecomR10MediocreNightlyOnly,
  'r10-ride-unusual-kinesis': holdoutR10.rideR10UnusualKinesis,
  'r10-ride-gamed-realtime-labels': holdoutR10.rideR10GamedRealtimeLabels,
  'r10-card-strong-zones': holdoutR10.cardR10StrongZones,
  'r10-card-mediocre-fraud-only': holdoutR10.cardR10MediocreFraudOnly,
  'r10-card-gamed-sources-to-bi': holdoutR10.cardR10GamedSourcesToBi,
  'r10-health-strong-zones': holdoutR10.healthR10StrongZones,
  'r10-health-gamed-relabelled': holdoutR10.healthR10GamedRelabelled,
  'r10-health-mediocre-nightly-census': holdoutR10.healthR10MediocreNightlyCensus,
  'r10-iot-unusual-clickhouse': holdoutR10.iotR10UnusualClickhouse,
  'r10-iot-gamed-alerts-from-archive': holdoutR10.iotR10GamedAlertsFromArchive,
  'r10-iot-empty-notes': holdoutR10.iotR10EmptyNotes,
};

const outDir = join(dirname(fileURLToPath(import.meta.url)), 'scenes');
mkdirSync(outDir, { recursive: true });
for (const [name, spec] of Object.entries(SCENES)) {
  writeFileSync(join(outDir, `${name}.excalidraw`), `${JSON.stringify(buildScene(spec), null, 1)}\n`);
}
console.log(`wrote ${Object.keys(SCENES).length} scenes to ${outDir}`);
