// Runs `npm start` as a user would, waits for it to listen, checks /health/ready and the
// web page, then stops it. Exits non-zero on any failure.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '3077';
const base = `http://127.0.0.1:${port}`;
const child = spawn('npm', ['start'], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let output = '';
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));

const stop = () => {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

async function waitForHealth(deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/health/ready`);
      if (res.ok) return res.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('npm start did not answer /health/ready within 180 s');
}

try {
  const health = await waitForHealth(Date.now() + 180_000);
  if (health.status !== 'ok' || health.database?.engine !== 'embedded') throw new Error(`unexpected /health/ready: ${JSON.stringify(health)}`);
  const page = await fetch(`${base}/join`);
  const html = await page.text();
  if (!page.ok || !html.includes('<div id="app"')) throw new Error(`/join did not serve the web app (status ${page.status})`);
  // It prints every address it answers on (LAN first, for phones), localhost last.
  if (!output.includes('Kindred is running. Open it at:') || !output.includes(`http://localhost:${port}`)) throw new Error('npm start did not print the addresses to open');
  console.log(`smoke: /health/ready ok (${JSON.stringify(health.database)}), web app served, address printed`);
} catch (error) {
  console.error(`smoke test failed: ${error.message}\n--- npm start output ---\n${output}`);
  stop();
  process.exit(1);
}
stop();
