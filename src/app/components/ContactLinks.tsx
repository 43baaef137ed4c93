/**
 * Phone numbers and e-mail addresses as links that call or write (one tap on a phone). The
 * number keeps its digits and a leading +; spaces, dashes and brackets go (RFC 3966).
 */
export function PhoneLink({ number }: { number: string }) {
  const dialled = number.trim().replace(/(?!^\+)[^\d]/g, '');
  return (
    <a class="nl-link contact-link" href={`tel:${dialled}`}>
      {number}
    </a>
  );
}

export function MailLink({ address }: { address: string }) {
  return (
    <a class="nl-link contact-link" href={`mailto:${address.trim()}`}>
      {address}
    </a>
  );
}
