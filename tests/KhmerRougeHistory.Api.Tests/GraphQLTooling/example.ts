// How a front-end uses the generated client: every operation in schema/operations is a TypedDocumentNode, so
// any GraphQL client (urql, Apollo Client, graphql-request, or the few lines of fetch below) knows the types of
// its variables and result. Type-checked with the generated code (tsc --noEmit) by the Clients tests.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { S21PrisonerCountsDocument, TimelineDocument } from './generated/graphql';

type GraphQLError = { message: string; extensions?: { code?: string } };

export async function execute<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const { data, errors } = (await response.json()) as { data?: TResult; errors?: GraphQLError[] };
  if (errors?.length || data === undefined) {
    throw new Error(errors?.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n') ?? `HTTP ${response.status}`);
  }
  return data;
}

/** What each source says S-21 held, and whether the sources agree. */
export async function prisonerCounts(endpoint: string): Promise<string[]> {
  const { node } = await execute(endpoint, S21PrisonerCountsDocument, {});
  if (!node || !('claimGroups' in node)) {
    return [];
  }
  return node.claimGroups.flatMap((group) =>
    group.claims.map((claim) => `${claim.displayValue} (${group.status}): ${claim.citations.map((c) => c.source.title).join('; ')}`),
  );
}

/** Events between two ISO dates, with their places. */
export async function timeline(endpoint: string, from: string, to: string): Promise<string[]> {
  const { events } = await execute(endpoint, TimelineDocument, { from, to, first: 20 });
  return (events?.nodes ?? []).map((event) => `${event.start ?? '?'} ${event.label} at ${event.sites.map((s) => s.label).join(', ')}`);
}
