/** When this device last exchanged data with the server, kept across reloads. */
export class LastSync {
  constructor(
    private readonly key: string,
    private readonly storage: Storage = localStorage,
  ) {}

  get(): string | null {
    return this.storage.getItem(this.key);
  }

  mark(at = new Date()): string {
    const iso = at.toISOString();
    this.storage.setItem(this.key, iso);
    return iso;
  }
}
