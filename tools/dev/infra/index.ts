export { InfraError, isInfraError } from './errors';
export { assertPortFree, waitForHttp } from './ports';
export { startKafka, pauseKafka, resumeKafka, type KafkaHandle, type StartKafkaOptions } from './kafka';
export { startPostgres, type PostgresHandle, type StartPostgresOptions } from './postgres';
export { isProcessAlive, lastLines, readFileIfExists } from './process-files';
export { startSmtpServer, type SmtpHandle, type StartSmtpOptions } from './smtp';
