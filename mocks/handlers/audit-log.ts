/**
 * The audit trail of "reveal personal data" acts. A real intake API writes it to durable
 * storage; the mock keeps it in memory so tests and demos can check that a reveal was
 * recorded, by whom, for which report and when.
 */

export interface AuditEntry {
  auditId: string;
  action: 'reveal-narrative';
  /** The persona's token: the mock's notion of "who". */
  actor: string;
  reportId: string;
  /** ISO 8601, UTC. */
  at: string;
}

export interface AuditLog {
  record(entry: Omit<AuditEntry, 'auditId'>): AuditEntry;
  /** Every entry so far, oldest first (a copy). */
  entries(): AuditEntry[];
  clear(): void;
}

export function createAuditLog(): AuditLog {
  const log: AuditEntry[] = [];
  let sequence = 0;
  return {
    record(entry) {
      sequence += 1;
      const recorded: AuditEntry = {
        auditId: `audit-${String(sequence).padStart(6, '0')}`,
        ...entry,
      };
      log.push(recorded);
      return { ...recorded };
    },
    entries: () => log.map((e) => ({ ...e })),
    clear() {
      log.length = 0;
    },
  };
}
