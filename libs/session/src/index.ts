export * from './protocol';
export * from './engine';
export * from './client/command-outbox';
export * from './client/private-step';
export * from './client/console-view';
