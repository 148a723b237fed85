import { css } from 'lit';

export const contactListStyles = css`
  .contact-list > :is(h1, h2, h3, h4, h5, h6):first-child {
    margin-top: 0;
  }
  .local-slot ::slotted(*) {
    display: block;
    max-width: 100%;
  }
  @media print {
    .contacts {
      gap: 0.5em;
    }
    .contact {
      padding: 0.25em 0.5em;
    }
  }
`;
