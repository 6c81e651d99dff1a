/**
 * Discord-style snowflake ids for the fake server.
 *
 * Layout (as Discord): 42 bits of milliseconds since the Discord epoch,
 * 5 bits worker, 5 bits process, 12 bits increment. Ids minted today are
 * 19 digits long; ids for dates between 2016 and 2022 are 18 digits.
 */

export const DISCORD_EPOCH_MS = 1_420_070_400_000;
const EPOCH = BigInt(DISCORD_EPOCH_MS);

export class SnowflakeGenerator {
  private lastMs = 0;
  private increment = 0;

  constructor(
    private readonly workerId = 1,
    private readonly processId = 0,
  ) {}

  /** A new id, strictly increasing for this generator. */
  next(atMs: number = Date.now()): string {
    let ms = Math.max(Math.floor(atMs), this.lastMs);
    if (ms === this.lastMs) {
      this.increment += 1;
      if (this.increment > 0xfff) {
        ms += 1;
        this.increment = 0;
      }
    } else {
      this.increment = 0;
    }
    this.lastMs = ms;
    const id =
      ((BigInt(ms) - EPOCH) << 22n) |
      (BigInt(this.workerId & 0x1f) << 17n) |
      (BigInt(this.processId & 0x1f) << 12n) |
      BigInt(this.increment);
    return id.toString();
  }
}

const shared = new SnowflakeGenerator();

/** A new unique snowflake from the module-wide generator. */
export function snowflake(atMs?: number): string {
  return shared.next(atMs);
}
