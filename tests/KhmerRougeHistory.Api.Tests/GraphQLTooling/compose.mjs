// Composes Apollo Federation 2 subgraphs into a supergraph with @theguild/federation-composition.
// Usage: node compose.mjs <supergraph output file> <name>=<subgraph SDL file> [<name>=<file> ...]
// Prints one line per composition error and exits 1 when there is any; writes the supergraph SDL and,
// beside it (.public.graphql), the API schema clients of the router see. Exits 2 on bad usage.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'graphql';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';

const [output, ...subgraphs] = process.argv.slice(2);
if (!output || subgraphs.length === 0 || subgraphs.some((s) => !s.includes('='))) {
  console.error('usage: node compose.mjs <supergraph output file> <name>=<subgraph SDL file> ...');
  process.exit(2);
}

const services = subgraphs.map((argument) => {
  const [name, file] = argument.split('=', 2);
  return { name, typeDefs: parse(readFileSync(file, 'utf8')) };
});

const result = composeServices(services);
if (compositionHasErrors(result)) {
  for (const error of result.errors) {
    console.log(`COMPOSITION ERROR ${error.extensions?.code ?? ''}: ${error.message}`);
  }
  console.log(`composition failed: ${result.errors.length} error(s)`);
  process.exit(1);
}

writeFileSync(output, result.supergraphSdl);
writeFileSync(output.replace(/\.graphql$/, '') + '.public.graphql', result.publicSdl);
console.log(`composition succeeded: ${services.map((s) => s.name).join(', ')}`);
