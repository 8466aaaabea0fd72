// The queue engine of the reference platform (排队取号): see README.md.
export { QueueService } from './queue-service.ts';
export { type QueueOptions } from './queue-context.ts';
export * from './schemas.ts';
export * from './types.ts';
export { ticketStates, transitions, liveStates, unservedStates, type TicketState, type CounterAction } from './ticket-states.ts';
export { parseConfiguration, type ConfigIssue } from './configuration.ts';
export { HallQueues } from './hall-queues.ts';
