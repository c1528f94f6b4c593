import "server-only";

type Task = { name: string; run: () => Promise<unknown> };

const state = globalThis as unknown as { clinicShutdown?: { started: boolean; tasks: Task[] } };
const shutdown = (state.clinicShutdown ??= { started: false, tasks: [] });

/** True from the moment the process was asked to stop (SIGTERM or SIGINT). */
export function isShuttingDown(): boolean {
  return shutdown.started;
}

/** Work to finish before the process exits, in the order registered (send what was claimed, then close connections). */
export function beforeExit(name: string, run: () => Promise<unknown>): void {
  shutdown.tasks.push({ name, run });
}

/**
 * Graceful stop. On SIGTERM or SIGINT, Next.js's server stops accepting connections, waits for
 * the requests in flight and their `after()` work, then calls process.exit. Work Next.js does
 * not know of (the periodic outbox drain, pooled connections) would be cut there, between an
 * email the relay accepted and the row that records it: the email would go out again. So once
 * a signal has arrived, process.exit first runs the beforeExit tasks, for at most `timeoutMs`.
 */
export function handleShutdownSignals({ timeoutMs, log }: { timeoutMs: number; log: (event: string, facts?: object) => void }): void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (shutdown.started) return;
    shutdown.started = true;
    log("server.stopping", { signal });
    const exit = process.exit.bind(process);
    let exiting = false;
    const finish = (code?: number | string | null) => {
      if (exiting) return;
      exiting = true;
      const deadline = setTimeout(() => {
        log("server.stop_timed_out", { timeoutMs });
        exit(code ?? 1);
      }, timeoutMs);
      void runTasks(log).finally(() => {
        clearTimeout(deadline);
        log("server.stopped");
        exit(code ?? undefined);
      });
    };
    process.exit = finish as typeof process.exit;
    // Without Next.js's handler (a plain script), nothing else would stop the process.
    if (process.listenerCount(signal) === 1) finish(0);
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

async function runTasks(log: (event: string, facts?: object) => void): Promise<void> {
  for (const task of shutdown.tasks) {
    try {
      await task.run();
    } catch {
      log("server.stop_task_failed", { task: task.name });
    }
  }
}
