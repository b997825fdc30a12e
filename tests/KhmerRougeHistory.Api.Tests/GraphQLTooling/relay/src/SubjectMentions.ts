// The claims whose value is a subject (any of the four kinds), narrowed to some properties, a page at a time.
// The fragment is on the Subject interface: Relay refetches it through node(id:), which Subject inherits from Node.
import { graphql } from 'relay-runtime';

export const subjectMentionsFragment = graphql`
  fragment SubjectMentions_subject on Subject
  @refetchable(queryName: "SubjectMentionsPaginationQuery")
  @argumentDefinitions(
    property: { type: "[ClaimProperty!]" }
    count: { type: "Int", defaultValue: 10 }
    cursor: { type: "String" }
  ) {
    label
    mentionedInConnection(property: $property, first: $count, after: $cursor)
      @connection(key: "SubjectMentions_mentionedInConnection") {
      totalCount
      edges {
        node {
          id
          property
          subject { id label }
          ...ClaimCitations_claim
        }
      }
    }
  }
`;
