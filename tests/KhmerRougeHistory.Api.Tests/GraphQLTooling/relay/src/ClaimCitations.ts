// Where each source states a claim, in its own words: shared by every list of claims below.
import { graphql } from 'relay-runtime';

export const claimCitationsFragment = graphql`
  fragment ClaimCitations_claim on Claim {
    role
    displayValue
    validFrom { display }
    validTo { display }
    agreement
    citations {
      id
      quote
      wording
      certainty
      source { id displayTitle }
    }
  }
`;
