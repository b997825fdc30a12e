// The events that happened at a site, a page at a time.
import { graphql } from 'relay-runtime';

export const siteEventsFragment = graphql`
  fragment SiteEvents_site on Site
  @refetchable(queryName: "SiteEventsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
    label
    eventsConnection(first: $count, after: $cursor) @connection(key: "SiteEvents_eventsConnection") {
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
