import type { Server } from 'socket.io';
import type { ClusterTransport } from '../sessions/cluster-channel';

/**
 * The cluster channel's messages ride on the socket.io Redis adapter's server-side
 * emits, which reach every other API process (never this one, nor any socket).
 */
export function socketIoClusterTransport(io: Server): ClusterTransport {
  return {
    emit: (event, ...args) => io.serverSideEmit(event, ...args),
    on: (event, listener) => io.on(event, listener),
  };
}
