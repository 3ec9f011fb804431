// One request of a kind in flight per view, one pending slot (the newest wins), replies matched by id: what the
// time series (`series`) and text log (`text_log`) views ask with. Pure (the transport and clock are injected).

export class Requester<T> {
  inFlight: { id: number; target: T; sentAt: number } | null = null;
  pending: T | null = null;
  sent = 0;

  constructor(
    private readonly send: (id: number, target: T) => void,
    private nextId = 1,
    private readonly now: () => number = () => Date.now(),
    /** an unanswered request is given up after this long (its late reply is dropped) */
    private readonly timeoutMs = 30_000,
  ) {}

  /** Ask for `target`: now when nothing is in flight, else it replaces the pending one. */
  request(target: T): void {
    if (this.inFlight && this.now() - this.inFlight.sentAt > this.timeoutMs) this.inFlight = null;
    if (this.inFlight) {
      this.pending = target;
      return;
    }
    this.pending = null;
    const id = this.nextId++;
    this.inFlight = { id, target, sentAt: this.now() };
    this.sent++;
    this.send(id, target);
  }

  /** The reply (or error) for `id` came: the target it answers when it is the one in flight (else null: a stale
   * reply, to drop). The pending request, if any, goes out now. */
  settle(id: unknown): T | null {
    const f = this.inFlight;
    if (!f || f.id !== id) return null;
    this.inFlight = null;
    const next = this.pending;
    this.pending = null;
    if (next !== null) this.request(next);
    return f.target;
  }

  /** Is a reply with this id one to look at (the one in flight)? */
  expects(id: unknown): boolean {
    return this.inFlight !== null && this.inFlight.id === id;
  }
}
