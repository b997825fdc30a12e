// The organizations a person belonged to, led or worked for, a page at a time.
import { graphql } from 'relay-runtime';

export const personMembershipsFragment = graphql`
  fragment PersonMemberships_person on Person
  @refetchable(queryName: "PersonMembershipsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
    label
    membershipsConnection(first: $count, after: $cursor) @connection(key: "PersonMemberships_membershipsConnection") {
      totalCount
      edges {
        node {
          id
          property
          value {
            ... on EntityValue {
              subject { id label }
            }
          }
          ...ClaimCitations_claim
        }
      }
    }
  }
`;
