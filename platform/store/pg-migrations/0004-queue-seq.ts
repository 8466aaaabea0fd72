// PostgreSQL 0004: the queue's positions (queue_tickets.queue_seq) from a sequence. Under read
// committed two transactions reading MAX(queue_seq) + 1 at once would take the same position; a
// sequence gives each its own without making issues wait for each other (platform/queue/ticket-repo.ts,
// nextQueueSeq). SQLite keeps MAX + 1 (its write transactions are serial), so it has no twin: a
// sequence is not a table or an index, which is what test/platform/store/schema-parity.test.ts compares.
export default `
CREATE SEQUENCE queue_ticket_seq;
SELECT setval('queue_ticket_seq', COALESCE((SELECT MAX(queue_seq) FROM queue_tickets), 0) + 1, false);
`;
