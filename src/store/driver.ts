import neo4j, { type Driver } from 'neo4j-driver';
import { DEFAULT_MAX_RETRY_SECONDS, type Config } from '../config.js';
import { describeStoreFailure } from './errors.js';
import { createGateway, type Gateway } from './gateway.js';

export type Neo4jConfig = Config['neo4j'];

/**
 * Opens a driver and checks that Neo4j answers with these credentials, so a wrong URI or password
 * fails here with one line instead of deep inside the first query.
 */
export async function openDriver(config: Neo4jConfig): Promise<Driver> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // Counts and offsets in this graph stay far below 2^53: plain numbers are simpler everywhere.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 20_000,
    // Managed transactions retry transient failures (a leader switch, a restart) this long; a
    // Neo4j that is down for good is then reported in one line.
    maxTransactionRetryTime: (config.maxRetrySeconds ?? DEFAULT_MAX_RETRY_SECONDS) * 1000,
    maxConnectionLifetime: 30 * 60_000,
  });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: config.database });
    return driver;
  } catch (error) {
    await driver.close();
    throw describeStoreFailure(error, config) ?? error;
  }
}

/** openDriver, with the gateway every read and write goes through; closing it closes the driver. */
export async function openGateway(config: Neo4jConfig): Promise<Gateway> {
  return createGateway(await openDriver(config), config);
}
