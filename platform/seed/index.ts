// The reference platform's seed: a fictional district hall (澄州市澜溪区政务服务中心) with its
// departments, service catalogue, themes, queue categories, windows, staff, and sample appointments
// and cases relative to a business date. Everything is typed by main/contract/catalogue.ts and
// checked by test/platform/seed.
export { hall, type Hall } from './hall.ts';
export { departmentList as departments, serviceItems, seedItems, themes, businessCategories, windows, staff, itemIdByKey, type SeedItem } from './data.ts';
export { sampleAppointments } from './appointments.ts';
export { sampleCases } from './cases.ts';
export { sampleFees, type SampleFee } from './fees.ts';
export { generateCatalogue, GENERATOR_CAPACITY, type GenerateOptions } from './generate.ts';
export { appointmentSchema, caseRecordSchema, caseStepSchema, type Appointment, type CaseRecord, type CaseStep } from './record-schemas.ts';
export { greenChannelRules } from './queue.ts';
export { seedPinOf, seedStaffCards } from './staff-credentials.ts';
