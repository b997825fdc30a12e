// An organization's members, a page at a time ("load more" appends to the connection Relay keeps in its store).
import { graphql } from 'relay-runtime';

export const organizationMembersFragment = graphql`
  fragment OrganizationMembers_organization on Organization
  @refetchable(queryName: "OrganizationMembersPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
    label
    membersConnection(first: $count, after: $cursor) @connection(key: "OrganizationMembers_membersConnection") {
      totalCount
      edges {
        node {
          id
          subject { id label }
          ...ClaimCitations_claim
        }
      }
    }
  }
`;
