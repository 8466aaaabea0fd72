// The only place SQL lives: the database, its migrations and the repositories over it.
export { openDatabase, schemaVersion, StoreError, type Db } from './database.ts';
export { MetaRepo } from './meta-repo.ts';
export { OutboxRepo, type OutboxCounts, type OutboxItem, type OutboxState } from './outbox-repo.ts';
export { keyFile, sealedBox, type SealedBox } from './sealed-box.ts';
export * from './catalogue-repo.ts';
export { OfflineCounterRepo } from './offline-counter-repo.ts';
export { QueueSetupRepo, queueSetupSchema, type CachedQueueSetup, type QueueSetupInput } from './queue-setup-repo.ts';
export { NoticesRepo } from './notices-repo.ts';
export { AdminGuardRepo, type AdminGuardState } from './admin-guard-repo.ts';
