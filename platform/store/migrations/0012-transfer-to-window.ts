// 0012 (numbered at merge): a ticket transferred to a named window (转移到指定窗口) waits reserved for
// it: only that window's callNext takes it (platform/queue/counter-actions.ts). Null: any window
// serving its category may call it.
export default `
ALTER TABLE queue_tickets ADD COLUMN reserved_for TEXT;
CREATE INDEX queue_tickets_reserved ON queue_tickets (reserved_for) WHERE reserved_for IS NOT NULL;
`;
