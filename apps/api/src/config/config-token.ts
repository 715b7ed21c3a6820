/** Nest injection token for the AppConfig (its own file, so providers of CoreModule can import it). */
export const AppConfigToken = Symbol('AppConfig');
