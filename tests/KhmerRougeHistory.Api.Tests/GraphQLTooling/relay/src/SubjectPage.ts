// The page of one subject, fetched by global ID as Relay apps do. node(id:) returns a Node, so each spread of a
// fragment on a narrower type carries @alias: the component reads data.node.organization (null unless the node
// is an organization) instead of a fragment key that might not match.
import { graphql } from 'relay-runtime';

export const subjectPageQuery = graphql`
  query SubjectPageQuery($id: ID!, $property: [ClaimProperty!]) {
    node(id: $id) {
      __typename
      id
      ...OrganizationMembers_organization @alias(as: "organization")
      ...SiteEvents_site @alias(as: "site")
      ...PersonMemberships_person @alias(as: "person") @arguments(count: 5)
      ...EventParticipants_event @alias(as: "event")
      ...SubjectMentions_subject @alias(as: "subject") @arguments(property: $property)
    }
  }
`;
