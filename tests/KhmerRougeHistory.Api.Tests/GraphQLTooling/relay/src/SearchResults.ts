// Search results, a page at a time. On Query, so Relay refetches the fragment with a query of its own rather
// than through node(id:).
import { graphql } from 'relay-runtime';

export const searchResultsFragment = graphql`
  fragment SearchResults_query on Query
  @refetchable(queryName: "SearchResultsPaginationQuery")
  @argumentDefinitions(
    text: { type: "String!" }
    where: { type: "SubjectFilterInput" }
    count: { type: "Int", defaultValue: 10 }
    cursor: { type: "String" }
  ) {
    searchConnection(text: $text, first: $count, after: $cursor, where: $where)
      @connection(key: "SearchResults_searchConnection") {
      totalCount
      edges {
        relevance
        node {
          __typename
          id
          label
          description
        }
      }
    }
  }
`;
