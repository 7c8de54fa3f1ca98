import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

const splitList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : value;

/** What every Jiyn service needs from its environment. Apps extend it with their own settings. */
export class ServiceEnvironment {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  @IsNotEmpty()
  HOST: string = '127.0.0.1';

  @IsInt()
  @Min(1)
  @Max(65535)
  PORT!: number;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Shared secret the gateway presents to services; services refuse any request without it. */
  @IsString()
  @MinLength(32, { message: 'INTERNAL_TOKEN must be at least 32 characters' })
  INTERNAL_TOKEN!: string;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** Just the database, for tools such as migrations. */
export class DatabaseEnvironment {
  @Matches(POSTGRES_URL, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;
}

/** A service that owns a PostgreSQL schema (the gateway's is its access schema). */
export class DatabaseServiceEnvironment extends ServiceEnvironment {
  @Matches(POSTGRES_URL, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE: number = 10;

  /**
   * Longest a statement may run, lock waits included, before PostgreSQL cancels it and the request
   * is answered 503 (0: no limit). Keep it below the gateway's 30 s wait for an answer.
   */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600_000)
  DATABASE_STATEMENT_TIMEOUT_MS: number = 5_000;

  /** Longest a request waits for a database connection from the pool before it is answered 503. */
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_CONNECT_TIMEOUT_MS: number = 5_000;
}

/** A service that owns a PostgreSQL schema and talks to Kafka. */
export class DataServiceEnvironment extends DatabaseServiceEnvironment {
  @Transform(splitList)
  @IsString({ each: true })
  @Matches(/^[^:\s]+:\d+$/, {
    each: true,
    message: 'KAFKA_BROKERS must be a comma-separated list of host:port',
  })
  KAFKA_BROKERS!: string[];

  /**
   * Prepended to every consumer group id, so several deployments (or test runs) can share one
   * Kafka cluster without taking each other's partitions.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]*$/)
  KAFKA_GROUP_PREFIX: string = '';

  /**
   * Where a consumer group with no committed offsets begins: `earliest` (production: a new
   * consumer reads all the topics still hold) or `latest` (the tests: a service booted for one
   * suite begins at the topics' ends as they are when it boots, instead of first working through
   * every earlier suite's events).
   */
  @IsOptional()
  @IsIn(['earliest', 'latest'])
  KAFKA_NEW_GROUP_START: 'earliest' | 'latest' = 'earliest';

  /** Polling fallback of the outbox relay when no NOTIFY arrives. */
  @IsInt()
  @Min(50)
  OUTBOX_POLL_INTERVAL_MS: number = 1000;

  /** How long published outbox rows are kept for replay. */
  @IsInt()
  @Min(1)
  OUTBOX_RETENTION_HOURS: number = 168;

  /** How long consumers remember the event ids they applied (redeliveries are skipped). */
  @IsInt()
  @Min(1)
  INBOX_RETENTION_HOURS: number = 720;
}
