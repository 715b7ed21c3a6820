import { defineAsyncComponent, type AsyncComponentLoader, type Component } from 'vue';
import PanelLoading from './PanelLoading.vue';

/**
 * A component whose chunk is fetched on demand (or was started earlier by calling the
 * same loader). If it is not there 150 ms after it was first needed, a small "Loading…"
 * stands in for it, so a slow network shows why a panel is missing.
 */
export function lazyPanel<T extends Component>(loader: AsyncComponentLoader<T>): T {
  return defineAsyncComponent({ loader, loadingComponent: PanelLoading, delay: 150 });
}
