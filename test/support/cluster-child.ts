// A cluster of tiny HTTP servers run by platform/cluster.ts, for test/platform/cluster.test.ts: each
// worker answers its pid on the shared port and says when it closed. CLUSTER_FAIL=1: every worker
// fails to start (for the give-up rule). CLUSTER_PORT: the port (the primary prints it).
import { createServer } from 'node:http';
import cluster from 'node:cluster';
import { runCluster } from '../../platform/cluster.ts';

const port = Number(process.env['CLUSTER_PORT']);
await runCluster({
  processes: Number(process.env['CLUSTER_PROCESSES'] ?? 2),
  maxQuickDeaths: 4,
  restartDelayMs: 50,
  log: (line) => console.log(line),
  prepare: async () => console.log(`prepared in ${process.pid}`),
  serve: async () => {
    if (process.env['CLUSTER_FAIL']) throw new Error('no database');
    const server = createServer((_req, res) => res.end(String(process.pid)));
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return {
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => {
            console.log(`worker ${process.pid} closed`);
            resolve();
          });
        }),
    };
  },
});
if (cluster.isPrimary) console.log('primary running');
