export { eventually } from './eventually';
export { KafkaProbe, type ProbedMessage } from './kafka-probe';
export { createTestDatabase, testInfrastructure, uniqueName, type TestInfrastructure } from './test-infrastructure';
