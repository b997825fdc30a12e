// The search page: the first page of results; SearchResults_query loads the next ones.
import { graphql } from 'relay-runtime';

export const searchPageQuery = graphql`
  query SearchPageQuery($text: String!, $where: SubjectFilterInput) {
    ...SearchResults_query @arguments(text: $text, where: $where)
  }
`;
