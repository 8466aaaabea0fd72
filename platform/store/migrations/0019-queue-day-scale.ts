// 0019: the queue's reads that must not grow with the day's tickets (issue 16's soak: at 13,500
// tickets of one business day the counts took 20 ms, the board 12 ms, the recent service times 8 ms,
// each sorting or scanning every ticket of the business; the host's CPU per ticket cycle doubled).
// - queue_tickets_by_category gains finished_at: a business's latest finished tickets (the wait
//   estimate) come in index order, newest first, instead of all of them sorted;
// - queue_tickets_by_call: a business's latest call (the tiles' "last called") is the index's last entry;
// - queue_tickets_latest_call: the hall's latest calls (the call board), likewise.
// The counts read only the live states through queue_tickets_by_category (ticket-repo.ts counts).
export default `
DROP INDEX queue_tickets_by_category;
CREATE INDEX queue_tickets_by_category ON queue_tickets (hall_id, business_date, category_id, state, finished_at);
CREATE INDEX queue_tickets_by_call ON queue_tickets (hall_id, business_date, category_id, called_at);
CREATE INDEX queue_tickets_latest_call ON queue_tickets (hall_id, business_date, called_at);
`;
