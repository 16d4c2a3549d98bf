export {};

/**
 * `tsx server/serve.ts [-p port] [-H hostname]`: the production server (a build must exist).
 * NODE_ENV is settled before anything reads it, as `next start` does.
 */
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: 'production' });

const { main } = await import('./production-server');

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
