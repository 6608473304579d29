import { checkDrill } from '@/lib/drills/check-drill';
import { generatorsForTopic } from '@/lib/drills/registry';

/**
 * What the lesson's drill runner needs once the learner acts (types an answer, asks for another drill or
 * kind): the generators and the checker. Loaded lazily (drill-runner.tsx), so the lesson page ships
 * neither until then; its first drill is rendered on the server.
 */
export { checkDrill, generatorsForTopic };
