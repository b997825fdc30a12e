// Who took part in an event, a page at a time. A participation has no id of its own: Relay keys the connection's
// edges by cursor, so a connection of non-Node items pages as well.
import { graphql } from 'relay-runtime';

export const eventParticipantsFragment = graphql`
  fragment EventParticipants_event on Event
  @refetchable(queryName: "EventParticipantsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
    label
    participants(first: $count, after: $cursor) @connection(key: "EventParticipants_participants") {
      totalCount
      edges {
        node {
          role
          participant { id label }
          claim { id ...ClaimCitations_claim }
        }
      }
    }
  }
`;
