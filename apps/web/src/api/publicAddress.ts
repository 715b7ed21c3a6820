import { computed, shallowRef, type ComputedRef } from 'vue';
import { isLoopbackHost, type PublicAddress } from '@kindred/session';
import { http } from './http';

export interface PublicAddressState {
  /** The origin every link and QR code is built on: PUBLIC_URL, else the address this browser used. */
  origin: ComputedRef<string>;
  /** Set when phones would be sent to localhost: a LAN address this laptop could open instead (or null if none is known). */
  loopback: ComputedRef<{ lanUrl: string | null } | null>;
}

// One fetch per page load; until it answers, links use this browser's own address.
const address = shallowRef<PublicAddress | null>(null);
let loading: Promise<void> | null = null;

function load(): void {
  loading ??= http
    .get<PublicAddress>('/api/config')
    .then((value) => {
      address.value = value;
    })
    .catch(() => {
      loading = null; // offline at load: try again next time a screen asks
    });
}

/** The address phones use, as the server and this browser know it. */
export function usePublicAddress(location: Pick<Location, 'origin' | 'hostname'> = window.location): PublicAddressState {
  load();
  const origin = computed(() => address.value?.publicUrl ?? location.origin);
  const loopback = computed(() => {
    if (address.value?.publicUrl || !isLoopbackHost(location.hostname)) return null;
    return { lanUrl: address.value?.lanUrls[0] ?? null };
  });
  return { origin, loopback };
}

/** For tests: forget what the server said. */
export function resetPublicAddress(value: PublicAddress | null = null): void {
  address.value = value;
  loading = value ? Promise.resolve() : null;
}
