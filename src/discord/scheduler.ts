/**
 * Answers are produced synchronously (search + render, a few ms each). A burst of questions handled in
 * one go would block the event loop for seconds: replies already sent could not have their responses
 * read, REST timeouts would fire on calls Discord had answered, and nothing could be deferred in time.
 * So answers are produced one per turn of the event loop, with network I/O and timers running between
 * turns; `backlogMs()` estimates how long new work waits for its turn. While deferrals are on their way,
 * each turn first lets the loop spin a few more times for them (never more, so answers cannot starve):
 * acknowledging within Discord's 3 s matters more than answering a little sooner.
 * One scheduler per bot, held by its context.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

const ACK_PRIORITY_SPINS = 8;

export class AnswerScheduler {
  private last: Promise<void> = Promise.resolve();
  private waiting = 0;
  private workMs = 5;
  private acking = 0;

  /** Track an acknowledgement on its way: turns yield to it. */
  acknowledging<T>(sent: Promise<T>): Promise<T> {
    this.acking++;
    return sent.finally(() => this.acking--);
  }

  /** Run `work` in its own turn of the event loop, after the work queued before it. */
  async inTurn<T>(work: () => T): Promise<T> {
    this.waiting++;
    const turn = this.last.then(async () => {
      let spins = 0;
      do await nextTurn();
      while (this.acking > 0 && spins++ < ACK_PRIORITY_SPINS);
    });
    this.last = turn;
    try {
      await turn;
    } finally {
      this.waiting--;
    }
    const started = performance.now();
    try {
      return work();
    } finally {
      this.workMs += 0.2 * (Math.min(1000, performance.now() - started) - this.workMs);
    }
  }

  /** How long new work would wait for its turn, estimated from the queue and recent work times. */
  backlogMs(): number {
    return this.waiting * this.workMs;
  }
}
