import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Parses command-line flags; on a bad flag prints what is wrong and the usage, then exits 2
 * (a CLI never answers bad input with a stack trace).
 */
export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}

/** A TCP port from a flag, or exit 2 with a message that says what to pass. */
export function portFrom(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`${flag} must be a whole number from 1 to 65535, got "${value}".`);
    process.exit(2);
  }
  return port;
}
