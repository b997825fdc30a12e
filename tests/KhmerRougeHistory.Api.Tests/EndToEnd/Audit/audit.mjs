// Runs the graphql-http audit suite (GraphQL-over-HTTP spec conformance) against a running server.
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Prints one line per check and a summary line; exits 1 if any MUST check fails, 2 on bad usage or a crash.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url, fetchFn: fetch });

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] += 1;
  const reason = result.status === 'ok' ? '' : ` -- ${result.reason}`;
  console.log(`${result.status.toUpperCase().padEnd(6)} ${result.id} ${result.name}${reason}`);
}

console.log(
  `graphql-http audit: ${counts.ok}/${results.length} checks ok; MUST failures: ${counts.error}; ` +
    `SHOULD failures: ${counts.warn}; MAY failures: ${counts.notice}`,
);
process.exit(counts.error > 0 ? 1 : 0);
