// The baseline: a bare socket.io server (same version and options as Kindred's) that
// broadcasts a payload of the same size to every device when the controller asks.
import http from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT);
const server = http.createServer((req, res) => {
  res.writeHead(req.url === '/health' ? 200 : 404).end();
});
const io = new Server(server, {
  path: '/socket.io',
  serveClient: false,
  maxHttpBufferSize: 64 * 1024,
  pingInterval: 10_000,
  pingTimeout: 8_000,
});

let template = { seq: 0 };
io.on('connection', (socket) => {
  const role = socket.handshake.auth?.role;
  if (role === 'device') {
    // Diagnosis only: BENCH_BARE_CONNECT_BYTES=71000 sends each device about what Kindred sends a
    // phone at connect (its agenda), to see what that does to the broadcasts after it.
    const connectBytes = Number(process.env.BENCH_BARE_CONNECT_BYTES ?? 0);
    if (connectBytes > 0) socket.emit('connected', { filler: 'x'.repeat(connectBytes) });
    void socket.join('devices');
    return;
  }
  if (role !== 'controller') {
    socket.disconnect(true);
    return;
  }
  socket.on('template', (payload, ack) => {
    template = payload;
    ack?.({ ok: true });
  });
  // Like Kindred, build the object for this change and serialize it once for the room.
  socket.on('trigger', (seq, ack) => {
    template = { ...template, seq };
    io.to('devices').emit('broadcast', template);
    ack?.({ ok: true, seq });
  });
});

server.listen(port, '127.0.0.1', () => console.log(`bare socket.io listening on ${port}`));
process.on('SIGTERM', () => {
  io.close();
  server.close(() => process.exit(0));
});
