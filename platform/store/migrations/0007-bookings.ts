// 0007: appointments booked at a terminal (办事预约). The mobile number is kept masked (138****5678),
// as the ID number is kept as a keyed hash and its last 6 characters; the channel says where it was
// booked. Places of a half-day are counted per category, date and slot start.
export default `
ALTER TABLE queue_appointments ADD COLUMN phone_masked TEXT;
ALTER TABLE queue_appointments ADD COLUMN channel TEXT;
CREATE INDEX queue_appointments_by_slot ON queue_appointments (category_id, date, slot_from);
CREATE INDEX queue_appointments_by_holder ON queue_appointments (id_hash, category_id, date);
`;
